import CalibrationFiles
import Foundation
import Testing
@testable import Simulation

/// Recovery of known parameters, from fixed seeds. Tolerances (docs/calibration.md): complete
/// data b corr ≥ 0.99, RMSE ≤ 0.1; missing at random b corr ≥ 0.97; adaptive b corr ≥ 0.97 with
/// slope 1 ± 0.1 on challenges with 100 answers or more.
@Suite("Calibration: recovery")
struct CalibrationRecoveryTests {
    static func recovery(_ result: CalibrationResult, _ bank: CalibrationBank, minimumAnswers: Int = 0) -> (a: Recovery, b: Recovery) {
        let byID = Dictionary(uniqueKeysWithValues: result.items.map { ($0.id, $0) })
        let items = bank.ids.indices.filter { (byID[bank.ids[$0]]?.answers ?? 0) >= max(1, minimumAnswers) && !(byID[bank.ids[$0]]?.isAnchor ?? true) }
        return (Recovery(estimated: items.map { byID[bank.ids[$0]]?.discrimination ?? .nan }, truth: items.map { bank.discrimination[$0] }),
                Recovery(estimated: items.map { byID[bank.ids[$0]]?.difficulty ?? .nan }, truth: items.map { bank.difficulty[$0] }))
    }

    @Test func completeData() {
        let bank = CalibrationBank(count: 30, seed: 1)
        let result = Calibrator.calibrate(bank.missingAtRandom(learners: 2000, perLearner: nil, seed: 2))
        let (a, b) = Self.recovery(result, bank)
        #expect(result.converged)
        #expect(b.correlation > 0.99 && b.rmse < 0.1, "b: \(b)")
        #expect(a.correlation > 0.9 && a.rmse < 0.1, "a: \(a)")
        // The log-likelihood never decreases from one iteration to the next (EM's ascent).
        let posteriors = result.iterations.map(\.logPosterior)
        #expect(zip(posteriors, posteriors.dropFirst()).allSatisfy { $1 >= $0 - 1e-6 * abs($0) })
        // Standard errors are of the size the sample allows.
        let errors = result.items.compactMap(\.difficultyStandardError)
        #expect(errors.count == 30 && errors.allSatisfy { $0 > 0.02 && $0 < 0.2 })
    }

    @Test func missingAtRandom() {
        let bank = CalibrationBank(count: 80, seed: 3)
        let result = Calibrator.calibrate(bank.missingAtRandom(learners: 4000, perLearner: 15, seed: 4))
        let (a, b) = Self.recovery(result, bank)
        #expect(result.converged)
        #expect(b.correlation > 0.97 && abs(b.slope - 1) < 0.1, "b: \(b)")
        #expect(a.correlation > 0.6, "a: \(a)")
    }

    @Test func adaptiveTest() {
        let bank = CalibrationBank(count: 80, seed: 5)
        let log = bank.adaptive(learners: 3000, length: 15, seed: 6)
        let result = Calibrator.calibrate(log)
        let (_, b) = Self.recovery(result, bank, minimumAnswers: 100)
        #expect(result.converged)
        #expect(b.correlation > 0.97 && abs(b.slope - 1) < 0.1, "b: \(b)")
        // Without priors the same data drift to degenerate estimates, which are flagged.
        var options = CalibrationOptions()
        options.discriminationPrior = nil
        options.difficultyPrior = nil
        let plain = Calibrator.calibrate(log, options: options)
        let degenerate = plain.items.filter { $0.discrimination < 0.2 || abs($0.difficulty) > 4 }
        #expect(degenerate.allSatisfy { !$0.flags.isEmpty })
    }

    @Test func anchoringRecoversAShiftedScale() {
        // The population sits at N(0.8, 1.3²) on the live scale; half the bank is anchored.
        let bank = CalibrationBank(count: 60, seed: 7)
        let log = bank.missingAtRandom(learners: 4000, perLearner: 20, seed: 8, thetaMean: 0.8, thetaSD: 1.3)
        var options = CalibrationOptions()
        for index in stride(from: 0, to: 60, by: 2) {
            options.anchors[bank.ids[index]] = AnchorParameters(discrimination: bank.discrimination[index], difficulty: bank.difficulty[index])
        }
        let result = Calibrator.calibrate(log, options: options)
        #expect(result.populationEstimated)
        #expect(abs(result.populationMean - 0.8) < 0.1 && abs(result.populationSD - 1.3) < 0.1, "\(result.populationMean) \(result.populationSD)")
        let (_, b) = Self.recovery(result, bank)
        #expect(b.correlation > 0.97 && abs(b.slope - 1) < 0.1 && b.rmse < 0.25, "b: \(b)")
        // Anchors keep their parameters and none drifts.
        let anchors = result.items.filter(\.isAnchor)
        #expect(anchors.count == 30)
        #expect(anchors.allSatisfy { $0.drift.map { !$0.drifted } ?? false })
        // Unanchored, the same answers give the population's scale, shifted.
        let free = Calibrator.calibrate(log)
        let shifted = Self.recovery(free, bank)
        #expect(abs(shifted.b.slope - 1 / 1.3) < 0.1)
    }

    @Test func sameResultWithOrWithoutThreads() {
        let bank = CalibrationBank(count: 40, seed: 9)
        let log = bank.missingAtRandom(learners: 8000, perLearner: 12, seed: 10)
        var serial = CalibrationOptions()
        serial.parallel = false
        let one = Calibrator.calibrate(log, options: serial)
        let many = Calibrator.calibrate(log)
        #expect(one.iterations == many.iterations)
        #expect(one.items.map(\.difficulty) == many.items.map(\.difficulty))
        #expect(one.items.map(\.discriminationStandardError) == many.items.map(\.discriminationStandardError))
        #expect(CalibrationReport.html(one, input: "a.csv") == CalibrationReport.html(many, input: "a.csv"))
    }
}
