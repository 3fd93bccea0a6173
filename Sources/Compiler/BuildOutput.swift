import CalibrationFiles
import Foundation
import JSON
import Localization
import Release
#if canImport(Glibc)
import Glibc
#endif

/// Why a folder given as `--out` is refused. Nothing has been read or written when it is thrown.
public struct OutputRefusal: Error, CustomStringConvertible, Sendable, Equatable {
    public let message: String
    public var description: String { message }
}

/// A write of the build's output failed. `target` is what the person asked for (the bundle
/// folder or variants.lock), never a temporary name.
public struct OutputWriteError: Error, CustomStringConvertible, Sendable {
    public let target: String
    public let reason: String
    public var description: String { "cannot write \(target): \(reason)" }
}

/// Where `pixc build` may write its bundle: an empty or missing folder, or a folder holding only
/// a previous pixc bundle (recognised by its manifest). Anything else would be destroyed by the
/// replacement, so it is refused before any work is done.
public enum OutputFolder {
    /// The entries of a bundle folder.
    public static let bundleEntries: Set<String> = [ReleaseBundle.releaseFileName, ReleaseBundle.manifestFileName, "attachments"]
    /// Folders of a repository that hold what authors write.
    public static let sourceFolders = [RepositoryLoader.referentialFolder, RepositoryLoader.challengesFolder, CalibrationReader.folder]

    /// The folder the bundle will be written to (symbolic links resolved), or why it is refused.
    public static func check(_ output: URL, root: URL) throws(OutputRefusal) -> URL {
        let given = output.standardizedFileURL.path
        var info = stat()
        if lstat(given, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, realpath(given, nil).map({ free($0) }) == nil {
            throw OutputRefusal(message: BuildOutputMessages.catalogue.text("danglingLink", ["given": given]))
        }
        let resolved = resolvedPath(given)
        let repository = resolvedPath(root.standardizedFileURL.path)
        if resolved == repository {
            throw OutputRefusal(message: BuildOutputMessages.catalogue.text("isRepository", ["given": given]))
        }
        if repository.hasPrefix(resolved == "/" ? "/" : resolved + "/") {
            throw OutputRefusal(message: BuildOutputMessages.catalogue.text("containsRepository", ["given": given, "repository": repository]))
        }
        for folder in sourceFolders {
            let source = repository + "/" + folder
            if resolved == source || resolved.hasPrefix(source + "/") {
                throw OutputRefusal(message: BuildOutputMessages.catalogue.text("insideSources", ["given": given, "folder": folder]))
            }
        }
        guard lstat(resolved, &info) == 0 else {
            if errno == ENOENT { return URL(fileURLWithPath: resolved) }
            if errno == ENOTDIR {
                throw OutputRefusal(message: BuildOutputMessages.catalogue.text("partIsFile", ["given": given]))
            }
            throw OutputRefusal(message: BuildOutputMessages.catalogue.text("system", ["given": given, "reason": String(cString: strerror(errno))]))
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw OutputRefusal(message: BuildOutputMessages.catalogue.text("isFile", ["given": given]))
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: resolved).sorted()
        } catch {
            throw OutputRefusal(message: BuildOutputMessages.catalogue.text("cannotList", ["given": given, "reason": error.localizedDescription]))
        }
        if entries.isEmpty { return URL(fileURLWithPath: resolved) }
        guard entries.contains(ReleaseBundle.manifestFileName), isPixcManifest(resolved + "/" + ReleaseBundle.manifestFileName) else {
            throw OutputRefusal(message: BuildOutputMessages.catalogue.text("notABundle", ["given": given, "entries": describe(entries)]))
        }
        let foreign = entries.filter { !bundleEntries.contains($0) }
        guard foreign.isEmpty else {
            throw OutputRefusal(message: BuildOutputMessages.catalogue.text(foreign.count == 1 ? "foreign.one" : "foreign.many", ["given": given, "entries": describe(foreign)]))
        }
        return URL(fileURLWithPath: resolved)
    }

    private static func describe(_ entries: [String]) -> String {
        let shown = entries.prefix(3).map { "`\($0)`" }.joined(separator: ", ")
        return entries.count > 3 ? BuildOutputMessages.catalogue.text("more", ["shown": shown, "count": "\(entries.count - 3)"]) : shown
    }

    /// A manifest pixc wrote: a JSON object whose `tool` is pixc and which has a `formatVersion`.
    static func isPixcManifest(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
              let data = FileManager.default.contents(atPath: path) else { return false }
        return data.withUnsafeBytes { isPixcManifest(bytes: $0.bindMemory(to: UInt8.self)) }
    }

    /// Whether `bytes` are one JSON object whose top-level members include `"tool": "pixc"` and
    /// `formatVersion`, read by skimming: the manifest of a large bundle is tens of megabytes, and
    /// building its tree took longer than building a small repository. Nested values are skipped
    /// (brackets counted, strings read to their closing quote), not checked. Anything unusual —
    /// a key or `pixc` written with escapes, `tool` or `formatVersion` twice, text after the
    /// object, an unclosed value — gives false: the folder is then refused, never replaced.
    static func isPixcManifest(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        func skipSpace() {
            while index < count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }
        /// The string starting at `index` (a quote), without its quotes; nil if unclosed. `escaped`
        /// tells whether it held a backslash.
        func string() -> (range: Range<Int>, escaped: Bool)? {
            guard index < count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            let start = index + 1
            var escaped = false
            index = start
            while index < count {
                switch bytes[index] {
                case UInt8(ascii: "\\"): escaped = true; index += 2
                case UInt8(ascii: "\""): index += 1; return (start..<(index - 1), escaped)
                default: index += 1
                }
            }
            return nil
        }
        func equals(_ range: Range<Int>, _ text: StaticString) -> Bool {
            range.count == text.utf8CodeUnitCount && text.withUTF8Buffer { expected in
                expected.indices.allSatisfy { bytes[range.lowerBound + $0] == expected[$0] }
            }
        }
        /// Skips one value (whatever its content inside brackets); false if it never ends.
        func skipValue() -> Bool {
            guard index < count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return string() != nil
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while index < count {
                    switch bytes[index] {
                    case UInt8(ascii: "\""): guard string() != nil else { return false }; continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 { index += 1; return true }
                    default: break
                    }
                    index += 1
                }
                return false
            default:
                let start = index
                while index < count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
                return index > start
            }
        }
        skipSpace()
        guard index < count, bytes[index] == UInt8(ascii: "{") else { return false }
        index += 1
        var tool = 0, pixc = false, formatVersion = 0
        skipSpace()
        if index < count, bytes[index] == UInt8(ascii: "}") { return false }
        while true {
            skipSpace()
            guard let key = string(), !key.escaped else { return false }
            skipSpace()
            guard index < count, bytes[index] == UInt8(ascii: ":") else { return false }
            index += 1
            skipSpace()
            if equals(key.range, "tool") {
                tool += 1
                guard let value = string() else { return false }
                pixc = !value.escaped && equals(value.range, "pixc")
            } else {
                if equals(key.range, "formatVersion") { formatVersion += 1 }
                guard skipValue() else { return false }
            }
            skipSpace()
            guard index < count else { return false }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "}") else { return false }
            index += 1
            break
        }
        skipSpace()
        return index == count && tool == 1 && pixc && formatVersion == 1
    }

    /// The path with every symbolic link resolved; for a path that does not exist yet, its
    /// deepest existing ancestor is resolved and the rest appended.
    static func resolvedPath(_ path: String) -> String {
        var missing: [String] = []
        var current = path
        while true {
            if let pointer = realpath(current, nil) {
                let resolved = String(cString: pointer)
                free(pointer)
                guard !missing.isEmpty else { return resolved }
                return (resolved == "/" ? "" : resolved) + "/" + missing.reversed().joined(separator: "/")
            }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { return path }
            missing.append((current as NSString).lastPathComponent)
            current = parent
        }
    }
}

/// The file operations the build's output goes through. Tests substitute one that fails at a
/// chosen step, to show that a failure anywhere leaves the previous bundle and lock intact.
public protocol OutputOperations: Sendable {
    func createFolder(_ url: URL) throws
    func write(_ data: Data, to url: URL) throws
    /// Replaces `destination` (a file, or an absent path) in one step.
    func rename(_ source: URL, to destination: URL) throws
    func remove(_ url: URL) throws
    func exists(_ url: URL) -> Bool
    /// Writes `parts` one after the other as one file (`release.json` of a large bundle comes in
    /// blocks). By default they are joined and given to `write(_:to:)`.
    func write(parts: [Data], to url: URL) throws
}

extension OutputOperations {
    public func write(parts: [Data], to url: URL) throws {
        if parts.count == 1 { return try write(parts[0], to: url) }
        var joined = Data(capacity: parts.reduce(0) { $0 + $1.count })
        for part in parts { joined.append(part) }
        try write(joined, to: url)
    }
}

/// The real disk.
public struct DiskOutput: OutputOperations {
    public init() {}

    public func createFolder(_ url: URL) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func write(_ data: Data, to url: URL) throws {
        try data.write(to: url)
    }

    /// Each part written straight from its buffer, then the file flushed to the disk (as
    /// `Data.write` does) before it is closed.
    public func write(parts: [Data], to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Self.failure(url) }
        var closed = false
        defer { if !closed { close(descriptor) } }
        for part in parts {
            try part.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                guard let base = bytes.baseAddress else { return }
                var offset = 0
                while offset < bytes.count {
                    let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw Self.failure(url)
                    }
                    offset += written
                }
            }
        }
        guard fsync(descriptor) == 0 else { throw Self.failure(url) }
        closed = true
        guard close(descriptor) == 0 else { throw Self.failure(url) }
    }

    private static func failure(_ url: URL) -> OutputWriteError {
        OutputWriteError(target: url.path, reason: String(cString: strerror(errno)))
    }

    public func rename(_ source: URL, to destination: URL) throws {
        guard Glibc.rename(source.path, destination.path) == 0 else {
            throw OutputWriteError(target: destination.path, reason: String(cString: strerror(errno)))
        }
    }

    public func remove(_ url: URL) throws {
        try FileManager.default.removeItem(at: url)
    }

    public func exists(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0
    }
}

/// Replaces the bundle folder and variants.lock together: everything is first written beside
/// them under temporary names, and only when all of it is written are they renamed into place,
/// the lock last. A failure at any step removes what was staged and puts back what was moved,
/// so the previous bundle and lock stay as they were.
struct OutputTransaction {
    let operations: OutputOperations
    let bundle: URL
    /// The lock file and its new bytes, when the lock changes.
    let lock: (url: URL, data: Data)?
    /// How the bundle and the lock are named in messages.
    let bundleName: String
    let lockName: String

    /// Returns what `fill` returned.
    func commit<Filled>(fill: (URL, OutputOperations) throws -> Filled) throws -> Filled {
        let parent = bundle.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(bundle.lastPathComponent).pixc-new-\(getpid())")
        let retired = parent.appendingPathComponent(".\(bundle.lastPathComponent).pixc-old-\(getpid())")
        let lockStaging = lock.map { $0.url.deletingLastPathComponent().appendingPathComponent(".\($0.url.lastPathComponent).pixc-new-\(getpid())") }
        func cleanUp() {
            try? operations.remove(staging)
            if let lockStaging, operations.exists(lockStaging) { try? operations.remove(lockStaging) }
        }
        func failure(_ target: String, _ error: Error) -> OutputWriteError {
            OutputWriteError(target: target, reason: Self.reason(error))
        }

        // 1. Stage everything.
        let filled: Filled
        do {
            try operations.createFolder(parent)
            if operations.exists(staging) { try operations.remove(staging) }
            try operations.createFolder(staging)
            filled = try fill(staging, operations)
        } catch {
            cleanUp()
            throw failure(bundleName, error)
        }
        if let lock, let lockStaging {
            do {
                try operations.write(lock.data, to: lockStaging)
            } catch {
                cleanUp()
                throw failure(lockName, error)
            }
        }
        // 2. Put it in place: the previous bundle aside, the new one in, then the lock.
        if operations.exists(retired) { try? operations.remove(retired) }
        let hadPrevious = operations.exists(bundle)
        if hadPrevious {
            do {
                try operations.rename(bundle, to: retired)
            } catch {
                cleanUp()
                throw failure(bundleName, error)
            }
        }
        do {
            try operations.rename(staging, to: bundle)
        } catch {
            if hadPrevious { try? operations.rename(retired, to: bundle) }
            cleanUp()
            throw failure(bundleName, error)
        }
        if let lock, let lockStaging {
            do {
                try operations.rename(lockStaging, to: lock.url)
            } catch {
                // Take the new bundle out again so that bundle and lock still match.
                try? operations.rename(bundle, to: staging)
                if hadPrevious { try? operations.rename(retired, to: bundle) }
                cleanUp()
                throw failure(lockName, error)
            }
        }
        // 3. The previous bundle is no longer needed; failing to delete it loses nothing.
        if hadPrevious { try? operations.remove(retired) }
        return filled
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? OutputWriteError { return error.reason }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
