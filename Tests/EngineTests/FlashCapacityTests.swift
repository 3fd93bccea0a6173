import Foundation
import Testing
import Vocabulary
@testable import Engine

/// The reference scenario of pix-engine.md §1.3: θ0 = −3 and five answers.
enum ReferenceScenario {
    static let challenges = [
        item("c1", a: 1, b: -2),
        item("c2", a: 1.5, b: 0),
        item("c3", a: 0.8, b: -1),
        item("c4", a: 2, b: -0.5),
        item("c5", a: 1.2, b: 1),
    ]
    static let answers = [
        FlashAnswer(challengeId: "c1", status: .ok),
        FlashAnswer(challengeId: "c2", status: .ko),
        FlashAnswer(challengeId: "c3", status: .ok),
        FlashAnswer(challengeId: "c4", status: .ok),
        FlashAnswer(challengeId: "c5", status: .ko),
    ]

    static func item(_ id: String, a: Double, b: Double, skill: String? = nil, tube: String? = nil, competence: String = "k1") -> CalibratedChallenge {
        CalibratedChallenge(id: id, discriminant: a, difficulty: b, skillId: skill ?? "s-\(id)", tubeId: tube ?? "t-\(id)", competenceId: competence)
    }
}

@Suite struct FlashCapacityTests {
    @Test func gridHas81PointsBuiltByRepeatedAddition() {
        #expect(Flash.grid.count == 81)
        #expect(Flash.grid.first == -9)
        #expect(Flash.grid[1] == -8.775)
        #expect(Flash.grid.last == 8.999999999999988)
    }

    /// The §1.3 table (6 decimals), and the full-precision values Pix's own `flash.js` prints for
    /// the same scenario (node v20), to 1e-9.
    @Test(arguments: [
        (nil as Double?, [
            (-2.192090, 1.073547, -2.19209011198683, 1.0735469192842735),
            (-1.779976, 0.972427, -1.7799761093456175, 0.972427479398606),
            (-1.143494, 0.878915, -1.1434935947060132, 0.878915017104449),
            (-0.226556, 0.693553, -0.2265558955593987, 0.6935528012874184),
            (-0.075903, 0.659579, -0.07590293703528461, 0.6595792159499724),
        ]),
        (0.5, [
            (-2.192090, 1.073547, -2.19209011198683, 1.0735469192842735),
            (-1.779976, 0.972427, -1.7799761093456175, 0.972427479398606),
            (-1.143494, 0.878915, -1.1434935947060132, 0.878915017104449),
            (-0.571747, 0.774708, -0.5717467973530066, 0.7747078461295648),
            (-0.285873, 0.665438, -0.2858733986765033, 0.6654383267895786),
        ]),
    ])
    func referenceVectors(variationPercent: Double?, expected: [(Double, Double, Double, Double)]) throws {
        let history = try Flash.capacityHistory(
            answers: ReferenceScenario.answers,
            challenges: ReferenceScenario.challenges,
            initialCapacity: -3,
            variationPercent: variationPercent
        )
        #expect(history.count == expected.count)
        for (estimate, (tableCapacity, tableError, capacity, errorRate)) in zip(history, expected) {
            #expect(abs(estimate.capacity - tableCapacity) < 5e-7)
            #expect(abs(estimate.errorRate - tableError) < 5e-7)
            #expect(abs(estimate.capacity - capacity) < 1e-9)
            #expect(abs(estimate.errorRate - errorRate) < 1e-9)
        }
    }

    @Test func clampingAtStepFourLimitsTheMoveToHalfThePreviousCapacity() throws {
        let history = try Flash.capacityHistory(
            answers: ReferenceScenario.answers,
            challenges: ReferenceScenario.challenges,
            initialCapacity: -3,
            variationPercent: 0.5
        )
        #expect(history[3].capacity == history[2].capacity + abs(history[2].capacity * 0.5))
    }

    @Test func zeroVariationPercentMeansNoClamping() throws {
        let unclamped = try Flash.capacityHistory(answers: ReferenceScenario.answers, challenges: ReferenceScenario.challenges, initialCapacity: -3, variationPercent: nil)
        let zero = try Flash.capacityHistory(answers: ReferenceScenario.answers, challenges: ReferenceScenario.challenges, initialCapacity: -3, variationPercent: 0)
        #expect(unclamped == zero)
    }

    @Test func onlyOkCountsAsCorrect() throws {
        let statuses: [AnswerStatus] = [.ko, .aband, .timedout, .focusedOut, .partially, .unimplemented]
        let results = try statuses.map { status in
            try Flash.capacityAndErrorRate(
                answers: [FlashAnswer(challengeId: "c1", status: status)],
                challenges: ReferenceScenario.challenges,
                initialCapacity: -3,
                variationPercent: nil
            )
        }
        #expect(Set(results).count == 1)
        let ok = try Flash.capacityAndErrorRate(answers: [FlashAnswer(challengeId: "c1", status: .ok)], challenges: ReferenceScenario.challenges, initialCapacity: -3, variationPercent: nil)
        #expect(ok.capacity > results[0].capacity)
    }

    @Test func withoutAnswersTheEstimateIsTheInitialCapacityAndErrorRateFive() throws {
        let estimate = try Flash.capacityAndErrorRate(answers: [], challenges: ReferenceScenario.challenges, initialCapacity: -3, variationPercent: 0.5)
        #expect(estimate == CapacityEstimate(capacity: -3, errorRate: 5))
        let noBank = try Flash.capacityAndErrorRate(answers: ReferenceScenario.answers, challenges: [], initialCapacity: 1.5, variationPercent: nil)
        #expect(noBank == CapacityEstimate(capacity: 1.5, errorRate: 5))
    }

    @Test func anAnswerToAnUnknownChallengeIsAnError() {
        #expect(throws: FlashError.unknownChallenge(answerIndex: 1, challengeId: "nope")) {
            try Flash.capacityHistory(
                answers: [FlashAnswer(challengeId: "c1", status: .ok), FlashAnswer(challengeId: "nope", status: .ok)],
                challenges: ReferenceScenario.challenges,
                variationPercent: nil
            )
        }
    }

    @Test func theFirstChallengeWithAnIdSuppliesTheParameters() throws {
        let duplicated = [ReferenceScenario.item("c1", a: 1, b: -2), ReferenceScenario.item("c1", a: 3, b: 4)]
        let estimate = try Flash.capacityAndErrorRate(answers: [ReferenceScenario.answers[0]], challenges: duplicated, initialCapacity: -3, variationPercent: nil)
        #expect(abs(estimate.capacity - -2.19209011198683) < 1e-9)
    }

    @Test func theEstimateDependsOnTheOrderOfTheAnswers() throws {
        let forward = try Flash.capacityAndErrorRate(answers: ReferenceScenario.answers, challenges: ReferenceScenario.challenges, initialCapacity: -3, variationPercent: nil)
        let backward = try Flash.capacityAndErrorRate(answers: ReferenceScenario.answers.reversed(), challenges: ReferenceScenario.challenges, initialCapacity: -3, variationPercent: nil)
        #expect(forward.capacity != backward.capacity)
    }

    @Test func feedingTheEstimatorOneAnswerAtATimeGivesTheHistory() throws {
        let history = try Flash.capacityHistory(answers: ReferenceScenario.answers, challenges: ReferenceScenario.challenges, initialCapacity: -3, variationPercent: 0.5)
        var estimator = CapacityEstimator(initialCapacity: -3, variationPercent: 0.5)
        for (answer, challenge) in zip(ReferenceScenario.answers, ReferenceScenario.challenges) {
            let estimate = estimator.record(discriminant: challenge.discriminant, difficulty: challenge.difficulty, isCorrect: answer.status.isCorrect)
            #expect(estimate == history[estimator.numberOfAnswers - 1])
        }
    }

    @Test(arguments: [
        // near 0 the step is variationPercent itself, elsewhere |previous · variationPercent|
        (0.2, 3.0, 0.5, 0.7),
        (0.2, -3.0, 0.5, 0.2 - 0.5),
        (-2.0, 1.0, 0.5, -1.0),
        (-2.0, -4.0, 0.5, -3.0),
        (-2.0, -2.5, 0.5, -2.5),
        (1.0, 1.2, 0.5, 1.2),
    ])
    func variationLimit(previous: Double, next: Double, variationPercent: Double, expected: Double) {
        #expect(Flash.limitCapacityVariation(previous: previous, next: next, variationPercent: variationPercent) == expected)
    }

    @Test func minimumCapabilityIsWhereSuccessReachesTheThreshold() {
        let capability = Flash.minimumCapability(discriminant: 2, difficulty: 1)
        #expect(abs(capability - (1 + log(19) / 2)) < 1e-12)
        #expect(abs(Flash.probability(capacity: capability, discriminant: 2, difficulty: 1) - 0.95) < 1e-12)
    }
}
