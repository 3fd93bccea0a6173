import Foundation
import Testing
import Vocabulary
@testable import Engine

/// A small bank: competences k1…k3, two tubes each, two skills per tube, one challenge per skill.
enum SmallBank {
    static let challenges: [CalibratedChallenge] = {
        var bank: [CalibratedChallenge] = []
        for competence in 1...3 {
            for tube in 1...2 {
                for skill in 1...2 {
                    let id = "k\(competence)t\(tube)s\(skill)"
                    bank.append(CalibratedChallenge(
                        id: id,
                        discriminant: 1 + Double(skill) / 4,
                        difficulty: Double(competence - 2) + Double(tube) / 3 - Double(skill) / 5,
                        skillId: "skill-\(id)",
                        tubeId: "tube-k\(competence)t\(tube)",
                        competenceId: "k\(competence)",
                        locales: ["fr"]
                    ))
                }
            }
        }
        return bank
    }()

    static func answer(_ id: String, _ status: AnswerStatus = .ok) -> FlashAnswer {
        FlashAnswer(challengeId: id, status: status)
    }
}

@Suite struct FlashSelectionTests {
    @Test func rewardIsTheFisherInformation() {
        #expect(Flash.reward(capacity: 0, discriminant: 1.5, difficulty: 0) == 0.5625)
        #expect(abs(Flash.reward(capacity: -3, discriminant: 1, difficulty: -2) - 0.19661193324148185) < 1e-15)
    }

    @Test func bestChallengesAreTheTopFiveByRewardThenById() {
        let bank = [
            ReferenceScenario.item("e", a: 1, b: 0),
            ReferenceScenario.item("b", a: 1, b: 0),
            ReferenceScenario.item("far", a: 1, b: 5),
            ReferenceScenario.item("a", a: 1, b: 0),
            ReferenceScenario.item("sharp", a: 2, b: 0),
            ReferenceScenario.item("d", a: 1, b: 0),
            ReferenceScenario.item("c", a: 1, b: 0),
        ]
        #expect(Flash.bestChallenges(bank, capacity: 0).map(\.id) == ["sharp", "a", "b", "c", "d"])
        #expect(Flash.bestChallenges(bank, capacity: 5).map(\.id).first == "far")
        #expect(Flash.bestChallenges(Array(bank.prefix(2)), capacity: 0).map(\.id) == ["b", "e"])
        #expect(Flash.bestChallenges(bank, capacity: .nan).map(\.id) == ["a", "b", "c", "d", "e"])
    }

    @Test func theFirstQuestionComesFromAnyCompetenceWithEverythingEligible() throws {
        let eligible = try FlashRuleEngine.eligibleChallenges(answers: [], allChallenges: SmallBank.challenges, configuration: .v3Certification)
        #expect(eligible == SmallBank.challenges)
    }

    @Test func oneQuestionPerTubeAndPassageByAllCompetences() throws {
        let answers = [SmallBank.answer("k1t1s1")]
        let eligible = try FlashRuleEngine.eligibleChallenges(answers: answers, allChallenges: SmallBank.challenges, configuration: .v3Certification)
        // k1 is answered: only k2 and k3 remain until every competence has had a question.
        #expect(Set(eligible.map(\.competenceId)) == ["k2", "k3"])
    }

    @Test func onceEveryCompetenceIsAnsweredAnsweredTubesAreExcluded() throws {
        let answers = ["k1t1s1", "k2t1s1", "k3t1s1"].map { SmallBank.answer($0) }
        let configuration = FlashConfiguration(challengesBetweenSameCompetence: 0)
        let eligible = try FlashRuleEngine.eligibleChallenges(answers: answers, allChallenges: SmallBank.challenges, configuration: configuration)
        #expect(Set(eligible.map(\.tubeId)) == ["tube-k1t2", "tube-k2t2", "tube-k3t2"])
    }

    @Test func challengesBetweenSameCompetenceAvoidsTheLastCompetences() throws {
        let answers = ["k1t1s1", "k2t1s1", "k3t1s1"].map { SmallBank.answer($0) }
        let eligible = try FlashRuleEngine.eligibleChallenges(answers: answers, allChallenges: SmallBank.challenges, configuration: .v3Certification)
        // k2 and k3 are among the last 2 answers.
        #expect(Set(eligible.map(\.id)) == ["k1t2s1", "k1t2s2"])
    }

    @Test func challengesBetweenSameCompetenceFallsBackWhenItWouldEmptyTheList() throws {
        let bank = SmallBank.challenges.filter { $0.competenceId == "k1" }
        let answers = [SmallBank.answer("k1t1s1")]
        let eligible = try FlashRuleEngine.eligibleChallenges(answers: answers, allChallenges: bank, configuration: .v3Certification)
        #expect(Set(eligible.map(\.id)) == ["k1t2s1", "k1t2s2"])
    }

    @Test func withoutTheTubeLimitOnlyAnsweredSkillsAreExcluded() throws {
        let configuration = FlashConfiguration(challengesBetweenSameCompetence: 0, limitToOneQuestionPerTube: false, enablePassageByAllCompetences: false)
        let eligible = try FlashRuleEngine.eligibleChallenges(answers: [SmallBank.answer("k1t1s1")], allChallenges: SmallBank.challenges, configuration: configuration)
        #expect(eligible.count == SmallBank.challenges.count - 1)
        #expect(eligible.contains { $0.id == "k1t1s2" })
    }

    @Test func theAssessmentEndsAtTheFixedLength() throws {
        let assessment = FlashAssessment(configuration: FlashConfiguration(maximumAssessmentLength: 2))
        let two = [SmallBank.answer("k1t1s1"), SmallBank.answer("k2t1s1")]
        #expect(try assessment.possibleNextChallenges(answers: two, challenges: SmallBank.challenges) == .ended(.maximumLengthReached))
        #expect(throws: FlashError.tooManyAnswers(count: 3, maximum: 2)) {
            try assessment.possibleNextChallenges(answers: two + [SmallBank.answer("k3t1s1")], challenges: SmallBank.challenges)
        }
    }

    @Test func theAssessmentEndsEarlyWhenNoChallengeIsLeft() throws {
        let answers = ["k1t1s1", "k1t2s1", "k2t1s1", "k2t2s1", "k3t1s1", "k3t2s1"].map { SmallBank.answer($0) }
        let step = try FlashAssessment().possibleNextChallenges(answers: answers, challenges: SmallBank.challenges)
        #expect(step == .ended(.lackOfChallenges))
    }

    @Test func candidatesAreRankedAtTheCurrentEstimate() throws {
        let answers = [SmallBank.answer("k1t1s1")]
        let step = try FlashAssessment().possibleNextChallenges(answers: answers, challenges: SmallBank.challenges)
        guard case let .candidates(candidates, estimate) = step else {
            Issue.record("expected candidates, got \(step)")
            return
        }
        let expected = try Flash.capacityAndErrorRate(answers: answers, challenges: SmallBank.challenges, initialCapacity: -3, variationPercent: 0.5)
        #expect(estimate == expected)
        let eligible = SmallBank.challenges.filter { $0.competenceId != "k1" }
        #expect(candidates == Flash.bestChallenges(eligible, capacity: expected.capacity))
        #expect(candidates.count == 5)
    }

    @Test func pickingWithProbability100AlwaysTakesTheMostInformative() throws {
        var random = SplitMix64(seed: 3)
        for _ in 0..<20 {
            let next = try FlashAssessment().nextChallenge(answers: [], challenges: SmallBank.challenges, probability: 100, random: &random)
            #expect(next == Flash.bestChallenges(SmallBank.challenges, capacity: -3).first)
        }
    }

    @Test func thePoolKeepsAnsweredParametersAndFiltersNewDraws() {
        var recalibrated = SmallBank.challenges
        recalibrated[0].difficulty = 4
        var archived = SmallBank.challenges[1]
        archived.status = .archivé
        recalibrated[1] = archived
        var english = SmallBank.challenges[2]
        english.locales = ["en"]
        recalibrated[2] = english
        var inaccessible = SmallBank.challenges[3]
        inaccessible.blindnessCompatibility = "KO"
        inaccessible.colorBlindnessCompatibility = "OK"
        recalibrated[3] = inaccessible

        let answered = [SmallBank.challenges[0], SmallBank.challenges[1]]
        let pool = FlashPool.certificationPool(answered: answered, bank: recalibrated, locale: "fr", accessibilityAdjustmentNeeded: false)
        #expect(pool.first == SmallBank.challenges[0])
        #expect(pool.filter { $0.id == SmallBank.challenges[0].id }.count == 1)
        #expect(pool.contains(SmallBank.challenges[1]))
        #expect(!pool.contains { $0.id == english.id })
        #expect(pool.contains(inaccessible))

        let adjusted = FlashPool.certificationPool(answered: [], bank: recalibrated, locale: nil, accessibilityAdjustmentNeeded: true)
        #expect(adjusted.isEmpty)
    }

    @Test func accessibilityNeedsOkOrRasOnBothCriteria() {
        var challenge = SmallBank.challenges[0]
        challenge.blindnessCompatibility = "RAS"
        challenge.colorBlindnessCompatibility = "OK"
        #expect(challenge.isAccessible)
        challenge.colorBlindnessCompatibility = nil
        #expect(!challenge.isAccessible)
    }

    @Test func aLiveAlertExcludesEveryChallengeOfItsSkill() {
        var variant = SmallBank.challenges[1]
        variant.id = "variant"
        variant.skillId = SmallBank.challenges[0].skillId
        let pool = FlashPool.certificationPool(
            answered: [],
            bank: SmallBank.challenges + [variant],
            locale: nil,
            accessibilityAdjustmentNeeded: false,
            liveAlertChallengeIds: [SmallBank.challenges[0].id]
        )
        #expect(!pool.contains { $0.skillId == SmallBank.challenges[0].skillId })
        #expect(pool.count == SmallBank.challenges.count - 1)
        let answers = FlashPool.answersExcludingLiveAlerts([SmallBank.answer(SmallBank.challenges[0].id), SmallBank.answer("x")], liveAlertChallengeIds: [SmallBank.challenges[0].id])
        #expect(answers == [SmallBank.answer("x")])
    }

    @Test func anIncrementalRunOffersWhatTheFullRecomputationOffers() throws {
        let bank = CertificationV3Tests.degradationBank(tubes: 48)
        var run = FlashRun(bank: FlashBank(bank))
        var answers: [FlashAnswer] = []
        var random = SplitMix64(seed: 11)
        while true {
            let full = try FlashAssessment().possibleNextChallenges(answers: answers, challenges: bank)
            switch (run.nextCandidates(), full) {
            case let (.success(positions), .candidates(candidates, estimate)):
                #expect(positions.map { bank[$0] } == candidates)
                #expect(run.estimate == estimate || answers.isEmpty)
                let position = positions[BinaryTreePick.index(count: positions.count, probability: 51, random: &random)]
                let status: AnswerStatus = random.nextUnit() < 0.6 ? .ok : .ko
                try run.record(position: position, status: status)
                answers.append(FlashAnswer(challengeId: bank[position].id, status: status))
            case let (.failure(reason), .ended(expected)):
                #expect(reason == expected)
                #expect(answers.count == 32)
                return
            default:
                Issue.record("the run and the recomputation disagree after \(answers.count) answers")
                return
            }
        }
    }

    @Test func aPositionOutsideTheBankIsAnError() {
        var run = FlashRun(bank: FlashBank(SmallBank.challenges))
        #expect(throws: FlashError.positionOutOfBank(position: 12, count: 12)) {
            try run.record(position: 12, status: .ok)
        }
        #expect(FlashBank(SmallBank.challenges).position(of: "k2t1s1") == 4)
    }
}
