import ArgumentParser
import Compiler
import Diagnostics
import Foundation

struct Check: ParsableCommand, LanguageSelecting {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: CommandHelp.text("check.abstract"),
        discussion: CommandHelp.text("check.discussion")
    ) }

    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var rootOptions: RootOptions

    @Argument(help: CommandHelp.help("check.paths", valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: CommandHelp.help("check.format"))
    var format: DiagnosticFormat = .human

    @Flag(name: .long, help: CommandHelp.help("check.denyWarnings"))
    var denyWarnings = false

    @Flag(name: .long, help: CommandHelp.help("check.locked"))
    var locked = false

    @Flag(name: .long, help: CommandHelp.help("check.timings"))
    var timings = false

    @Flag(name: .long, help: CommandHelp.help("check.watch"))
    var watch = false


    func run() throws {
        let console = Console.current
        let root = try rootOptions.resolveRoot()
        let prefixes = try PathFilter.prefixes(for: paths, root: root)
        if watch {
            // Checked here, not in validate(): the language is chosen after parsing.
            guard format == .human else { throw UsageFailure(message: WatchMessages.onlyHuman) }
            try WatchSession(root: root, prefixes: prefixes, locked: locked, timings: timings, console: console).run()
            return
        }
        let phases = timings ? PhaseTimings() : nil
        let fileSystem = DiskFileSystem(root: root)
        let result = Checker.check(fileSystem, timings: phases)
        var all = result.diagnostics
        if locked {
            all.append(contentsOf: Builder.lockCheck(VariantLock(result.challenges), result: result, fileSystem: fileSystem, locked: true).diagnostics)
        }
        let diagnostics = Diagnostic.sortedForOutput(all).filter { PathFilter.keeps($0, prefixes: prefixes) }
        phases.measure("report") { DiagnosticPrinter.print(diagnostics, format: format, console: console, root: root) }
        if let phases { console.err(phases.report) }
        let errors = diagnostics.contains { $0.severity == .error }
        let warnings = diagnostics.contains { $0.severity == .warning }
        if errors || (denyWarnings && warnings) { throw ExitCode(1) }
    }
}
