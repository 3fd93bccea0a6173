import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells which files of a repository's content folders changed, through Linux inotify: every
/// folder under `Referential/`, `Challenges/` and `Calibration/` is watched (folders created later
/// too), and the repository folder itself, for content folders that appear, disappear or are
/// renamed, and for `variants.lock`.
///
/// Editors that save by writing a temporary file and renaming it over the original produce a
/// "moved to" event with the original name; the temporary name is reported too, and the checker
/// finds it is no content. When the kernel's event queue overflows, every content folder is
/// reported: the checker then compares every file with what it holds.
public final class FileEventWatcher {
    public static let watchedRootFiles = ["variants.lock"]

    private let root: String
    private let folders: [String]
    private let descriptor: Int32
    /// Watch descriptor → repository-relative folder ("" for the repository folder).
    private var watched: [Int32: String] = [:]

    private static let folderEvents = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_MODIFY
                                            | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Why watching cannot start (the command layer words it in the reader's language).
    public enum Failure: Error, Equatable {
        /// The system refused, with its reason (`strerror`).
        case system(String)
        /// The per-user limit of inotify watches is reached.
        case tooManyFolders
    }

    public init(root: URL, folders: [String]) throws {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath().path
        self.folders = folders
        descriptor = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
        guard descriptor >= 0 else {
            throw Failure.system(String(cString: strerror(errno)))
        }
        try add("", recursive: false)
        for folder in folders {
            try add(folder, recursive: true)
        }
    }

    deinit { close(descriptor) }

    /// Blocks until some content changed and no more events came for `quietMilliseconds` (an
    /// editor's save, a `git checkout`, are one change), at most `maximumMilliseconds` after the
    /// first one. Returns the changed paths, relative to the repository; nil when `interrupt`
    /// became readable first.
    public func nextChanges(quietMilliseconds: Int32 = 30, maximumMilliseconds: Double = 1000, interrupt: Int32) -> Set<String>? {
        var changed: Set<String> = []
        var firstEvent: Double?
        while true {
            var timeout: Int32 = -1
            if let firstEvent {
                let left = maximumMilliseconds - (Self.milliseconds() - firstEvent)
                if left <= 0 { return changed }
                timeout = min(quietMilliseconds, Int32(left.rounded(.up)))
            }
            var polled = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: interrupt, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&polled, 2, timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                return changed.isEmpty ? nil : changed
            }
            if polled[1].revents != 0 { return nil }
            if ready == 0 {
                if !changed.isEmpty { return changed }
                continue
            }
            let found = readEvents()
            if !found.isEmpty {
                changed.formUnion(found)
                if firstEvent == nil { firstEvent = Self.milliseconds() }
            }
        }
    }

    private static func milliseconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1e6
    }

    private func isRelevant(_ path: String) -> Bool {
        Self.watchedRootFiles.contains(path) || folders.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    private func readEvents() -> Set<String> {
        var changed: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            var offset = 0
            while offset + 16 <= count {
                let (wd, mask, nameLength) = buffer.withUnsafeBytes { bytes in
                    (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + nameLength)].prefix { $0 != 0 }
                offset += 16 + nameLength
                let name = String(decoding: nameBytes, as: UTF8.self)
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    // Events were lost: everything may have changed, and folders may be unwatched.
                    changed.formUnion(folders)
                    for folder in folders { try? add(folder, recursive: true) }
                    continue
                }
                if mask & UInt32(IN_IGNORED) != 0 {
                    watched.removeValue(forKey: wd)
                    continue
                }
                guard let folder = watched[wd] else { continue }
                let path = folder.isEmpty ? name : (name.isEmpty ? folder : folder + "/" + name)
                guard isRelevant(path) else { continue }
                changed.insert(path)
                guard mask & UInt32(IN_ISDIR) != 0, !name.isEmpty else { continue }
                if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 {
                    unwatch(path)
                } else if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    // Files written into it before its watch was added are found by the checker,
                    // which lists the folder.
                    try? add(path, recursive: true)
                }
            }
        }
        return changed
    }

    /// Watches a folder (and with `recursive`, every folder below it, hidden ones excepted as the
    /// checker does not read them).
    private func add(_ relative: String, recursive: Bool, depth: Int = 0) throws {
        guard depth < 64 else { return }
        let absolute = relative.isEmpty ? root : root + "/" + relative
        var info = stat()
        guard lstat(absolute, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
        let mask = relative.isEmpty ? UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE) : Self.folderEvents
        let wd = inotify_add_watch(descriptor, absolute, mask | UInt32(IN_ONLYDIR) | UInt32(IN_DONT_FOLLOW))
        if wd < 0 {
            if errno == ENOSPC {
                throw Failure.tooManyFolders
            }
            return
        }
        watched[wd] = relative
        guard recursive, let directory = opendir(absolute) else { return }
        var children: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            if entry.pointee.d_type == UInt8(DT_DIR) || entry.pointee.d_type == UInt8(DT_UNKNOWN) { children.append(name) }
        }
        closedir(directory)
        for child in children {
            try add(relative.isEmpty ? child : relative + "/" + child, recursive: true, depth: depth + 1)
        }
    }

    private func unwatch(_ relative: String) {
        for (wd, folder) in watched where folder == relative || folder.hasPrefix(relative + "/") {
            inotify_rm_watch(descriptor, wd)
            watched.removeValue(forKey: wd)
        }
    }
}
