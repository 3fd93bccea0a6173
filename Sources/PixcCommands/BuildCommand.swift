import ArgumentParser
import Compiler
import Diagnostics
import Foundation
import Model
import Release
import Vocabulary

struct Build: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        abstract: "Check everything, expand the variants, and write the deployable bundle.",
        discussion: """
        Writes <out>/release.json (a Pix learning-content release), <out>/manifest.json (tool \
        version, digests of the sources, of every entity and of release.json, the variants) and \
        <out>/attachments/, and records the variants in variants.lock. Nothing is written when \
        there is an error, and when writing fails the previous bundle and variants.lock stay as they \
        were: both are replaced together, once everything is written. --out refuses the repository, \
        its source folders, a file and any folder that does not hold a previous bundle. Two builds of the same sources are \
        byte-identical; the release date comes only from --release-date or SOURCE_DATE_EPOCH.
        """
    )

    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var rootOptions: RootOptions

    @Option(name: .long, help: ArgumentHelp("Folder to write the bundle to: a new or empty folder, or one holding a previous bundle (default: dist in the repository).", valueName: "folder"))
    var out: String?

    @Flag(name: .long, help: "Fail if the variants would differ from variants.lock (and never write it).")
    var locked = false

    @Option(name: .long, help: ArgumentHelp("Release date written in the bundle (2026-11-23 or an ISO 8601 time). Default: SOURCE_DATE_EPOCH, else none.", valueName: "date"))
    var releaseDate: String?

    @Option(name: .long, help: ArgumentHelp("Keep only challenges with these statuses (comma-separated: proposé, validé, archivé, périmé).", valueName: "statuses"),
            transform: { text throws in try ChallengeStatus.list(parsing: text) })
    var status: Set<ChallengeStatus>?

    @Option(name: .long, help: ArgumentHelp("Keep only challenges with this locale (fr, fr-fr, en…).", valueName: "locale"))
    var locale: String?

    @Option(name: .long, help: ArgumentHelp("Keep only this framework (pix or crcne).", valueName: "id"))
    var framework: String?

    @Option(name: .long, help: ArgumentHelp("The rows of Pix-format calibration files (complementaryCertificationKey) to merge: CORE (the core certification, default), DROIT, CLEA, EDU_1ER_DEGRE…", valueName: "key"))
    var certificationKey: String = "CORE"

    @Option(name: .long, help: ArgumentHelp("The http(s) address the bundle folder will be served at: attachment and illustration URLs become absolute (without it, the bundle is for local use).", valueName: "url"))
    var assetsBaseUrl: String?

    @Option(name: .long, help: "Diagnostics format: human, json or sarif.")
    var format: DiagnosticFormat = .human

    @Flag(name: .long, help: "Treat warnings as errors: write nothing when there is a warning.")
    var denyWarnings = false

    @Flag(name: .long, help: "Print the time spent in each phase on standard error.")
    var timings = false

    func validate() throws {
        if let assetsBaseUrl, AssetsBaseURL.parse(assetsBaseUrl) == nil {
            throw ValidationError(CommandMessages.catalogue.text("build.badAssetsBaseURL", ["url": assetsBaseUrl]))
        }
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
        options.assetsBaseURL = assetsBaseUrl.flatMap(AssetsBaseURL.parse)
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
        DiagnosticPrinter.print(outcome.diagnostics, format: format, console: console, root: root)
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
