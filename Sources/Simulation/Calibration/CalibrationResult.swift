import CalibrationFiles

/// A problem with an estimate, never left out of any output. Codes are stable.
public struct CalibrationFlag: Sendable, Hashable {
    public let code: Code
    public let message: String

    public enum Code: String, Sendable, Hashable, CaseIterable {
        case fewAnswers = "few-answers"
        case discriminationNearZero = "discrimination-near-zero"
        case discriminationVeryLarge = "discrimination-very-large"
        case difficultyOutsidePopulation = "difficulty-outside-population"
        case narrowCapacities = "narrow-capacities"
        case noStandardError = "no-standard-error"
        case notConverged = "not-converged"
        case anchorDrift = "anchor-drift"
        case levelOutOfOrder = "level-out-of-order"
        case variantsDiffer = "variants-differ"
        case fewAnchors = "few-anchors"
    }

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }
}

/// One challenge of the answer log, estimated or anchored.
public struct CalibratedItem: Sendable {
    public let id: String
    public let answers: Int
    public let rightAnswers: Int
    public let isAnchor: Bool
    public let discrimination: Double
    public let difficulty: Double
    public let discriminationStandardError: Double?
    public let difficultyStandardError: Double?
    /// Mean and standard deviation of the respondents' expected capacities.
    public let capacityMean: Double
    public let capacitySD: Double
    public var flags: [CalibrationFlag]
    public var drift: AnchorDrift?
    public var content: CalibrationContent.Entry?

    public var row: CalibrationRow {
        CalibrationRow(challengeID: id, discrimination: discrimination, difficulty: difficulty, discriminationStandardError: discriminationStandardError,
                       difficultyStandardError: difficultyStandardError, responses: answers, flags: flags.map(\.code.rawValue))
    }
}

/// An anchor's free estimate against its stored parameters (Wald test, 2 degrees of freedom,
/// Holm-corrected over the anchors).
public struct AnchorDrift: Sendable, Hashable {
    public let freeDiscrimination: Double
    public let freeDifficulty: Double
    public let chiSquare: Double
    public let pValue: Double
    public let adjustedPValue: Double
    public let drifted: Bool
}

public struct IterationRecord: Sendable, Hashable {
    public let iteration: Int
    /// Marginal log-likelihood of the parameters the iteration started from.
    public let logLikelihood: Double
    /// The same plus the log of the priors' densities (up to a constant).
    public let logPosterior: Double
    /// Largest change of a parameter in the iteration.
    public let change: Double
}

/// A content check's finding (level order in a tube, variants of a prototype).
public struct ContentFinding: Sendable, Hashable {
    public let code: CalibrationFlag.Code
    public let subject: String
    public let message: String
    public let pValue: Double
    public let adjustedPValue: Double
    public let challengeIDs: [String]
}

public struct CalibrationResult: Sendable {
    public let items: [CalibratedItem]
    public let populationMean: Double
    public let populationSD: Double
    public let populationEstimated: Bool
    public let iterations: [IterationRecord]
    public let converged: Bool
    public let learners: Int
    public let answers: Int
    public let options: CalibrationOptions
    /// Flags about the whole run (no convergence, few anchors).
    public let runFlags: [CalibrationFlag]
    public let anchorsGiven: Int
    public let anchorsAnswered: Int
    public let findings: [ContentFinding]
    public let logStatistics: AnswerLog.Statistics
    public let learnerColumn: String

    public var estimated: [CalibratedItem] { items.filter { !$0.isAnchor } }
    /// EM steps taken, counting the accelerated jumps that were rejected (``iterations`` records
    /// the others).
    public var iterationCount: Int { iterations.last?.iteration ?? 0 }
    public var flaggedCount: Int { items.filter { !$0.flags.isEmpty }.count }
}
