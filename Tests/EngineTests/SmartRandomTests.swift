import Testing
import Vocabulary
@testable import Engine

enum Profile {
    /// Tube `web` (levels 1–5), tube `mail` (levels 1–3), tube `code` (levels 2, 4, 6).
    static let skills: [Skill] = [
        Skill(id: "web1", name: "@web1", difficulty: 1, pixValue: 4, competenceId: "c1"),
        Skill(id: "web2", name: "@web2", difficulty: 2, pixValue: 4, competenceId: "c1"),
        Skill(id: "web3", name: "@web3", difficulty: 3, pixValue: 4, competenceId: "c1"),
        Skill(id: "web4", name: "@web4", difficulty: 4, pixValue: 4, competenceId: "c1"),
        Skill(id: "web5", name: "@web5", difficulty: 5, pixValue: 4, competenceId: "c1"),
        Skill(id: "mail1", name: "@mail1", difficulty: 1, pixValue: 4, competenceId: "c1"),
        Skill(id: "mail2", name: "@mail2", difficulty: 2, pixValue: 4, competenceId: "c1"),
        Skill(id: "mail3", name: "@mail3", difficulty: 3, pixValue: 4, competenceId: "c1"),
        Skill(id: "code2", name: "@code2", difficulty: 2, pixValue: 8, competenceId: "c2"),
        Skill(id: "code4", name: "@code4", difficulty: 4, pixValue: 8, competenceId: "c2"),
        Skill(id: "code6", name: "@code6", difficulty: 6, pixValue: 8, competenceId: "c2"),
    ]

    static func skill(_ id: String) -> Skill {
        skills.first { $0.id == id } ?? skills[0]
    }

    static let challenges: [ContentChallenge] = skills.flatMap { skill in
        [
            ContentChallenge(id: "\(skill.id)-a", skillId: skill.id, status: .validé, locales: ["fr"]),
            ContentChallenge(id: "\(skill.id)-b", skillId: skill.id, status: .archivé, locales: ["fr", "en"]),
        ]
    }

    static func direct(_ skillId: String, _ status: KnowledgeElement.Status) -> KnowledgeElement {
        KnowledgeElement(skillId: skillId, status: status, source: .direct, earnedPix: status == .validated ? skill(skillId).pixValue : 0, competenceId: skill(skillId).competenceId)
    }
}

@Suite struct SmartRandomTests {
    static func level(_ answers: [(Int, Bool)]) -> Double {
        let skills = answers.enumerated().map { index, answer in Skill(id: "s\(index)", name: "@t\(index)\(answer.0)", difficulty: answer.0) }
        let elements = answers.enumerated().map { index, answer in
            KnowledgeElement(skillId: "s\(index)", status: answer.1 ? .validated : .invalidated, source: .direct, earnedPix: 0, competenceId: "c")
        }
        return SmartRandom.predictedLevel(knowledgeElements: elements, skills: skills)
    }

    /// pix-engine.md §2.4.
    @Test func predictedLevelVectors() {
        #expect(Self.level([]) == 3.5)
        #expect(Self.level([(2, true)]) == 4.5)
        #expect(Self.level([(2, false)]) == 1.0)
        #expect(Self.level([(2, true), (4, true)]) == 5.5)
        #expect(Self.level([(2, true), (4, false)]) == 3.0)
        #expect(Self.level([(2, true), (4, true), (6, false)]) == 5.0)
        #expect(Self.level([(2, false), (1, false)]) == 0.5)
    }

    @Test func inferredElementsDoNotMoveThePredictedLevel() {
        let inferred = KnowledgeElement(skillId: "web1", status: .validated, source: .inferred, earnedPix: 4, competenceId: "c1")
        #expect(SmartRandom.predictedLevel(knowledgeElements: [inferred], skills: Profile.skills) == 3.5)
    }

    @Test func tubeNamesComeFromSkillNames() {
        #expect(Skill.tubeName(ofSkillNamed: "@sourceImage2") == "sourceImage")
        let tubes = SkillTube.tubes(from: [Profile.skill("web3"), Profile.skill("mail1"), Profile.skill("web1")])
        #expect(tubes.map(\.name) == ["web", "mail"])
        #expect(tubes[0].skills.map(\.id) == ["web1", "web3"])
        #expect(tubes[0].maxLevel == 3)
    }

    @Test func successValidatesEasierSkillsOfTheTube() {
        let elements = KnowledgeElementInference.knowledgeElements(answerStatus: .ok, skill: Profile.skill("web3"), previous: [], targetSkills: Profile.skills)
        #expect(elements.map(\.skillId) == ["web3", "web1", "web2"])
        #expect(elements.map(\.source) == [.direct, .inferred, .inferred])
        #expect(elements.allSatisfy { $0.status == .validated && $0.earnedPix == 4 })
    }

    @Test func failureInvalidatesHarderSkillsOfTheTube() {
        let previous = [Profile.direct("web5", .validated)]
        let elements = KnowledgeElementInference.knowledgeElements(answerStatus: .aband, skill: Profile.skill("web3"), previous: previous, targetSkills: Profile.skills)
        #expect(elements.map(\.skillId) == ["web3", "web4"])
        #expect(elements.allSatisfy { $0.status == .invalidated && $0.earnedPix == 0 })
    }

    @Test func anAssessedOrUntargetedSkillTeachesNothing() {
        let previous = [Profile.direct("web3", .invalidated)]
        #expect(KnowledgeElementInference.knowledgeElements(answerStatus: .ok, skill: Profile.skill("web3"), previous: previous, targetSkills: Profile.skills).isEmpty)
        let outside = Skill(id: "other", name: "@other1", difficulty: 1)
        #expect(KnowledgeElementInference.knowledgeElements(answerStatus: .ok, skill: outside, previous: [], targetSkills: Profile.skills).isEmpty)
    }

    @Test func theFirstQuestionPrefersEasyTubesAndLevelTwo() {
        let step = SmartRandom.possibleSkillsForNextChallenge(
            knowledgeElements: [],
            challenges: Profile.challenges,
            targetSkills: Profile.skills,
            lastAnswer: nil,
            answeredChallengeIds: [],
            locale: "fr-FR"
        )
        // `mail` is the only tube whose hardest skill is at most level 3.
        #expect(step.possibleSkills.map(\.skill.id) == ["mail2"])
        #expect(step.levelEstimated == 2)
    }

    @Test func levelTwoBeatsLevelOneEvenWhenLower() {
        let candidates = ["mail1", "mail2", "mail3"].map { SkillCandidate(skill: Profile.skill($0), challenges: [], isTimed: false) }
        #expect(SkillFilters.focusedOnDefaultLevel(candidates).map(\.skill.id) == ["mail2"])
        let withoutTwo = ["mail3", "mail1", "web1"].map { SkillCandidate(skill: Profile.skill($0), challenges: [], isTimed: false) }
        #expect(SkillFilters.focusedOnDefaultLevel(withoutTwo).map(\.skill.id) == ["mail1", "web1"])
    }

    @Test func timedSkillsAreDroppedAfterATimedChallenge() {
        let timed = SkillCandidate(skill: Profile.skill("web1"), challenges: [], isTimed: true)
        let untimed = SkillCandidate(skill: Profile.skill("web2"), challenges: [], isTimed: false)
        #expect(SkillFilters.withoutTimedSkills([timed, untimed], ifLastChallengeTimed: true) == [untimed])
        #expect(SkillFilters.withoutTimedSkills([timed, untimed], ifLastChallengeTimed: false) == [timed, untimed])
        #expect(SkillFilters.withoutTimedSkills([timed], ifLastChallengeTimed: true) == [timed])
    }

    @Test func nextQuestionsKeepTheMostRewardingSkillsWithinReach() {
        // mail is exhausted and web1–web2 are known.
        let elements = [
            Profile.direct("web2", .validated),
            KnowledgeElement(skillId: "web1", status: .validated, source: .inferred, earnedPix: 4, competenceId: "c1"),
            Profile.direct("mail1", .validated), Profile.direct("mail2", .validated), Profile.direct("mail3", .validated),
        ]
        let step = SmartRandom.possibleSkillsForNextChallenge(
            knowledgeElements: elements,
            challenges: Profile.challenges,
            targetSkills: Profile.skills,
            lastAnswer: SmartRandomLastAnswer(wasTimed: false),
            answeredChallengeIds: ["web2-a", "mail1-a", "mail2-a", "mail3-a"],
            locale: "fr"
        )
        let level = SmartRandom.predictedLevel(knowledgeElements: elements, skills: Profile.skills)
        #expect(step.levelEstimated == level)
        let tubes = SkillTube.tubes(from: Profile.skills)
        let reachable = ["web3", "web4", "web5", "code2", "code4", "code6"].filter { Double(Profile.skill($0).difficulty) - level <= 2 }
        let rewards = reachable.map { SmartRandom.reward(skill: Profile.skill($0), predictedLevel: level, tubes: tubes, knowledgeElements: elements) }
        let best = rewards.max() ?? 0
        let expected = zip(reachable, rewards).filter { $0.1 == best }.map(\.0)
        #expect(step.possibleSkills.map(\.skill.id) == expected)
        // Level 5.5; web5 settles web3–web5 when failed and itself when passed: reward ≈ 2.245.
        #expect(level == 5.5)
        #expect(expected == ["web5"])
        #expect(!step.hasAssessmentEnded)
    }

    @Test func rewardCountsTheSkillsAnAnswerWouldSettle() {
        let tubes = SkillTube.tubes(from: Profile.skills)
        let skill = Profile.skill("web3")
        let p = SmartRandom.probabilityOfCorrectAnswer(level: 3, difficulty: 3)
        #expect(p == 0.5)
        // 3 easier-or-equal (web1-3), 3 harder-or-equal (web3-5).
        #expect(SmartRandom.reward(skill: skill, predictedLevel: 3, tubes: tubes, knowledgeElements: []) == 3)
        let tested = [Profile.direct("web1", .validated)]
        #expect(SmartRandom.reward(skill: skill, predictedLevel: 3, tubes: tubes, knowledgeElements: tested) == 2.5)
    }

    @Test func theAssessmentEndsWhenNoSkillRemains() {
        let elements = Profile.skills.map { Profile.direct($0.id, .validated) }
        let step = SmartRandom.possibleSkillsForNextChallenge(
            knowledgeElements: elements,
            challenges: Profile.challenges,
            targetSkills: Profile.skills,
            lastAnswer: SmartRandomLastAnswer(wasTimed: false),
            answeredChallengeIds: [],
            locale: "fr"
        )
        #expect(step.hasAssessmentEnded)
    }

    @Test func challengesOutsideTheLocaleOrAlreadyAnsweredAreNotPlayable() {
        let candidates = SmartRandom.prepare(targetSkills: [Profile.skill("web1")], challenges: Profile.challenges, answeredChallengeIds: ["web1-b"], locale: "en")
        #expect(candidates[0].challenges.isEmpty)
        #expect(!candidates[0].isPlayable)
        #expect(SmartRandom.fallbackLocales("fr-FR") == ["fr-FR", "fr"])
        #expect(SmartRandom.fallbackLocales("nl") == ["nl"])
    }

    @Test func pickingUsesHashIntOfTheSeedAndPrefersValidatedChallenges() {
        let candidates = SmartRandom.prepare(targetSkills: Array(Profile.skills.prefix(3)), challenges: Profile.challenges, answeredChallengeIds: [], locale: "fr")
        // hashInt(42) = 3941539072 → skill 3941539072 % 3 = 1; validated pool has one challenge.
        let picked = SmartRandom.pickChallenge(from: candidates, randomSeed: 42, locale: "fr")
        #expect(picked?.id == "web2-a")
        let english = SmartRandom.prepare(targetSkills: Array(Profile.skills.prefix(3)), challenges: Profile.challenges, answeredChallengeIds: [], locale: "en")
        #expect(SmartRandom.pickChallenge(from: english, randomSeed: 42, locale: "en")?.id == "web2-b")
        #expect(SmartRandom.pickChallenge(from: [], randomSeed: 42, locale: "fr") == nil)
    }
}
