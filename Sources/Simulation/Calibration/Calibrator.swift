import CalibrationFiles
import Foundation

/// `pixc calibrate`'s estimation: EM to convergence, standard errors, anchors' drift, flags, and
/// the content checks.
public enum Calibrator {
    public static func calibrate(_ log: AnswerLog, options: CalibrationOptions = CalibrationOptions(), content: CalibrationContent? = nil) -> CalibrationResult {
        var em = MarginalEM(log: log, options: options)
        var iterations: [IterationRecord] = []
        var converged = false
        var evaluations = 0
        /// One EM iteration, recorded; true when it moved no parameter by more than the tolerance.
        func step(record: Bool = true) -> (converged: Bool, logPosterior: Double) {
            let step = em.iterate()
            evaluations += 1
            let logPosterior = step.logLikelihood + step.logPrior
            if record {
                iterations.append(IterationRecord(iteration: evaluations, logLikelihood: step.logLikelihood, logPosterior: logPosterior, change: step.change))
            }
            return (step.change < options.tolerance, logPosterior)
        }
        // SQUAREM (Varadhan & Roland 2008, scheme S3): two EM steps give a direction and its
        // change, and the parameters jump along it; the jump is kept only if the log-posterior
        // there is at least that of the first EM step, so the recorded log-posterior never
        // decreases. Near the optimum EM converges linearly and slowly; this takes a few times
        // fewer iterations on adaptive-test data.
        cycle: while evaluations < options.maximumIterations {
            let start = em.parameterVector()
            let first = step()
            if first.converged { converged = true; break cycle }
            guard evaluations < options.maximumIterations else { break }
            let middle = em.parameterVector()
            let second = step()
            if second.converged { converged = true; break cycle }
            guard evaluations < options.maximumIterations else { break }
            let end = em.parameterVector()
            var r = 0.0
            var v = 0.0
            for index in start.indices {
                let difference = middle[index] - start[index]
                let curvature = end[index] - 2 * middle[index] + start[index]
                r += difference * difference
                v += curvature * curvature
            }
            guard v > 0 else { continue }
            let alpha = min(-1, -(r / v).squareRoot())
            if alpha == -1 { continue }
            let jumped = start.indices.map { index -> Double in
                let difference = middle[index] - start[index]
                let curvature = end[index] - 2 * middle[index] + start[index]
                return start[index] - 2 * alpha * difference + alpha * alpha * curvature
            }
            let saved = em
            em.setParameters(jumped)
            let trial = em
            let attempt = step(record: false)
            if attempt.logPosterior >= second.logPosterior - 1e-9 * abs(second.logPosterior), attempt.logPosterior.isFinite {
                // Keep the jump: record the EM step taken from it.
                let record = IterationRecord(iteration: evaluations, logLikelihood: attempt.logPosterior - trial.logPrior(), logPosterior: attempt.logPosterior,
                                             change: em.largestChange(from: trial))
                iterations.append(record)
                if record.change < options.tolerance { converged = true; break cycle }
            } else {
                em = saved
            }
        }
        let itemCount = log.challengeIDs.count
        var evaluation = (0..<itemCount).map { (a: em.discrimination[$0], b: em.difficulty[$0]) }
        let anchorIndices = (0..<itemCount).filter { em.fixed[$0] != nil }
        if !anchorIndices.isEmpty {
            let expectation = em.expectation()
            let count = em.nodes.count
            for item in anchorIndices {
                let range = (item * count)..<((item + 1) * count)
                evaluation[item] = em.maximize(item: item, right: expectation.right[range], answered: expectation.answered[range],
                                               start: (em.discrimination[item], em.difficulty[item]))
            }
        }
        let summaries = em.finalPass(evaluation: evaluation)
        var answers = [Int](repeating: 0, count: itemCount)
        var right = [Int](repeating: 0, count: itemCount)
        for value in log.answers {
            answers[Int(value >> 1)] += 1
            right[Int(value >> 1)] += Int(value & 1)
        }

        // Anchors' drift: Wald test of the free estimate against the stored values, once the
        // common shift (the median difference) is removed, so that one changed anchor does not
        // make the others look drifted through the scale it pulls.
        let alphaShift = median(anchorIndices.map { Foundation.log(evaluation[$0].a) - Foundation.log(em.discrimination[$0]) })
        let bShift = median(anchorIndices.map { evaluation[$0].b - em.difficulty[$0] })
        var drifts: [Int: (chiSquare: Double, p: Double)] = [:]
        for item in anchorIndices {
            guard let errors = em.standardErrors(summaries[item], a: evaluation[item].a, withPriors: true) else { continue }
            let dAlpha = Foundation.log(evaluation[item].a) - Foundation.log(em.discrimination[item]) - alphaShift
            let dB = evaluation[item].b - em.difficulty[item] - bShift
            let (vAA, vAB, vBB) = errors.covariance
            let determinant = vAA * vBB - vAB * vAB
            guard determinant > 0 else { continue }
            let chiSquare = (vBB * dAlpha * dAlpha - 2 * vAB * dAlpha * dB + vAA * dB * dB) / determinant
            drifts[item] = (chiSquare, exp(-chiSquare / 2))
        }
        let driftOrder = drifts.keys.sorted()
        let driftAdjusted = Distributions.holm(driftOrder.map { drifts[$0]?.p ?? 1 })

        let text = CalibrationReport.Texts(language: options.language)
        func format(_ value: Double, digits: Int = 2) -> String { text.number(value, digits: digits, keepingNegativeZero: true) }
        var items: [CalibratedItem] = []
        for item in 0..<itemCount {
            let isAnchor = em.fixed[item] != nil
            let a = em.discrimination[item]
            let b = em.difficulty[item]
            let errors = isAnchor ? nil : em.standardErrors(summaries[item], a: a, withPriors: true)
            let n = Double(max(1, answers[item]))
            let capacityMean = summaries[item].capacitySum / n
            let capacitySD = max(0, summaries[item].capacitySquares / n - capacityMean * capacityMean).squareRoot()
            var flags: [CalibrationFlag] = []
            if !isAnchor {
                if answers[item] < options.minimumAnswers {
                    flags.append(CalibrationFlag(.fewAnswers, text("flag.fewAnswers", ["answers": text.integer(answers[item]), "minimum": text.integer(options.minimumAnswers)])))
                }
                if a < options.lowDiscrimination {
                    flags.append(CalibrationFlag(.discriminationNearZero, text("flag.discriminationNearZero", ["a": format(a), "limit": format(options.lowDiscrimination)])))
                }
                if a > options.highDiscrimination {
                    flags.append(CalibrationFlag(.discriminationVeryLarge, text("flag.discriminationVeryLarge", ["a": format(a), "limit": format(options.highDiscrimination)])))
                }
                if abs(b - em.mean) > options.difficultyRange * em.spread {
                    flags.append(CalibrationFlag(.difficultyOutsidePopulation, text("flag.difficultyOutsidePopulation", [
                        "b": format(b), "range": format(options.difficultyRange), "mean": format(em.mean),
                    ])))
                }
                if capacitySD < options.narrowCapacities * em.spread {
                    flags.append(CalibrationFlag(.narrowCapacities, text("flag.narrowCapacities", ["sd": format(capacitySD), "limit": format(options.narrowCapacities * em.spread)])))
                }
                if errors == nil {
                    flags.append(CalibrationFlag(.noStandardError, text("flag.noStandardError")))
                }
                if !converged {
                    flags.append(CalibrationFlag(.notConverged, text("flag.itemNotConverged", ["iterations": text.integer(evaluations)])))
                }
            }
            var drift: AnchorDrift?
            if let found = drifts[item], let position = driftOrder.firstIndex(of: item) {
                let adjusted = driftAdjusted[position]
                drift = AnchorDrift(freeDiscrimination: evaluation[item].a, freeDifficulty: evaluation[item].b, chiSquare: found.chiSquare,
                                    pValue: found.p, adjustedPValue: adjusted, drifted: adjusted < options.significance)
                if adjusted < options.significance {
                    flags.append(CalibrationFlag(.anchorDrift, text("flag.anchorDrift", [
                        "a": format(evaluation[item].a), "b": format(evaluation[item].b), "storedA": format(a), "storedB": format(b), "p": Self.formatP(adjusted, text: text),
                    ])))
                }
            }
            items.append(CalibratedItem(id: log.challengeIDs[item], answers: answers[item], rightAnswers: right[item], isAnchor: isAnchor,
                                        discrimination: a, difficulty: b, discriminationStandardError: errors?.a, difficultyStandardError: errors?.b,
                                        capacityMean: capacityMean, capacitySD: capacitySD, flags: flags, drift: drift,
                                        content: content?.entries[log.challengeIDs[item]]))
        }
        var findings: [ContentFinding] = []
        if content != nil {
            findings = ContentChecks.findings(items: items, significance: options.significance, text: text)
            let byID = Dictionary(items.indices.map { (items[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
            for finding in findings where finding.adjustedPValue < options.significance {
                for id in finding.challengeIDs {
                    guard let index = byID[id], !items[index].isAnchor else { continue }
                    // One flag per code: a challenge in several significant comparisons gets their messages together.
                    if let existing = items[index].flags.firstIndex(where: { $0.code == finding.code }) {
                        items[index].flags[existing] = CalibrationFlag(finding.code, text("flag.join", ["first": items[index].flags[existing].message, "second": finding.message]))
                    } else {
                        items[index].flags.append(CalibrationFlag(finding.code, finding.message))
                    }
                }
            }
        }
        var runFlags: [CalibrationFlag] = []
        if !converged {
            runFlags.append(CalibrationFlag(.notConverged, text("flag.runNotConverged", [
                "iterations": text.integer(evaluations), "change": format(iterations.last?.change ?? 0, digits: 6), "tolerance": text.plain(options.tolerance),
            ])))
        }
        let answeredAnchors = anchorIndices.count
        if !options.anchors.isEmpty, answeredAnchors < 5 {
            runFlags.append(CalibrationFlag(.fewAnchors, text(answeredAnchors == 1 ? "flag.fewAnchors.one" : "flag.fewAnchors.many", ["count": text.integer(answeredAnchors)])))
        }
        return CalibrationResult(items: items, populationMean: em.mean, populationSD: em.spread, populationEstimated: em.estimatesPopulation,
                                 iterations: iterations, converged: converged, learners: log.learnerCount, answers: log.answerCount, options: options,
                                 runFlags: runFlags, anchorsGiven: options.anchors.count, anchorsAnswered: answeredAnchors,
                                 findings: findings, logStatistics: log.statistics, learnerColumn: log.learnerColumn)
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    static func format(_ value: Double, digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
    static func formatP(_ value: Double, text: CalibrationReport.Texts = CalibrationReport.Texts(language: .en)) -> String {
        value < 0.0001 ? text("finding.smallP") : text.number(value, digits: 4, keepingNegativeZero: true)
    }
}
