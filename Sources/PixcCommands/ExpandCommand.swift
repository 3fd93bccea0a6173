import ArgumentParser
import Compiler
import Diagnostics
import Preview
import Vocabulary

struct Expand: ParsableCommand, LanguageSelecting {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: CommandHelp.text("expand.abstract")
    ) }

    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var rootOptions: RootOptions

    @Argument(help: CommandHelp.help("expand.challenge", valueName: "challenge"))
    var challenge: String

    @Option(name: .long, help: CommandHelp.help("expand.variants", valueName: "N"))
    var variants: Int?

    @Option(name: .long, help: CommandHelp.help("expand.format"))
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
        let compiled: CompiledChallenge
        let diagnostics: [Diagnostic]
        switch Checker.expand(challenge, in: fileSystem, count: variants.map { .count($0) }) {
        case .challenge(let found, let own):
            (compiled, diagnostics) = (found, own)
        case .unreadable(let path, let own):
            let errors = own.errorCount
            let place = path == challenge ? path : "`\(challenge)` is in \(path), which"
            console.err("\(place) has \(errors == 1 ? "an error" : "\(errors) errors") that keep\(errors == 1 ? "s" : "") the challenge from being read; fix \(errors == 1 ? "it" : "them") to see its variants:\n\n")
            print(own, console: console)
            throw ExitCode(1)
        case .notFound:
            let near = Suggestion.closest(to: challenge, among: Checker.challengeIDs(in: fileSystem))
            throw UsageFailure(message: "no challenge has the id `\(challenge)`" + (near.map { "; did you mean `\($0)`?" } ?? ""))
        }
        let errors = diagnostics.errorCount
        if errors > 0 {
            console.err("\(compiled.view.challenge.file.path) has \(errors == 1 ? "an error" : "\(errors) errors") (shown after the variants): what follows may be incomplete or wrong\n\n")
        }
        switch format {
        case .human:
            console.out(ExpansionReport.text(compiled))
            if !diagnostics.isEmpty { console.out("\n" + HumanRenderer(useColor: console.useColor).render(diagnostics)) }
        case .json:
            console.out(ExpansionReport.json(compiled) + "\n")
            if !diagnostics.isEmpty { console.err(JSONRenderer().render(diagnostics)) }
        }
        if errors > 0 { throw ExitCode(1) }
    }

    private func print(_ diagnostics: [Diagnostic], console: Console) {
        switch format {
        case .human: console.out(HumanRenderer(useColor: console.useColor).render(diagnostics))
        case .json: console.err(JSONRenderer().render(diagnostics))
        }
    }
}
