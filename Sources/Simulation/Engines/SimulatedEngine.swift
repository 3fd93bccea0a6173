import Engine
import Vocabulary

/// What an engine chose to ask: a bank position, its information ("reward") at the estimate
/// before the answer, and how many candidates it was picked among (Pix's simulator calls it
/// `numberOfAvailableChallenges`: the length of the list the pick draws from).
struct EngineChoice {
    var item: Int
    var reward: Double
    var candidates: Int
}

/// An adaptive engine as the session runner drives it, one learner after another, reusing its
/// buffers: `start`, then `next`/`record` until `next` returns nil.
protocol SimulatedEngine: SendableMetatype {
    /// Forgets the previous learner.
    mutating func start(random: inout SplitMix64)
    /// The next question, or nil when the test is over. Draws what it needs from `random`.
    mutating func next(random: inout SplitMix64) -> EngineChoice?
    mutating func record(item: Int, correct: Bool)
    /// The current estimate and its standard error (NaN when undefined).
    var capacity: Double { get }
    var errorRate: Double { get }
    /// Pix's v3 certification score of the current estimate (flash only).
    var score: Int? { get }
    /// The engine's own figures for the learner who just finished.
    func contribute(to statistics: inout ChunkStatistics, trueCapacity: Double)
}

extension SimulatedEngine {
    func contribute(to statistics: inout ChunkStatistics, trueCapacity: Double) {}
}

/// The textbook EAP estimate: a posterior on the `EAPGrid`, from the N(0, 1) prior, updated
/// answer by answer — one multiplication per grid point, the posterior mean and variance from
/// the same pass. Four grid points at a time (the grid is padded with zeros to a multiple of 4);
/// every sum is taken in a fixed order, so the result is the same on every machine.
struct EAPPosterior {
    private var posterior: [SIMD4<Double>]
    private(set) var capacity: Double = 0
    private(set) var errorRate: Double = 1

    init() {
        posterior = EAPGrid.paddedPrior
        reset()
    }

    mutating func reset() {
        posterior.withUnsafeMutableBufferPointer { values in
            for chunk in 0..<EAPGrid.chunks { values[chunk] = EAPGrid.paddedPrior[chunk] }
        }
        (capacity, errorRate) = EAPGrid.priorMoments
    }

    mutating func record(item: Int, correct: Bool, tables: BankTables) {
        let row = item * EAPGrid.chunks
        let factors = correct ? tables.eapSuccess : tables.eapFailure
        var moments: (Double, Double)?
        posterior.withUnsafeMutableBufferPointer { values in
        factors.withUnsafeBufferPointer { factors in
        EAPGrid.paddedPoints.withUnsafeBufferPointer { points in
            var zeroth = SIMD4<Double>()
            var first = SIMD4<Double>()
            var second = SIMD4<Double>()
            for chunk in 0..<EAPGrid.chunks {
                let value = values[chunk] * factors[row + chunk]
                let point = points[chunk]
                zeroth += value
                first += value * point
                second += value * point * point
            }
            let total = EAPGrid.sum(zeroth)
            // An answer the grid cannot hold (probability 0 at every point, only possible with
            // absurd parameters) leaves the posterior as it was rather than erasing it.
            guard total > 0, total.isFinite else { return }
            let scale = 1 / total
            for chunk in 0..<EAPGrid.chunks { values[chunk] = values[chunk] * factors[row + chunk] * scale }
            let mean = EAPGrid.sum(first) / total
            moments = (mean, max(0, EAPGrid.sum(second) / total - mean * mean).squareRoot())
        }}}
        if let moments { (capacity, errorRate) = moments }
    }
}
