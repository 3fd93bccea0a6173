import Vocabulary
import CalibrationFiles
import Engine
import Foundation
import Testing
@testable import Simulation

/// Each flag fires on a case built for it, and not on a well-behaved challenge beside it.
@Suite("Calibration: flags")
struct CalibrationFlagTests {
    /// Learners N(0, 1) answer every challenge of `items` (discrimination, difficulty); extra
    /// answers can be added per challenge.
    static func log(items: [(String, Double, Double)], learners: Int, seed: UInt64,
                    extra: [(id: String, answers: [(theta: Double, correct: Bool?)])] = []) -> AnswerLog {
        var random = SplitMix64(seed: seed)
        let ids = (items.map(\.0) + extra.map(\.id)).sorted()
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var triples: [(learner: Int, challenge: Int, correct: Bool)] = []
        for learner in 0..<learners {
            let theta = normal(&random)
            for (id, a, b) in items {
                triples.append((learner, index[id] ?? 0, random.nextUnit() < 1 / (1 + exp(-a * (theta - b)))))
            }
        }
        var next = learners
        for (id, answers) in extra {
            for answer in answers {
                let correct = answer.correct ?? (random.nextUnit() < 1 / (1 + exp(-(answer.theta - 0))))
                // A learner of their own, who also answers the regular challenges.
                for (other, a, b) in items {
                    triples.append((next, index[other] ?? 0, random.nextUnit() < 1 / (1 + exp(-a * (answer.theta - b)))))
                }
                triples.append((next, index[id] ?? 0, correct))
                next += 1
            }
        }
        return AnswerLog(challengeIDs: ids, learnerCount: next, triples: triples)
    }

    static let regular: [(String, Double, Double)] = (0..<20).map { (String(format: "regular-%02d", $0), 1.2, -1.5 + 3 * Double($0) / 19) }

    func codes(_ result: CalibrationResult, _ id: String) -> [CalibrationFlag.Code] {
        result.items.first { $0.id == id }?.flags.map(\.code) ?? []
    }

    @Test func fewAnswersAndOutsideThePopulation() {
        var random = SplitMix64(seed: 11)
        let rare = (0..<30).map { _ in (theta: normal(&random), correct: Bool?.none) }
        let log = Self.log(items: Self.regular + [("very-hard", 1.5, 7)], learners: 1500, seed: 12, extra: [("rare", rare)])
        let result = Calibrator.calibrate(log)
        #expect(codes(result, "rare").contains(.fewAnswers))
        #expect(codes(result, "very-hard").contains(.difficultyOutsidePopulation))
        #expect(codes(result, "regular-05").isEmpty)
    }

    @Test func discriminationNearZeroAndVeryLarge() {
        let log = Self.log(items: Self.regular + [("coin", 0.001, 0), ("sharp", 9, 0.3)], learners: 3000, seed: 13)
        let result = Calibrator.calibrate(log)
        #expect(codes(result, "coin").contains(.discriminationNearZero))
        #expect(codes(result, "sharp").contains(.discriminationVeryLarge))
    }

    @Test func narrowCapacities() {
        var random = SplitMix64(seed: 14)
        let narrow = (0..<400).map { _ in (theta: 1 + 0.05 * normal(&random), correct: Bool?.none) }
        let log = Self.log(items: Self.regular, learners: 1500, seed: 15, extra: [("narrow", narrow)])
        // Its respondents' expected capacities (20 answers each) spread by about 0.35 from
        // estimation noise alone, against about 0.9 for the others.
        var options = CalibrationOptions()
        options.narrowCapacities = 0.5
        let result = Calibrator.calibrate(log, options: options)
        #expect(codes(result, "narrow").contains(.narrowCapacities))
        #expect(!codes(result, "regular-10").contains(.narrowCapacities))
    }

    @Test func noStandardErrorAndNoConvergence() {
        var options = CalibrationOptions()
        options.discriminationPrior = nil
        options.difficultyPrior = nil
        var random = SplitMix64(seed: 16)
        let allRight = (0..<300).map { _ in (theta: normal(&random), correct: Bool?.some(true)) }
        let log = Self.log(items: Self.regular, learners: 800, seed: 17, extra: [("always-right", allRight)])
        let result = Calibrator.calibrate(log, options: options)
        #expect(codes(result, "always-right").contains(.noStandardError) || codes(result, "always-right").contains(.difficultyOutsidePopulation))
        options.maximumIterations = 2
        let stopped = Calibrator.calibrate(log, options: options)
        #expect(!stopped.converged)
        #expect(stopped.runFlags.map(\.code) == [.notConverged])
        #expect(stopped.estimated.allSatisfy { $0.flags.contains { $0.code == .notConverged } })
    }

    @Test func anchorDriftAndFewAnchors() {
        let items: [(String, Double, Double)] = Self.regular + [("moved", 1.2, 1.0)]
        let log = Self.log(items: items, learners: 3000, seed: 18)
        var options = CalibrationOptions()
        for (id, a, b) in Self.regular.prefix(10) { options.anchors[id] = AnchorParameters(discrimination: a, difficulty: b) }
        options.anchors["moved"] = AnchorParameters(discrimination: 1.2, difficulty: -0.5)
        let result = Calibrator.calibrate(log, options: options)
        #expect(codes(result, "moved") == [.anchorDrift])
        #expect(result.items.filter { $0.flags.contains { $0.code == .anchorDrift } }.map(\.id) == ["moved"])
        var few = CalibrationOptions()
        for (id, a, b) in Self.regular.prefix(3) { few.anchors[id] = AnchorParameters(discrimination: a, difficulty: b) }
        #expect(Calibrator.calibrate(log, options: few).runFlags.map(\.code) == [.fewAnchors])
    }

    @Test func levelOutOfOrderAndVariantsThatDiffer() {
        // Tube @tri: level 2 is harder than level 4. Prototype p has variants of unequal difficulty;
        // prototype q's variants are alike.
        let items: [(String, Double, Double)] = Self.regular + [
            ("tri2", 1.3, 1.2), ("tri4", 1.3, -0.8),
            ("p", 1.2, -0.2), ("p-v1", 1.2, -0.1), ("p-v2", 1.2, 1.4),
            ("q", 1.2, 0.3), ("q-v1", 1.2, 0.3), ("q-v2", 1.2, 0.3),
        ]
        let log = Self.log(items: items, learners: 3000, seed: 19)
        var entries = [
            CalibrationContent.Entry(challengeID: "tri2", skillID: "s2", skillName: "@tri2", level: 2, tubeID: "t", tubeName: "@tri", prototypeID: "tri2"),
            CalibrationContent.Entry(challengeID: "tri4", skillID: "s4", skillName: "@tri4", level: 4, tubeID: "t", tubeName: "@tri", prototypeID: "tri4"),
        ]
        for id in ["p", "p-v1", "p-v2"] { entries.append(.init(challengeID: id, skillID: "sp", skillName: "@p3", level: 3, tubeID: "tp", tubeName: "@p", prototypeID: "p")) }
        for id in ["q", "q-v1", "q-v2"] { entries.append(.init(challengeID: id, skillID: "sq", skillName: "@q3", level: 3, tubeID: "tq", tubeName: "@q", prototypeID: "q")) }
        let result = Calibrator.calibrate(log, content: CalibrationContent(entries: entries))
        #expect(codes(result, "tri2") == [.levelOutOfOrder])
        #expect(codes(result, "tri4") == [.levelOutOfOrder])
        #expect(codes(result, "p-v2") == [.variantsDiffer])
        #expect(codes(result, "q-v1").isEmpty)
        let significant = result.findings.filter { $0.adjustedPValue < 0.05 }
        #expect(significant.map(\.code) == [.levelOutOfOrder, .variantsDiffer])
    }

    @Test func distributions() {
        #expect(abs(Distributions.chiSquareUpperTail(3.841458820694124, degrees: 1) - 0.05) < 1e-9)
        #expect(abs(Distributions.chiSquareUpperTail(5.991464547107979, degrees: 2) - 0.05) < 1e-9)
        #expect(abs(Distributions.chiSquareUpperTail(30.5779141668925, degrees: 15) - 0.01) < 1e-9)
        #expect(abs(Distributions.normalUpperTail(1.6448536269514722) - 0.05) < 1e-12)
        let adjusted = Distributions.holm([0.01, 0.04, 0.03])
        #expect(zip(adjusted, [0.03, 0.06, 0.06]).allSatisfy { abs($0 - $1) < 1e-12 })
    }
}
