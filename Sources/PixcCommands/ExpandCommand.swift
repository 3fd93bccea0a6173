import ArgumentParser
import Compiler
import Diagnostics
import Localization
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
        if let variants, variants < 1 { throw ValidationError(RunMessages.catalogue.text("expand.variantsTooSmall")) }
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
            let messages = RunMessages.catalogue
            let place = path == challenge ? path : messages.text("expand.unreadable.place", ["challenge": challenge, "path": path])
            console.err(messages.text(errors == 1 ? "expand.unreadable.one" : "expand.unreadable.many", ["place": place, "count": Numbers.integer(errors)]) + "\n\n")
            print(own, console: console)
            throw ExitCode(1)
        case .notFound:
            let near = Suggestion.closest(to: challenge, among: Checker.challengeIDs(in: fileSystem))
            let messages = RunMessages.catalogue
            throw UsageFailure(message: messages.text("expand.notFound", ["challenge": challenge])
                + (near.map { messages.text("expand.didYouMean", ["suggestion": $0]) } ?? ""))
        }
        let errors = diagnostics.errorCount
        if errors > 0 {
            console.err(RunMessages.catalogue.text(errors == 1 ? "expand.hasErrors.one" : "expand.hasErrors.many", [
                "path": compiled.view.challenge.file.path, "count": Numbers.integer(errors),
            ]) + "\n\n")
        }
        switch format {
        case .human:
            console.out(ExpansionReport.text(compiled, language: Localization.current))
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
