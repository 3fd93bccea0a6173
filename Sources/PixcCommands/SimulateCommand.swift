import ArgumentParser
import Diagnostics
import Engine
import Foundation
import Localization
import Simulation

struct Simulate: ParsableCommand, LanguageSelecting {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: CommandHelp.text("simulate.abstract"),
        discussion: CommandHelp.text("simulate.discussion")
    ) }

    enum EngineName: String, ExpressibleByArgument, CaseIterable {
        case flash
        case maxInfo = "max-info"
        case smartRandom = "smart-random"
    }

    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var rootOptions: RootOptions

    @Option(name: .long, help: CommandHelp.help("simulate.bundle", valueName: "path"))
    var bundle: String?

    @Option(name: .long, help: CommandHelp.help("simulate.framework", valueName: "id"))
    var framework: String = "pix"

    @Option(name: .long, help: CommandHelp.help("simulate.status", valueName: "statuses"))
    var status: String = "validé"

    @Option(name: .long, help: CommandHelp.help("simulate.locale", valueName: "locale"))
    var locale: String?

    @Flag(name: .long, help: CommandHelp.help("simulate.calibratedOnly"))
    var calibratedOnly = false

    @Option(name: .long, help: CommandHelp.help("simulate.items", valueName: "file"))
    var items: String?

    @Option(name: .long, help: CommandHelp.help("simulate.truth", valueName: "file"))
    var truth: String?

    @Option(name: .long, help: CommandHelp.help("simulate.learners", valueName: "n"))
    var learners: String?

    @Option(name: .long, parsing: .unconditional, help: CommandHelp.help("simulate.capacity", valueName: "law"))
    var capacity: String?

    @Option(name: .long, help: CommandHelp.help("simulate.capacities", valueName: "file"))
    var capacities: String?

    @Option(name: .long, help: CommandHelp.help("simulate.engine"))
    var engine: EngineName = .flash

    @Option(name: .long, help: CommandHelp.help("simulate.length", valueName: "n"))
    var length: Int?

    @Option(name: .long, help: CommandHelp.help("simulate.variationPercent", valueName: "fraction"))
    var variationPercent: Double?

    @Flag(name: .long, inversion: .prefixedNo, help: CommandHelp.help("simulate.oneQuestionPerTube"))
    var oneQuestionPerTube: Bool?

    @Flag(name: .long, inversion: .prefixedNo, help: CommandHelp.help("simulate.passageByAllCompetences"))
    var passageByAllCompetences: Bool?

    @Option(name: .long, help: CommandHelp.help("simulate.challengesBetweenSameCompetence", valueName: "n"))
    var challengesBetweenSameCompetence: Int?

    @Option(name: .long, parsing: .unconditional, help: CommandHelp.help("simulate.initialCapacity", valueName: "capacity"))
    var initialCapacity: Double?

    @Option(name: .long, help: CommandHelp.help("simulate.pickProbability", valueName: "percent"))
    var pickProbability: Double?

    @Option(name: .long, help: CommandHelp.help("simulate.stopError", valueName: "error"))
    var stopError: Double?

    @Option(name: .long, help: CommandHelp.help("simulate.seed"))
    var seed: UInt64 = 1

    @Option(name: .long, help: CommandHelp.help("simulate.threads", valueName: "n"))
    var threads: Int?

    @Option(name: .long, help: CommandHelp.help("simulate.out", valueName: "folder"))
    var out: String?

    @Flag(name: .long, help: CommandHelp.help("simulate.trace"))
    var trace = false

    @Flag(name: .long, help: CommandHelp.help("simulate.answers"))
    var answers = false

    @Option(name: .long, help: CommandHelp.help("simulate.pretest", valueName: "K"))
    var pretest: Int?

    @Option(name: .long, help: CommandHelp.help("simulate.pretestItems", valueName: "file"))
    var pretestItems: String?

    @Option(name: .long, help: CommandHelp.help("simulate.pretestPerSession", valueName: "n"))
    var pretestPerSession: Int?

    @Option(name: .long, help: CommandHelp.help("simulate.targetRmse", valueName: "rmse"))
    var targetRmse: Double?

    @Option(name: .long, parsing: .unconditional, help: CommandHelp.help("simulate.bands", valueName: "bands"))
    var bands: String?

    @Option(name: .long, help: CommandHelp.help("simulate.seThreshold", valueName: "error"))
    var seThreshold: Double = 0.5

    /// The options that contradict one another, refused before any file is read.
    func validate() throws {
        let messages = SimulationCommandMessages.catalogue
        if items != nil, bundle != nil { throw ValidationError(messages.text("simulate.oneBank")) }
        if items == nil, statuses.isEmpty { throw ValidationError(messages.text("simulate.noStatus")) }
        if pretest == nil {
            for (option, given) in [("--pretest-items", pretestItems != nil), ("--pretest-per-session", pretestPerSession != nil), ("--target-rmse", targetRmse != nil)] where given {
                throw ValidationError(messages.text("simulate.pretestOnly", ["option": option]))
            }
            if let learners, let counts = try? learnerCounts(learners), counts.count != 1 {
                throw ValidationError(messages.text("simulate.severalSizes", ["learners": learners]))
            }
        }
        if capacities != nil, !(learners == nil || pretest != nil) || capacity != nil {
            throw ValidationError(messages.text("simulate.capacitiesGiveLearners"))
        }
        let flashOptions: [(String, Bool)] = [
            ("--variation-percent", variationPercent != nil), ("--one-question-per-tube", oneQuestionPerTube != nil),
            ("--passage-by-all-competences", passageByAllCompetences != nil),
            ("--challenges-between-same-competence", challengesBetweenSameCompetence != nil),
            ("--initial-capacity", initialCapacity != nil), ("--pick-probability", pickProbability != nil),
        ]
        if engine != .flash, let option = flashOptions.first(where: \.1) {
            throw ValidationError(messages.text("simulate.flashOnly", ["option": option.0, "engine": engine.rawValue]))
        }
        if engine != .maxInfo, stopError != nil { throw ValidationError(messages.text("simulate.maxInfoOnly", ["engine": engine.rawValue])) }
    }

    /// `--status`, as a list.
    private var statuses: [String] {
        commaSeparatedWords(status)
    }

    /// `--learners`: one number, or several for pretest planning.
    private func learnerCounts(_ text: String) throws -> [Int] {
        try Self.simulation { () throws(SimulationFailure) in try PretestRequest.sizes(parsing: text) }
    }

    func run() throws {
        let console = Console.current
        let request = try makeRequest()
        let progress = ProgressBar(console: console, label: RunMessages.catalogue.text("progress.simulating"))
        let outcome: SimulationOutcome
        var report: (@Sendable (Int, Int) -> Void)?
        if let progress {
            report = { done, total in progress.update(done: done, total: total) }
        }
        do throws(SimulationFailure) {
            outcome = try Simulator.run(request, progress: report)
            progress?.finish()
        } catch {
            progress?.finish()
            switch error {
            case .usage(let message): throw UsageFailure(message: message)
            case .diagnostics(let diagnostics):
                console.err(HumanRenderer(useColor: console.useColor).render(diagnostics))
                throw ExitCode(1)
            case .output(let message):
                console.err(CommandHelp.text("error", ["message": message]) + "\n")
                throw ExitCode(2)
            }
        }
        if !outcome.warnings.isEmpty { console.err(HumanRenderer(useColor: console.useColor).render(outcome.warnings)) }
        console.out(SimulationText.summary(outcome, output: request.output.path))
    }

    func makeRequest() throws -> SimulationRequest {
        let root = try? rootOptions.resolveRoot()
        let bank: SimulationRequest.BankSource
        if let items {
            bank = .items(path: items)
        } else {
            let folder = try rootOptions.bundleFolder(bundle)
            bank = .bundle(path: folder, framework: framework == "all" ? nil : framework, statuses: statuses, locale: locale, calibratedOnly: calibratedOnly)
        }
        let sizes = try learners.map(learnerCounts)
        let population: SimulationRequest.PopulationSource
        if let capacities {
            population = .file(path: capacities)
        } else {
            let law = capacity ?? "normal:0,1"
            population = .distribution(try Self.simulation { () throws(SimulationFailure) in try CapacityDistribution(parsing: law) }, learners: sizes?.last ?? 1000)
        }
        let engineChoice: SimulatedEngineChoice
        switch engine {
        case .flash:
            var configuration = FlashConfiguration.v3Certification
            if let length { configuration.maximumAssessmentLength = length }
            if let variationPercent { configuration.variationPercent = variationPercent }
            if let oneQuestionPerTube { configuration.limitToOneQuestionPerTube = oneQuestionPerTube }
            if let passageByAllCompetences { configuration.enablePassageByAllCompetences = passageByAllCompetences }
            if let challengesBetweenSameCompetence { configuration.challengesBetweenSameCompetence = challengesBetweenSameCompetence }
            if let initialCapacity { configuration.defaultCandidateCapacity = initialCapacity }
            if let pickProbability { configuration.defaultProbabilityToPickChallenge = pickProbability }
            engineChoice = .flash(configuration)
        case .maxInfo:
            engineChoice = .maxInfo(length: length ?? FlashConfiguration.v3Certification.maximumAssessmentLength, stopError: stopError)
        case .smartRandom:
            engineChoice = .smartRandom(maximumLength: length, locale: locale ?? "fr-fr")
        }
        let output: URL
        if let out {
            output = URL(fileURLWithPath: out).standardizedFileURL
        } else {
            let base = root ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            output = base.appendingPathComponent("dist").appendingPathComponent("simulation").standardizedFileURL
        }
        var request = SimulationRequest(bank: bank, population: population, engine: engineChoice, seed: seed,
                                        threads: threads ?? ProcessInfo.processInfo.activeProcessorCount, output: output)
        request.truthPath = truth
        request.writesTrace = trace
        request.writesAnswers = answers
        request.standardErrorThreshold = seThreshold
        request.reportText = SimulationText.reportText
        if let pretest {
            // With a capacities file and no --learners, the one size is the whole file (checked once it is read).
            request.pretest = PretestRequest(count: pretest, itemsPath: pretestItems, perSession: pretestPerSession,
                                             sizes: sizes ?? (capacities == nil ? [1000] : []), targetRMSE: targetRmse ?? PretestRequest.defaultTargetRMSE)
        }
        if let bands { request.bands = try Self.simulation { () throws(SimulationFailure) in try CapacityBands(parsing: bands) } }
        return request
    }

    /// A library check whose failure is a usage error.
    private static func simulation<T>(_ body: () throws(SimulationFailure) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw UsageFailure(message: error.description)
        }
    }
}

/// What `pixc simulate` prints when it is done.
enum SimulationText {
    /// The report's texts and numbers in the current language.
    static var reportText: ReportText {
        Localization.current == .fr ? .french : .english
    }

    static func summary(_ outcome: SimulationOutcome, output: String) -> String {
        let messages = SimulationCommandMessages.catalogue
        let s = outcome.summary
        let text = reportText
        let provisional = s.provisionalIds.count
        var out = messages.text("simulate.summary", ["learners": text.integer(s.learners), "engine": s.request.engine.name, "challenges": text.integer(s.challenges)])
        out += provisional > 0 ? messages.text("simulate.summaryProvisional", ["provisional": text.integer(provisional)]) + "\n" : "\n"
        let o = s.overall
        out += messages.text("simulate.precision", [
            "rmse": text.decimal(o.rmse, digits: 3), "bias": text.decimal(o.bias, digits: 3), "errorRate": text.decimal(o.meanErrorRate, digits: 3),
            "coverage": text.percent(o.coverage), "length": text.decimal(o.meanLength, digits: 1),
        ]) + "\n"
        if let scores = s.scores {
            let median = scores.percentiles.first { $0.rank == 50 }?.score ?? 0
            out += messages.text("simulate.scores", ["mean": text.decimal(scores.mean, digits: 0), "median": text.integer(median)]) + "\n"
        }
        out += messages.text("simulate.exposure", [
            "maximum": text.percent(s.exposure.maximumRate), "neverUsed": text.integer(s.exposure.neverUsed), "overlap": text.percent(s.exposure.overlapRate),
        ]) + "\n"
        let ranges = s.diagnostics.weakRanges.map { messages.text("simulate.range", ["from": text.decimal($0.from, digits: 1), "to": text.decimal($0.to, digits: 1)]) }
        let threshold = text.decimal(s.diagnostics.threshold, digits: 2)
        out += ranges.isEmpty ? messages.text("simulate.noWeakRange", ["threshold": threshold]) + "\n"
                              : messages.text("simulate.weakRanges", ["threshold": threshold, "ranges": ranges.joined(separator: ", ")]) + "\n"
        if let gap = s.diagnostics.gaps.first {
            out += messages.text("simulate.mostNeeded", [
                "competence": gap.competence.isEmpty ? text.noCompetence : gap.competence, "band": Report.bandName(gap.from, gap.to, text),
            ]) + "\n"
        }
        if let pretest = s.pretest { out += Self.pretest(pretest, text) }
        out += messages.text("simulate.wrote", ["folder": output, "files": outcome.files.joined(separator: ", ")]) + "\n"
        return out
    }

    static func pretest(_ pretest: PretestSummary, _ text: ReportText) -> String {
        let t = text.pretest
        var out = t.summaryHeading(text.integer(pretest.ids.count), pretest.ids.count == 1, text.integer(pretest.perSession)) + "\n"
        for size in pretest.sizes {
            out += t.summaryLine(text.integer(size.learners), text.decimal(size.meanAnswers, digits: 0), text.decimal(size.difficultyRMSE, digits: 3),
                                 text.decimal(size.difficultyCorrelation, digits: 3), text.decimal(size.discriminationRMSE, digits: 3),
                                 text.decimal(size.discriminationCorrelation, digits: 3)) + "\n"
        }
        let target = text.decimal(pretest.targetRMSE, digits: 2)
        if let reached = pretest.targetReachedAt {
            out += "  " + t.reached(text.integer(reached), target) + "\n"
        } else if let last = pretest.sizes.last {
            out += "  " + t.notReached(target, text.integer(last.learners), text.decimal(last.difficultyRMSE, digits: 3)) + "\n"
        }
        for size in pretest.sizes where !size.converged { out += "  " + t.notConverged(text.integer(size.learners)) + "\n" }
        return out
    }
}
