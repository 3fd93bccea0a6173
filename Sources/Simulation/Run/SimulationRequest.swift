import Engine
import Foundation
import Localization

/// The adaptive engine a simulation runs, with its settings.
public enum SimulatedEngineChoice: Sendable, Hashable {
    /// Pix's v3 certification (`Engine.FlashAssessment`), any configuration.
    case flash(FlashConfiguration)
    /// The textbook test: EAP with a fixed N(0, 1) prior, maximum information, `length`
    /// questions or fewer when the standard error reaches `stopError`.
    case maxInfo(length: Int, stopError: Double?)
    /// Pix's campaign algorithm; no length unless one is given.
    case smartRandom(maximumLength: Int?, locale: String)

    public var name: String {
        switch self {
        case .flash: return "flash"
        case .maxInfo: return "max-info"
        case .smartRandom: return "smart-random"
        }
    }

    /// The session length pretest questions are spread over: the configured length, or for
    /// smart random without one, Pix's certification length.
    var nominalLength: Int {
        switch self {
        case .flash(let configuration): return configuration.maximumAssessmentLength
        case .maxInfo(let length, _): return length
        case .smartRandom(let maximumLength, _): return maximumLength ?? FlashConfiguration.v3Certification.maximumAssessmentLength
        }
    }
}

/// Everything `pixc simulate` was asked, as plain values.
public struct SimulationRequest: Sendable {
    public enum BankSource: Sendable, Hashable {
        case bundle(path: String, framework: String?, statuses: [String], locale: String?, calibratedOnly: Bool)
        case items(path: String)
    }

    public enum PopulationSource: Sendable, Hashable {
        case distribution(CapacityDistribution, learners: Int)
        case file(path: String)
    }

    public var bank: BankSource
    /// An items file with the parameters answers are drawn from, when they differ from the
    /// bank's.
    public var truthPath: String?
    public var population: PopulationSource
    public var engine: SimulatedEngineChoice
    public var seed: UInt64
    public var threads: Int
    public var output: URL
    public var writesTrace = false
    public var writesAnswers = false
    public var bands = CapacityBands.standard
    /// The standard error above which a capacity range is reported as poorly measured.
    public var standardErrorThreshold = 0.5
    /// The language of report.html (summary.json and the CSV files never change with it).
    public var reportText = ReportText.english
    /// Pretest planning: challenges slipped into the sessions without counting, calibrated for
    /// several numbers of learners.
    public var pretest: PretestRequest?
    /// Learners per chunk: the unit of work of a thread and of the order outputs are merged in.
    /// Fixed (never derived from the number of threads), so the outputs do not depend on it.
    var chunkSize = 256

    public init(bank: BankSource, population: PopulationSource, engine: SimulatedEngineChoice, seed: UInt64, threads: Int, output: URL) {
        self.bank = bank
        self.population = population
        self.engine = engine
        self.seed = seed
        self.threads = threads
        self.output = output
    }

    /// Checks the values no option parser can: lengths, probabilities, counts.
    func validate() throws(SimulationFailure) {
        if case .distribution(_, let learners) = population, !(1...1_000_000_000).contains(learners) {
            throw .usage(SimulationMessages.catalogue.text("request.learners", ["learners": "\(learners)"]))
        }
        guard (1...1024).contains(threads) else { throw .usage(SimulationMessages.catalogue.text("request.threads", ["threads": "\(threads)"])) }
        guard standardErrorThreshold > 0, standardErrorThreshold.isFinite else {
            throw .usage(SimulationMessages.catalogue.text("request.seThreshold"))
        }
        switch engine {
        case .flash(let configuration):
            guard (1...10_000).contains(configuration.maximumAssessmentLength) else { throw .usage(SimulationMessages.catalogue.text("request.length")) }
            guard configuration.challengesBetweenSameCompetence >= 0, configuration.challengesBetweenSameCompetence <= 10_000 else {
                throw .usage(SimulationMessages.catalogue.text("request.between"))
            }
            if let variation = configuration.variationPercent, !(variation >= 0 && variation.isFinite) {
                throw .usage(SimulationMessages.catalogue.text("request.variation"))
            }
            guard configuration.defaultCandidateCapacity.isFinite else { throw .usage(SimulationMessages.catalogue.text("request.initialCapacity")) }
            guard (0...100).contains(configuration.defaultProbabilityToPickChallenge) else {
                throw .usage(SimulationMessages.catalogue.text("request.pickProbability"))
            }
        case .maxInfo(let length, let stopError):
            guard (1...10_000).contains(length) else { throw .usage(SimulationMessages.catalogue.text("request.length")) }
            if let stopError, !(stopError > 0 && stopError.isFinite) { throw .usage(SimulationMessages.catalogue.text("request.stopError")) }
        case .smartRandom(let maximumLength, _):
            if let maximumLength, !(1...10_000).contains(maximumLength) { throw .usage(SimulationMessages.catalogue.text("request.length")) }
        }
    }
}
