import Compiler
import Foundation
import Release

/// `pixc preview`: check the repository, build the site in memory, write it.
public enum PreviewBuilder {
    public static func build(root: URL, options: PreviewSite.Options = PreviewSite.Options()) -> PreviewSite {
        let fileSystem = DiskFileSystem(root: root)
        return PreviewSite.build(Checker.check(fileSystem), fileSystem: fileSystem, options: options)
    }

    /// Writes the site into `folder`, replacing it only once every file is written.
    public static func write(_ site: PreviewSite, to folder: URL) throws {
        try OutputWriter.replaceFolder(folder) { staging in
            for path in site.sortedPaths {
                guard let bytes = site.files[path] else { continue }
                let url = staging.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
        }
    }
}
