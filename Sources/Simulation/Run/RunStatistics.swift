import Engine
import Foundation
import Localization

/// Capacity bands: `--bands LO,HI,WIDTH` cuts [LO, HI) in bands of WIDTH, plus one band below
/// and one above.
public struct CapacityBands: Sendable, Hashable {
    public let low: Double
    public let high: Double
    public let width: Double
    /// Lower edges of the inner bands, then `high`: the band k (1…inner) is [edges[k−1], edges[k]);
    /// band 0 is below `low`, the last one at or above `high`.
    let edges: [Double]

    public static let standard = CapacityBands(unchecked: -3, 3, 1)

    public init(parsing text: String) throws(SimulationFailure) {
        let usage = "--bands \(text): write LO,HI,WIDTH, such as -3,3,1 (bands of width 1 from -3 to 3, plus one below and one above)"
        let numbers = text.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.count == 3, let low = numbers[0], let high = numbers[1], let width = numbers[2],
              low.isFinite, high.isFinite, width.isFinite else { throw .usage(usage) }
        guard low < high, width > 0 else { throw .usage(SimulationMessages.catalogue.text("bands.order", ["text": text])) }
        let inner = ((high - low) / width).rounded(.up)
        guard inner <= 100 else { throw .usage(SimulationMessages.catalogue.text("bands.tooMany", ["text": text])) }
        self.init(unchecked: low, high, width)
    }

    private init(unchecked low: Double, _ high: Double, _ width: Double) {
        self.low = low
        self.high = high
        self.width = width
        var edges: [Double] = []
        var k = 0
        while true {
            let edge = low + Double(k) * width
            if edge >= high { break }
            edges.append(edge)
            k += 1
        }
        edges.append(high)
        self.edges = edges
    }

    var count: Int { edges.count + 1 }

    /// The band of a capacity (NaN in the lowest).
    func index(of capacity: Double) -> Int {
        if !(capacity >= edges[0]) { return 0 }
        if capacity >= high { return edges.count }
        var band = min(edges.count - 1, Int(((capacity - low) / width).rounded(.down)) + 1)
        // The division may land a capacity on an edge's wrong side; the edges decide.
        while band > 1, capacity < edges[band - 1] { band -= 1 }
        while band < edges.count - 1, capacity >= edges[band] { band += 1 }
        return band
    }

    /// Each band's bounds (±infinity for the outer ones) and a point to evaluate it at: its
    /// middle, or half a width beyond the edge for the outer ones.
    var bands: [(from: Double, to: Double, center: Double)] {
        var result: [(from: Double, to: Double, center: Double)] = [(-.infinity, edges[0], edges[0] - width / 2)]
        for k in 1..<edges.count { result.append((edges[k - 1], edges[k], (edges[k - 1] + edges[k]) / 2)) }
        result.append((high, .infinity, high + width / 2))
        return result
    }
}

/// Sums over learners for precision figures: bias, RMSE, error rate, coverage, length.
struct PrecisionSums: Sendable {
    var learners = 0
    /// Learners whose estimate is undefined (NaN), left out of the error sums.
    var undefined = 0
    var error = 0.0
    var squaredError = 0.0
    var errorRate = 0.0
    var covered = 0
    var length = 0
    var correct = 0
    var truth = 0.0
    var squaredTruth = 0.0
    var estimate = 0.0
    var squaredEstimate = 0.0
    var product = 0.0

    mutating func add(truth: Double, estimate: Double, errorRate: Double, length: Int, correct: Int) {
        learners += 1
        self.length += length
        self.correct += correct
        guard estimate.isFinite, errorRate.isFinite else {
            undefined += 1
            return
        }
        let gap = estimate - truth
        error += gap
        squaredError += gap * gap
        self.errorRate += errorRate
        if abs(gap) <= 1.96 * errorRate { covered += 1 }
        self.truth += truth
        squaredTruth += truth * truth
        self.estimate += estimate
        squaredEstimate += estimate * estimate
        product += truth * estimate
    }

    mutating func merge(_ other: PrecisionSums) {
        learners += other.learners
        undefined += other.undefined
        error += other.error
        squaredError += other.squaredError
        errorRate += other.errorRate
        covered += other.covered
        length += other.length
        correct += other.correct
        truth += other.truth
        squaredTruth += other.squaredTruth
        estimate += other.estimate
        squaredEstimate += other.squaredEstimate
        product += other.product
    }

    var measured: Int { learners - undefined }
    var bias: Double? { measured > 0 ? error / Double(measured) : nil }
    var rmse: Double? { measured > 0 ? (squaredError / Double(measured)).squareRoot() : nil }
    var meanErrorRate: Double? { measured > 0 ? errorRate / Double(measured) : nil }
    var coverage: Double? { measured > 0 ? Double(covered) / Double(measured) : nil }
    var meanLength: Double? { learners > 0 ? Double(length) / Double(learners) : nil }
    var correctRate: Double? { length > 0 ? Double(correct) / Double(length) : nil }
    var correlation: Double? {
        let n = Double(measured)
        guard measured > 1 else { return nil }
        let covariance = product / n - (truth / n) * (estimate / n)
        let truthVariance = squaredTruth / n - (truth / n) * (truth / n)
        let estimateVariance = squaredEstimate / n - (estimate / n) * (estimate / n)
        guard truthVariance > 0, estimateVariance > 0 else { return nil }
        return covariance / (truthVariance * estimateVariance).squareRoot()
    }
}

/// Everything a chunk of learners adds to the summary and to items.csv. Chunks are merged in
/// their order, so sums of doubles come out the same whatever the number of threads.
struct ChunkStatistics: Sendable {
    var overall = PrecisionSums()
    var bands: [PrecisionSums]
    var itemAnswers: [Int]
    var itemCorrect: [Int]
    var itemCapacity: [Double]
    var competenceAnswers: [Int]
    var minimumLength = Int.max
    var maximumLength = 0
    /// Learners by v3 pix score (flash), and by reached mesh (index + 1; 0 for none).
    var scores: [Int]
    var meshes: [Int]
    /// Smart random: pix per competence earned and implied by the true capacity, and how often
    /// the competence levels agree.
    var earnedPix: [Double]
    var impliedPix: [Double]
    var pixGap: [Double]
    var sameLevel: [Int]

    init(items: Int, competences: Int, bands: Int, maximumScore: Int, meshes: Int, competencePix: Bool) {
        self.bands = [PrecisionSums](repeating: PrecisionSums(), count: bands)
        itemAnswers = [Int](repeating: 0, count: items)
        itemCorrect = [Int](repeating: 0, count: items)
        itemCapacity = [Double](repeating: 0, count: items)
        competenceAnswers = [Int](repeating: 0, count: competences)
        scores = [Int](repeating: 0, count: maximumScore + 1)
        self.meshes = [Int](repeating: 0, count: meshes + 1)
        let pixCount = competencePix ? competences : 0
        earnedPix = [Double](repeating: 0, count: pixCount)
        impliedPix = earnedPix
        pixGap = earnedPix
        sameLevel = [Int](repeating: 0, count: pixCount)
    }

    mutating func addCompetencePix(_ competence: Int, earned: Double, implied: Double) {
        let earnedScore = PixScoring.blockedPixScore(Int(earned.rounded(.down)))
        let impliedScore = PixScoring.blockedPixScore(Int(implied.rounded(.down)))
        earnedPix[competence] += Double(earnedScore)
        impliedPix[competence] += Double(impliedScore)
        pixGap[competence] += Double(earnedScore - impliedScore)
        if PixScoring.blockedLevel(earnedScore / PixScoring.pixCountByLevel) == PixScoring.blockedLevel(impliedScore / PixScoring.pixCountByLevel) {
            sameLevel[competence] += 1
        }
    }

    mutating func merge(_ other: ChunkStatistics) {
        overall.merge(other.overall)
        for index in bands.indices { bands[index].merge(other.bands[index]) }
        for index in itemAnswers.indices {
            itemAnswers[index] += other.itemAnswers[index]
            itemCorrect[index] += other.itemCorrect[index]
            itemCapacity[index] += other.itemCapacity[index]
        }
        for index in competenceAnswers.indices { competenceAnswers[index] += other.competenceAnswers[index] }
        minimumLength = min(minimumLength, other.minimumLength)
        maximumLength = max(maximumLength, other.maximumLength)
        for index in scores.indices { scores[index] += other.scores[index] }
        for index in meshes.indices { meshes[index] += other.meshes[index] }
        for index in earnedPix.indices {
            earnedPix[index] += other.earnedPix[index]
            impliedPix[index] += other.impliedPix[index]
            pixGap[index] += other.pixGap[index]
            sameLevel[index] += other.sameLevel[index]
        }
    }
}
