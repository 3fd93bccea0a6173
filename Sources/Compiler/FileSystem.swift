import CalibrationFiles
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the compiler needs from files: list, read, and tell whether a referenced path is a file
/// inside the content root. Two implementations: the real disk, and memory (tests, and the
/// examples of `pixc explain`).
public protocol ContentFileSystem: Sendable {
    /// Relative paths (with `/`) of the regular files under a folder, recursively, sorted.
    func files(under folder: String) -> [String]
    func read(_ path: String) throws -> [UInt8]
    /// The bytes of a file a block at a time, for files too large to hold (calibration files).
    func byteSource(_ path: String) throws -> any ByteSource
    func kind(of path: String) -> FileKind
}

extension ContentFileSystem {
    public func byteSource(_ path: String) throws -> any ByteSource { MemoryByteSource(try read(path)) }
}

public enum FileKind: Sendable, Equatable {
    case file
    case folder
    case missing
    /// A symbolic link (or a path through one) whose target is outside the content root.
    case outsideRoot
}

public struct FileSystemError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

/// Files in memory, keyed by relative path.
public struct MemoryFileSystem: ContentFileSystem {
    public var contents: [String: [UInt8]]

    public init(_ contents: [String: [UInt8]] = [:]) { self.contents = contents }

    public init(texts: [String: String]) {
        self.contents = texts.mapValues { Array($0.utf8) }
    }

    public func files(under folder: String) -> [String] {
        let prefix = folder.isEmpty || folder == "." ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        return contents.keys.filter { prefix.isEmpty || $0.hasPrefix(prefix) }.sorted()
    }

    public func read(_ path: String) throws -> [UInt8] {
        guard let bytes = contents[path] else { throw FileSystemError(path: path, reason: "no such file") }
        return bytes
    }

    public func kind(of path: String) -> FileKind {
        if contents[path] != nil { return .file }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return contents.keys.contains { $0.hasPrefix(prefix) } ? .folder : .missing
    }

    /// Layers `other` over this one (files of `other` win).
    public func merging(_ other: MemoryFileSystem) -> MemoryFileSystem {
        MemoryFileSystem(contents.merging(other.contents) { _, new in new })
    }
}

/// The files of a folder on disk. Paths never leave the root: `..` and absolute paths are
/// refused, and a symbolic link whose target is outside the root is reported as such.
public struct DiskFileSystem: ContentFileSystem {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
    }

    public func files(under folder: String) -> [String] {
        let rootPath = root.path
        let start = folder.isEmpty || folder == "." ? "" : folder
        var result: [String] = []
        walk(relative: start, rootPath: rootPath, into: &result, depth: 0)
        return result.sorted()
    }

    /// Recursive listing with POSIX calls: Foundation's enumerator costs more than parsing the
    /// files on large repositories. Hidden entries are skipped; symbolic links are followed only
    /// when their target stays inside the root.
    private func walk(relative: String, rootPath: String, into result: inout [String], depth: Int) {
        guard depth < 64 else { return }
        let absolute = relative.isEmpty ? rootPath : rootPath + "/" + relative
        guard let directory = opendir(absolute) else { return }
        defer { closedir(directory) }
        var entries: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer -> String in
                let bytes = buffer.prefix { $0 != 0 }
                return String(decoding: bytes, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            entries.append(name)
        }
        for name in entries {
            let child = relative.isEmpty ? name : relative + "/" + name
            let childPath = rootPath + "/" + child
            var info = stat()
            guard lstat(childPath, &info) == 0 else { continue }
            var mode = info.st_mode & S_IFMT
            if mode == S_IFLNK {
                guard let resolved = realpath(childPath, nil) else { continue }
                let target = String(cString: resolved)
                free(resolved)
                guard target.hasPrefix(rootPath + "/"), stat(childPath, &info) == 0 else { continue }
                mode = info.st_mode & S_IFMT
            }
            if mode == S_IFDIR {
                walk(relative: child, rootPath: rootPath, into: &result, depth: depth + 1)
            } else if mode == S_IFREG {
                result.append(child)
            }
        }
    }

    public func read(_ path: String) throws -> [UInt8] {
        guard Self.isSafeRelative(path) else { throw FileSystemError(path: path, reason: "the path leaves the content folder") }
        let absolute = root.path + "/" + path
        let descriptor = open(absolute, O_RDONLY)
        guard descriptor >= 0 else {
            throw FileSystemError(path: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileSystemError(path: path, reason: String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw FileSystemError(path: path, reason: "this is a folder, not a file") }
        // Read straight into an array of the file's size; a file that grows meanwhile is read
        // to its end.
        var bytes = [UInt8](repeating: 0, count: max(0, Int(info.st_size)))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    public func byteSource(_ path: String) throws -> any ByteSource {
        guard Self.isSafeRelative(path) else { throw FileSystemError(path: path, reason: "the path leaves the content folder") }
        do {
            return try PlainFileSource(path: root.path + "/" + path)
        } catch let error as ByteSourceError {
            throw FileSystemError(path: path, reason: error.reason)
        }
    }

    public func kind(of path: String) -> FileKind {
        guard Self.isSafeRelative(path) else { return .outsideRoot }
        let url = root.appendingPathComponent(path)
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return .missing }
        guard resolved.hasPrefix(rootPath) || resolved == root.path else { return .outsideRoot }
        return isFolder.boolValue ? .folder : .file
    }

    /// A relative path with no `..` component and no leading `/` or `~`.
    public static func isSafeRelative(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("~"), !path.contains("\\") else { return false }
        return !path.split(separator: "/").contains("..")
    }
}
