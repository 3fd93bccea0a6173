import CalibrationFiles
import Foundation

/// Every answer of the simulated sessions, scored and pretest, grouped by learner in learner
/// order: `challenge << 1 | correct`, where a live challenge is its bank position and pretest
/// challenge j is `liveCount + j`. Filled chunk after chunk, in chunk order.
final class AnswerCollector {
    private(set) var answers: [UInt32] = []
    /// Learner l's answers are `answers[starts[l]..<starts[l + 1]]`.
    private(set) var starts: [Int] = [0]

    func append(answers chunk: [UInt32], counts: [Int]) {
        answers.append(contentsOf: chunk)
        for count in counts { starts.append((starts.last ?? 0) + count) }
    }

    var learners: Int { starts.count - 1 }

    /// The answer log of the first `learners` learners, with the challenges they answered only
    /// (sorted by id, as `AnswerLogReader` sorts them).
    func log(learners: Int, ids: [String]) -> AnswerLog {
        let end = starts[learners]
        var used = [Bool](repeating: false, count: ids.count)
        for value in answers[0..<end] { used[Int(value >> 1)] = true }
        let kept = ids.indices.filter { used[$0] }.sorted { Array(ids[$0].utf8).lexicographicallyPrecedes(Array(ids[$1].utf8)) }
        var position = [UInt32](repeating: 0, count: ids.count)
        for (index, item) in kept.enumerated() { position[item] = UInt32(index) }
        let packed = answers[0..<end].map { position[Int($0 >> 1)] << 1 | ($0 & 1) }
        var statistics = AnswerLog.Statistics()
        statistics.records = end
        statistics.kept = end
        return AnswerLog(challengeIDs: kept.map { ids[$0] }, learnerStarts: Array(starts[0...learners]), answers: packed, statistics: statistics)
    }
}

/// What pretest planning found: for each number of learners, how well the calibration anchored
/// on the live challenges recovers the pretest challenges' true parameters.
public struct PretestSummary: Sendable {
    public struct Size: Sendable {
        public let learners: Int
        /// Pretest challenges with at least one answer (the others cannot be estimated).
        public let estimated: Int
        public let minimumAnswers: Int
        public let meanAnswers: Double
        public let difficultyRMSE: Double?
        public let difficultyBias: Double?
        /// Nil when the true difficulties (or the estimates) do not vary.
        public let difficultyCorrelation: Double?
        public let discriminationRMSE: Double?
        public let discriminationCorrelation: Double?
        public let meanDifficultyStandardError: Double?
        /// Pretest challenges with at least one calibration flag.
        public let flagged: Int
        public let converged: Bool
        public let populationMean: Double
        public let populationSD: Double
        public let anchors: Int
        public let items: [Estimate]
    }

    public struct Estimate: Sendable {
        public let id: String
        public let answers: Int
        public let discrimination: Double
        public let difficulty: Double
        public let discriminationStandardError: Double?
        public let difficultyStandardError: Double?
        public let flags: [String]
    }

    public let ids: [String]
    public let trueDiscrimination: [Double]
    public let trueDifficulty: [Double]
    /// `provisional` (the bank's) or `items` (a pretest items file).
    public let source: String
    public let path: String?
    public let digest: String?
    public let perSession: Int
    public let nominalLength: Int
    public let targetRMSE: Double
    public let sizes: [Size]
    /// The smallest number of learners from which the difficulty's RMSE stays under the target
    /// (at that size and every larger one); nil when no size reaches it.
    public let targetReachedAt: Int?
}

/// Calibrates the pretest challenges from the first n learners for each size, with the live
/// challenges as anchors at the parameters the engine used (the live scale).
enum PretestPlanner {
    static func plan(collector: AnswerCollector, tables: BankTables, pool: PretestPool, request: PretestRequest,
                     perSession: Int, nominalLength: Int) -> PretestSummary {
        let ids = tables.ids + pool.ids
        var options = CalibrationOptions()
        for item in 0..<tables.count {
            options.anchors[tables.ids[item]] = AnchorParameters(discrimination: tables.discrimination[item], difficulty: tables.difficulty[item])
        }
        let truth = Dictionary(uniqueKeysWithValues: pool.ids.indices.map { (pool.ids[$0], $0) })
        var sizes: [PretestSummary.Size] = []
        for learners in request.sizes {
            let log = collector.log(learners: min(learners, collector.learners), ids: ids)
            let result = Calibrator.calibrate(log, options: options)
            let pretest = result.items.filter { truth[$0.id] != nil }.sorted { $0.id.unicodeScalars.lexicographicallyPrecedes($1.id.unicodeScalars) }
            let positions = pretest.compactMap { truth[$0.id] }
            let b = Agreement(estimates: pretest.map(\.difficulty), truth: positions.map { pool.difficulty[$0] })
            let a = Agreement(estimates: pretest.map(\.discrimination), truth: positions.map { pool.discrimination[$0] })
            let errors = pretest.compactMap(\.difficultyStandardError)
            let answered = Dictionary(uniqueKeysWithValues: pretest.map { ($0.id, $0.answers) })
            let answers = pool.ids.map { answered[$0] ?? 0 }
            sizes.append(PretestSummary.Size(
                learners: learners, estimated: pretest.count, minimumAnswers: answers.min() ?? 0,
                meanAnswers: Double(answers.reduce(0, +)) / Double(max(1, answers.count)),
                difficultyRMSE: b.rmse, difficultyBias: b.bias, difficultyCorrelation: b.correlation,
                discriminationRMSE: a.rmse, discriminationCorrelation: a.correlation,
                meanDifficultyStandardError: errors.isEmpty ? nil : errors.reduce(0, +) / Double(errors.count),
                flagged: pretest.filter { !$0.flags.isEmpty }.count, converged: result.converged,
                populationMean: result.populationMean, populationSD: result.populationSD, anchors: result.anchorsAnswered,
                items: pretest.map { item in
                    PretestSummary.Estimate(id: item.id, answers: item.answers, discrimination: item.discrimination, difficulty: item.difficulty,
                                            discriminationStandardError: item.discriminationStandardError,
                                            difficultyStandardError: item.difficultyStandardError, flags: item.flags.map(\.code.rawValue))
                }))
        }
        var reached: Int?
        for size in sizes.reversed() {
            guard let rmse = size.difficultyRMSE, rmse < request.targetRMSE, size.estimated == pool.count else { break }
            reached = size.learners
        }
        return PretestSummary(ids: pool.ids, trueDiscrimination: pool.discrimination, trueDifficulty: pool.difficulty, source: pool.source,
                              path: pool.path, digest: pool.digest, perSession: perSession, nominalLength: nominalLength,
                              targetRMSE: request.targetRMSE, sizes: sizes, targetReachedAt: reached)
    }
}

/// Estimates against the truth: RMSE, bias, Pearson correlation.
struct Agreement {
    let rmse: Double?
    let bias: Double?
    let correlation: Double?

    init(estimates: [Double], truth: [Double]) {
        let n = Double(truth.count)
        guard !truth.isEmpty else {
            rmse = nil
            bias = nil
            correlation = nil
            return
        }
        var squares = 0.0
        var difference = 0.0
        for (estimate, value) in zip(estimates, truth) {
            squares += (estimate - value) * (estimate - value)
            difference += estimate - value
        }
        rmse = (squares / n).squareRoot()
        bias = difference / n
        let meanX = truth.reduce(0, +) / n
        let meanY = estimates.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for (x, y) in zip(truth, estimates) {
            sxy += (x - meanX) * (y - meanY)
            sxx += (x - meanX) * (x - meanX)
            syy += (y - meanY) * (y - meanY)
        }
        // Constant values (the provisional discrimination 1 of every challenge) have no correlation.
        let scale = (sxx * syy).squareRoot()
        correlation = truth.count >= 3 && scale > 1e-12 * n ? sxy / scale : nil
    }
}

/// pretest.csv: every pretest challenge's estimates for each number of learners, beside its
/// true parameters.
enum PretestTable {
    static let header = "learners,challenge,trueDiscrimination,trueDifficulty,answers,discrimination,difficulty,discriminationStandardError,difficultyStandardError,flags\n"

    static func csv(_ pretest: PretestSummary) -> [UInt8] {
        let truth = Dictionary(uniqueKeysWithValues: pretest.ids.indices.map { (pretest.ids[$0], $0) })
        var text = header
        for size in pretest.sizes {
            for item in size.items {
                guard let index = truth[item.id] else { continue }
                let fields = [
                    String(size.learners), CSVText.field(item.id), CSVText.number(pretest.trueDiscrimination[index]),
                    CSVText.number(pretest.trueDifficulty[index]), String(item.answers), CSVText.number(item.discrimination),
                    CSVText.number(item.difficulty), item.discriminationStandardError.map(CSVText.number) ?? "",
                    item.difficultyStandardError.map(CSVText.number) ?? "", item.flags.joined(separator: " "),
                ]
                text += fields.joined(separator: ",") + "\n"
            }
        }
        return Array(text.utf8)
    }
}
