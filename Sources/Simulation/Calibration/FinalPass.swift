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
        let count = nodes.count
        let thetas = nodes.map { mean + spread * $0 }
        let weights = self.weights
        let log = self.log
        let items = itemCount
        // Per node terms of each challenge at its evaluation parameters.
        var table = [Double](repeating: 0, count: items * count)
        for item in 0..<items {
            for node in 0..<count {
                table[item * count + node] = 1 / (1 + exp(-evaluation[item].a * (thetas[node] - evaluation[item].b)))
            }
        }
        let probability = table
        let parts = perChunk { learners -> [ItemSummary] in
            var summary = [ItemSummary](repeating: ItemSummary(), count: items)
            var likelihood = [Double](repeating: 0, count: count)
            rightTable.withUnsafeBufferPointer { rightTable in
            wrongTable.withUnsafeBufferPointer { wrongTable in
            probability.withUnsafeBufferPointer { probability in
            likelihood.withUnsafeMutableBufferPointer { like in
            log.answers.withUnsafeBufferPointer { answers in
                for learner in learners {
                    let start = log.learnerStarts[learner]
                    let end = log.learnerStarts[learner + 1]
                    _ = Self.likelihood(of: answers, start..<end, right: rightTable, wrong: wrongTable, nodes: count, weights: weights, into: like)
                    var total = 0.0
                    for node in 0..<count { total += like[node] }
                    guard total > 0 else { continue }
                    var capacity = 0.0
                    for node in 0..<count {
                        like[node] /= total
                        capacity += like[node] * thetas[node]
                    }
                    for position in start..<end {
                        let value = answers[position]
                        let item = Int(value >> 1)
                        let x = Double(value & 1)
                        let a = evaluation[item].a
                        let b = evaluation[item].b
                        var hAA = 0.0, hAB = 0.0, hBB = 0.0, sA = 0.0, sB = 0.0, sAA = 0.0, sAB = 0.0, sBB = 0.0
                        let base = item * count
                        for node in 0..<count {
                            let w = like[node]
                            let p = probability[base + node]
                            let g = thetas[node] - b
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
                        summary[item].informationAA += hAA - sAA + sA * sA
                        summary[item].informationAB += hAB - sAB + sA * sB
                        summary[item].informationBB += hBB - sBB + sB * sB
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
