import CalibrationFiles
import Foundation

/// 2PL marginal maximum likelihood (a posteriori with priors) by EM (Bock & Aitkin 1981) on
/// sparse answers, with fixed quadrature over the population's distribution N(μ, σ²).
///
/// Speed comes from the data layout: answers are grouped by learner as packed challenge indices,
/// so an E-step is one pass over the answers; the per-node probabilities of each challenge are
/// tabulated once per iteration. The E-step runs in a fixed number of chunks of learners, each
/// with its own accumulators, summed in chunk order: the result does not depend on the number of
/// threads.
struct MarginalEM: Sendable {
    let log: AnswerLog
    let options: CalibrationOptions
    let itemCount: Int
    let nodes: [Double]
    let weights: [Double]
    /// Fixed parameters by challenge index (anchors), nil for estimated challenges.
    let fixed: [(a: Double, b: Double)?]
    let chunks: [Range<Int>]

    var discrimination: [Double]
    var difficulty: [Double]
    var mean = 0.0
    var spread = 1.0

    init(log: AnswerLog, options: CalibrationOptions) {
        self.log = log
        self.options = options
        itemCount = log.challengeIDs.count
        let count = max(3, options.quadratureNodes)
        nodes = (0..<count).map { -options.quadratureRange + 2 * options.quadratureRange * Double($0) / Double(count - 1) }
        let density = nodes.map { exp(-$0 * $0 / 2) }
        let total = density.reduce(0, +)
        weights = density.map { $0 / total }
        fixed = log.challengeIDs.map { id in options.anchors[id].map { ($0.discrimination, $0.difficulty) } }
        chunks = Self.chunks(log)
        // Start: discrimination 1, difficulty from the share of right answers.
        var right = [Int](repeating: 0, count: itemCount)
        var total2 = [Int](repeating: 0, count: itemCount)
        for value in log.answers {
            total2[Int(value >> 1)] += 1
            right[Int(value >> 1)] += Int(value & 1)
        }
        discrimination = [Double](repeating: 1, count: itemCount)
        difficulty = (0..<itemCount).map { item in
            let share = (Double(right[item]) + 0.5) / (Double(total2[item]) + 1)
            return max(-4, min(4, -Foundation.log(share / (1 - share))))
        }
        for item in 0..<itemCount {
            if let anchor = fixed[item] {
                discrimination[item] = anchor.a
                difficulty[item] = anchor.b
            }
        }
        if fixed.contains(where: { $0 != nil }) {
            // Start the population where the anchors' answers put it.
            var sum = 0.0
            var count2 = 0
            for item in 0..<itemCount where fixed[item] != nil && total2[item] > 0 {
                let share = (Double(right[item]) + 0.5) / (Double(total2[item]) + 1)
                sum += difficulty[item] + Foundation.log(share / (1 - share)) / discrimination[item]
                count2 += 1
            }
            if count2 > 0 { mean = sum / Double(count2) }
        }
    }

    var estimatesPopulation: Bool { fixed.contains { $0 != nil } }

    /// Learner ranges of about equal numbers of answers; how many depends on the data only.
    static func chunks(_ log: AnswerLog) -> [Range<Int>] {
        let count = max(1, min(16, log.answerCount / 8192))
        var result: [Range<Int>] = []
        var start = 0
        for chunk in 1...count {
            let target = log.answerCount * chunk / count
            var end = start
            while end < log.learnerCount, log.learnerStarts[end] < target { end += 1 }
            if chunk == count { end = log.learnerCount }
            result.append(start..<end)
            start = end
        }
        return result.filter { !$0.isEmpty }
    }

    // MARK: E-step

    struct Expectation: Sendable {
        /// Expected right answers and answers per challenge and node (`item * nodes + node`).
        var right: [Double]
        var answered: [Double]
        var logLikelihood = 0.0
        var sumCapacity = 0.0
        var sumSquaredCapacity = 0.0
    }

    /// P(right) of every challenge at every node, and P(wrong), for `parameters`.
    func tables(discrimination: [Double], difficulty: [Double]) -> (right: [Double], wrong: [Double]) {
        let count = nodes.count
        var right = [Double](repeating: 0, count: itemCount * count)
        var wrong = [Double](repeating: 0, count: itemCount * count)
        for item in 0..<itemCount {
            let a = discrimination[item]
            let b = difficulty[item]
            for node in 0..<count {
                let z = a * (mean + spread * nodes[node] - b)
                right[item * count + node] = 1 / (1 + exp(-z))
                wrong[item * count + node] = 1 / (1 + exp(z))
            }
        }
        return (right, wrong)
    }

    /// Runs `body` on every chunk (in parallel when allowed) and returns the results in chunk order.
    func perChunk<Result: Sendable>(_ body: @Sendable (Range<Int>) -> Result) -> [Result] {
        let box = ChunkResults<Result>(count: chunks.count)
        if options.parallel, chunks.count > 1 {
            DispatchQueue.concurrentPerform(iterations: chunks.count) { index in box.set(index, body(chunks[index])) }
        } else {
            for index in chunks.indices { box.set(index, body(chunks[index])) }
        }
        return box.values()
    }

    func expectation() -> Expectation {
        let (rightTable, wrongTable) = tables(discrimination: discrimination, difficulty: difficulty)
        let count = nodes.count
        let size = itemCount * count
        let thetas = nodes.map { mean + spread * $0 }
        let weights = self.weights
        let log = self.log
        let parts = perChunk { learners -> Expectation in
            var part = Expectation(right: [Double](repeating: 0, count: size), answered: [Double](repeating: 0, count: size))
            var likelihood = [Double](repeating: 0, count: count)
            rightTable.withUnsafeBufferPointer { rightTable in
            wrongTable.withUnsafeBufferPointer { wrongTable in
            part.right.withUnsafeMutableBufferPointer { right in
            part.answered.withUnsafeMutableBufferPointer { answered in
            likelihood.withUnsafeMutableBufferPointer { like in
            log.answers.withUnsafeBufferPointer { answers in
                for learner in learners {
                    let start = log.learnerStarts[learner]
                    let end = log.learnerStarts[learner + 1]
                    let logScale = Self.likelihood(of: answers, start..<end, right: rightTable, wrong: wrongTable, nodes: count, weights: weights, into: like)
                    var total = 0.0
                    for node in 0..<count { total += like[node] }
                    guard total > 0 else { continue }
                    part.logLikelihood += Foundation.log(total) + logScale
                    let inverse = 1 / total
                    var first = 0.0
                    var second = 0.0
                    for node in 0..<count {
                        let posterior = like[node] * inverse
                        like[node] = posterior
                        first += posterior * thetas[node]
                        second += posterior * thetas[node] * thetas[node]
                    }
                    part.sumCapacity += first
                    part.sumSquaredCapacity += second
                    for position in start..<end {
                        let value = answers[position]
                        let base = Int(value >> 1) * count
                        for node in 0..<count { answered[base + node] += like[node] }
                        if value & 1 == 1 {
                            for node in 0..<count { right[base + node] += like[node] }
                        }
                    }
                }
            }}}}}}
            return part
        }
        var total = Expectation(right: [Double](repeating: 0, count: size), answered: [Double](repeating: 0, count: size))
        for part in parts {
            for index in 0..<size {
                total.right[index] += part.right[index]
                total.answered[index] += part.answered[index]
            }
            total.logLikelihood += part.logLikelihood
            total.sumCapacity += part.sumCapacity
            total.sumSquaredCapacity += part.sumSquaredCapacity
        }
        return total
    }

    /// The likelihood of one learner's answers at each node times the node's weight, scaled to
    /// stay within Double's range; returns the log of the scale taken out.
    @inline(__always)
    static func likelihood(of answers: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, right: UnsafeBufferPointer<Double>, wrong: UnsafeBufferPointer<Double>,
                           nodes count: Int, weights: [Double], into like: UnsafeMutableBufferPointer<Double>) -> Double {
        for node in 0..<count { like[node] = weights[node] }
        var logScale = 0.0
        var sinceRescale = 0
        for position in range {
            let value = answers[position]
            let base = Int(value >> 1) * count
            let table = value & 1 == 1 ? right : wrong
            for node in 0..<count { like[node] *= table[base + node] }
            sinceRescale += 1
            if sinceRescale == 32 {
                sinceRescale = 0
                var largest = 0.0
                for node in 0..<count { largest = max(largest, like[node]) }
                if largest > 0, largest < 1e-100 {
                    let factor = 1 / largest
                    for node in 0..<count { like[node] *= factor }
                    logScale += Foundation.log(largest)
                }
            }
        }
        return logScale
    }

    // MARK: M-step

    /// Maximizes one challenge's expected complete-data log-posterior over (log a, b) by Fisher
    /// scoring with step halving; returns the new (a, b).
    func maximize(item: Int, right: ArraySlice<Double>, answered: ArraySlice<Double>, start: (a: Double, b: Double)) -> (a: Double, b: Double) {
        let count = nodes.count
        let thetas = nodes.map { mean + spread * $0 }
        let priorA = options.discriminationPrior
        let priorB = options.difficultyPrior.map { (mean: mean + $0.mean * spread, sd: $0.sd * spread) }
        let r = Array(right)
        let n = Array(answered)
        func objective(_ alpha: Double, _ b: Double) -> Double {
            let a = exp(alpha)
            var value = 0.0
            for node in 0..<count {
                let z = a * (thetas[node] - b)
                // log P = -log(1 + e^-z), log(1 - P) = -log(1 + e^z), computed stably.
                let logRight = -softplus(-z)
                let logWrong = -softplus(z)
                value += r[node] * logRight + (n[node] - r[node]) * logWrong
            }
            if let priorA { value -= (alpha - priorA.meanLog) * (alpha - priorA.meanLog) / (2 * priorA.sdLog * priorA.sdLog) }
            if let priorB { value -= (b - priorB.mean) * (b - priorB.mean) / (2 * priorB.sd * priorB.sd) }
            return value
        }
        let alphaBounds = (Foundation.log(0.005), Foundation.log(50.0))
        let bBounds = (-30.0, 30.0)
        var alpha = Foundation.log(max(0.005, start.a))
        var b = start.b
        var current = objective(alpha, b)
        for _ in 0..<25 {
            let a = exp(alpha)
            var gradientA = 0.0, gradientB = 0.0, infoAA = 0.0, infoAB = 0.0, infoBB = 0.0
            for node in 0..<count {
                let g = thetas[node] - b
                let p = 1 / (1 + exp(-a * g))
                let residual = r[node] - n[node] * p
                let weight = n[node] * p * (1 - p)
                gradientA += residual * g
                gradientB += residual
                infoAA += weight * g * g
                infoAB += weight * g
                infoBB += weight
            }
            gradientA *= a
            gradientB *= -a
            infoAA *= a * a
            infoAB *= -a * a
            infoBB *= a * a
            if let priorA {
                gradientA -= (alpha - priorA.meanLog) / (priorA.sdLog * priorA.sdLog)
                infoAA += 1 / (priorA.sdLog * priorA.sdLog)
            }
            if let priorB {
                gradientB -= (b - priorB.mean) / (priorB.sd * priorB.sd)
                infoBB += 1 / (priorB.sd * priorB.sd)
            }
            // A small ridge keeps the step defined when a challenge's answers carry no information.
            infoAA += 1e-8
            infoBB += 1e-8
            let determinant = infoAA * infoBB - infoAB * infoAB
            var stepA: Double
            var stepB: Double
            if determinant > 1e-14 * max(1, infoAA * infoBB) {
                stepA = (infoBB * gradientA - infoAB * gradientB) / determinant
                stepB = (infoAA * gradientB - infoAB * gradientA) / determinant
            } else {
                stepA = gradientA / infoAA
                stepB = gradientB / infoBB
            }
            stepA = max(-1, min(1, stepA))
            stepB = max(-2, min(2, stepB))
            var scale = 1.0
            var accepted = false
            for _ in 0..<12 {
                let nextAlpha = max(alphaBounds.0, min(alphaBounds.1, alpha + scale * stepA))
                let nextB = max(bBounds.0, min(bBounds.1, b + scale * stepB))
                let value = objective(nextAlpha, nextB)
                if value >= current - 1e-12 * abs(current) {
                    let moved = max(abs(nextAlpha - alpha), abs(nextB - b))
                    alpha = nextAlpha
                    b = nextB
                    current = value
                    accepted = true
                    if moved < 1e-7 { return (exp(alpha), b) }
                    break
                }
                scale /= 2
            }
            if !accepted { break }
        }
        return (exp(alpha), b)
    }

    /// One EM iteration: E-step, then the M-step of every estimated challenge and of the
    /// population. Returns the log-likelihood of the parameters it started from and the largest
    /// change.
    mutating func iterate() -> (logLikelihood: Double, logPrior: Double, change: Double) {
        let expectation = expectation()
        let logPrior = self.logPrior()
        let count = nodes.count
        var change = 0.0
        let snapshot = self
        let updated = snapshot.mapItems { item -> (a: Double, b: Double) in
            if let anchor = snapshot.fixed[item] { return anchor }
            let range = (item * count)..<((item + 1) * count)
            return snapshot.maximize(item: item, right: expectation.right[range], answered: expectation.answered[range],
                                     start: (snapshot.discrimination[item], snapshot.difficulty[item]))
        }
        for item in 0..<itemCount {
            change = max(change, abs(updated[item].a - discrimination[item]), abs(updated[item].b - difficulty[item]))
            discrimination[item] = updated[item].a
            difficulty[item] = updated[item].b
        }
        if estimatesPopulation, log.learnerCount > 0 {
            let learners = Double(log.learnerCount)
            let newMean = expectation.sumCapacity / learners
            let newSpread = max(0.05, (expectation.sumSquaredCapacity / learners - newMean * newMean).squareRoot())
            change = max(change, abs(newMean - mean), abs(newSpread - spread))
            mean = newMean
            spread = newSpread
        }
        return (expectation.logLikelihood, logPrior, change)
    }

    func logPrior() -> Double {
        var total = 0.0
        for item in 0..<itemCount where fixed[item] == nil {
            if let prior = options.discriminationPrior {
                let alpha = Foundation.log(discrimination[item])
                total -= (alpha - prior.meanLog) * (alpha - prior.meanLog) / (2 * prior.sdLog * prior.sdLog)
            }
            if let prior = options.difficultyPrior {
                let center = mean + prior.mean * spread
                let sd = prior.sd * spread
                total -= (difficulty[item] - center) * (difficulty[item] - center) / (2 * sd * sd)
            }
        }
        return total
    }

    /// `body` for every challenge, in parallel when there are many; results in challenge order.
    func mapItems<Result: Sendable>(_ body: @Sendable (Int) -> Result) -> [Result] {
        let box = ChunkResults<Result>(count: itemCount)
        if options.parallel, itemCount >= 64 {
            let stride = 32
            DispatchQueue.concurrentPerform(iterations: (itemCount + stride - 1) / stride) { block in
                for item in (block * stride)..<min(itemCount, (block + 1) * stride) { box.set(item, body(item)) }
            }
        } else {
            for item in 0..<itemCount { box.set(item, body(item)) }
        }
        return box.values()
    }
}

@inline(__always)
func softplus(_ x: Double) -> Double {
    x > 0 ? x + log1p(exp(-x)) : log1p(exp(x))
}

/// Slots filled once each from concurrent work, read when all are done.
final class ChunkResults<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
