import Foundation

/// A target skill prepared for selection: its remaining challenges in the user's locales.
public struct SkillCandidate: Sendable, Hashable {
    public var skill: Skill
    /// Challenges of the skill not yet answered in this assessment, in the fallback locales.
    public var challenges: [ContentChallenge]
    /// Whether the first of those challenges is timed.
    public var isTimed: Bool
    public var isPlayable: Bool { !challenges.isEmpty }
}

/// The last answer of the assessment, as smart random needs it.
public struct SmartRandomLastAnswer: Sendable, Hashable {
    /// Whether the answered challenge was timed (Pix: `answer.timeout` truthy).
    public var wasTimed: Bool

    public init(wasTimed: Bool) {
        self.wasTimed = wasTimed
    }
}

/// The result of a smart-random step.
public struct SmartRandomStep: Sendable, Hashable {
    /// The skills one of which the next challenge will test; empty when the assessment ends.
    public var possibleSkills: [SkillCandidate]
    /// The predicted level (2 for the first question).
    public var levelEstimated: Double
    public var hasAssessmentEnded: Bool { possibleSkills.isEmpty }
}

/// Pix's "smart random" adaptive engine for campaigns and competence evaluations.
public enum SmartRandom {
    /// The candidate levels of the predicted-level search.
    public static let catLevels: [Double] = stride(from: 0.5, through: 7.5, by: 0.5).map { $0 }
    /// `DEFAULT_LEVEL_FOR_FIRST_CHALLENGE`.
    public static let defaultLevelForFirstChallenge = 2
    /// `MAX_LEVEL_TO_BE_AN_EASY_TUBE`.
    public static let maxLevelToBeAnEasyTube = 3
    /// `MAX_DIFF_BETWEEN_USER_LEVEL_AND_SKILL_LEVEL`.
    public static let maxDifferenceBetweenUserLevelAndSkillLevel = 2.0

    /// The logistic success probability with discrimination 1: `1 / (1 + exp(−(level − d)))`.
    public static func probabilityOfCorrectAnswer(level: Double, difficulty: Double) -> Double {
        1 / (1 + exp(-(level - difficulty)))
    }

    /// Pix's `getPredictedLevel`: the lowest CAT level minimising |Σ (outcome − P)| over the
    /// direct knowledge elements plus two virtual answers, (0, success) and (7, failure).
    /// A skill of difficulty 0 or unknown counts as difficulty 2 (`difficulty || 2`).
    public static func predictedLevel(knowledgeElements: [KnowledgeElement], skills: [Skill]) -> Double {
        var answers: [(outcome: Double, difficulty: Double)] = knowledgeElements
            .filter { $0.source == .direct }
            .map { element in
                let difficulty = skills.first(where: { $0.id == element.skillId })?.difficulty ?? 0
                return (element.status == .validated ? 1 : 0, Double(difficulty == 0 ? 2 : difficulty))
            }
        answers.append((1, 0))
        answers.append((0, 7))

        let scores = catLevels.map { level -> Double in
            var sum = answers[0].outcome - probabilityOfCorrectAnswer(level: level, difficulty: answers[0].difficulty)
            for answer in answers.dropFirst() {
                sum += answer.outcome - probabilityOfCorrectAnswer(level: level, difficulty: answer.difficulty)
            }
            return -abs(sum)
        }
        let best = scores.max() ?? 0
        return catLevels[scores.firstIndex(of: best) ?? 0]
    }

    /// Pix's `fallbackChallengeLocales`: `fr-FR` → [`fr-FR`, `fr`]; `fr` → [`fr`].
    public static func fallbackLocales(_ locale: String) -> [String] {
        guard let dash = locale.firstIndex(of: "-") else { return [locale] }
        return [locale, String(locale[..<dash])]
    }

    /// Pix's `getPossibleSkillsForNextChallenge`.
    ///
    /// - Parameters:
    ///   - knowledgeElements: the profile's elements (only those of target skills are used).
    ///   - challenges: the challenges of the target skills (campaigns: `validé` + `archivé`).
    ///   - lastAnswer: `nil` for the first question.
    ///   - answeredChallengeIds: challenges already answered in this assessment.
    ///   - locale: the user's locale.
    public static func possibleSkillsForNextChallenge(
        knowledgeElements: [KnowledgeElement],
        challenges: [ContentChallenge],
        targetSkills: [Skill],
        lastAnswer: SmartRandomLastAnswer?,
        answeredChallengeIds: [String],
        locale: String
    ) -> SmartRandomStep {
        let skillsWithChallenges = Set(challenges.map(\.skillId))
        let tubes = SkillTube.tubes(from: targetSkills.filter { skillsWithChallenges.contains($0.id) })
        let targetIds = Set(targetSkills.map(\.id))
        let elements = knowledgeElements.filter { targetIds.contains($0.skillId) }
        let candidates = prepare(targetSkills: targetSkills, challenges: challenges, answeredChallengeIds: answeredChallengeIds, locale: locale)

        guard let lastAnswer else {
            let skills = SkillFilters.forFirstChallenge(candidates, knowledgeElements: elements, tubes: tubes)
            return SmartRandomStep(possibleSkills: skills, levelEstimated: Double(defaultLevelForFirstChallenge))
        }
        let level = predictedLevel(knowledgeElements: elements, skills: targetSkills)
        let available = SkillFilters.forNextChallenge(
            candidates,
            knowledgeElements: elements,
            tubes: tubes,
            predictedLevel: level,
            isLastChallengeTimed: lastAnswer.wasTimed
        )
        let best = maxRewardingSkills(available, predictedLevel: level, tubes: tubes, knowledgeElements: elements)
        return SmartRandomStep(possibleSkills: best, levelEstimated: level)
    }

    /// Pix's `computeReward`: expected number of skills settled by asking `skill` —
    /// P · |untested easier-or-equal skills of its tube| + (1 − P) · |untested harder-or-equal|.
    public static func reward(
        skill: Skill,
        predictedLevel: Double,
        tubes: [SkillTube],
        knowledgeElements: [KnowledgeElement]
    ) -> Double {
        let tested = Set(knowledgeElements.map(\.skillId))
        let tube = tubes.first { $0.name == skill.tube }
        let easier = tube?.easierThan(skill).filter { !tested.contains($0.id) }.count ?? 0
        let harder = tube?.harderThan(skill).filter { !tested.contains($0.id) }.count ?? 0
        let p = probabilityOfCorrectAnswer(level: predictedLevel, difficulty: Double(skill.difficulty))
        return p * Double(easier) + (1 - p) * Double(harder)
    }

    /// The skills of maximal reward, exact ties kept in order. (Pix's follow-up
    /// `clearSkillsIfNotRewarding` tests a property that is never set, so it removes nothing.)
    static func maxRewardingSkills(
        _ candidates: [SkillCandidate],
        predictedLevel: Double,
        tubes: [SkillTube],
        knowledgeElements: [KnowledgeElement]
    ) -> [SkillCandidate] {
        var best: [SkillCandidate] = []
        var maxReward = -Double.infinity
        for candidate in candidates {
            let value = reward(skill: candidate.skill, predictedLevel: predictedLevel, tubes: tubes, knowledgeElements: knowledgeElements)
            if value > maxReward {
                maxReward = value
                best = [candidate]
            } else if value == maxReward {
                best.append(candidate)
            }
        }
        return best
    }

    static func prepare(
        targetSkills: [Skill],
        challenges: [ContentChallenge],
        answeredChallengeIds: [String],
        locale: String
    ) -> [SkillCandidate] {
        let answered = Set(answeredChallengeIds)
        let locales = fallbackLocales(locale)
        let remaining = challenges.filter { !answered.contains($0.id) }
        return targetSkills.map { skill in
            let own = remaining.filter { challenge in
                challenge.skillId == skill.id && challenge.locales.contains(where: locales.contains)
            }
            return SkillCandidate(skill: skill, challenges: own, isTimed: own.first?.isTimed ?? false)
        }
    }

    /// Pix's `pickChallenge`: the skill at `hashInt(seed) mod n`, then among its challenges
    /// (preferring `validé` ones) the one at `hashInt(seed + 1) mod m`. The seed is the
    /// assessment id, so the choice is a pure function of the state.
    public static func pickChallenge(from skills: [SkillCandidate], randomSeed: Int, locale: String) -> ContentChallenge? {
        guard !skills.isEmpty else { return nil }
        let skillKey = Int(hashInt(randomSeed))
        let challengeKey = Int(hashInt(randomSeed &+ 1))
        let skill = skills[skillKey % skills.count]
        let locales = fallbackLocales(locale)
        let inLocale = skill.challenges.filter { $0.locales.contains(where: locales.contains) }
        let validated = inLocale.filter { $0.status == .validé }
        // Pix's newest code also tries to prefer the exact locale, but its filter never returns
        // anything true, so that preference never applies; it is left out here.
        let pool = validated.isEmpty ? inLocale : validated
        guard !pool.isEmpty else { return nil }
        return pool[challengeKey % pool.count]
    }
}

/// Pix's `skills-filter.js` pipeline.
enum SkillFilters {
    static func forFirstChallenge(
        _ candidates: [SkillCandidate],
        knowledgeElements: [KnowledgeElement],
        tubes: [SkillTube]
    ) -> [SkillCandidate] {
        var skills = candidates.filter(\.isPlayable)
        skills = untested(skills, knowledgeElements: knowledgeElements)
        skills = fromEasyTubes(skills, tubes: tubes)
        skills = withoutTimedSkills(skills, ifLastChallengeTimed: true)
        return focusedOnDefaultLevel(skills)
    }

    static func forNextChallenge(
        _ candidates: [SkillCandidate],
        knowledgeElements: [KnowledgeElement],
        tubes: [SkillTube],
        predictedLevel: Double,
        isLastChallengeTimed: Bool
    ) -> [SkillCandidate] {
        var skills = candidates.filter(\.isPlayable)
        skills = untested(skills, knowledgeElements: knowledgeElements)
        skills = fromEasyTubes(skills, tubes: tubes)
        skills = withoutTimedSkills(skills, ifLastChallengeTimed: isLastChallengeTimed)
        return skills.filter {
            Double($0.skill.difficulty) - predictedLevel <= SmartRandom.maxDifferenceBetweenUserLevelAndSkillLevel
        }
    }

    static func untested(_ skills: [SkillCandidate], knowledgeElements: [KnowledgeElement]) -> [SkillCandidate] {
        let tested = Set(knowledgeElements.map(\.skillId))
        return skills.filter { !tested.contains($0.skill.id) }
    }

    /// Keep the skills of tubes whose hardest skill is at most level 3, if there are any.
    static func fromEasyTubes(_ skills: [SkillCandidate], tubes: [SkillTube]) -> [SkillCandidate] {
        let easy = Set(
            tubes.filter { ($0.maxLevel ?? Int.max) <= SmartRandom.maxLevelToBeAnEasyTube }
                .flatMap(\.skills).map(\.id)
        )
        let kept = skills.filter { easy.contains($0.skill.id) }
        return kept.isEmpty ? skills : kept
    }

    static func withoutTimedSkills(_ skills: [SkillCandidate], ifLastChallengeTimed: Bool) -> [SkillCandidate] {
        guard ifLastChallengeTimed else { return skills }
        let untimed = skills.filter { !$0.isTimed }
        return untimed.isEmpty ? skills : untimed
    }

    /// The skills of level 2 if any, else of the lowest level present: Pix remaps level 2 to
    /// `Number.MIN_VALUE` before taking the minimum, so level 2 beats level 1.
    static func focusedOnDefaultLevel(_ skills: [SkillCandidate]) -> [SkillCandidate] {
        func remapped(_ difficulty: Int) -> Double {
            difficulty == SmartRandom.defaultLevelForFirstChallenge ? Double.leastNonzeroMagnitude : Double(difficulty)
        }
        var kept: [SkillCandidate] = []
        for skill in skills {
            guard let first = kept.first else {
                kept.append(skill)
                continue
            }
            let current = remapped(skill.skill.difficulty)
            let reference = remapped(first.skill.difficulty)
            if current < reference {
                kept = [skill]
            } else if current == reference {
                kept.append(skill)
            }
        }
        return kept
    }
}
