import CZlib
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Bytes read a block at a time, so a log of any size is read in bounded memory.
public protocol ByteSource {
    /// Fills `buffer` from the start with up to `buffer.count` bytes; 0 at the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// Why a file could not be read (not a problem of its content).
public struct ByteSourceError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { "\(path): \(reason)" }
}

/// Bytes already in memory (tests, examples, the in-memory content file system).
public struct MemoryByteSource: ByteSource {
    let bytes: [UInt8]
    var position = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public init(_ text: String) { self.bytes = Array(text.utf8) }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, bytes.count - position)
        guard count > 0, let base = buffer.baseAddress else { return 0 }
        bytes.withUnsafeBytes { source in
            if let from = source.baseAddress { base.copyMemory(from: from + position, byteCount: count) }
        }
        position += count
        return count
    }
}

/// A file on disk, plain or gzip-compressed, read through zlib's `gzread`: it inflates a gzip
/// file (several concatenated members too) and passes any other file through unchanged, so
/// `answers.csv` and `answers.csv.gz` are read by the same code, a block at a time.
///
/// zlib through a system-library target rather than compress-nio: `gzread` is the streaming
/// reader we need as one call, without bringing SwiftNIO's buffers into a command-line read loop.
public final class FileByteSource: ByteSource {
    private var file: gzFile?
    public let path: String

    public init(path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw ByteSourceError(path: path, reason: errno == ENOENT ? CalibrationFilesMessages.text("ByteSource.1") : String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw ByteSourceError(path: path, reason: CalibrationFilesMessages.text("ByteSource.2")) }
        guard let handle = gzopen(path, "rb") else {
            throw ByteSourceError(path: path, reason: String(cString: strerror(errno)))
        }
        gzbuffer(handle, 1 << 17)
        self.file = handle
        self.path = path
    }

    deinit {
        if let file { gzclose_r(file) }
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let file, let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let count = gzread(file, base, UInt32(min(buffer.count, Int(Int32.max))))
        if count < 0 {
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? CalibrationFilesMessages.text("ByteSource.3")
            throw ByteSourceError(path: path, reason: code == Z_DATA_ERROR ? CalibrationFilesMessages.text("ByteSource.4", ["message": "\(message)"]) : message)
        }
        if count == 0 {
            // zlib reports a gzip stream cut short only through gzerror, after the last bytes.
            var code: Int32 = 0
            _ = gzerror(file, &code)
            if code == Z_BUF_ERROR { throw ByteSourceError(path: path, reason: CalibrationFilesMessages.text("ByteSource.5")) }
        }
        return Int(count)
    }
}

/// A file on disk read as it is (no decompression), a block at a time.
public final class PlainFileSource: ByteSource {
    private let descriptor: Int32
    public let path: String

    public init(path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw ByteSourceError(path: path, reason: errno == ENOENT ? CalibrationFilesMessages.text("ByteSource.1") : String(cString: strerror(errno)))
        }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw ByteSourceError(path: path, reason: CalibrationFilesMessages.text("ByteSource.2"))
        }
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = Glibc.read(descriptor, base, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw ByteSourceError(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
