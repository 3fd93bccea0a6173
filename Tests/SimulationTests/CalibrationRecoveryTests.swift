import CalibrationFiles
import Foundation
import Testing
@testable import Simulation

@Suite("Calibration: recovery")
struct CalibrationRecoveryTests {
    func recovery(_ result: CalibrationResult, _ bank: SyntheticBank) -> (a: Recovery, b: Recovery) {
        let byID = Dictionary(uniqueKeysWithValues: result.items.map { ($0.id, $0) })
        let items = bank.ids.indices.filter { byID[bank.ids[$0]] != nil }
        return (Recovery(estimated: items.map { byID[bank.ids[$0]]!.discrimination }, truth: items.map { bank.discrimination[$0] }),
                Recovery(estimated: items.map { byID[bank.ids[$0]]!.difficulty }, truth: items.map { bank.difficulty[$0] }))
    }

    @Test func completeData() {
        let bank = SyntheticBank(count: 30, seed: 1)
        let log = bank.missingAtRandom(learners: 2000, perLearner: nil, seed: 2)
        let result = Calibrator.calibrate(log)
        let (a, b) = recovery(result, bank)
        #expect(result.converged)
        #expect(b.correlation > 0.99 && b.rmse < 0.1, "b: \(b)")
        #expect(a.correlation > 0.9 && a.rmse < 0.1, "a: \(a)")
    }
}
