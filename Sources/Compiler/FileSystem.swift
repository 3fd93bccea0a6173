import Foundation

/// What the compiler needs from files: list, read, and tell whether a referenced path is a file
/// inside the content root. Two implementations: the real disk, and memory (tests, and the
/// examples of `pixc explain`).
public protocol ContentFileSystem: Sendable {
    /// Relative paths (with `/`) of the regular files under a folder, recursively, sorted.
    func files(under folder: String) -> [String]
    func read(_ path: String) throws -> [UInt8]
    func kind(of path: String) -> FileKind
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
        let base = folder.isEmpty || folder == "." ? root : root.appendingPathComponent(folder)
        var result: [String] = []
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey], options: [.skipsHiddenFiles]) else {
            return []
        }
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            if values?.isSymbolicLink == true {
                // Follow links only when they stay inside the root.
                let target = url.resolvingSymlinksInPath().path
                guard target.hasPrefix(rootPath) else { continue }
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: target, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            } else if values?.isRegularFile != true {
                continue
            }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath) else { continue }
            result.append(String(path.dropFirst(rootPath.count)))
        }
        return result.sorted()
    }

    public func read(_ path: String) throws -> [UInt8] {
        guard Self.isSafeRelative(path) else { throw FileSystemError(path: path, reason: "the path leaves the content folder") }
        let url = root.appendingPathComponent(path)
        do {
            let data = try Data(contentsOf: url)
            return [UInt8](data)
        } catch {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
                throw FileSystemError(path: path, reason: isFolder.boolValue ? "this is a folder, not a file" : "the file cannot be read (permissions?)")
            }
            throw FileSystemError(path: path, reason: "no such file")
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
