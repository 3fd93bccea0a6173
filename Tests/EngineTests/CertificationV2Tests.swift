import Testing
import Vocabulary
@testable import Engine

@Suite struct CertificationV2RuleTableTests {
    typealias A = CertifiedLevelAction

    /// pix-engine.md §3.3: (challenges, correct, neutralised) → actions for ≥80, 70–79, <70.
    static let table: [(Int, Int, Int, A, A, A)] = [
        (3, 3, 0, .validate, .validate, .validate),
        (3, 2, 0, .validate, .downgrade, .downgrade),
        (3, 2, 1, .validate, .validate, .validate),
        (3, 1, 0, .invalidate, .invalidate, .invalidate),
        (3, 1, 1, .validate, .downgrade, .invalidate),
        (3, 1, 2, .validate, .validate, .downgrade),
        (3, 0, 0, .invalidate, .invalidate, .invalidate),
        (3, 0, 1, .invalidate, .invalidate, .invalidate),
        (3, 0, 2, .invalidate, .invalidate, .invalidate),
        (3, 0, 3, .invalidate, .invalidate, .invalidate),
        (2, 2, 0, .validate, .validate, .validate),
        (2, 1, 0, .validate, .downgrade, .invalidate),
        (2, 1, 1, .validate, .validate, .downgrade),
        (2, 0, 0, .invalidate, .invalidate, .invalidate),
        (2, 0, 1, .invalidate, .invalidate, .invalidate),
        (2, 0, 2, .invalidate, .invalidate, .invalidate),
        (1, 1, 0, .validate, .validate, .downgrade),
        (1, 0, 0, .invalidate, .invalidate, .invalidate),
        (1, 0, 1, .invalidate, .invalidate, .invalidate),
    ]

    @Test(arguments: table)
    func rule(challenges: Int, correct: Int, neutralized: Int, atLeast80: A, from70To80: A, below70: A) throws {
        for (rate, action) in [(100, atLeast80), (80, atLeast80), (79, from70To80), (70, from70To80), (69, below70), (50, below70)] {
            let level = try CertificationV2.certifiedLevel(
                numberOfChallenges: challenges,
                numberOfCorrectAnswers: correct,
                numberOfNeutralizedAnswers: neutralized,
                estimatedLevel: 4,
                estimatedScore: 37,
                reproducibilityRate: rate
            )
            #expect(level.action == action, "rule (\(challenges), \(correct), \(neutralized)) at \(rate) %")
            switch action {
            case .validate: #expect(level.level == 4 && level.score == 37)
            case .downgrade: #expect(level.level == 3 && level.score == 29)
            case .invalidate: #expect(level.level == -1 && level.score == 0)
            }
        }
    }

    @Test func theTableHasNineteenRules() {
        #expect(CertificationV2.rules.count == 19)
        #expect(Set(CertificationV2.rules.map { [$0.challenges, $0.correct, $0.neutralized] }).count == 19)
    }

    @Test func aCombinationWithoutRuleIsAnError() {
        #expect(throws: V2ScoringError.missingRule(challenges: 4, correct: 2, neutralized: 0)) {
            try CertificationV2.certifiedLevel(numberOfChallenges: 4, numberOfCorrectAnswers: 2, numberOfNeutralizedAnswers: 0, estimatedLevel: 3, estimatedScore: 24, reproducibilityRate: 90)
        }
    }

    @Test func reproducibilityRateRoundsHalfUp() {
        #expect(CertificationV2.reproducibilityRate(correct: 2, nonNeutralized: 3) == 67)
        #expect(CertificationV2.reproducibilityRate(correct: 1, nonNeutralized: 8) == 13)
        #expect(CertificationV2.reproducibilityRate(correct: 0, nonNeutralized: 0) == 0)
    }
}

@Suite struct CertificationV2ScoringTests {
    static let competences = [
        ProfileCompetence(id: "c1", level: 5, pixScore: 42, directlyValidatedSkills: []),
        ProfileCompetence(id: "c2", level: 3, pixScore: 27, directlyValidatedSkills: []),
        ProfileCompetence(id: "c3", level: 0, pixScore: 5, directlyValidatedSkills: []),
    ]

    static func challenges(_ competence: String, count: Int) -> [ScoredCertificationChallenge] {
        (1...count).map { ScoredCertificationChallenge(challengeId: "\(competence)-\($0)", competenceId: competence) }
    }

    @Test func competencesAreValidatedDowngradedOrInvalidatedByTheTable() throws {
        let challenges = Self.challenges("c1", count: 3) + Self.challenges("c2", count: 3)
        let statuses: [AnswerStatus] = [.ok, .ok, .ok, .ok, .ok, .ko]
        let answers = zip(challenges, statuses).map { CertificationAnswer(challengeId: $0.challengeId, status: $1) }
        let result = try CertificationV2.score(competences: Self.competences, challenges: challenges, answers: answers, maxReachableLevel: 6)
        #expect(result.reproducibilityRate == 83)
        #expect(result.competenceMarks.map(\.action) == [.validate, .validate])
        #expect(result.competenceMarks.map(\.level) == [5, 3])
        #expect(result.pixScore == 69)
        #expect(!result.isRejected && !result.hasInsufficientCorrectAnswers && result.hasEnoughNonNeutralizedChallengesToBeTrusted)
    }

    @Test func aRateBetween70And80DowngradesTwoOutOfThree() throws {
        let challenges = Self.challenges("c1", count: 3) + Self.challenges("c2", count: 3) + Self.challenges("c4", count: 1)
        let competences = Self.competences + [ProfileCompetence(id: "c4", level: 2, pixScore: 16, directlyValidatedSkills: [])]
        let statuses: [AnswerStatus] = [.ok, .ok, .ok, .ok, .ok, .ko, .ko]
        let answers = zip(challenges, statuses).map { CertificationAnswer(challengeId: $0.challengeId, status: $1) }
        let result = try CertificationV2.score(competences: competences, challenges: challenges, answers: answers)
        #expect(result.reproducibilityRate == 71)
        #expect(result.competenceMarks.map(\.action) == [.validate, .downgrade, .invalidate])
        #expect(result.competenceMarks.map(\.score) == [42, 19, 0])
    }

    @Test func belowFiftyPercentEverythingIsUncertified() throws {
        let challenges = Self.challenges("c1", count: 3) + Self.challenges("c2", count: 3)
        let statuses: [AnswerStatus] = [.ok, .ko, .ko, .ok, .ko, .ko]
        let answers = zip(challenges, statuses).map { CertificationAnswer(challengeId: $0.challengeId, status: $1) }
        let result = try CertificationV2.score(competences: Self.competences, challenges: challenges, answers: answers)
        #expect(result.reproducibilityRate == 33)
        #expect(result.hasInsufficientCorrectAnswers && result.isRejected)
        #expect(result.competenceMarks.allSatisfy { $0.level == -1 && $0.score == 0 })
    }

    @Test func marksAreCappedAtTheMaxReachableLevel() throws {
        let competences = [ProfileCompetence(id: "c1", level: 7, pixScore: 60, directlyValidatedSkills: [])]
        let challenges = Self.challenges("c1", count: 3)
        let answers = challenges.map { CertificationAnswer(challengeId: $0.challengeId, status: .ok) }
        let result = try CertificationV2.score(competences: competences, challenges: challenges, answers: answers, maxReachableLevel: 5)
        #expect(result.competenceMarks[0].level == 5)
        #expect(result.competenceMarks[0].score == 40)
    }

    @Test func neutralisedAndQROCMDepChallengesAreWeighted() throws {
        var challenges = Self.challenges("c1", count: 3) + Self.challenges("c2", count: 2)
        challenges[2].isNeutralized = true
        challenges[3].isQROCMDep = true
        let answers = [
            CertificationAnswer(challengeId: "c1-1", status: .ok),
            CertificationAnswer(challengeId: "c1-2", status: .ok),
            CertificationAnswer(challengeId: "c2-1", status: .partially),
            CertificationAnswer(challengeId: "c2-2", status: .ok),
        ]
        let result = try CertificationV2.score(competences: Self.competences, challenges: challenges, answers: answers)
        // c1: (3, 2, 1) → validate. c2: QROCM-dep counts 2 → (3, 2, 0) at rate 75 → downgrade.
        #expect(result.reproducibilityRate == 75)
        #expect(result.competenceMarks.map(\.action) == [.validate, .downgrade])
        #expect(result.hasEnoughNonNeutralizedChallengesToBeTrusted)
    }

    @Test func inconsistentTestsAreErrors() {
        let challenges = Self.challenges("c1", count: 3) + Self.challenges("c2", count: 3)
        let partial = challenges.dropLast().map { CertificationAnswer(challengeId: $0.challengeId, status: .ok) }
        #expect(throws: V2ScoringError.unansweredChallenge(challengeId: "c2-3")) {
            try CertificationV2.score(competences: Self.competences, challenges: challenges, answers: partial)
        }
        let onlyC1 = Self.challenges("c1", count: 3)
        let answers = onlyC1.map { CertificationAnswer(challengeId: $0.challengeId, status: .ok) }
        #expect(throws: V2ScoringError.competenceWithoutChallenge(competenceId: "c2")) {
            try CertificationV2.score(competences: Self.competences, challenges: onlyC1, answers: answers)
        }
        let doubled = answers + [CertificationAnswer(challengeId: "c1-1", status: .ko)]
        #expect(throws: V2ScoringError.severalAnswersForOneChallenge(challengeId: "c1-1")) {
            try CertificationV2.score(competences: [Self.competences[0]], challenges: onlyC1, answers: doubled)
        }
    }
}

@Suite struct CertificationV2AssemblyTests {
    static func skill(_ tube: String, _ level: Int, version: Int = 1) -> Skill {
        Skill(id: "\(tube)\(level)v\(version)", name: "@\(tube)\(level)", difficulty: level, competenceId: "c1", version: version)
    }

    static func challenges(for skills: [Skill], variants: Int = 2) -> [ContentChallenge] {
        skills.flatMap { skill in (1...variants).map { ContentChallenge(id: "\(skill.id)-\($0)", skillId: skill.id, locales: ["fr"]) } }
    }

    @Test func threeChallengesFromTheHardestLevelsPreferringNewTubes() {
        let skills = [Self.skill("web", 5), Self.skill("web", 4), Self.skill("mail", 4), Self.skill("code", 3), Self.skill("web", 2)]
        let competence = ProfileCompetence(id: "c1", level: 4, pixScore: 35, directlyValidatedSkills: skills)
        var random = ScriptedRandom(draws: [0])
        let picked = CertificationV2.pickChallenges(competences: [competence], operativeChallenges: Self.challenges(for: skills), alreadyAnsweredChallengeIds: [], random: &random)
        // Level 5: web5. Level 4: mail4 (new tube) before web4 (tube already used).
        #expect(picked.map(\.skillName) == ["@web5", "@mail4", "@web4"])
        #expect(picked.map(\.challengeId) == ["web5v1-1", "mail4v1-1", "web4v1-1"])
    }

    @Test func anUnseenVariantIsPreferredAndTheLatestSkillVersionIsUsed() {
        let skills = [Self.skill("web", 3, version: 1), Self.skill("web", 3, version: 2)]
        let competence = ProfileCompetence(id: "c1", level: 3, pixScore: 24, directlyValidatedSkills: skills)
        var random = ScriptedRandom(draws: [0])
        let picked = CertificationV2.pickChallenges(
            competences: [competence],
            operativeChallenges: Self.challenges(for: skills),
            alreadyAnsweredChallengeIds: ["web3v2-1"],
            random: &random
        )
        #expect(picked.map(\.challengeId) == ["web3v2-2"])
    }

    @Test func theRandomDrawChoosesAmongTheSkillChallenges() {
        let skills = [Self.skill("web", 3)]
        let competence = ProfileCompetence(id: "c1", level: 3, pixScore: 24, directlyValidatedSkills: skills)
        var random = ScriptedRandom(draws: [0.99])
        let picked = CertificationV2.pickChallenges(competences: [competence], operativeChallenges: Self.challenges(for: skills, variants: 3), alreadyAnsweredChallengeIds: [], random: &random)
        #expect(picked.map(\.challengeId) == ["web3v1-3"])
    }

    @Test func uncertifiableCompetencesGetNoChallengeAndFiveAreNeeded() {
        let skills = [Self.skill("web", 3)]
        let certifiable = ProfileCompetence(id: "c1", level: 1, pixScore: 8, directlyValidatedSkills: skills)
        let notCertifiable = ProfileCompetence(id: "c2", level: 0, pixScore: 6, directlyValidatedSkills: skills)
        var random = SplitMix64(seed: 1)
        let picked = CertificationV2.pickChallenges(competences: [notCertifiable, certifiable], operativeChallenges: Self.challenges(for: skills), alreadyAnsweredChallengeIds: [], random: &random)
        #expect(picked.map(\.competenceId) == ["c1"])
        #expect(!CertificationV2.isCandidateCertifiable(Array(repeating: certifiable, count: 4) + [notCertifiable]))
        #expect(CertificationV2.isCandidateCertifiable(Array(repeating: certifiable, count: 5)))
    }

    @Test func sixteenCompetencesGiveAtMostFortyEightChallenges() {
        let competences = (1...16).map { index in
            let skills = (1...5).map { level in Skill(id: "c\(index)s\(level)", name: "@t\(index)x\(level)", difficulty: level, competenceId: "c\(index)") }
            return ProfileCompetence(id: "c\(index)", level: 5, pixScore: 40, directlyValidatedSkills: skills)
        }
        let challenges = competences.flatMap { Self.challenges(for: $0.directlyValidatedSkills) }
        var random = SplitMix64(seed: 7)
        let picked = CertificationV2.pickChallenges(competences: competences, operativeChallenges: challenges, alreadyAnsweredChallengeIds: [], random: &random)
        #expect(picked.count == 48)
    }
}
