import Vocabulary

/// One flash assessment in progress, updated answer by answer: the fast path for simulations.
///
/// It gives the same candidates and estimates as ``FlashAssessment``, which recomputes
/// everything from the answer list at each call as Pix does, at O(bank + 81) per question.
public struct FlashRun: Sendable {
    public let bank: FlashBank
    public let configuration: FlashConfiguration
    /// Bank positions of the answered challenges, in order.
    public private(set) var answered: [Int] = []
    public private(set) var estimator: CapacityEstimator

    /// - Parameter initialCapacity: θ0; the configuration's `defaultCandidateCapacity` when nil.
    public init(bank: FlashBank, configuration: FlashConfiguration = .v3Certification, initialCapacity: Double? = nil) {
        self.bank = bank
        self.configuration = configuration
        estimator = CapacityEstimator(
            initialCapacity: initialCapacity ?? configuration.defaultCandidateCapacity,
            variationPercent: configuration.variationPercent
        )
    }

    public var estimate: CapacityEstimate {
        CapacityEstimate(capacity: estimator.capacity, errorRate: estimator.errorRate)
    }

    /// The candidates' bank positions (at most 5, best first), or why the assessment is over.
    public func nextCandidates() -> Result<[Int], FlashEndReason> {
        if answered.count >= configuration.maximumAssessmentLength {
            return .failure(.maximumLengthReached)
        }
        let eligible = FlashRuleEngine.eligiblePositions(answered: answered, bank: bank, configuration: configuration)
        if eligible.isEmpty { return .failure(.lackOfChallenges) }
        return .success(Flash.bestPositions(eligible, bank: bank, capacity: estimator.capacity))
    }

    /// Records the answer to the challenge at `position` and returns the new estimate.
    /// - Throws: ``FlashError/positionOutOfBank(position:count:)``.
    @discardableResult
    public mutating func record(position: Int, status: AnswerStatus) throws(FlashError) -> CapacityEstimate {
        guard bank.challenges.indices.contains(position) else {
            throw .positionOutOfBank(position: position, count: bank.count)
        }
        answered.append(position)
        let challenge = bank.challenges[position]
        return estimator.record(discriminant: challenge.discriminant, difficulty: challenge.difficulty, isCorrect: status.isCorrect)
    }
}

extension FlashEndReason: Error {}
