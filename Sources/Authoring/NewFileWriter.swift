import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a new file atomically and never over an existing one: the text goes to a temporary
/// file in the same folder, which is then hard-linked to its name (`link` fails when the name
/// exists, so a file created meanwhile is never replaced) and removed.
public enum NewFileWriter {
    public enum Failure: Error, Equatable {
        /// A file (or folder) already has that name.
        case exists(String)
        /// The system refused: the path and its reason.
        case system(String, String)
    }

    public static func create(_ destination: URL, text: String) throws(Failure) {
        let manager = FileManager.default
        if manager.fileExists(atPath: destination.path) { throw .exists(destination.path) }
        let folder = destination.deletingLastPathComponent()
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .system(folder.path, error.localizedDescription)
        }
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).pixc-new-\(getpid())")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw .system(temporary.path, error.localizedDescription)
        }
        defer { unlink(temporary.path) }
        guard link(temporary.path, destination.path) == 0 else {
            let code = errno
            if code == EEXIST { throw .exists(destination.path) }
            throw .system(destination.path, String(cString: strerror(code)))
        }
    }
}
