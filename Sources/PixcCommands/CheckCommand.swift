import ArgumentParser
import Compiler
import Diagnostics
import Foundation

struct Check: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        abstract: "Check the referentials and challenges and report every problem with its place.",
        discussion: """
        Reads every file of Referential/ and Challenges/ (so references between files are checked), \
        then reports the problems found in PATHs (default: all). Exit code 0 when there is no error \
        (warnings allowed unless --deny-warnings), 1 when there are content errors, 2 on usage or \
        I/O errors.
        """
    )

    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var rootOptions: RootOptions

    @Argument(help: ArgumentHelp("Files or folders to report on (default: the whole repository).", valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: "Output format: human, json (one object per line) or sarif.")
    var format: DiagnosticFormat = .human

    @Flag(name: .long, help: "Treat warnings as errors (exit code 1 when there is a warning).")
    var denyWarnings = false

    @Flag(name: .long, help: "Also fail if the variants differ from variants.lock.")
    var locked = false

    @Flag(name: .long, help: "Print the time spent in each phase on standard error.")
    var timings = false

    @Flag(name: .long, help: "Keep watching Referential/, Challenges/ and Calibration/: after each save, print the problems that appeared and those fixed (Ctrl-C to stop).")
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
