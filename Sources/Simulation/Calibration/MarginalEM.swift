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

    typealias Lane = SIMD8<Double>

    /// Nodes are processed eight at a time; the last lane is padded with nodes of weight 0.
    var lanes: Int { (nodes.count + 7) / 8 }

    /// The node capacities μ + σz, padded to whole lanes (padding repeats the last node).
    func laneThetas() -> [Lane] {
        (0..<lanes).map { lane in
            var vector = Lane(repeating: 0)
            for slot in 0..<8 { vector[slot] = mean + spread * nodes[min(nodes.count - 1, lane * 8 + slot)] }
            return vector
        }
    }

    func laneWeights() -> [Lane] {
        (0..<lanes).map { lane in
            var vector = Lane(repeating: 0)
            for slot in 0..<8 where lane * 8 + slot < nodes.count { vector[slot] = weights[lane * 8 + slot] }
            return vector
        }
    }

    /// P(right) and P(wrong) of every challenge at every node (`item * lanes + lane`), for the
    /// given parameters.
    func tables(discrimination: [Double], difficulty: [Double]) -> (right: [Lane], wrong: [Lane]) {
        let thetas = laneThetas()
        let lanes = self.lanes
        var right = [Lane](repeating: Lane(repeating: 1), count: itemCount * lanes)
        var wrong = [Lane](repeating: Lane(repeating: 1), count: itemCount * lanes)
        for item in 0..<itemCount {
            let a = discrimination[item]
            let b = difficulty[item]
            for lane in 0..<lanes {
                var p = Lane(repeating: 0)
                var q = Lane(repeating: 0)
                for slot in 0..<8 {
                    let z = a * (thetas[lane][slot] - b)
                    p[slot] = 1 / (1 + exp(-z))
                    q[slot] = 1 / (1 + exp(z))
                }
                right[item * lanes + lane] = p
                wrong[item * lanes + lane] = q
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

    struct LaneSums: Sendable {
        var right: [Lane]
        var answered: [Lane]
        var logLikelihood = 0.0
        var sumCapacity = 0.0
        var sumSquaredCapacity = 0.0
    }

    func expectation() -> Expectation {
        let (rightTable, wrongTable) = tables(discrimination: discrimination, difficulty: difficulty)
        let lanes = self.lanes
        let size = itemCount * lanes
        let thetas = laneThetas()
        let weights = laneWeights()
        let log = self.log
        let parts = perChunk { learners -> LaneSums in
            var part = LaneSums(right: [Lane](repeating: Lane(repeating: 0), count: size), answered: [Lane](repeating: Lane(repeating: 0), count: size))
            var likelihood = [Lane](repeating: Lane(repeating: 0), count: lanes)
            rightTable.withUnsafeBufferPointer { rightTable in
            wrongTable.withUnsafeBufferPointer { wrongTable in
            part.right.withUnsafeMutableBufferPointer { right in
            part.answered.withUnsafeMutableBufferPointer { answered in
            likelihood.withUnsafeMutableBufferPointer { like in
            log.answers.withUnsafeBufferPointer { answers in
                for learner in learners {
                    let start = log.learnerStarts[learner]
                    let end = log.learnerStarts[learner + 1]
                    let logScale = Self.likelihood(of: answers, start..<end, right: rightTable, wrong: wrongTable, lanes: lanes, weights: weights, into: like)
                    var totalLane = Lane(repeating: 0)
                    for lane in 0..<lanes { totalLane += like[lane] }
                    let total = totalLane.sum()
                    guard total > 0 else { continue }
                    part.logLikelihood += Foundation.log(total) + logScale
                    let inverse = 1 / total
                    var first = Lane(repeating: 0)
                    var second = Lane(repeating: 0)
                    // Lanes where the posterior is below 1e-15 of the whole are left out of the
                    // sums: a learner's posterior covers a few lanes only.
                    var low = lanes
                    var high = 0
                    for lane in 0..<lanes {
                        let posterior = like[lane] * inverse
                        like[lane] = posterior
                        first += posterior * thetas[lane]
                        second += posterior * thetas[lane] * thetas[lane]
                        if posterior.max() > 1e-15 {
                            low = min(low, lane)
                            high = lane + 1
                        }
                    }
                    part.sumCapacity += first.sum()
                    part.sumSquaredCapacity += second.sum()
                    guard low < high else { continue }
                    for position in start..<end {
                        let value = answers[position]
                        let base = Int(value >> 1) * lanes
                        for lane in low..<high { answered[base + lane] += like[lane] }
                        if value & 1 == 1 {
                            for lane in low..<high { right[base + lane] += like[lane] }
                        }
                    }
                }
            }}}}}}
            return part
        }
        var total = LaneSums(right: [Lane](repeating: Lane(repeating: 0), count: size), answered: [Lane](repeating: Lane(repeating: 0), count: size))
        for part in parts {
            for index in 0..<size {
                total.right[index] += part.right[index]
                total.answered[index] += part.answered[index]
            }
            total.logLikelihood += part.logLikelihood
            total.sumCapacity += part.sumCapacity
            total.sumSquaredCapacity += part.sumSquaredCapacity
        }
        let count = nodes.count
        var result = Expectation(right: [Double](repeating: 0, count: itemCount * count), answered: [Double](repeating: 0, count: itemCount * count),
                                 logLikelihood: total.logLikelihood, sumCapacity: total.sumCapacity, sumSquaredCapacity: total.sumSquaredCapacity)
        for item in 0..<itemCount {
            for node in 0..<count {
                result.right[item * count + node] = total.right[item * lanes + node / 8][node % 8]
                result.answered[item * count + node] = total.answered[item * lanes + node / 8][node % 8]
            }
        }
        return result
    }

    /// The likelihood of one learner's answers at each node times the node's weight, scaled to
    /// stay within Double's range; returns the log of the scale taken out.
    @inline(__always)
    static func likelihood(of answers: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, right: UnsafeBufferPointer<Lane>, wrong: UnsafeBufferPointer<Lane>,
                           lanes: Int, weights: [Lane], into like: UnsafeMutableBufferPointer<Lane>) -> Double {
        for lane in 0..<lanes { like[lane] = weights[lane] }
        var logScale = 0.0
        var sinceRescale = 0
        for position in range {
            let value = answers[position]
            let base = Int(value >> 1) * lanes
            let table = value & 1 == 1 ? right : wrong
            for lane in 0..<lanes { like[lane] *= table[base + lane] }
            sinceRescale += 1
            if sinceRescale == 32 {
                sinceRescale = 0
                var largest = Lane(repeating: 0)
                for lane in 0..<lanes { largest = pointwiseMax(largest, like[lane]) }
                let top = largest.max()
                if top > 0, top < 1e-100 {
                    let factor = 1 / top
                    for lane in 0..<lanes { like[lane] *= factor }
                    logScale += Foundation.log(top)
                }
            }
        }
        return logScale
    }

    // MARK: M-step

    /// Maximizes one challenge's expected complete-data log-posterior over (log a, b) by Fisher
    /// scoring with step halving; returns the new (a, b). Each evaluation gives the objective, its
    /// gradient and the expected information in one pass over the nodes.
    func maximize(item: Int, right: ArraySlice<Double>, answered: ArraySlice<Double>, start: (a: Double, b: Double)) -> (a: Double, b: Double) {
        let count = nodes.count
        let thetas = nodes.map { mean + spread * $0 }
        let priorA = options.discriminationPrior
        let priorB = options.difficultyPrior.map { (mean: mean + $0.mean * spread, sd: $0.sd * spread) }
        let r = Array(right)
        let n = Array(answered)
        struct Point {
            var alpha: Double
            var b: Double
            var value = 0.0
            var gradientA = 0.0, gradientB = 0.0, infoAA = 0.0, infoAB = 0.0, infoBB = 0.0
        }
        func evaluate(_ alpha: Double, _ b: Double) -> Point {
            var point = Point(alpha: alpha, b: b)
            let a = exp(alpha)
            for node in 0..<count {
                let g = thetas[node] - b
                let z = a * g
                // log P = −log(1 + e^−z) and log(1 − P) = log P − z, with one exp and one log.
                let e = exp(-abs(z))
                let logRight = (z < 0 ? z : 0) - log1p(e)
                let logWrong = logRight - z
                let p = z >= 0 ? 1 / (1 + e) : e / (1 + e)
                point.value += r[node] * logRight + (n[node] - r[node]) * logWrong
                let residual = r[node] - n[node] * p
                let weight = n[node] * p * (1 - p)
                point.gradientA += residual * g
                point.gradientB += residual
                point.infoAA += weight * g * g
                point.infoAB += weight * g
                point.infoBB += weight
            }
            point.gradientA *= a
            point.gradientB *= -a
            point.infoAA *= a * a
            point.infoAB *= -a * a
            point.infoBB *= a * a
            if let priorA {
                let precision = 1 / (priorA.sdLog * priorA.sdLog)
                point.value -= (alpha - priorA.meanLog) * (alpha - priorA.meanLog) * precision / 2
                point.gradientA -= (alpha - priorA.meanLog) * precision
                point.infoAA += precision
            }
            if let priorB {
                let precision = 1 / (priorB.sd * priorB.sd)
                point.value -= (b - priorB.mean) * (b - priorB.mean) * precision / 2
                point.gradientB -= (b - priorB.mean) * precision
                point.infoBB += precision
            }
            // A small ridge keeps the step defined when the answers carry no information.
            point.infoAA += 1e-8
            point.infoBB += 1e-8
            return point
        }
        let alphaBounds = (Foundation.log(0.005), Foundation.log(50.0))
        let bBounds = (-30.0, 30.0)
        var current = evaluate(max(alphaBounds.0, min(alphaBounds.1, Foundation.log(max(0.005, start.a)))), max(bBounds.0, min(bBounds.1, start.b)))
        for _ in 0..<20 {
            let determinant = current.infoAA * current.infoBB - current.infoAB * current.infoAB
            var stepA: Double
            var stepB: Double
            if determinant > 1e-14 * max(1, current.infoAA * current.infoBB) {
                stepA = (current.infoBB * current.gradientA - current.infoAB * current.gradientB) / determinant
                stepB = (current.infoAA * current.gradientB - current.infoAB * current.gradientA) / determinant
            } else {
                stepA = current.gradientA / current.infoAA
                stepB = current.gradientB / current.infoBB
            }
            stepA = max(-1, min(1, stepA))
            stepB = max(-2, min(2, stepB))
            var scale = 1.0
            var accepted = false
            for _ in 0..<12 {
                let alpha = max(alphaBounds.0, min(alphaBounds.1, current.alpha + scale * stepA))
                let b = max(bBounds.0, min(bBounds.1, current.b + scale * stepB))
                let trial = evaluate(alpha, b)
                if trial.value >= current.value - 1e-12 * abs(current.value) {
                    let moved = max(abs(alpha - current.alpha), abs(b - current.b))
                    current = trial
                    accepted = true
                    if moved < 1e-6 { return (exp(current.alpha), current.b) }
                    break
                }
                scale /= 2
            }
            if !accepted { break }
        }
        return (exp(current.alpha), current.b)
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

    /// The largest change of a parameter between `other` and this.
    func largestChange(from other: MarginalEM) -> Double {
        var change = 0.0
        for item in 0..<itemCount {
            change = max(change, abs(discrimination[item] - other.discrimination[item]), abs(difficulty[item] - other.difficulty[item]))
        }
        if estimatesPopulation { change = max(change, abs(mean - other.mean), abs(spread - other.spread)) }
        return change
    }

    /// The estimated parameters as one vector (log a and b of each estimated challenge, then the
    /// population's mean and log spread when estimated), for the acceleration.
    func parameterVector() -> [Double] {
        var vector: [Double] = []
        vector.reserveCapacity(2 * itemCount + 2)
        for item in 0..<itemCount where fixed[item] == nil {
            vector.append(Foundation.log(discrimination[item]))
            vector.append(difficulty[item])
        }
        if estimatesPopulation {
            vector.append(mean)
            vector.append(Foundation.log(spread))
        }
        return vector
    }

    mutating func setParameters(_ vector: [Double]) {
        var position = 0
        for item in 0..<itemCount where fixed[item] == nil {
            discrimination[item] = exp(max(Foundation.log(0.005), min(Foundation.log(50.0), vector[position])))
            difficulty[item] = max(-30, min(30, vector[position + 1]))
            position += 2
        }
        if estimatesPopulation {
            mean = vector[position]
            spread = max(0.05, exp(vector[position + 1]))
        }
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
