/// What a selection rule sees: the bank (the whole pool), the positions of the answered
/// challenges in chronological order, and the configuration.
public struct FlashRuleContext: Sendable {
    public var bank: FlashBank
    /// `answered[i]` is the bank position of the challenge of answer i.
    public var answered: [Int]
    public var configuration: FlashConfiguration
}

/// One of Pix's flash selection rules (`FlashAssessmentAlgorithm*Rule`).
public protocol FlashSelectionRule: Sendable {
    var name: String { get }
    func isApplicable(_ configuration: FlashConfiguration) -> Bool
    /// Narrows `available` (bank positions: the output of the previous rule, initially the
    /// whole pool in bank order).
    func apply(to available: [Int], context: FlashRuleContext) -> [Int]
}

/// Rule 1 (when `limitToOneQuestionPerTube`): drop every challenge of an already-answered tube.
public struct OneQuestionPerTubeRule: FlashSelectionRule {
    public init() {}
    public var name: String { "one question per tube" }

    public func isApplicable(_ configuration: FlashConfiguration) -> Bool {
        configuration.limitToOneQuestionPerTube
    }

    public func apply(to available: [Int], context: FlashRuleContext) -> [Int] {
        let bank = context.bank
        var answeredTubes = [Bool](repeating: false, count: bank.tubeCount)
        for position in context.answered { answeredTubes[bank.tube[position]] = true }
        return available.filter { !answeredTubes[bank.tube[$0]] }
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

    public func apply(to available: [Int], context: FlashRuleContext) -> [Int] {
        let bank = context.bank
        var answeredSkills = [Bool](repeating: false, count: bank.skillCount)
        for position in context.answered { answeredSkills[bank.skill[position]] = true }
        return available.filter { !answeredSkills[bank.skill[$0]] }
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

    public func apply(to available: [Int], context: FlashRuleContext) -> [Int] {
        let bank = context.bank
        var answeredCompetences = [Bool](repeating: false, count: bank.competenceCount)
        for position in context.answered { answeredCompetences[bank.competence[position]] = true }
        let remaining = (0..<bank.count).filter { !answeredCompetences[bank.competence[$0]] }
        return remaining.isEmpty ? available : remaining
    }
}

/// Rule 4 (when `challengesBetweenSameCompetence > 0`): avoid the competences of the last N
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

    public func apply(to available: [Int], context: FlashRuleContext) -> [Int] {
        let bank = context.bank
        var recent = [Bool](repeating: false, count: bank.competenceCount)
        for position in context.answered.suffix(context.configuration.challengesBetweenSameCompetence) {
            recent[bank.competence[position]] = true
        }
        let spaced = available.filter { !recent[bank.competence[$0]] }
        return spaced.isEmpty ? available : spaced
    }
}

/// Pix's `FlashAssessmentAlgorithmRuleEngine`: the applicable rules, folded in this fixed order
/// starting from the whole pool. (Pix's legacy "forced competences" rule sat between rules 3
/// and 4; it is not part of the current algorithm.)
public enum FlashRuleEngine {
    public static let rules: [any FlashSelectionRule] = [
        OneQuestionPerTubeRule(),
        NonAnsweredSkillsRule(),
        PassageByAllCompetencesRule(),
        ChallengesBetweenSameCompetenceRule(),
    ]

    /// The bank positions eligible for the next question, in bank order.
    public static func eligiblePositions(
        answered: [Int],
        bank: FlashBank,
        configuration: FlashConfiguration
    ) -> [Int] {
        let context = FlashRuleContext(bank: bank, answered: answered, configuration: configuration)
        var available = Array(0..<bank.count)
        for rule in rules where rule.isApplicable(configuration) {
            available = rule.apply(to: available, context: context)
        }
        return available
    }

    /// The challenges eligible for the next question.
    /// - Throws: ``FlashError/unknownChallenge(answerIndex:challengeId:)`` when an answer's
    ///   challenge is not in `allChallenges`.
    public static func eligibleChallenges(
        answers: [FlashAnswer],
        allChallenges: [CalibratedChallenge],
        configuration: FlashConfiguration
    ) throws -> [CalibratedChallenge] {
        let bank = FlashBank(allChallenges)
        let answered = try bank.positions(of: answers)
        return eligiblePositions(answered: answered, bank: bank, configuration: configuration).map { bank.challenges[$0] }
    }
}
