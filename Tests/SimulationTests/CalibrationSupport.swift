import Vocabulary
import CalibrationFiles
import Engine
import Foundation
@testable import Simulation

/// Synthetic banks and answer logs with known parameters, from fixed seeds.
struct CalibrationBank {
    var ids: [String]
    var discrimination: [Double]
    var difficulty: [Double]

    /// `count` challenges, discrimination log-normal(0, 0.3), difficulty N(0, 1).
    init(count: Int, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        ids = (0..<count).map { String(format: "item-%04d", $0) }
        discrimination = (0..<count).map { _ in exp(0.3 * normal(&random)) }
        difficulty = (0..<count).map { _ in normal(&random) }
    }

    func probability(_ item: Int, _ theta: Double) -> Double {
        1 / (1 + exp(-discrimination[item] * (theta - difficulty[item])))
    }

    /// Every learner answers `perLearner` challenges drawn at random (all of them when nil).
    func missingAtRandom(learners: Int, perLearner: Int?, seed: UInt64, thetaMean: Double = 0, thetaSD: Double = 1) -> AnswerLog {
        var random = SplitMix64(seed: seed)
        var triples: [(learner: Int, challenge: Int, correct: Bool)] = []
        for learner in 0..<learners {
            let theta = thetaMean + thetaSD * normal(&random)
            var items = Array(ids.indices)
            if let perLearner {
                for index in 0..<perLearner {
                    let pick = index + Int(random.nextUnit() * Double(items.count - index))
                    items.swapAt(index, pick)
                }
                items = Array(items.prefix(perLearner))
            }
            for item in items {
                triples.append((learner, item, random.nextUnit() < probability(item, theta)))
            }
        }
        return AnswerLog(challengeIDs: ids, learnerCount: learners, triples: triples)
    }

    /// A flash-style adaptive test per learner: EAP capacity on a grid, then one of the 5 most
    /// informative unanswered challenges, through the Engine's own selection.
    func adaptive(learners: Int, length: Int, seed: UInt64) -> AnswerLog {
        var random = SplitMix64(seed: seed)
        let bank = ids.indices.map { CalibratedChallenge(id: ids[$0], discriminant: discrimination[$0], difficulty: difficulty[$0], skillId: ids[$0], tubeId: ids[$0], competenceId: "c") }
        let grid = (0..<61).map { -4 + 8 * Double($0) / 60 }
        var triples: [(learner: Int, challenge: Int, correct: Bool)] = []
        for learner in 0..<learners {
            let theta = normal(&random)
            var logPosterior = grid.map { -$0 * $0 / 2 }
            var available = Set(ids.indices)
            for _ in 0..<length {
                let top = logPosterior.max() ?? 0
                let weights = logPosterior.map { exp($0 - top) }
                let total = weights.reduce(0, +)
                let estimate = zip(grid, weights).reduce(0) { $0 + $1.0 * $1.1 } / total
                let candidates = Flash.bestChallenges(available.sorted().map { bank[$0] }, capacity: estimate, count: 5)
                guard let picked = candidates.isEmpty ? nil : candidates[Int(random.nextUnit() * Double(candidates.count))],
                      let item = ids.firstIndex(of: picked.id) else { break }
                available.remove(item)
                let correct = random.nextUnit() < probability(item, theta)
                triples.append((learner, item, correct))
                for node in grid.indices {
                    let p = probability(item, grid[node])
                    logPosterior[node] += log(correct ? p : 1 - p)
                }
            }
        }
        return AnswerLog(challengeIDs: ids, learnerCount: learners, triples: triples)
    }
}

func normal(_ random: inout SplitMix64) -> Double {
    let u = max(1e-300, random.nextUnit())
    let v = random.nextUnit()
    return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
}

struct Recovery {
    let correlation: Double
    let slope: Double
    let rmse: Double

    init(estimated: [Double], truth: [Double]) {
        let n = Double(truth.count)
        let mx = truth.reduce(0, +) / n
        let my = estimated.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0, squares = 0.0
        for (x, y) in zip(truth, estimated) {
            sxy += (x - mx) * (y - my)
            sxx += (x - mx) * (x - mx)
            syy += (y - my) * (y - my)
            squares += (x - y) * (x - y)
        }
        correlation = sxy / (sxx * syy).squareRoot()
        slope = sxy / sxx
        rmse = (squares / n).squareRoot()
    }
}
