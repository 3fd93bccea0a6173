/// What a selection rule sees: the answers so far, the challenges they were answered on, the
/// whole pool and the configuration.
public struct FlashRuleContext: Sendable {
    public var answers: [FlashAnswer]
    /// `answeredChallenges[i]` is the pool's challenge for `answers[i]`.
    public var answeredChallenges: [CalibratedChallenge]
    public var allChallenges: [CalibratedChallenge]
    public var configuration: FlashConfiguration
}

/// One of Pix's flash selection rules (`FlashAssessmentAlgorithm*Rule`).
public protocol FlashSelectionRule: Sendable {
    var name: String { get }
    func isApplicable(_ configuration: FlashConfiguration) -> Bool
    /// Narrows `available` (the output of the previous rule, initially the whole pool).
    func apply(to available: [CalibratedChallenge], context: FlashRuleContext) -> [CalibratedChallenge]
}

/// Rule 1 (when `limitToOneQuestionPerTube`): drop every challenge of an already-answered tube.
public struct OneQuestionPerTubeRule: FlashSelectionRule {
    public init() {}
    public var name: String { "one question per tube" }

    public func isApplicable(_ configuration: FlashConfiguration) -> Bool {
        configuration.limitToOneQuestionPerTube
    }

    public func apply(to available: [CalibratedChallenge], context: FlashRuleContext) -> [CalibratedChallenge] {
        let answeredTubes = Set(context.answeredChallenges.map(\.tubeId))
        return available.filter { !answeredTubes.contains($0.tubeId) }
    }
}

/// Rule 2 (when not limited to one question per tube): drop every challenge of an
/// already-answered skill, so at most one variant of a skill is asked.
public struct NonAnsweredSkillsRule: FlashSelectionRule {
    public init() {}
    public var name: String { "non-answered skills" }

    public func isApplicable(_ configuration: FlashConfiguration) -> Bool {
        !configuration.limitToOneQuestionPerTube
    }

    public func apply(to available: [CalibratedChallenge], context: FlashRuleContext) -> [CalibratedChallenge] {
        let answeredSkills = Set(context.answeredChallenges.map(\.skillId))
        return available.filter { !answeredSkills.contains($0.skillId) }
    }
}

/// Rule 3 (when `enablePassageByAllCompetences`): while some competence has no answer, only its
/// challenges are eligible.
///
/// Pix quirk kept: the eligible challenges are taken from the *whole pool*, not from the output
/// of rules 1–2. It is harmless while a tube belongs to one competence (an unanswered
/// competence has no answered tube or skill).
public struct PassageByAllCompetencesRule: FlashSelectionRule {
    public init() {}
    public var name: String { "passage by all competences" }

    public func isApplicable(_ configuration: FlashConfiguration) -> Bool {
        configuration.enablePassageByAllCompetences
    }

    public func apply(to available: [CalibratedChallenge], context: FlashRuleContext) -> [CalibratedChallenge] {
        let answeredCompetences = Set(context.answeredChallenges.map(\.competenceId))
        let remaining = context.allChallenges.filter { !answeredCompetences.contains($0.competenceId) }
        return remaining.isEmpty ? available : remaining
    }
}

/// Rule 5 (when `challengesBetweenSameCompetence > 0`): avoid the competences of the last N
/// answers; if that leaves nothing, keep the list unchanged.
///
/// Uses the competence of the challenge's *skill*. Pix's stored versions read
/// `challenge.competenceId`, which `CalibratedChallenge` does not carry, turning the rule into a
/// no-op; that is taken to be an upstream bug, not a behaviour to copy.
public struct ChallengesBetweenSameCompetenceRule: FlashSelectionRule {
    public init() {}
    public var name: String { "challenges between same competence" }

    public func isApplicable(_ configuration: FlashConfiguration) -> Bool {
        configuration.challengesBetweenSameCompetence > 0
    }

    public func apply(to available: [CalibratedChallenge], context: FlashRuleContext) -> [CalibratedChallenge] {
        let gap = context.configuration.challengesBetweenSameCompetence
        let recentCompetences = Set(context.answeredChallenges.suffix(gap).map(\.competenceId))
        let spaced = available.filter { !recentCompetences.contains($0.competenceId) }
        return spaced.isEmpty ? available : spaced
    }
}

/// Pix's `FlashAssessmentAlgorithmRuleEngine`: the applicable rules, folded in this fixed order
/// starting from the whole pool. (Pix's legacy "forced competences" rule sat between rules 3
/// and 5; it is not part of the current algorithm.)
public enum FlashRuleEngine {
    public static let rules: [any FlashSelectionRule] = [
        OneQuestionPerTubeRule(),
        NonAnsweredSkillsRule(),
        PassageByAllCompetencesRule(),
        ChallengesBetweenSameCompetenceRule(),
    ]

    /// The challenges eligible for the next question.
    /// - Throws: ``FlashError/unknownChallenge(answerIndex:challengeId:)`` when an answer's
    ///   challenge is not in `allChallenges`.
    public static func eligibleChallenges(
        answers: [FlashAnswer],
        allChallenges: [CalibratedChallenge],
        configuration: FlashConfiguration
    ) throws -> [CalibratedChallenge] {
        let answered = try ChallengeIndex(allChallenges).answeredChallenges(answers)
        let context = FlashRuleContext(
            answers: answers,
            answeredChallenges: answered,
            allChallenges: allChallenges,
            configuration: configuration
        )
        return rules
            .filter { $0.isApplicable(configuration) }
            .reduce(allChallenges) { available, rule in rule.apply(to: available, context: context) }
    }
}
