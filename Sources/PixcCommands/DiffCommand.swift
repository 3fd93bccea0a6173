import ArgumentParser
import Foundation
import Localization
import Release

struct Diff: ParsableCommand, LanguageSelecting {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: CommandHelp.text("diff.abstract"),
        discussion: CommandHelp.text("diff.discussion")
    ) }

    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: CommandHelp.help("diff.old", valueName: "old"))
    var old: String

    @Argument(help: CommandHelp.help("diff.new", valueName: "new"))
    var new: String

    @Option(name: .long, help: CommandHelp.help("diff.format"))
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
        case .human: console.out(diff.renderText(language: Localization.current))
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
