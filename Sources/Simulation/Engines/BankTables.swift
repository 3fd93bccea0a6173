import Engine
import Foundation

/// The bank prepared once for millions of sessions: parameters in flat arrays, competences,
/// tubes and skills as small integers, an index to find the most informative challenges
/// quickly, and the probability of success of every challenge at every point of the engines'
/// grids.
final class BankTables: Sendable {
    let count: Int
    let ids: [String]
    /// What the engine believes.
    let discrimination: [Double]
    let difficulty: [Double]
    /// a², the bound of a challenge's information: `P(1 − P)·a² ≤ a²/4`.
    let squaredDiscrimination: [Double]
    let informationIndex: InformationIndex
    /// What the simulated learners answer from (the truth; the same as the engine's by default).
    let trueDiscrimination: [Double]
    let trueDifficulty: [Double]
    let isProvisional: [Bool]

    let competence: [Int]
    let tube: [Int]
    let skill: [Int]
    let competenceCount: Int
    let tubeCount: Int
    let skillCount: Int
    /// Competence labels, by competence number.
    let competenceLabels: [String]

    /// `P` and `1 − P` of challenge i at the flash grid point g, at `i · 81 + g`, computed as
    /// Pix's `flash.js` computes them (so the fast path gives the reference's bits).
    let flashSuccess: [Double]
    let flashFailure: [Double]
    /// The same on the EAP grid of the textbook engine, four points at a time, at
    /// `i · EAPGrid.chunks + chunk` (the padding is 0).
    let eapSuccess: [SIMD4<Double>]
    let eapFailure: [SIMD4<Double>]

    init(bank: SimulationBank, truth: [(discrimination: Double, difficulty: Double)]?, flashGrid: Bool, eapGrid: Bool) {
        let items = bank.items
        count = items.count
        ids = items.map(\.id)
        discrimination = items.map(\.discrimination)
        difficulty = items.map(\.difficulty)
        squaredDiscrimination = discrimination.map { $0 * $0 }
        informationIndex = InformationIndex(discrimination: items.map(\.discrimination), difficulty: items.map(\.difficulty))
        trueDiscrimination = truth?.map(\.discrimination) ?? discrimination
        trueDifficulty = truth?.map(\.difficulty) ?? difficulty
        isProvisional = items.map(\.isProvisional)

        func intern(_ keys: [String]) -> (numbers: [Int], count: Int, firstKeys: [String]) {
            var table: [String: Int] = [:]
            var order: [String] = []
            let numbers = keys.map { key -> Int in
                if let known = table[key] { return known }
                table[key] = order.count
                order.append(key)
                return order.count - 1
            }
            return (numbers, order.count, order)
        }
        let competences = intern(items.map(\.competenceKey))
        competence = competences.numbers
        competenceCount = competences.count
        var labels = [String](repeating: "", count: competences.count)
        for (position, number) in competences.numbers.enumerated() { labels[number] = items[position].competence }
        competenceLabels = labels
        let tubes = intern(items.map(\.tube))
        tube = tubes.numbers
        tubeCount = tubes.count
        let skills = intern(items.map(\.skill))
        skill = skills.numbers
        skillCount = skills.count

        func table(_ grid: [Double], _ enabled: Bool) -> (success: [Double], failure: [Double]) {
            guard enabled else { return ([], []) }
            var success = [Double](repeating: 0, count: items.count * grid.count)
            var failure = success
            for position in 0..<items.count {
                for (point, capacity) in grid.enumerated() {
                    let p = Flash.probability(capacity: capacity, discriminant: items[position].discrimination, difficulty: items[position].difficulty)
                    success[position * grid.count + point] = p
                    failure[position * grid.count + point] = 1 - p
                }
            }
            return (success, failure)
        }
        (flashSuccess, flashFailure) = table(Flash.grid, flashGrid)
        let (success, failure) = table(EAPGrid.points, eapGrid)
        func padded(_ values: [Double]) -> [SIMD4<Double>] {
            guard !values.isEmpty else { return [] }
            var chunks: [SIMD4<Double>] = []
            chunks.reserveCapacity(items.count * EAPGrid.chunks)
            for position in 0..<items.count {
                chunks += EAPGrid.pad(Array(values[(position * EAPGrid.count)..<((position + 1) * EAPGrid.count)]))
            }
            return chunks
        }
        eapSuccess = padded(success)
        eapFailure = padded(failure)
    }

    /// The probability that a learner of capacity θ answers challenge i right, under the truth.
    @inline(__always)
    func trueProbability(_ position: Int, capacity: Double) -> Double {
        Flash.probability(capacity: capacity, discriminant: trueDiscrimination[position], difficulty: trueDifficulty[position])
    }
}

/// The grid of the textbook EAP estimator: 81 points from −6 to 6 (step 0.15), prior N(0, 1).
enum EAPGrid {
    static let count = 81
    static let chunks = (count + 3) / 4
    static let points: [Double] = (0..<count).map { -6 + 0.15 * Double($0) }
    /// The N(0, 1) density at each point, normalised over the grid.
    static let prior: [Double] = {
        let density = points.map { exp(-0.5 * $0 * $0) }
        var total = 0.0
        for value in density { total += value }
        return density.map { $0 / total }
    }()
    static let paddedPoints = pad(points)
    static let paddedPrior = pad(prior)
    static let priorMoments: (mean: Double, standardDeviation: Double) = {
        var mean = 0.0
        for (point, weight) in zip(points, prior) { mean += point * weight }
        var variance = 0.0
        for (point, weight) in zip(points, prior) { variance += weight * (point - mean) * (point - mean) }
        return (mean, variance.squareRoot())
    }()

    /// Four points at a time, the last chunk completed with zeros.
    static func pad(_ values: [Double]) -> [SIMD4<Double>] {
        stride(from: 0, to: values.count, by: 4).map { start in
            SIMD4((0..<4).map { start + $0 < values.count ? values[start + $0] : 0 })
        }
    }

    /// The lanes' sum in a fixed order.
    @inline(__always)
    static func sum(_ vector: SIMD4<Double>) -> Double {
        (vector[0] + vector[1]) + (vector[2] + vector[3])
    }
}
