import Engine
import Foundation

/// What does not change from one learner to the next when writing outputs: the bank's ids and
/// parameters already in their CSV and JSON forms, and which outputs are wanted.
final class OutputContext: Sendable {
    let tables: BankTables
    let population: Population
    let bands: CapacityBands
    let writesTrace: Bool
    let writesAnswers: Bool
    /// Keep every answer for pretest planning (`ChunkOutput.collected`).
    let collectsAnswers: Bool
    let scoring: V3ScoringConfiguration
    let csvIds: [String]
    /// The fixed part of each challenge's trace line, between `"challengeId":` and
    /// `,"errorRate":`.
    let traceItem: [String]
    let traceMinimumCapability: [String]
    let traceProvisional: [String]

    init(tables: BankTables, population: Population, bands: CapacityBands, writesTrace: Bool, writesAnswers: Bool, collectsAnswers: Bool = false) {
        self.tables = tables
        self.collectsAnswers = collectsAnswers
        self.population = population
        self.bands = bands
        self.writesTrace = writesTrace
        self.writesAnswers = writesAnswers
        scoring = .default
        csvIds = tables.ids.map(CSVText.field)
        traceItem = (0..<tables.count).map { item in
            "\"challengeId\":" + JSONText.string(tables.ids[item]) + ",\"difficulty\":" + JSONText.number(tables.difficulty[item])
                + ",\"discriminant\":" + JSONText.number(tables.discrimination[item])
        }
        traceMinimumCapability = (0..<tables.count).map { item in
            JSONText.number(Flash.minimumCapability(discriminant: tables.discrimination[item], difficulty: tables.difficulty[item]))
        }
        traceProvisional = tables.isProvisional.map { $0 ? "true" : "false" }
    }

    static let learnersHeader = "learner,trueCapacity,estimatedCapacity,errorRate,length,correct,score\n"
    static let answersHeader = "learner,challenge,result\n"
}

/// The lines and figures of one chunk of learners, made by one thread and written in chunk order.
struct ChunkOutput {
    let context: OutputContext
    var learners: [UInt8] = []
    var trace: [UInt8] = []
    var answers: [UInt8] = []
    var statistics: ChunkStatistics
    /// With `collectsAnswers`: every answer, as `AnswerCollector` holds them, and how many each
    /// learner gave.
    var collected: [UInt32] = []
    var collectedCounts: [Int] = []
    private var learnerFirstAnswer = 0
    private var learnerId = ""
    private var learnerNumber = ""

    init(context: OutputContext, statistics: ChunkStatistics) {
        self.context = context
        self.statistics = statistics
    }

    mutating func beginLearner(_ learner: Int) {
        learnerId = CSVText.field(context.population.identifier(learner: learner))
        learnerNumber = String(learner + 1)
        learnerFirstAnswer = collected.count
    }

    mutating func scored(_ choice: EngineChoice, correct: Bool, step: Int, trueCapacity: Double, capacity: Double, errorRate: Double) {
        let item = choice.item
        statistics.itemAnswers[item] += 1
        if correct { statistics.itemCorrect[item] += 1 }
        statistics.itemCapacity[item] += trueCapacity
        statistics.competenceAnswers[context.tables.competence[item]] += 1
        if context.collectsAnswers { collected.append(UInt32(item) << 1 | (correct ? 1 : 0)) }
        if context.writesAnswers {
            answers.append(contentsOf: learnerId.utf8)
            answers.append(UInt8(ascii: ","))
            answers.append(contentsOf: context.csvIds[item].utf8)
            answers.append(contentsOf: (correct ? ",ok\n" : ",ko\n").utf8)
        }
        if context.writesTrace {
            var line = "{\"answerStatus\":" + (correct ? "\"ok\"" : "\"ko\"")
            line += ",\"capacity\":" + JSONText.number(capacity) + "," + context.traceItem[item]
            line += ",\"errorRate\":" + JSONText.number(errorRate) + ",\"learner\":" + learnerNumber
            line += ",\"minimumCapability\":" + context.traceMinimumCapability[item]
            line += ",\"numberOfAvailableChallenges\":" + String(choice.candidates)
            line += ",\"provisional\":" + context.traceProvisional[item]
            line += ",\"reward\":" + JSONText.number(choice.reward) + "}\n"
            trace.append(contentsOf: line.utf8)
        }
    }

    /// An answer to unscored challenge `item` of the plan.
    mutating func unscored(id: String, item: Int, correct: Bool) {
        if context.collectsAnswers { collected.append(UInt32(context.tables.count + item) << 1 | (correct ? 1 : 0)) }
        guard context.writesAnswers else { return }
        answers.append(contentsOf: learnerId.utf8)
        answers.append(UInt8(ascii: ","))
        answers.append(contentsOf: CSVText.field(id).utf8)
        answers.append(contentsOf: (correct ? ",ok\n" : ",ko\n").utf8)
    }

    mutating func endLearner(trueCapacity: Double, result: SessionResult) {
        if context.collectsAnswers { collectedCounts.append(collected.count - learnerFirstAnswer) }
        var line = learnerId + "," + CSVText.number(trueCapacity) + "," + CSVText.number(result.capacity) + ","
        line += CSVText.number(result.errorRate) + "," + String(result.length) + "," + String(result.correct) + ","
        if let score = result.score { line += String(score) }
        line += "\n"
        learners.append(contentsOf: line.utf8)
        statistics.overall.add(truth: trueCapacity, estimate: result.capacity, errorRate: result.errorRate, length: result.length, correct: result.correct)
        statistics.bands[context.bands.index(of: trueCapacity)].add(truth: trueCapacity, estimate: result.capacity, errorRate: result.errorRate,
                                                                    length: result.length, correct: result.correct)
        statistics.minimumLength = min(statistics.minimumLength, result.length)
        statistics.maximumLength = max(statistics.maximumLength, result.length)
        if let score = result.score, statistics.scores.indices.contains(score) {
            statistics.scores[score] += 1
            let mesh = CertificationV3.reachedMeshIndex(capacity: result.capacity, configuration: context.scoring).map { $0 + 1 } ?? 0
            if statistics.meshes.indices.contains(mesh) { statistics.meshes[mesh] += 1 }
        }
    }
}
