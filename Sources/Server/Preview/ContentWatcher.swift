import Foundation

/// Notices content changes by comparing, every poll, the path, size and modification time of
/// every file under the content folders (no file-system notification API: the same code works
/// on every system, and a few hundred `stat` calls a second cost nothing).
enum ContentWatcher {
    struct Entry: Equatable, Sendable {
        let path: String
        let size: UInt64
        let modified: Double
    }

    typealias Fingerprint = [Entry]

    static let folders = ["Referential", "Challenges", "Calibration"]

    static func fingerprint(_ root: URL) -> Fingerprint {
        var entries: [Entry] = []
        let manager = FileManager.default
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            guard let enumerator = manager.enumerator(at: base, includingPropertiesForKeys: [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]) else { continue }
            for case let url as URL in enumerator {
                guard let values = try? url.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]),
                      values.isRegularFile == true else { continue }
                entries.append(Entry(path: url.path, size: UInt64(values.fileSize ?? 0),
                                     modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0))
            }
        }
        return entries.sorted { $0.path < $1.path }
    }
}
