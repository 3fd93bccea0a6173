import Foundation

/// A capacity estimate after an answer: the posterior mean (possibly clamped) and Pix's
/// "error rate" (posterior standard deviation around that estimate, Sheppard-corrected).
public struct CapacityEstimate: Sendable, Hashable {
    public var capacity: Double
    public var errorRate: Double

    public init(capacity: Double, errorRate: Double) {
        self.capacity = capacity
        self.errorRate = errorRate
    }
}

/// The flash engine's mathematics: Pix's `flash.js`, reproduced operation for operation so that
/// results agree with Pix to the last bits (every sum runs left to right from 0, the prior and
/// the posterior are normalised separately).
public enum Flash {
    /// `flash.js` `DEFAULT_CAPACITY` (the v3 certification configuration overrides it with −3).
    public static let defaultCapacity = 0.0
    /// Error rate reported before any answer (`DEFAULT_ERROR_RATE`).
    public static let defaultErrorRate = 5.0
    /// Variance of the moving Gaussian prior.
    public static let priorVariance = 1.5
    /// Width of a grid class, `9/80`, used by the error-rate correction `(9/80)² / 12`.
    public static let errorRateClassInterval = 9.0 / 80.0
    /// How many candidates `getPossibleNextChallenges` returns.
    public static let maximumNumberOfReturnedChallenges = 5

    /// The 81 capacity samples −9, −8.775, …, 8.999999999999988, built as Pix builds them: by
    /// adding `18/80` repeatedly while the value is below 9 (the drift of the last point is
    /// part of the reference results).
    public static let grid: [Double] = {
        let step = 18.0 / 80.0
        var samples: [Double] = []
        var value = -9.0
        while value < 9 {
            samples.append(value)
            value += step
        }
        return samples
    }()

    /// 2PL probability of a correct answer: `1 / (1 + exp(a·(b − θ)))`.
    @inline(__always)
    public static func probability(capacity: Double, discriminant: Double, difficulty: Double) -> Double {
        1 / (1 + exp(discriminant * (difficulty - capacity)))
    }

    /// Fisher information of the item at θ, Pix's "reward": `P·(1 − P)·a²`.
    public static func reward(capacity: Double, discriminant: Double, difficulty: Double) -> Double {
        let p = probability(capacity: capacity, discriminant: discriminant, difficulty: difficulty)
        return p * (1 - p) * (discriminant * discriminant)
    }

    /// The capacity at which the probability of success reaches `successProbabilityThreshold`
    /// (Pix's `minimumCapability`, threshold 0.95 by default): `b − ln(1/p − 1) / a`.
    public static func minimumCapability(
        discriminant: Double,
        difficulty: Double,
        successProbabilityThreshold: Double = 0.95
    ) -> Double {
        difficulty - log(1 / successProbabilityThreshold - 1) / discriminant
    }

    /// Pix's `getCapacityAndErrorRateHistory`: one estimate per answer, in order.
    ///
    /// - Parameters:
    ///   - challenges: the bank the answers are scored against; the first challenge with the
    ///     answer's id supplies the parameters.
    ///   - variationPercent: maximum relative step per answer; `nil` or 0 disables clamping
    ///     (JavaScript truthiness).
    /// - Throws: ``FlashError/unknownChallenge(answerIndex:challengeId:)``.
    public static func capacityHistory(
        answers: [FlashAnswer],
        challenges: [CalibratedChallenge],
        initialCapacity: Double = defaultCapacity,
        variationPercent: Double?
    ) throws -> [CapacityEstimate] {
        let bank = FlashBank(challenges)
        let answered = try bank.positions(of: answers).map { bank.challenges[$0] }
        var estimator = CapacityEstimator(initialCapacity: initialCapacity, variationPercent: variationPercent)
        var history: [CapacityEstimate] = []
        history.reserveCapacity(answers.count)
        for (answer, challenge) in zip(answers, answered) {
            history.append(estimator.record(
                discriminant: challenge.discriminant,
                difficulty: challenge.difficulty,
                isCorrect: answer.status.isCorrect
            ))
        }
        return history
    }

    /// Pix's `getCapacityAndErrorRate`: the last estimate, or `(initialCapacity, 5)` when there is
    /// no answer or no challenge at all.
    public static func capacityAndErrorRate(
        answers: [FlashAnswer],
        challenges: [CalibratedChallenge],
        initialCapacity: Double = defaultCapacity,
        variationPercent: Double?
    ) throws -> CapacityEstimate {
        if challenges.isEmpty || answers.isEmpty {
            return CapacityEstimate(capacity: initialCapacity, errorRate: defaultErrorRate)
        }
        let history = try capacityHistory(
            answers: answers,
            challenges: challenges,
            initialCapacity: initialCapacity,
            variationPercent: variationPercent
        )
        return history.last ?? CapacityEstimate(capacity: initialCapacity, errorRate: defaultErrorRate)
    }

    /// Pix's `_limitCapacityVariation`: near 0 the step may reach `variationPercent` itself,
    /// elsewhere `|previous · variationPercent|`.
    public static func limitCapacityVariation(previous: Double, next: Double, variationPercent: Double) -> Double {
        let hasSmallCapacity = -variationPercent < previous && previous < variationPercent
        let gap = hasSmallCapacity ? variationPercent : abs(previous * variationPercent)
        return next > previous ? min(next, previous + gap) : max(next, previous - gap)
    }
}

/// The EAP estimator of Pix's flash algorithm, fed one answer at a time.
///
/// The likelihood accumulates over all answers, but the Gaussian prior (variance 1.5) is
/// re-centred at every step on the previous (possibly clamped) capacity: the estimate depends on
/// the order of the answers. Feeding answers one by one gives exactly the history Pix computes
/// from scratch, at O(81) per answer.
public struct CapacityEstimator: Sendable {
    public private(set) var capacity: Double
    public private(set) var errorRate: Double
    public private(set) var numberOfAnswers = 0
    /// `nil` when clamping is off (Pix tests `variationPercent` for truthiness: 0 is off).
    public let variationPercent: Double?
    private var likelihood: [Double]

    public init(initialCapacity: Double = Flash.defaultCapacity, variationPercent: Double?) {
        capacity = initialCapacity
        errorRate = Flash.defaultErrorRate
        if let variationPercent, variationPercent != 0, !variationPercent.isNaN {
            self.variationPercent = variationPercent
        } else {
            self.variationPercent = nil
        }
        likelihood = Array(repeating: 1, count: Flash.grid.count)
    }

    /// Adds one answer to the item (a, b) and returns the new estimate.
    @discardableResult
    public mutating func record(discriminant: Double, difficulty: Double, isCorrect: Bool) -> CapacityEstimate {
        let grid = Flash.grid
        let prior = Self.normalizedPrior(mean: capacity)

        for index in grid.indices {
            let p = Flash.probability(capacity: grid[index], discriminant: discriminant, difficulty: difficulty)
            likelihood[index] *= isCorrect ? p : 1 - p
        }

        var posterior = [Double](repeating: 0, count: grid.count)
        for index in grid.indices {
            posterior[index] = likelihood[index] * prior[index]
        }
        Self.normalize(&posterior)

        var rawCapacity = 0.0
        for index in grid.indices {
            rawCapacity += grid[index] * posterior[index]
        }
        let previous = capacity
        if let variationPercent {
            capacity = Flash.limitCapacityVariation(previous: previous, next: rawCapacity, variationPercent: variationPercent)
        } else {
            capacity = rawCapacity
        }

        var rawErrorRate = 0.0
        for index in grid.indices {
            let gap = grid[index] - capacity
            rawErrorRate += posterior[index] * (gap * gap)
        }
        let interval = Flash.errorRateClassInterval
        errorRate = (rawErrorRate - (interval * interval) / 12.0).squareRoot()
        numberOfAnswers += 1
        return CapacityEstimate(capacity: capacity, errorRate: errorRate)
    }

    private static let gaussianDenominator = Flash.priorVariance.squareRoot() * (2 * Double.pi).squareRoot()

    private static func normalizedPrior(mean: Double) -> [Double] {
        var prior = Flash.grid.map { sample -> Double in
            let gap = sample - mean
            return exp((gap * gap) / (-2 * Flash.priorVariance)) / gaussianDenominator
        }
        normalize(&prior)
        return prior
    }

    private static func normalize(_ values: inout [Double]) {
        var sum = 0.0
        for value in values { sum += value }
        for index in values.indices { values[index] /= sum }
    }
}
