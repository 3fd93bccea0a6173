/// Why a flash assessment offers no next question.
public enum FlashEndReason: Sendable, Hashable {
    /// The fixed length is reached (Pix: `AssessmentEndedError`).
    case maximumLengthReached
    /// The rules leave no eligible challenge (Pix: `AssessmentLackOfChallengesError`, a
    /// premature end).
    case lackOfChallenges
}

/// The outcome of asking for the next question.
public enum FlashNextStep: Sendable, Hashable {
    /// The best candidates (at most 5, most informative first) at the current estimate.
    case candidates([CalibratedChallenge], estimate: CapacityEstimate)
    case ended(FlashEndReason)
}

extension Flash {
    /// Pix's `getPossibleNextChallenges`: the `count` most informative challenges at `capacity`,
    /// by reward descending; equal rewards keep challenge-id order (Unicode code points), which
    /// is the order of Pix's repositories (`ORDER BY id`) under its stable sort.
    public static func bestChallenges(
        _ available: [CalibratedChallenge],
        capacity: Double,
        count: Int = maximumNumberOfReturnedChallenges
    ) -> [CalibratedChallenge] {
        topRanked(
            available.count,
            count: count,
            capacity: capacity,
            parameters: { (available[$0].discriminant, available[$0].difficulty) },
            id: { available[$0].id }
        ).map { available[$0] }
    }

    /// ``bestChallenges(_:capacity:count:)`` on bank positions.
    public static func bestPositions(
        _ positions: [Int],
        bank: FlashBank,
        capacity: Double,
        count: Int = maximumNumberOfReturnedChallenges
    ) -> [Int] {
        topRanked(
            positions.count,
            count: count,
            capacity: capacity,
            parameters: { (bank.discriminant[positions[$0]], bank.difficulty[positions[$0]]) },
            id: { bank.challenges[positions[$0]].id }
        ).map { positions[$0] }
    }

    /// Indices (into 0..<total) of the `count` best items, best first, in one pass.
    private static func topRanked(
        _ total: Int,
        count: Int,
        capacity: Double,
        parameters: (Int) -> (discriminant: Double, difficulty: Double),
        id: (Int) -> String
    ) -> [Int] {
        guard count > 0 else { return [] }
        // Only a NaN capacity makes rewards NaN, and then all of them: Pix's comparator sees
        // them all equal, which -infinity (then the id order) reproduces.
        var best: [(reward: Double, index: Int)] = []
        best.reserveCapacity(count + 1)
        func ranksBefore(_ reward: Double, _ index: Int, _ other: (reward: Double, index: Int)) -> Bool {
            if reward != other.reward { return reward > other.reward }
            return id(index).unicodeScalars.lexicographicallyPrecedes(id(other.index).unicodeScalars)
        }
        for index in 0..<total {
            let (discriminant, difficulty) = parameters(index)
            var reward = reward(capacity: capacity, discriminant: discriminant, difficulty: difficulty)
            if reward.isNaN { reward = -.infinity }
            if best.count == count, let last = best.last, !ranksBefore(reward, index, last) {
                continue
            }
            var slot = best.count
            while slot > 0, ranksBefore(reward, index, best[slot - 1]) {
                slot -= 1
            }
            best.insert((reward, index), at: slot)
            if best.count > count { best.removeLast() }
        }
        return best.map(\.index)
    }

    /// Picks among ranked candidates with Pix's binary-tree rule (`Math.random()`-style draws).
    public static func pick<R: RandomSource>(
        from candidates: [CalibratedChallenge],
        probability: Double,
        random: inout R
    ) -> CalibratedChallenge? {
        guard !candidates.isEmpty else { return nil }
        return candidates[BinaryTreePick.index(count: candidates.count, probability: probability, random: &random)]
    }

    /// Picks among ranked candidates with Pix's legacy `hashInt` chain.
    public static func pick(
        from candidates: [CalibratedChallenge],
        probability: Double,
        chain: inout HashIntChain
    ) -> CalibratedChallenge? {
        guard !candidates.isEmpty else { return nil }
        return candidates[BinaryTreePick.index(count: candidates.count, probability: probability, chain: &chain)]
    }
}

/// Pix's `FlashAssessmentAlgorithm`: a configuration plus the orchestration of estimation, rules
/// and candidate ranking.
public struct FlashAssessment: Sendable, Hashable {
    public var configuration: FlashConfiguration

    public init(configuration: FlashConfiguration = .v3Certification) {
        self.configuration = configuration
    }

    /// The current estimate over `challenges`, starting from `initialCapacity` (default: the
    /// configuration's θ0).
    public func capacityAndErrorRate(
        answers: [FlashAnswer],
        challenges: [CalibratedChallenge],
        initialCapacity: Double? = nil
    ) throws -> CapacityEstimate {
        try Flash.capacityAndErrorRate(
            answers: answers,
            challenges: challenges,
            initialCapacity: initialCapacity ?? configuration.defaultCandidateCapacity,
            variationPercent: configuration.variationPercent
        )
    }

    public func capacityHistory(
        answers: [FlashAnswer],
        challenges: [CalibratedChallenge],
        initialCapacity: Double? = nil
    ) throws -> [CapacityEstimate] {
        try Flash.capacityHistory(
            answers: answers,
            challenges: challenges,
            initialCapacity: initialCapacity ?? configuration.defaultCandidateCapacity,
            variationPercent: configuration.variationPercent
        )
    }

    /// The next question's candidates: fixed length first, then the estimate, the rules, and the
    /// top 5 by reward.
    /// - Throws: ``FlashError/tooManyAnswers(count:maximum:)`` past the fixed length,
    ///   ``FlashError/unknownChallenge(answerIndex:challengeId:)``.
    public func possibleNextChallenges(
        answers: [FlashAnswer],
        challenges: [CalibratedChallenge],
        initialCapacity: Double? = nil
    ) throws -> FlashNextStep {
        let maximum = configuration.maximumAssessmentLength
        if answers.count > maximum {
            throw FlashError.tooManyAnswers(count: answers.count, maximum: maximum)
        }
        if answers.count == maximum {
            return .ended(.maximumLengthReached)
        }
        let estimate = try capacityAndErrorRate(answers: answers, challenges: challenges, initialCapacity: initialCapacity)
        let bank = FlashBank(challenges)
        let eligible = FlashRuleEngine.eligiblePositions(
            answered: try bank.positions(of: answers),
            bank: bank,
            configuration: configuration
        )
        if eligible.isEmpty {
            return .ended(.lackOfChallenges)
        }
        let best = Flash.bestPositions(eligible, bank: bank, capacity: estimate.capacity)
        return .candidates(best.map { bank.challenges[$0] }, estimate: estimate)
    }

    /// The next challenge, drawn among the candidates with `probability` (default: the
    /// configuration's p), or `nil` when the assessment is over.
    public func nextChallenge<R: RandomSource>(
        answers: [FlashAnswer],
        challenges: [CalibratedChallenge],
        initialCapacity: Double? = nil,
        probability: Double? = nil,
        random: inout R
    ) throws -> CalibratedChallenge? {
        switch try possibleNextChallenges(answers: answers, challenges: challenges, initialCapacity: initialCapacity) {
        case let .candidates(candidates, _):
            return Flash.pick(
                from: candidates,
                probability: probability ?? configuration.defaultProbabilityToPickChallenge,
                random: &random
            )
        case .ended:
            return nil
        }
    }
}
