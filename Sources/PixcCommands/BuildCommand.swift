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

    @Option(name: .long, help: CommandHelp.help("build.assetsBaseUrl", valueName: "url"))
    var assetsBaseUrl: String?

    @Option(name: .long, help: CommandHelp.help("build.format"))
    var format: DiagnosticFormat = .human

    @Flag(name: .long, help: CommandHelp.help("build.denyWarnings"))
    var denyWarnings = false

    @Flag(name: .long, help: CommandHelp.help("build.timings"))
    var timings = false

    func validate() throws {
        if let assetsBaseUrl, AssetsBaseURL.parse(assetsBaseUrl) == nil {
            throw ValidationError(CommandMessages.catalogue.text("build.badAssetsBaseURL", ["url": assetsBaseUrl]))
        }
        if let locale, !ChallengeLocale.known.contains(locale) {
            throw ValidationError(RunMessages.catalogue.text("build.badLocale", ["locale": locale, "locales": ChallengeLocale.known.joined(separator: ", ")]))
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
        // The diagnostics of a build that goes on to write its bundle are rendered on another
        // thread meanwhile (thousands of warnings on a large repository take a while).
        var early: (count: Int, text: BackgroundWork<String>)?
        let format = format
        let useColor = console.useColor
        do {
            outcome = try Builder.build(root: root, options: options, timings: phases, diagnosticsReady: { diagnostics in
                early = (diagnostics.count, BackgroundWork(value: { DiagnosticPrinter.render(diagnostics, format: format, useColor: useColor, root: root) }))
            })
        } catch let refusal as OutputRefusal {
            throw UsageFailure(message: refusal.message)
        } catch let failure as OutputWriteError {
            throw UsageFailure(message: RunMessages.catalogue.text("build.writeFailed", ["target": failure.target, "reason": failure.reason, "lock": VariantLock.fileName]))
        } catch {
            throw UsageFailure(message: RunMessages.catalogue.text("build.cannotWrite", ["path": options.output.path, "reason": error.localizedDescription]))
        }
        if let early, early.count == outcome.diagnostics.count, let text = early.text.value() {
            console.out(text)
        } else {
            DiagnosticPrinter.print(outcome.diagnostics, format: format, console: console, root: root)
        }
        let report = format == .human ? console.out : console.err
        if let bundle = outcome.bundle {
            report(Self.summary(outcome, bundle: bundle, output: options.output, root: root))
        } else {
            let reason = outcome.diagnostics.contains { $0.severity == .error } ? "build.nothingWritten.errors" : "build.nothingWritten.warnings"
            report(RunMessages.catalogue.text(reason, ["path": options.output.path]) + "\n")
        }
        if let phases { console.err(phases.report) }
        let succeeded = outcome.succeeded
        // The release of a large build takes a while to free: not on the way to the exit.
        FreedAside.free(consume outcome)
        if !succeeded { throw ExitCode(1) }
    }

    /// What `pixc build` says when it wrote the bundle: its counts, the variants, the release
    /// digest, and whether variants.lock changed.
    static func summary(_ outcome: BuildOutcome, bundle: ReleaseBundle, output: URL, root: URL) -> String {
        let messages = RunMessages.catalogue
        let content = bundle.release.content
        let randomized = outcome.randomized
        let generated = randomized.reduce(0) { $0 + $1.variantCount }
        let place = output.path.hasPrefix(root.path + "/") ? String(output.path.dropFirst(root.path.count + 1)) : output.path
        var out = messages.text("build.summary", [
            "place": place, "frameworks": Numbers.integer(content.frameworks.count), "competences": Numbers.integer(content.competences.count),
            "tubes": Numbers.integer(content.tubes.count), "skills": Numbers.integer(content.skills.count), "challenges": Numbers.integer(content.challenges.count),
        ]) + "\n"
        if !randomized.isEmpty {
            var line = messages.text("build.variants", ["generated": Numbers.integer(generated), "challenges": Numbers.integer(randomized.count)])
            let sampled = randomized.compactMap { challenge in challenge.statistics.map { (challenge.id, $0) } }.filter { $0.1.method == .sampled }
            if let lowest = sampled.min(by: { $0.1.acceptanceRate < $1.1.acceptanceRate }) {
                line += messages.text("build.lowestAcceptance", ["rate": Numbers.fixed(lowest.1.acceptanceRate * 100, digits: 0), "id": lowest.0])
            }
            out += line + "\n"
        }
        out += messages.text("build.digest", ["digest": bundle.manifest.release.sha256]) + "\n"
        if let id = bundle.release.id { out += CompilerMessages.catalogue.text("build.releaseID", ["id": "\(id)"]) + "\n" }
        if BuildOutcome.hasBundleRelativeURLs(content) { out += CompilerMessages.catalogue.text("build.localUse") + "\n" }
        if outcome.lockChanged { out += messages.text("build.lockChanged", ["lock": VariantLock.fileName]) + "\n" }
        return out
    }
}
