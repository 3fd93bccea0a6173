import Vocabulary

/// What the v2 rule table does to a competence.
public enum CertifiedLevelAction: String, Sendable, Hashable, CaseIterable {
    /// Level = profile level, score = profile pix.
    case validate
    /// Level − 1, score − 8.
    case downgrade
    /// Level −1 ("uncertified"), score 0.
    case invalidate
}

/// A competence's certified level and score (before the reachable-level caps).
public struct CertifiedLevel: Sendable, Hashable {
    public var action: CertifiedLevelAction
    public var level: Int
    public var score: Int

    /// `UNCERTIFIED_LEVEL`.
    public static let uncertifiedLevel = -1
}

/// A challenge of a v2 certification test, as scoring sees it.
public struct ScoredCertificationChallenge: Sendable, Hashable {
    public var challengeId: String
    public var competenceId: String
    /// Neutralised by the jury: counts neither for nor against.
    public var isNeutralized: Bool
    /// Skipped by the platform (technical issue): counts as answered.
    public var hasBeenSkippedAutomatically: Bool
    /// A QROCM-dep challenge weighs 2 in a competence with fewer than 3 challenges.
    public var isQROCMDep: Bool

    public init(
        challengeId: String,
        competenceId: String,
        isNeutralized: Bool = false,
        hasBeenSkippedAutomatically: Bool = false,
        isQROCMDep: Bool = false
    ) {
        self.challengeId = challengeId
        self.competenceId = competenceId
        self.isNeutralized = isNeutralized
        self.hasBeenSkippedAutomatically = hasBeenSkippedAutomatically
        self.isQROCMDep = isQROCMDep
    }
}

/// An answer to a v2 certification challenge.
public struct CertificationAnswer: Sendable, Hashable {
    public var challengeId: String
    public var status: AnswerStatus

    public init(challengeId: String, status: AnswerStatus) {
        self.challengeId = challengeId
        self.status = status
    }
}

/// A competence's mark in a v2 certification.
public struct CompetenceMark: Sendable, Hashable {
    public var competenceId: String
    /// Capped at the max reachable level; −1 when uncertified.
    public var level: Int
    /// Capped at max reachable level × 8.
    public var score: Int
    public var action: CertifiedLevelAction
}

/// A scored v2 certification.
public struct V2CertificationResult: Sendable, Hashable {
    /// round(100 · correct / non-neutralised answered), 0 when nothing counts.
    public var reproducibilityRate: Int
    public var competenceMarks: [CompetenceMark]
    public var pixScore: Int { competenceMarks.reduce(0) { saturatingSum($0, $1.score) } }
    /// Rejected when the total is 0.
    public var isRejected: Bool { pixScore == 0 }
    /// Rate below 50: every competence uncertified.
    public var hasInsufficientCorrectAnswers: Bool { reproducibilityRate < CertificationV2.minimumReproducibilityRateToBeCertified }
    /// At least ⌈0.66 · n⌉ non-neutralised challenges.
    public var hasEnoughNonNeutralizedChallengesToBeTrusted: Bool
}

/// Why a v2 certification cannot be scored (Pix's `CertificationComputeError` and
/// `MissingCertifiedLevelRuleError`).
public enum V2ScoringError: Error, Sendable, Equatable, CustomStringConvertible {
    case unansweredChallenge(challengeId: String)
    case competenceWithoutChallenge(competenceId: String)
    case severalAnswersForOneChallenge(challengeId: String)
    case missingRule(challenges: Int, correct: Int, neutralized: Int)
    case scoreIncoherentWithReproducibilityRate(score: Int, rate: Int)

    public var description: String {
        switch self {
        case let .unansweredChallenge(id):
            return "challenge \(id) has no answer, and it was neither neutralised nor skipped automatically"
        case let .competenceWithoutChallenge(id):
            return "competence \(id) has no certification challenge"
        case let .severalAnswersForOneChallenge(id):
            return "challenge \(id) has several answers"
        case let .missingRule(challenges, correct, neutralized):
            return "no certified-level rule for \(challenges) challenges, \(correct) correct, \(neutralized) neutralised"
        case let .scoreIncoherentWithReproducibilityRate(score, rate):
            return "score \(score) with a reproducibility rate of \(rate) %"
        }
    }
}

extension CertificationV2 {
    /// `MINIMUM_REPRODUCIBILITY_RATE_TO_BE_CERTIFIED`.
    public static let minimumReproducibilityRateToBeCertified = 50
    /// `MINIMUM_REPRODUCIBILITY_RATE_TO_BE_TRUSTED`.
    public static let minimumReproducibilityRateToBeTrusted = 80

    /// One row of Pix's `CertifiedLevel` rule table: the action for rates ≥ 80, in [70, 80),
    /// and below 70.
    public struct Rule: Sendable, Hashable {
        public var challenges: Int
        public var correct: Int
        public var neutralized: Int
        public var atLeast80: CertifiedLevelAction
        public var from70To80: CertifiedLevelAction
        public var below70: CertifiedLevelAction

        public func action(reproducibilityRate: Int) -> CertifiedLevelAction {
            if reproducibilityRate >= 80 { return atLeast80 }
            if reproducibilityRate >= 70 { return from70To80 }
            return below70
        }
    }

    /// The 19 rules, in Pix's order.
    public static let rules: [Rule] = {
        let v = CertifiedLevelAction.validate, d = CertifiedLevelAction.downgrade, u = CertifiedLevelAction.invalidate
        func rule(_ n: Int, _ c: Int, _ z: Int, _ a: CertifiedLevelAction, _ b: CertifiedLevelAction, _ e: CertifiedLevelAction) -> Rule {
            Rule(challenges: n, correct: c, neutralized: z, atLeast80: a, from70To80: b, below70: e)
        }
        return [
            rule(3, 3, 0, v, v, v), rule(3, 2, 0, v, d, d), rule(3, 2, 1, v, v, v),
            rule(3, 1, 0, u, u, u), rule(3, 1, 1, v, d, u), rule(3, 1, 2, v, v, d),
            rule(3, 0, 0, u, u, u), rule(3, 0, 1, u, u, u), rule(3, 0, 2, u, u, u), rule(3, 0, 3, u, u, u),
            rule(2, 2, 0, v, v, v), rule(2, 1, 0, v, d, u), rule(2, 1, 1, v, v, d),
            rule(2, 0, 0, u, u, u), rule(2, 0, 1, u, u, u), rule(2, 0, 2, u, u, u),
            rule(1, 1, 0, v, v, d), rule(1, 0, 1, u, u, u), rule(1, 0, 0, u, u, u),
        ]
    }()

    /// Pix's `CertifiedLevel.from` + `CertifiedScore.from`.
    public static func certifiedLevel(
        numberOfChallenges: Int,
        numberOfCorrectAnswers: Int,
        numberOfNeutralizedAnswers: Int,
        estimatedLevel: Int,
        estimatedScore: Int,
        reproducibilityRate: Int
    ) throws(V2ScoringError) -> CertifiedLevel {
        guard let rule = rules.first(where: {
            $0.challenges == numberOfChallenges && $0.correct == numberOfCorrectAnswers && $0.neutralized == numberOfNeutralizedAnswers
        }) else {
            throw .missingRule(challenges: numberOfChallenges, correct: numberOfCorrectAnswers, neutralized: numberOfNeutralizedAnswers)
        }
        switch rule.action(reproducibilityRate: reproducibilityRate) {
        case .validate:
            return CertifiedLevel(action: .validate, level: estimatedLevel, score: estimatedScore)
        case .downgrade:
            return CertifiedLevel(
                action: .downgrade,
                level: saturatingSum(estimatedLevel, -1),
                score: saturatingSum(estimatedScore, -PixScoring.pixCountByLevel)
            )
        case .invalidate:
            return CertifiedLevel(action: .invalidate, level: CertifiedLevel.uncertifiedLevel, score: 0)
        }
    }

    /// `ReproducibilityRate.from`: round(100 · correct / nonNeutralized), 0 when nonNeutralized is 0.
    public static func reproducibilityRate(correct: Int, nonNeutralized: Int) -> Int {
        guard nonNeutralized > 0 else { return 0 }
        return flooredInt((Double(correct) / Double(nonNeutralized) * 100).rounded(.toNearestOrAwayFromZero))
    }

    /// Pix's v2 scoring (`scoring-v2.js` `_getResult`).
    ///
    /// - Parameters:
    ///   - competences: the certifiable competences of the profile, with their level and pix.
    ///   - challenges: the test's challenges (those of other competences are ignored).
    ///   - answers: the answers (those to other challenges are ignored).
    ///   - maxReachableLevel: caps of the competence marks.
    public static func score(
        competences: [ProfileCompetence],
        challenges allChallenges: [ScoredCertificationChallenge],
        answers allAnswers: [CertificationAnswer],
        maxReachableLevel: Int = PixScoring.defaultMaxReachableLevel
    ) throws(V2ScoringError) -> V2CertificationResult {
        let testedCompetences = competences.filter(isCertifiable)
        let testedIds = Set(testedCompetences.map(\.id))
        let challenges = allChallenges.filter { testedIds.contains($0.competenceId) }
        let challengeIds = Set(challenges.map(\.challengeId))
        let answers = allAnswers.filter { challengeIds.contains($0.challengeId) }

        if let unanswered = challenges.first(where: { challenge in
            !challenge.hasBeenSkippedAutomatically && !challenge.isNeutralized
                && !answers.contains(where: { $0.challengeId == challenge.challengeId })
        }) {
            throw .unansweredChallenge(challengeId: unanswered.challengeId)
        }

        let collection = AnswerCollection(challenges: challenges, answers: answers)
        let rate = reproducibilityRate(correct: collection.numberOfCorrectAnswers, nonNeutralized: collection.numberOfNonNeutralizedChallenges)
        let trusted = collection.numberOfNonNeutralizedChallenges >= ceilInt(Double(collection.numberOfChallenges) * 0.66)

        if rate < minimumReproducibilityRateToBeCertified {
            let marks = testedCompetences.map {
                CompetenceMark(
                    competenceId: $0.id,
                    level: PixScoring.blockedLevel(CertifiedLevel.uncertifiedLevel, maxReachableLevel: maxReachableLevel),
                    score: PixScoring.blockedPixScore(0, maxReachableLevel: maxReachableLevel),
                    action: .invalidate
                )
            }
            return V2CertificationResult(reproducibilityRate: rate, competenceMarks: marks, hasEnoughNonNeutralizedChallengesToBeTrusted: trusted)
        }

        var marks: [CompetenceMark] = []
        for competence in testedCompetences {
            let ofCompetence = challenges.filter { $0.competenceId == competence.id }
            guard !ofCompetence.isEmpty else { throw .competenceWithoutChallenge(competenceId: competence.id) }
            let ids = Set(ofCompetence.map(\.challengeId))
            var seen = Set<String>()
            for answer in answers where ids.contains(answer.challengeId) {
                guard seen.insert(answer.challengeId).inserted else {
                    throw .severalAnswersForOneChallenge(challengeId: answer.challengeId)
                }
            }
            let certified = try certifiedLevel(
                numberOfChallenges: collection.numberOfChallenges(competenceId: competence.id),
                numberOfCorrectAnswers: collection.numberOfCorrectAnswers(competenceId: competence.id),
                numberOfNeutralizedAnswers: collection.numberOfNeutralizedChallenges(competenceId: competence.id),
                estimatedLevel: competence.level,
                estimatedScore: competence.pixScore,
                reproducibilityRate: rate
            )
            marks.append(CompetenceMark(
                competenceId: competence.id,
                level: PixScoring.blockedLevel(certified.level, maxReachableLevel: maxReachableLevel),
                score: PixScoring.blockedPixScore(certified.score, maxReachableLevel: maxReachableLevel),
                action: certified.action
            ))
        }
        let result = V2CertificationResult(reproducibilityRate: rate, competenceMarks: marks, hasEnoughNonNeutralizedChallengesToBeTrusted: trusted)
        if result.pixScore < 1 && rate > 50 {
            throw .scoreIncoherentWithReproducibilityRate(score: result.pixScore, rate: rate)
        }
        return result
    }
}

/// Pix's `AnswerCollectionForScoring`: each challenge with its (first) answer.
struct AnswerCollection {
    private let entries: [(challenge: ScoredCertificationChallenge, answer: CertificationAnswer?)]

    init(challenges: [ScoredCertificationChallenge], answers: [CertificationAnswer]) {
        entries = challenges.map { challenge in
            (challenge, answers.first { $0.challengeId == challenge.challengeId })
        }
    }

    var numberOfChallenges: Int { entries.count }

    var numberOfCorrectAnswers: Int {
        entries.filter { !$0.challenge.isNeutralized && $0.answer?.status == .ok }.count
    }

    var numberOfNonNeutralizedChallenges: Int {
        entries.filter { !$0.challenge.isNeutralized && ($0.answer != nil || $0.challenge.hasBeenSkippedAutomatically) }.count
    }

    private func entries(competenceId: String) -> [(challenge: ScoredCertificationChallenge, answer: CertificationAnswer?)] {
        entries.filter { $0.challenge.competenceId == competenceId }
    }

    /// A QROCM-dep challenge counts twice when the competence has fewer than 3 challenges.
    func numberOfChallenges(competenceId: String) -> Int {
        let own = entries(competenceId: competenceId)
        return own.reduce(0) { $0 + (own.count < 3 && $1.challenge.isQROCMDep ? 2 : 1) }
    }

    /// With fewer than 3 challenges a right QROCM-dep counts 2 and a partially right one 1;
    /// capped at 3.
    func numberOfCorrectAnswers(competenceId: String) -> Int {
        let own = entries(competenceId: competenceId)
        var correct = 0
        for entry in own where !entry.challenge.isNeutralized {
            let status = entry.answer?.status
            if own.count < 3 && entry.challenge.isQROCMDep && status == .ok {
                correct += 2
            } else if own.count < 3 && entry.challenge.isQROCMDep && status == .partially {
                correct += 1
            } else if status == .ok {
                correct += 1
            }
        }
        return min(correct, 3)
    }

    func numberOfNeutralizedChallenges(competenceId: String) -> Int {
        let own = entries(competenceId: competenceId)
        return own.reduce(0) { total, entry in
            guard entry.challenge.isNeutralized else { return total }
            return total + (own.count < 3 && entry.challenge.isQROCMDep ? 2 : 1)
        }
    }
}

/// ⌈x⌉ as an `Int` that cannot trap.
func ceilInt(_ x: Double) -> Int {
    flooredInt(x.rounded(.up))
}
