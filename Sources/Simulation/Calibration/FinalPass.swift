import CalibrationFiles
import Foundation

extension MarginalEM {
    /// What the last pass over the answers gives each challenge.
    struct ItemSummary: Sendable {
        /// Observed information of (log a, b) (Louis 1982), without the priors.
        var informationAA = 0.0
        var informationAB = 0.0
        var informationBB = 0.0
        /// Sum and sum of squares of the respondents' expected capacities.
        var capacitySum = 0.0
        var capacitySquares = 0.0
    }

    /// One more pass at the final parameters: each learner's posterior (with the model's
    /// parameters), then for each challenge the observed information of its parameters evaluated
    /// at `evaluation` (the estimates; for anchors, their free estimates) and its respondents'
    /// capacities.
    func finalPass(evaluation: [(a: Double, b: Double)]) -> [ItemSummary] {
        let (rightTable, wrongTable) = tables(discrimination: discrimination, difficulty: difficulty)
        let lanes = self.lanes
        let thetas = laneThetas()
        let weights = laneWeights()
        let log = self.log
        let items = itemCount
        // P(right) of each challenge at its evaluation parameters.
        let probability = tables(discrimination: evaluation.map(\.a), difficulty: evaluation.map(\.b)).right
        let parts = perChunk { learners -> [ItemSummary] in
            var summary = [ItemSummary](repeating: ItemSummary(), count: items)
            var likelihood = [Lane](repeating: Lane(repeating: 0), count: lanes)
            rightTable.withUnsafeBufferPointer { rightTable in
            wrongTable.withUnsafeBufferPointer { wrongTable in
            probability.withUnsafeBufferPointer { probability in
            likelihood.withUnsafeMutableBufferPointer { like in
            log.answers.withUnsafeBufferPointer { answers in
                for learner in learners {
                    let start = log.learnerStarts[learner]
                    let end = log.learnerStarts[learner + 1]
                    _ = Self.likelihood(of: answers, start..<end, right: rightTable, wrong: wrongTable, lanes: lanes, weights: weights, into: like)
                    var totalLane = Lane(repeating: 0)
                    for lane in 0..<lanes { totalLane += like[lane] }
                    let total = totalLane.sum()
                    guard total > 0 else { continue }
                    var capacityLane = Lane(repeating: 0)
                    for lane in 0..<lanes {
                        like[lane] /= Lane(repeating: total)
                        capacityLane += like[lane] * thetas[lane]
                    }
                    let capacity = capacityLane.sum()
                    for position in start..<end {
                        let value = answers[position]
                        let item = Int(value >> 1)
                        let x = Lane(repeating: Double(value & 1))
                        let a = evaluation[item].a
                        let b = Lane(repeating: evaluation[item].b)
                        var hAA = Lane(repeating: 0), hAB = Lane(repeating: 0), hBB = Lane(repeating: 0)
                        var sA = Lane(repeating: 0), sB = Lane(repeating: 0), sAA = Lane(repeating: 0), sAB = Lane(repeating: 0), sBB = Lane(repeating: 0)
                        let base = item * lanes
                        for lane in 0..<lanes {
                            let w = like[lane]
                            let p = probability[base + lane]
                            let g = thetas[lane] - b
                            let residual = x - p
                            let pq = p * (1 - p)
                            let scoreA = a * residual * g
                            let scoreB = -a * residual
                            hAA += w * (a * a * g * g * pq - a * residual * g)
                            hAB += w * (a * residual - a * a * g * pq)
                            hBB += w * (a * a * pq)
                            sA += w * scoreA
                            sB += w * scoreB
                            sAA += w * scoreA * scoreA
                            sAB += w * scoreA * scoreB
                            sBB += w * scoreB * scoreB
                        }
                        let meanA = sA.sum()
                        let meanB = sB.sum()
                        summary[item].informationAA += hAA.sum() - sAA.sum() + meanA * meanA
                        summary[item].informationAB += hAB.sum() - sAB.sum() + meanA * meanB
                        summary[item].informationBB += hBB.sum() - sBB.sum() + meanB * meanB
                        summary[item].capacitySum += capacity
                        summary[item].capacitySquares += capacity * capacity
                    }
                }
            }}}}}
            return summary
        }
        var total = [ItemSummary](repeating: ItemSummary(), count: items)
        for part in parts {
            for item in 0..<items {
                total[item].informationAA += part[item].informationAA
                total[item].informationAB += part[item].informationAB
                total[item].informationBB += part[item].informationBB
                total[item].capacitySum += part[item].capacitySum
                total[item].capacitySquares += part[item].capacitySquares
            }
        }
        return total
    }

    /// Standard errors of (a, b) and the covariance of (log a, b) from a challenge's information
    /// plus its priors' curvature; nil when the information is not positive definite.
    func standardErrors(_ summary: ItemSummary, a: Double, withPriors: Bool) -> (a: Double, b: Double, covariance: (aa: Double, ab: Double, bb: Double))? {
        var infoAA = summary.informationAA
        var infoBB = summary.informationBB
        let infoAB = summary.informationAB
        if withPriors {
            if let prior = options.discriminationPrior { infoAA += 1 / (prior.sdLog * prior.sdLog) }
            if let prior = options.difficultyPrior { infoBB += 1 / (prior.sd * spread * prior.sd * spread) }
        }
        let determinant = infoAA * infoBB - infoAB * infoAB
        guard infoAA > 0, infoBB > 0, determinant > 0, determinant.isFinite else { return nil }
        let varianceAlpha = infoBB / determinant
        let varianceB = infoAA / determinant
        let covariance = -infoAB / determinant
        return (a * varianceAlpha.squareRoot(), varianceB.squareRoot(), (varianceAlpha, covariance, varianceB))
    }
}
