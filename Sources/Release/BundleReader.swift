import Foundation

/// Why a bundle could not be read.
public enum BundleReadError: Error, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String)
    case invalidRelease(path: String, ReleaseReadError)
    case invalidManifest(path: String, ReleaseReadError)

    public var description: String {
        switch self {
        case .notFound(let path): return DiffMessages.catalogue.text("bundle.notFound", ["path": path])
        case .unreadable(let path): return DiffMessages.catalogue.text("bundle.unreadable", ["path": path])
        case .invalidRelease(let path, let error): return "\(path): \(error)"
        case .invalidManifest(let path, let error): return "\(path): \(error)"
        }
    }
}

/// Reads a bundle, the other half of ``ReleaseBundle``: a folder holding `release.json` (and
/// `manifest.json` when there is one), or a `release.json` file given directly, whose manifest is
/// looked for beside it.
public enum BundleReader {
    public static func read(_ path: String) throws(BundleReadError) -> (release: Release, manifest: Manifest?) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .notFound(path: path)
        }
        let location = URL(fileURLWithPath: path)
        let releaseURL = isFolder.boolValue ? location.appendingPathComponent(ReleaseBundle.releaseFileName) : location
        let manifestURL = isFolder.boolValue ? location.appendingPathComponent(ReleaseBundle.manifestFileName)
                                             : location.deletingLastPathComponent().appendingPathComponent(ReleaseBundle.manifestFileName)
        guard let data = FileManager.default.contents(atPath: releaseURL.path) else {
            throw .unreadable(path: releaseURL.path)
        }
        let release: Release
        do {
            release = try Release.read(from: data)
        } catch {
            throw .invalidRelease(path: releaseURL.path, error)
        }
        var manifest: Manifest?
        if let manifestData = FileManager.default.contents(atPath: manifestURL.path) {
            do {
                manifest = try Manifest.read(from: manifestData)
            } catch {
                throw .invalidManifest(path: manifestURL.path, error)
            }
        }
        return (release, manifest)
    }
}
