import ArgumentParser
import Foundation
import Release

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two releases: challenges, skills, variants, calibration.",
        discussion: """
        OLD and NEW are bundle folders (holding release.json and, for variants, manifest.json) or \
        release.json files. Lists added, removed and modified entities with the fields that changed, \
        changed variants, changed calibration, and the calibrated challenges whose content changed \
        (they need recalibration).
        """
    )

    @Argument(help: ArgumentHelp("The earlier release (folder or release.json).", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later release (folder or release.json).", valueName: "new"))
    var new: String

    @Option(name: .long, help: "Output format: human or json.")
    var format: DiffFormat = .human

    enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
        case human
        case json
    }

    func run() throws {
        let console = Console.current
        let (oldRelease, oldManifest) = try BundleReader.read(old)
        let (newRelease, newManifest) = try BundleReader.read(new)
        let diff = ReleaseDiff.compute(old: oldRelease, new: newRelease, oldVariants: oldManifest?.variants ?? [], newVariants: newManifest?.variants ?? [])
        switch format {
        case .human: console.out(diff.renderText())
        case .json: console.out(String(decoding: diff.renderJSON(), as: UTF8.self))
        }
    }
}

/// Reads a bundle (folder) or a release.json file, with a clear error for anything else.
enum BundleReader {
    static func read(_ path: String) throws -> (Release, Manifest?) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw UsageFailure(message: "\(path): no such file or folder")
        }
        let folder = URL(fileURLWithPath: path)
        let releaseURL = isFolder.boolValue ? folder.appendingPathComponent(ReleaseBundle.releaseFileName) : folder
        let manifestURL = isFolder.boolValue ? folder.appendingPathComponent(ReleaseBundle.manifestFileName)
                                             : folder.deletingLastPathComponent().appendingPathComponent(ReleaseBundle.manifestFileName)
        guard let data = FileManager.default.contents(atPath: releaseURL.path) else {
            throw UsageFailure(message: "\(releaseURL.path): cannot read the release")
        }
        let release: Release
        do {
            release = try Release.read(from: data)
        } catch {
            throw UsageFailure(message: "\(releaseURL.path): \(error)")
        }
        var manifest: Manifest?
        if let manifestData = FileManager.default.contents(atPath: manifestURL.path) {
            do {
                manifest = try Manifest.read(from: manifestData)
            } catch {
                throw UsageFailure(message: "\(manifestURL.path): \(error)")
            }
        }
        return (release, manifest)
    }
}
