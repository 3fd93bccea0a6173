import Engine
import Foundation
import Release

/// The figures of a simulation: its inputs, precision overall and by capacity band, v3 scores,
/// answers per competence, exposure, and the bank diagnostics. `json` is summary.json; the
/// report is drawn from the same values.
public struct SimulationSummary: Sendable {
    public struct Precision: Sendable {
        public let learners: Int
        public let undefinedEstimates: Int
        public let bias: Double?
        public let rmse: Double?
        public let meanErrorRate: Double?
        public let coverage: Double?
        public let meanLength: Double?
        public let correctRate: Double?

        init(_ sums: PrecisionSums) {
            learners = sums.learners
            undefinedEstimates = sums.undefined
            bias = sums.bias
            rmse = sums.rmse
            meanErrorRate = sums.meanErrorRate
            coverage = sums.coverage
            meanLength = sums.meanLength
            correctRate = sums.correctRate
        }
    }

    public struct Band: Sendable {
        /// -infinity / +infinity for the outer bands.
        public let from: Double
        public let to: Double
        public let share: Double
        public let precision: Precision
    }

    public struct Scores: Sendable {
        public let mean: Double
        public let standardDeviation: Double
        /// 5th, 25th, 50th, 75th and 95th percentiles (nearest rank).
        public let percentiles: [(rank: Int, score: Int)]
        public let histogram: [(from: Int, to: Int, learners: Int)]
        /// Learners per reached mesh, "none" first (below the first capacity interval).
        public let meshes: [(mesh: String, learners: Int)]
    }

    public struct Exposure: Sendable {
        public let maximumRate: Double
        public let maximumRateChallenge: String
        public let neverUsed: Int
        public let neverUsedShare: Double
        /// Barrada's overlap: the expected share of questions two learners have in common,
        /// (n/L)·var(rates) + L/n for n challenges and L questions per test (the mean length).
        public let overlapRate: Double
        /// Σ (rate − L/n)² / (L/n): how far exposure is from every challenge used equally.
        public let chiSquare: Double
        /// Every challenge's rate, highest first (for the report).
        public let sortedRates: [Double]
    }

    public struct CompetencePix: Sendable {
        public let competence: String
        public let meanEarned: Double
        public let meanImplied: Double
        public let meanGap: Double
        public let sameLevelShare: Double
    }

    public let request: SimulationRequest
    public let bankSource: SimulationBank.Source
    public let bankDigest: String
    public let challenges: Int
    public let provisionalIds: [String]
    public let skippedChallenges: Int
    public let truthDigest: String?
    public let populationDescription: String
    public let populationDigest: String?
    public let learners: Int
    public let overall: Precision
    public let correlation: Double?
    public let minimumLength: Int
    public let maximumLength: Int
    public let bands: [Band]
    public let scores: Scores?
    public let answersPerCompetence: [(competence: String, answers: Int)]
    public let exposure: Exposure
    public let diagnostics: BankDiagnostics
    public let competencePix: [CompetencePix]?
    /// Pretest planning's figures, when it was asked.
    public let pretest: PretestSummary?

    init(request: SimulationRequest, bank: SimulationBank, tables: BankTables, population: Population, truthDigest: String?, totals: ChunkStatistics,
         pretest: PretestSummary? = nil) {
        self.request = request
        self.pretest = pretest
        bankSource = bank.source
        bankDigest = bank.digest
        challenges = bank.count
        provisionalIds = bank.items.filter(\.isProvisional).map(\.id)
        skippedChallenges = bank.skippedCount
        self.truthDigest = truthDigest
        switch population {
        case let .drawn(distribution, _):
            populationDescription = distribution.description
            populationDigest = nil
        case let .listed(path, _, _, digest):
            populationDescription = path
            populationDigest = digest
        }
        learners = population.count
        overall = Precision(totals.overall)
        correlation = totals.overall.correlation
        minimumLength = totals.minimumLength == Int.max ? 0 : totals.minimumLength
        maximumLength = totals.maximumLength
        let total = Double(max(1, totals.overall.learners))
        bands = zip(request.bands.bands, totals.bands).map { band, sums in
            Band(from: band.from, to: band.to, share: Double(sums.learners) / total, precision: Precision(sums))
        }
        scores = Self.scores(totals)
        let byLabel = tables.competenceLabels.indices.sorted { Self.labelPrecedes(tables.competenceLabels[$0], tables.competenceLabels[$1]) }
        answersPerCompetence = byLabel.map { (tables.competenceLabels[$0], totals.competenceAnswers[$0]) }
        exposure = Self.exposure(totals, tables: tables, learners: population.count, meanLength: totals.overall.meanLength ?? 0)
        let length = max(1, Int((totals.overall.meanLength ?? 1).rounded()))
        diagnostics = BankDiagnostics(tables: tables, bands: request.bands, bandShares: bands.map(\.share), length: length,
                                      threshold: request.standardErrorThreshold)
        if totals.earnedPix.isEmpty {
            competencePix = nil
        } else {
            competencePix = byLabel.map { competence in
                CompetencePix(competence: tables.competenceLabels[competence], meanEarned: totals.earnedPix[competence] / total,
                              meanImplied: totals.impliedPix[competence] / total, meanGap: totals.pixGap[competence] / total,
                              sameLevelShare: Double(totals.sameLevel[competence]) / total)
            }
        }
    }

    static let scoreBinWidth = 32

    /// Competences in the order people number them: "1.2" before "1.10", then by text.
    static func labelPrecedes(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.split(separator: ".").map { Int($0) }
        let right = rhs.split(separator: ".").map { Int($0) }
        if left.allSatisfy({ $0 != nil }), right.allSatisfy({ $0 != nil }), left.compactMap({ $0 }) != right.compactMap({ $0 }) {
            return left.compactMap { $0 }.lexicographicallyPrecedes(right.compactMap { $0 })
        }
        return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }

    private static func scores(_ totals: ChunkStatistics) -> Scores? {
        let counts = totals.scores
        let learners = counts.reduce(0, +)
        guard learners > 0 else { return nil }
        var sum = 0.0
        var squares = 0.0
        for (score, count) in counts.enumerated() {
            sum += Double(score) * Double(count)
            squares += Double(score) * Double(score) * Double(count)
        }
        let mean = sum / Double(learners)
        let variance = max(0, squares / Double(learners) - mean * mean)
        let percentiles = [5, 25, 50, 75, 95].map { rank -> (rank: Int, score: Int) in
            let needed = Int((Double(rank) / 100 * Double(learners)).rounded(.up))
            var cumulative = 0
            for (score, count) in counts.enumerated() {
                cumulative += count
                if cumulative >= max(1, needed) { return (rank, score) }
            }
            return (rank, counts.count - 1)
        }
        var histogram: [(from: Int, to: Int, learners: Int)] = []
        var start = 0
        while start < counts.count {
            let end = min(counts.count, start + scoreBinWidth)
            histogram.append((start, end - 1, counts[start..<end].reduce(0, +)))
            start = end
        }
        let meshNames = ["none"] + V3ScoringConfiguration.default.meshes.prefix(totals.meshes.count - 1).map(\.key)
        return Scores(mean: mean, standardDeviation: variance.squareRoot(), percentiles: percentiles, histogram: histogram,
                      meshes: zip(meshNames, totals.meshes).map { ($0, $1) })
    }

    private static func exposure(_ totals: ChunkStatistics, tables: BankTables, learners: Int, meanLength: Double) -> Exposure {
        let n = Double(max(1, tables.count))
        let rates = totals.itemAnswers.map { Double($0) / Double(max(1, learners)) }
        var maximum = 0
        for index in rates.indices where rates[index] > rates[maximum] { maximum = index }
        let neverUsed = totals.itemAnswers.filter { $0 == 0 }.count
        let meanRate = rates.reduce(0, +) / n
        let variance = rates.reduce(0) { $0 + ($1 - meanRate) * ($1 - meanRate) } / n
        let expected = meanLength / n
        let overlap = meanLength > 0 ? n / meanLength * variance + meanLength / n : 0
        let chiSquare = expected > 0 ? rates.reduce(0) { $0 + ($1 - expected) * ($1 - expected) } / expected : 0
        return Exposure(maximumRate: rates.isEmpty ? 0 : rates[maximum], maximumRateChallenge: tables.ids.isEmpty ? "" : tables.ids[maximum],
                        neverUsed: neverUsed, neverUsedShare: Double(neverUsed) / n, overlapRate: overlap, chiSquare: chiSquare,
                        sortedRates: rates.sorted(by: >))
    }
}

/// items.csv: each challenge with its parameters and what the simulation made of it.
enum ItemsTable {
    static let header = "id,discrimination,difficulty,provisional,exposure,answers,correctRate,meanCapacity\n"

    static func csv(bank: SimulationBank, tables: BankTables, totals: ChunkStatistics, learners: Int) -> [UInt8] {
        var text = header
        for (position, item) in bank.items.enumerated() {
            let answers = totals.itemAnswers[position]
            let fields = [
                CSVText.field(item.id), CSVText.number(item.discrimination), CSVText.number(item.difficulty), item.isProvisional ? "true" : "false",
                CSVText.number(Double(answers) / Double(max(1, learners))), String(answers),
                answers > 0 ? CSVText.number(Double(totals.itemCorrect[position]) / Double(answers)) : "",
                answers > 0 ? CSVText.number(totals.itemCapacity[position] / Double(answers)) : "",
            ]
            text += fields.joined(separator: ",") + "\n"
        }
        return Array(text.utf8)
    }
}
