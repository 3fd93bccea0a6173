import CalibrationFiles
import Foundation
import Localization
#if canImport(Glibc)
import Glibc
#endif

/// What the compiler needs from files: list, read, and tell whether a referenced path is a file
/// inside the content root. Two implementations: the real disk, and memory (tests, and the
/// examples of `pixc explain`).
public protocol ContentFileSystem: Sendable {
    /// Relative paths (with `/`) of the regular files under a folder, recursively, sorted.
    func files(under folder: String) -> [String]
    /// The same files, with what could not be listed as a file (special files, links that
    /// cannot be followed, a file where a folder is expected…).
    func listing(under folder: String) -> FolderListing
    /// The bytes of a regular file; throws for anything else, and for a file larger than
    /// `maximumSize` bytes (without reading it).
    func read(_ path: String, maximumSize: Int) throws -> [UInt8]
    /// Why `read(path, maximumSize:)` would fail, found without reading the file; nil when it
    /// would succeed.
    func problem(reading path: String, maximumSize: Int) -> FileSystemError?
    /// The bytes of a file a block at a time, for files too large to hold (calibration files).
    func byteSource(_ path: String) throws -> any ByteSource
    func kind(of path: String) -> FileKind
}

extension ContentFileSystem {
    public func listing(under folder: String) -> FolderListing { FolderListing(files: files(under: folder)) }

    /// A content file (YAML, CSV), at most `FileLimits.maximumContentFileSize` bytes.
    public func read(_ path: String) throws -> [UInt8] { try read(path, maximumSize: FileLimits.maximumContentFileSize) }

    public func byteSource(_ path: String) throws -> any ByteSource { MemoryByteSource(try read(path)) }
}

/// How large a file pixc reads. Larger files get a diagnostic instead of filling memory.
public enum FileLimits {
    /// YAML, CSV, variants.lock and name lists.
    public static let maximumContentFileSize = 32 << 20
    /// Attachments and illustrations copied into the bundle.
    public static let maximumAttachmentSize = 64 << 20
    /// Files pixc writes itself and reads back (variants.lock), which grow with the content.
    public static let maximumGeneratedFileSize = 512 << 20
    /// Folders below a content folder.
    public static let maximumFolderDepth = 64

    static func megabytes(_ size: Int) -> String {
        let value = Double(size) / Double(1 << 20)
        let number = value >= 10 ? "\(Int(value.rounded()))" : String(format: "%.1f", value)
        // French writes "1,5 Mo": a decimal comma and the French unit.
        return CompilerDiagnosticMessages.text("size.megabytes", ["number": Localization.current == .fr ? number.replacingOccurrences(of: ".", with: ",") : number])
    }
}

/// The files of a folder, and the entries that are not files pixc can read.
public struct FolderListing: Sendable, Equatable {
    public var files: [String]
    public var problems: [FileSystemProblem]

    public init(files: [String] = [], problems: [FileSystemProblem] = []) {
        self.files = files
        self.problems = problems
    }
}

/// An entry of a content folder that pixc cannot read as a file, at its path.
public struct FileSystemProblem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A named pipe, a device, a socket: reading it could block or never end.
        case notRegularFile(String)
        /// A symbolic link that leads back to one of its own folders, or to itself.
        case linkLoop
        /// A symbolic link to nothing.
        case brokenLink
        /// A symbolic link whose target is outside the repository.
        case linkOutsideRoot
        /// A folder reached a second time through a symbolic link; its files are read once, at
        /// the path given.
        case linkToFolderAlreadyRead(String)
        /// A folder whose name says it is a YAML file (`crcn.yaml`, `annee.yaml`).
        case folderNamedLikeFile
        /// A file where a folder is expected (`Calibration`, `Challenges`).
        case fileWhereFolderExpected
        /// Folders nested deeper than `FileLimits.maximumFolderDepth`.
        case tooDeep
        /// A folder that cannot be opened (permissions), with the system's reason.
        case unreadableFolder(String)
    }

    public let path: String
    public let kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }
}

public enum FileKind: Sendable, Equatable {
    case file
    case folder
    case missing
    /// A symbolic link (or a path through one) whose target is outside the content root.
    case outsideRoot
    /// Something that is neither a regular file nor a folder (a named pipe, a device, a socket,
    /// a symbolic link loop), described for messages.
    case notRegular(String)
}

public struct FileSystemError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String
    /// Set when the file was not read because of its size.
    public var size: Int?
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

    public func read(_ path: String, maximumSize: Int) throws -> [UInt8] {
        guard let bytes = contents[path] else { throw FileSystemError(path: path, reason: CompilerDiagnosticMessages.text("FileSystem.1")) }
        guard bytes.count <= maximumSize else {
            throw FileSystemError(path: path, reason: CompilerDiagnosticMessages.text("FileSystem.2", ["bytes": "\(FileLimits.megabytes(bytes.count))", "maximumSize": "\(FileLimits.megabytes(maximumSize))"]), size: bytes.count)
        }
        return bytes
    }

    public func kind(of path: String) -> FileKind {
        if contents[path] != nil { return .file }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return contents.keys.contains { $0.hasPrefix(prefix) } ? .folder : .missing
    }

    public func problem(reading path: String, maximumSize: Int) -> FileSystemError? {
        do {
            _ = try read(path, maximumSize: maximumSize)
            return nil
        } catch {
            return error as? FileSystemError
        }
    }

    /// Layers `other` over this one (files of `other` win).
    public func merging(_ other: MemoryFileSystem) -> MemoryFileSystem {
        MemoryFileSystem(contents.merging(other.contents) { _, new in new })
    }
}

/// The files of a folder on disk. Paths never leave the root: `..` and absolute paths are
/// refused, and a symbolic link whose target is outside the root is reported as such. Only
/// regular files are read: a named pipe or a device is reported, never opened for reading.
public struct DiskFileSystem: ContentFileSystem {
    public let root: URL
    /// `root.path`, computed once: URL computes it on every call (20,000 files read, 20,000 times).
    let rootPath: String

    public init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        self.rootPath = self.root.path
    }

    public func files(under folder: String) -> [String] {
        listing(under: folder).files
    }

    public func listing(under folder: String) -> FolderListing {
        var walk = FolderWalk(rootPath: rootPath)
        walk.start(folder.isEmpty || folder == "." ? "" : folder)
        return FolderListing(files: walk.files.sorted(), problems: walk.problems)
    }

    public func read(_ path: String, maximumSize: Int) throws -> [UInt8] {
        let (descriptor, info) = try openRegular(path, maximumSize: maximumSize)
        defer { close(descriptor) }
        // Read straight into an array of one byte more than the file's size, so that the end of
        // the file is seen without growing the array (growing it copied every file once: a tenth
        // of the reading time on many small files). The array is not zero-filled first: `read`
        // writes bytes `initialized..<buffer.count` at most, and only what it wrote is counted.
        var full = false
        var bytes = try [UInt8](unsafeUninitializedCapacity: max(0, Int(info.st_size)) + 1) { buffer, initialized in
            initialized = 0
            guard let base = buffer.baseAddress else { return }
            while initialized < buffer.count {
                let count = Glibc.read(descriptor, base + initialized, buffer.count - initialized)
                if count < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    throw FileSystemError(path: path, reason: String(cString: strerror(errno)))
                }
                if count == 0 { return }
                initialized += count
            }
            full = true
        }
        if full {
            // The file grew since `fstat`: read on, up to the limit.
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                guard bytes.count <= maximumSize else {
                    throw FileSystemError(path: path, reason: CompilerDiagnosticMessages.text("FileSystem.3", ["maximumSize": "\(FileLimits.megabytes(maximumSize))"]), size: bytes.count)
                }
                let count = chunk.withUnsafeMutableBytes { buffer -> Int in
                    guard let base = buffer.baseAddress else { return 0 }
                    return Glibc.read(descriptor, base, buffer.count)
                }
                if count < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    throw FileSystemError(path: path, reason: String(cString: strerror(errno)))
                }
                if count == 0 { break }
                bytes.append(contentsOf: chunk[..<count])
            }
        }
        guard bytes.count <= maximumSize else {
            throw FileSystemError(path: path, reason: CompilerDiagnosticMessages.text("FileSystem.3", ["maximumSize": "\(FileLimits.megabytes(maximumSize))"]), size: bytes.count)
        }
        return bytes
    }

    public func problem(reading path: String, maximumSize: Int) -> FileSystemError? {
        do {
            let (descriptor, _) = try openRegular(path, maximumSize: maximumSize)
            close(descriptor)
            return nil
        } catch {
            return error as? FileSystemError
        }
    }

    /// An open descriptor on a regular file of at most `maximumSize` bytes, and its status.
    private func openRegular(_ path: String, maximumSize: Int) throws -> (Int32, stat) {
        guard Self.isSafeRelative(path) else { throw FileSystemError(path: path, reason: CompilerDiagnosticMessages.text("FileSystem.4")) }
        let absolute = rootPath + "/" + path
        // Without O_NONBLOCK, opening a named pipe waits for a writer, forever.
        let descriptor = open(absolute, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw FileSystemError(path: path, reason: code == ENOENT ? CompilerDiagnosticMessages.text("FileSystem.1") : code == ELOOP ? CompilerDiagnosticMessages.text("FileSystem.5") : String(cString: strerror(code)))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw FileSystemError(path: path, reason: reason)
        }
        let mode = info.st_mode & S_IFMT
        guard mode == S_IFREG else {
            close(descriptor)
            throw FileSystemError(path: path, reason: mode == S_IFDIR ? CompilerDiagnosticMessages.text("FileSystem.6") : CompilerDiagnosticMessages.text("FileSystem.7", ["mode": "\(Self.describe(mode: mode))"]))
        }
        guard Int(info.st_size) <= maximumSize else {
            close(descriptor)
            throw FileSystemError(path: path, reason: CompilerDiagnosticMessages.text("FileSystem.8", ["st_size": "\(FileLimits.megabytes(Int(info.st_size)))", "maximumSize": "\(FileLimits.megabytes(maximumSize))"]), size: Int(info.st_size))
        }
        return (descriptor, info)
    }

    /// Streamed, so of any size; only a regular file is opened (a named pipe would block).
    public func byteSource(_ path: String) throws -> any ByteSource {
        if let problem = problem(reading: path, maximumSize: Int.max) { throw problem }
        do {
            return try PlainFileSource(path: rootPath + "/" + path)
        } catch let error as ByteSourceError {
            throw FileSystemError(path: path, reason: error.reason)
        }
    }

    public func kind(of path: String) -> FileKind {
        guard Self.isSafeRelative(path) else { return .outsideRoot }
        let absolute = rootPath + "/" + path
        guard let pointer = realpath(absolute, nil) else {
            return errno == ELOOP ? .notRegular(CompilerDiagnosticMessages.text("FileSystem.5")) : .missing
        }
        let resolved = String(cString: pointer)
        free(pointer)
        guard resolved == rootPath || resolved.hasPrefix(rootPath == "/" ? "/" : rootPath + "/") else { return .outsideRoot }
        var info = stat()
        guard stat(resolved, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case let mode: return .notRegular(Self.describe(mode: mode))
        }
    }

    /// A relative path with no `..` component and no leading `/` or `~`.
    public static func isSafeRelative(_ path: String) -> Bool {
        // Byte comparisons: `String.contains(String)` goes through Foundation here, a cost on
        // every file read.
        // One pass, without splitting the path into an array of components (an allocation per
        // file read): `dots` counts the dots since the last `/`, or is -1 once the component
        // holds anything else.
        let utf8 = path.utf8
        guard let first = utf8.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "~") else { return false }
        var dots = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\\"): return false
            case UInt8(ascii: "/"):
                if dots == 2 { return false }
                dots = 0
            case UInt8(ascii: "."): if dots >= 0 { dots += 1 }
            default: dots = -1
            }
        }
        return dots != 2
    }

    static func describe(mode: mode_t) -> String {
        switch mode {
        case S_IFIFO: CompilerDiagnosticMessages.text("FileSystem.9")
        case S_IFCHR: CompilerDiagnosticMessages.text("FileSystem.10")
        case S_IFBLK: CompilerDiagnosticMessages.text("FileSystem.11")
        case S_IFSOCK: CompilerDiagnosticMessages.text("FileSystem.12")
        case S_IFDIR: CompilerDiagnosticMessages.text("FileSystem.13")
        default: CompilerDiagnosticMessages.text("FileSystem.14")
        }
    }
}

/// Lists a folder of the repository with POSIX calls (Foundation's enumerator costs more than
/// parsing the files on large repositories), in name order so that what is found first never
/// depends on the order the system returns entries in. Hidden entries are skipped. Symbolic
/// links are followed when their target stays inside the root; a folder is entered once, so a
/// link to one of its own folders (or two links to each other) cannot make the walk loop.
private struct FolderWalk {
    struct Identity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    let rootPath: String
    var files: [String] = []
    var problems: [FileSystemProblem] = []
    /// Every folder entered, with the path it was first entered by.
    private var entered: [Identity: String] = [:]
    private var rootIdentity: Identity?

    init(rootPath: String) {
        self.rootPath = rootPath
    }

    mutating func start(_ folder: String) {
        let absolute = folder.isEmpty ? rootPath : rootPath + "/" + folder
        var rootInfo = stat()
        if stat(rootPath, &rootInfo) == 0 { rootIdentity = Identity(rootInfo) }
        var info = stat()
        guard lstat(absolute, &info) == 0 else { return }
        if folder.isEmpty {
            walk(relative: "", ancestors: [], depth: 0)
            return
        }
        guard let mode = follow(folder, info: &info) else { return }
        switch mode {
        case S_IFDIR:
            enter(folder, info: info, ancestors: [], depth: 0)
        case S_IFREG:
            problems.append(FileSystemProblem(path: folder, kind: .fileWhereFolderExpected))
        default:
            problems.append(FileSystemProblem(path: folder, kind: .notRegularFile(DiskFileSystem.describe(mode: mode))))
        }
    }

    /// The mode of what `relative` is, following a symbolic link; nil (with a problem recorded
    /// when it matters) when the link cannot or may not be followed.
    private mutating func follow(_ relative: String, info: inout stat) -> mode_t? {
        let mode = info.st_mode & S_IFMT
        guard mode == S_IFLNK else { return mode }
        let absolute = rootPath + "/" + relative
        guard let pointer = realpath(absolute, nil) else {
            let code = errno
            if code == ELOOP {
                problems.append(FileSystemProblem(path: relative, kind: .linkLoop))
            } else if code == ENOENT, RepositoryLoader.kind(ofPath: relative) != nil {
                problems.append(FileSystemProblem(path: relative, kind: .brokenLink))
            }
            return nil
        }
        let target = String(cString: pointer)
        free(pointer)
        guard stat(absolute, &info) == 0 else { return nil }
        let followed = info.st_mode & S_IFMT
        guard target == rootPath || target.hasPrefix(rootPath == "/" ? "/" : rootPath + "/") else {
            // A file outside is reported by the rule on attachments if a challenge names it.
            if followed == S_IFDIR || RepositoryLoader.kind(ofPath: relative) != nil {
                problems.append(FileSystemProblem(path: relative, kind: .linkOutsideRoot))
            }
            return nil
        }
        return followed
    }

    private mutating func enter(_ relative: String, info: stat, ancestors: Set<Identity>, depth: Int) {
        let identity = Identity(info)
        if ancestors.contains(identity) || identity == rootIdentity {
            problems.append(FileSystemProblem(path: relative, kind: .linkLoop))
            return
        }
        if let first = entered[identity] {
            problems.append(FileSystemProblem(path: relative, kind: .linkToFolderAlreadyRead(first)))
            return
        }
        guard depth < FileLimits.maximumFolderDepth else {
            problems.append(FileSystemProblem(path: relative, kind: .tooDeep))
            return
        }
        entered[identity] = relative
        var inside = ancestors
        inside.insert(identity)
        walk(relative: relative, ancestors: inside, depth: depth + 1)
    }

    private mutating func walk(relative: String, ancestors: Set<Identity>, depth: Int) {
        let absolute = relative.isEmpty ? rootPath : rootPath + "/" + relative
        guard let directory = opendir(absolute) else {
            problems.append(FileSystemProblem(path: relative, kind: .unreadableFolder(String(cString: strerror(errno)))))
            return
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer -> String in
                String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(directory)
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for name in names {
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(rootPath + "/" + child, &info) == 0, let mode = follow(child, info: &info) else { continue }
            switch mode {
            case S_IFDIR:
                if RepositoryLoader.isYAML(name) {
                    problems.append(FileSystemProblem(path: child, kind: .folderNamedLikeFile))
                }
                enter(child, info: info, ancestors: ancestors, depth: depth)
            case S_IFREG:
                files.append(child)
            default:
                problems.append(FileSystemProblem(path: child, kind: .notRegularFile(DiskFileSystem.describe(mode: mode))))
            }
        }
    }
}

private extension FolderWalk.Identity {
    init(_ info: stat) {
        self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
