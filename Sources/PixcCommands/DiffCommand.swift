import ArgumentParser
import Foundation
import Release

struct Diff: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two releases: challenges, skills, variants, calibration.",
        discussion: """
        OLD and NEW are bundle folders (holding release.json and, for variants, manifest.json) or \
        release.json files. Lists added, removed and modified entities with the fields that changed, \
        changed variants, changed calibration, and the calibrated challenges whose content changed \
        (they need recalibration).
        """
    )

    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: ArgumentHelp("The earlier release (folder or release.json).", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later release (folder or release.json).", valueName: "new"))
    var new: String

    @Option(name: .long, help: "Output format: human, json or markdown (for a merge-request comment).")
    var format: DiffFormat = .human

    enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
        case human
        case json
        case markdown
    }

    func run() throws {
        let console = Console.current
        let (oldRelease, oldManifest) = try BundleReader.readForCommand(old)
        let (newRelease, newManifest) = try BundleReader.readForCommand(new)
        let diff = ReleaseDiff.compute(old: oldRelease, new: newRelease, oldVariants: oldManifest?.variants ?? [], newVariants: newManifest?.variants ?? [])
        switch format {
        case .human: console.out(diff.renderText())
        case .json: console.out(String(decoding: diff.renderJSON(), as: UTF8.self))
        case .markdown: console.out(diff.renderMarkdown())
        }
    }
}

extension BundleReader {
    /// The bundle at `path`, or a usage failure (exit code 2) saying why not.
    static func readForCommand(_ path: String) throws -> (release: Release, manifest: Manifest?) {
        do {
            return try read(path)
        } catch {
            throw UsageFailure(message: error.description)
        }
    }
}
