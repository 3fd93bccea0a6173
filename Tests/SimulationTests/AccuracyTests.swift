import Engine
import Foundation
@testable import Simulation
import Testing
import Vocabulary

/// The textbook engine measures as a textbook EAP adaptive test should (cat-peers.md: RMSE 0.241
/// for 1000 learners on a 500-item bank, length 30; the tolerances below are in
/// docs/simulation.md).
@Suite("Simulation accuracy")
struct AccuracyTests {
    @Test func maxInfoOnASyntheticBankHasTextbookPrecision() throws {
        let folder = try TemporaryFolder()
        let bank = try folder.write("bank.csv", SyntheticBank.csv(items: 500, seed: 11))
        var capacities = "learner,capacity\n"
        var random = SplitMix64(seed: 12)
        for learner in 1...2000 { capacities += "\(learner),\(CapacityDistribution.normal(mean: 0, standardDeviation: 1).draw(&random))\n" }
        let population = try folder.write("capacities.csv", capacities)
        var request = SimulationRequest.test(.items(path: bank), engine: .maxInfo(length: 30, stopError: nil), folder: folder)
        request.population = .file(path: population)
        request.threads = 2
        let summary = try Simulator.run(request).summary
        let overall = summary.overall
        #expect(overall.learners == 2000)
        let rmse = try #require(overall.rmse)
        #expect(rmse > 0.21 && rmse < 0.27, "RMSE \(rmse)")
        #expect(abs(try #require(overall.bias)) < 0.03)
        let errorRate = try #require(overall.meanErrorRate)
        #expect(abs(errorRate - rmse) < 0.03, "the posterior SD \(errorRate) should agree with the RMSE \(rmse)")
        let coverage = try #require(overall.coverage)
        #expect(coverage > 0.92 && coverage < 0.975, "coverage \(coverage)")
        #expect(overall.meanLength == 30)
        // Pure maximum information: the first question is the same for everyone.
        #expect(summary.exposure.maximumRate == 1)
        #expect(summary.exposure.neverUsedShare > 0.5)
    }

    @Test func stoppingOnTheStandardErrorShortensTheTest() throws {
        let folder = try TemporaryFolder()
        let bank = try folder.write("bank.csv", SyntheticBank.csv(items: 500, seed: 11))
        let request = SimulationRequest.test(.items(path: bank), learners: 500, engine: .maxInfo(length: 50, stopError: 0.3), folder: folder)
        let overall = try Simulator.run(request).summary.overall
        let length = try #require(overall.meanLength)
        #expect(length > 12 && length < 25, "mean length \(length)")
        #expect(try #require(overall.meanErrorRate) <= 0.3)
        let rmse = try #require(overall.rmse)
        #expect(rmse > 0.24 && rmse < 0.34, "RMSE \(rmse)")
    }

    @Test func flashMeasuresTheSameBank() throws {
        let folder = try TemporaryFolder()
        let bank = try folder.write("bank.csv", SyntheticBank.csv(items: 500, seed: 11))
        let request = SimulationRequest.test(.items(path: bank), learners: 500, folder: folder)
        let summary = try Simulator.run(request).summary
        let rmse = try #require(summary.overall.rmse)
        #expect(rmse < 0.4, "RMSE \(rmse)")
        #expect(summary.overall.meanLength == 32)
        let scores = try #require(summary.scores)
        #expect(scores.mean > 100 && scores.mean < 300)
    }
}
