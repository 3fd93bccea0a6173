import Engine
import Foundation
import Vocabulary

/// Questions asked inside a session without counting in it (pretest challenges): they are
/// answered from their true parameters, logged, and never shown to the engine.
struct UnscoredItems: Sendable {
    let ids: [String]
    let trueDiscrimination: [Double]
    let trueDifficulty: [Double]

    static let none = UnscoredItems(ids: [], trueDiscrimination: [], trueDifficulty: [])
}

/// An unscored question at a position of a session (0-based, counting every question shown).
struct UnscoredInsertion: Sendable, Hashable {
    let position: Int
    /// Index into the plan's `UnscoredItems`.
    let item: Int
}

/// Where unscored questions go in each learner's session.
protocol UnscoredInsertionPlan: Sendable {
    var items: UnscoredItems { get }
    /// The learner's insertions, sorted by position, appended to `insertions`; drawn from the
    /// learner's own `random` (a stream of its own, so the adaptive part of the session does not
    /// change when insertions are added).
    func insertions(learner: Int, random: inout SplitMix64, into insertions: inout [UnscoredInsertion])
}

/// No unscored question: the adaptive test alone.
struct NoInsertions: UnscoredInsertionPlan {
    var items: UnscoredItems { .none }
    func insertions(learner: Int, random: inout SplitMix64, into insertions: inout [UnscoredInsertion]) {}
}

/// What one session gave.
struct SessionResult {
    var length = 0
    var correct = 0
    var capacity = 0.0
    var errorRate = 0.0
    var score: Int?
}

/// Runs one learner's session: the engine asks, the simulated learner answers from the true
/// parameters (2PL), the engine records; unscored questions are slipped in at their positions
/// (those planned past the end of the session come after its last question).
struct SessionRunner<Plan: UnscoredInsertionPlan> {
    let tables: BankTables
    let plan: Plan
    let seed: UInt64
    private var insertions: [UnscoredInsertion] = []

    init(tables: BankTables, plan: Plan, seed: UInt64) {
        self.tables = tables
        self.plan = plan
        self.seed = seed
    }

    mutating func run<Engine: SimulatedEngine>(_ engine: inout Engine, learner: Int, trueCapacity: Double, output: inout ChunkOutput) -> SessionResult {
        var random = LearnerStreams.session(seed: seed, learner: learner)
        var unscoredRandom = LearnerStreams.unscored(seed: seed, learner: learner)
        insertions.removeAll(keepingCapacity: true)
        plan.insertions(learner: learner, random: &unscoredRandom, into: &insertions)
        var nextInsertion = 0
        var position = 0
        var result = SessionResult()
        engine.start(random: &random)
        output.beginLearner(learner)
        while true {
            if nextInsertion < insertions.count, insertions[nextInsertion].position <= position {
                askUnscored(insertions[nextInsertion], trueCapacity: trueCapacity, random: &unscoredRandom, output: &output)
                nextInsertion += 1
                position += 1
                continue
            }
            guard let choice = engine.next(random: &random) else { break }
            let correct = random.nextUnit() < tables.trueProbability(choice.item, capacity: trueCapacity)
            engine.record(item: choice.item, correct: correct)
            result.length += 1
            if correct { result.correct += 1 }
            output.scored(choice, correct: correct, step: position, trueCapacity: trueCapacity, capacity: engine.capacity, errorRate: engine.errorRate)
            position += 1
        }
        while nextInsertion < insertions.count {
            askUnscored(insertions[nextInsertion], trueCapacity: trueCapacity, random: &unscoredRandom, output: &output)
            nextInsertion += 1
            position += 1
        }
        result.capacity = engine.capacity
        result.errorRate = engine.errorRate
        result.score = engine.score
        return result
    }

    private func askUnscored(_ insertion: UnscoredInsertion, trueCapacity: Double, random: inout SplitMix64, output: inout ChunkOutput) {
        let items = plan.items
        let p = Flash.probability(capacity: trueCapacity, discriminant: items.trueDiscrimination[insertion.item], difficulty: items.trueDifficulty[insertion.item])
        output.unscored(id: items.ids[insertion.item], item: insertion.item, correct: random.nextUnit() < p)
    }
}
