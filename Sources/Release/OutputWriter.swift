import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes outputs so that a reader never sees a half-written file or folder.
public enum OutputWriter {
    /// Fills a staging folder next to `destination`, then puts it in place. The previous folder
    /// stays intact until the new one is complete; if anything fails, it is untouched.
    public static func replaceFolder(_ destination: URL, fill: (URL) throws -> Void) throws {
        let manager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).pixc-new-\(getpid())")
        let retired = parent.appendingPathComponent(".\(destination.lastPathComponent).pixc-old-\(getpid())")
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            try fill(staging)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        try? manager.removeItem(at: retired)
        let hadPrevious = manager.fileExists(atPath: destination.path)
        if hadPrevious { try rename(destination, to: retired) }
        do {
            try rename(staging, to: destination)
        } catch {
            if hadPrevious { try? rename(retired, to: destination) }
            try? manager.removeItem(at: staging)
            throw error
        }
        if hadPrevious { try? manager.removeItem(at: retired) }
    }

    /// Writes a file through a temporary file in the same folder and a rename.
    public static func replaceFile(_ destination: URL, with data: Data) throws {
        let temporary = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).pixc-\(getpid())")
        try data.write(to: temporary)
        do {
            try rename(temporary, to: destination)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    static func rename(_ source: URL, to destination: URL) throws {
        #if canImport(Glibc)
        let result = Glibc.rename(source.path, destination.path)
        #else
        let result = Darwin.rename(source.path, destination.path)
        #endif
        guard result == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
    }
}
