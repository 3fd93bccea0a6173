import ArgumentParser
import Compiler
import Diagnostics
import Foundation
import Model
import Release
import Vocabulary

struct Build: ParsableCommand, LanguageSelecting {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: CommandHelp.text("build.abstract"),
        discussion: CommandHelp.text("build.discussion")
    ) }

    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var rootOptions: RootOptions

    @Option(name: .long, help: CommandHelp.help("build.out", valueName: "folder"))
    var out: String?

    @Flag(name: .long, help: CommandHelp.help("build.locked"))
    var locked = false

    @Option(name: .long, help: CommandHelp.help("build.releaseDate", valueName: "date"))
    var releaseDate: String?

    @Option(name: .long, help: CommandHelp.help("build.status", valueName: "statuses"),
            transform: { text throws in try ChallengeStatus.list(parsing: text) })
    var status: Set<ChallengeStatus>?

    @Option(name: .long, help: CommandHelp.help("build.locale", valueName: "locale"))
    var locale: String?

    @Option(name: .long, help: CommandHelp.help("build.framework", valueName: "id"))
    var framework: String?

    @Option(name: .long, help: CommandHelp.help("build.certificationKey", valueName: "key"))
    var certificationKey: String = "CORE"

    @Option(name: .long, help: CommandHelp.help("build.format"))
    var format: DiagnosticFormat = .human

    @Flag(name: .long, help: CommandHelp.help("build.denyWarnings"))
    var denyWarnings = false

    @Flag(name: .long, help: CommandHelp.help("build.timings"))
    var timings = false

    func validate() throws {
        if let locale, !ChallengeLocale.known.contains(locale) {
            throw ValidationError("--locale \(locale): the locales are \(ChallengeLocale.known.joined(separator: ", "))")
        }
    }

    func run() throws {
        let console = Console.current
        let root = try rootOptions.resolveRoot()
        var options = BuildOptions(output: out.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? root.appendingPathComponent("dist"))
        options.locked = locked
        options.denyWarnings = denyWarnings
        options.certificationKey = certificationKey
        do {
            options.releaseDate = try Builder.releaseDate(option: releaseDate, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw UsageFailure(message: "\(error)")
        }
        options.filters = BuildFilters(statuses: status, locale: locale, framework: framework)
        let phases = timings ? PhaseTimings() : nil
        let outcome: BuildOutcome
        do {
            outcome = try Builder.build(root: root, options: options, timings: phases)
        } catch let refusal as OutputRefusal {
            throw UsageFailure(message: refusal.message)
        } catch let failure as OutputWriteError {
            throw UsageFailure(message: "\(failure); nothing was changed: the previous bundle and \(VariantLock.fileName) are as they were")
        } catch {
            throw UsageFailure(message: "cannot write \(options.output.path): \(error.localizedDescription); nothing was changed")
        }
        DiagnosticPrinter.print(outcome.diagnostics, format: format, console: console)
        let report = format == .human ? console.out : console.err
        if let bundle = outcome.bundle {
            report(outcome.summary(bundle: bundle, output: options.output, root: root))
        } else {
            report("nothing written: \(outcome.diagnostics.contains { $0.severity == .error } ? "fix the errors above" : "warnings are denied") (\(options.output.path) is unchanged)\n")
        }
        if let phases { console.err(phases.report) }
        if !outcome.succeeded { throw ExitCode(1) }
    }
}
