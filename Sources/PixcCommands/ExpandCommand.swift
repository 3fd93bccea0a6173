import ArgumentParser
import Compiler
import Diagnostics
import Preview
import Vocabulary

struct Expand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        abstract: "Show the rendered variants of a challenge, one after the other, as learners would see them."
    )

    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var rootOptions: RootOptions

    @Argument(help: ArgumentHelp("The challenge's id (or its file, relative to the repository).", valueName: "challenge"))
    var challenge: String

    @Option(name: .long, help: ArgumentHelp("How many variants to show (default: the challenge's own `variants:`).", valueName: "N"))
    var variants: Int?

    @Option(name: .long, help: "Output format: human or json.")
    var format: ExpandFormat = .human

    enum ExpandFormat: String, ExpressibleByArgument, CaseIterable {
        case human
        case json
    }

    func validate() throws {
        if let variants, variants < 1 { throw ValidationError("--variants must be at least 1") }
    }

    func run() throws {
        let console = Console.current
        let root = try rootOptions.resolveRoot()
        let fileSystem = DiskFileSystem(root: root)
        guard let (compiled, diagnostics) = Checker.expand(challenge, in: fileSystem, count: variants.map { .count($0) }) else {
            let near = Suggestion.closest(to: challenge, among: Checker.challengeIDs(in: fileSystem))
            throw UsageFailure(message: "no challenge has the id `\(challenge)`" + (near.map { "; did you mean `\($0)`?" } ?? ""))
        }
        switch format {
        case .human:
            console.out(ExpansionReport.text(compiled))
            if !diagnostics.isEmpty { console.out("\n" + HumanRenderer(useColor: console.useColor).render(diagnostics)) }
        case .json:
            console.out(ExpansionReport.json(compiled) + "\n")
            if !diagnostics.isEmpty { console.err(JSONRenderer().render(diagnostics)) }
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
