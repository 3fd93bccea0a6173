import Engine
import Foundation
import Vocabulary

/// The textbook adaptive test: EAP on a fixed grid with a fixed N(0, 1) prior, and each question
/// the unused challenge of maximum Fisher information at the current estimate (ties: the first
/// by challenge id). Fixed length, or until the posterior standard deviation reaches
/// `stopError` (with `length` as the maximum).
struct MaxInfoEngine: SimulatedEngine {
    let tables: BankTables
    let length: Int
    let stopError: Double?

    private var estimate = EAPPosterior()
    private var used: [Bool]
    private var answeredCount = 0

    init(tables: BankTables, length: Int, stopError: Double?) {
        self.tables = tables
        self.length = length
        self.stopError = stopError
        used = [Bool](repeating: false, count: tables.count)
    }

    var capacity: Double { estimate.capacity }
    var errorRate: Double { estimate.errorRate }
    var score: Int? { nil }

    mutating func start(random: inout SplitMix64) {
        estimate.reset()
        answeredCount = 0
        for index in used.indices { used[index] = false }
    }

    mutating func next(random: inout SplitMix64) -> EngineChoice? {
        if answeredCount >= length { return nil }
        if let stopError, answeredCount > 0, estimate.errorRate <= stopError { return nil }
        let capacity = estimate.capacity
        let tables = self.tables
        let ranking = tables.discrimination.withUnsafeBufferPointer { discrimination in
        tables.difficulty.withUnsafeBufferPointer { difficulty in
        tables.squaredDiscrimination.withUnsafeBufferPointer { squared in
        used.withUnsafeBufferPointer { used in
            var ranking = MostInformative(capacity: capacity, discrimination: discrimination, difficulty: difficulty, squaredDiscrimination: squared, used: used)
            tables.informationIndex.search(capacity: capacity, &ranking)
            return ranking
        }}}}
        let best = ranking.best
        let bestReward = ranking.bestReward
        guard best >= 0 else { return nil }
        return EngineChoice(item: best, reward: bestReward, candidates: 1)
    }

    mutating func record(item: Int, correct: Bool) {
        used[item] = true
        answeredCount += 1
        estimate.record(item: item, correct: correct, tables: tables)
    }
}

/// The single most informative unused challenge (ties: the first by challenge id), read through
/// buffers valid for one search.
private struct MostInformative: Ranking {
    let capacity: Double
    let discrimination: UnsafeBufferPointer<Double>
    let difficulty: UnsafeBufferPointer<Double>
    let squaredDiscrimination: UnsafeBufferPointer<Double>
    let used: UnsafeBufferPointer<Bool>
    var best = -1
    var bestReward = -Double.infinity

    init(capacity: Double, discrimination: UnsafeBufferPointer<Double>, difficulty: UnsafeBufferPointer<Double>,
         squaredDiscrimination: UnsafeBufferPointer<Double>, used: UnsafeBufferPointer<Bool>) {
        self.capacity = capacity
        self.discrimination = discrimination
        self.difficulty = difficulty
        self.squaredDiscrimination = squaredDiscrimination
        self.used = used
    }

    var threshold: Double { best < 0 ? -.infinity : bestReward }

    @inline(__always)
    mutating func consider(_ item: Int) {
        if used[item] { return }
        let p = 1 / (1 + exp(discrimination[item] * (difficulty[item] - capacity)))
        var reward = p * (1 - p) * squaredDiscrimination[item]
        if reward.isNaN { reward = -.infinity }
        if best < 0 || reward > bestReward || (reward == bestReward && item < best) {
            best = item
            bestReward = reward
        }
    }
}
