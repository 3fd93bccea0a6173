import Foundation
import Vocabulary
import Localization

/// `pixc simulate --pretest K`: new challenges slipped into the simulated sessions without
/// counting, then calibrated on the live challenges, for several numbers of learners.
public struct PretestRequest: Sendable, Hashable {
    /// K: how many pretest challenges.
    public var count: Int
    /// The pretest challenges and their true parameters (an items file); nil: the bank's
    /// provisional challenges, true parameters from `--truth` or their provisional ones.
    public var itemsPath: String?
    /// How many of the K each session gets (nil: all of them).
    public var perSession: Int?
    /// The numbers of learners to calibrate from, increasing: the first n learners of one
    /// simulation of the largest.
    public var sizes: [Int]
    /// The difficulty RMSE the plan looks for the number of learners of.
    public var targetRMSE: Double

    public static let defaultTargetRMSE = 0.3
    /// Every answer of the largest size is kept in memory for the calibrations (4 bytes each).
    public static let maximumLearners = 1_000_000
    /// Learners × questions per session (the live ones and the pretest ones): 400 MB of answers.
    public static let maximumAnswers = 100_000_000

    public init(count: Int, itemsPath: String? = nil, perSession: Int? = nil, sizes: [Int], targetRMSE: Double = PretestRequest.defaultTargetRMSE) {
        self.count = count
        self.itemsPath = itemsPath
        self.perSession = perSession
        self.sizes = sizes
        self.targetRMSE = targetRMSE
    }

    /// The sizes as `--learners` gives them: `500,1000,2000,5000`.
    public static func sizes(parsing text: String) throws(SimulationFailure) -> [Int] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var sizes: [Int] = []
        for part in parts {
            guard let value = Int(part.replacingOccurrences(of: "_", with: "")) else {
                throw .usage(SimulationMessages.catalogue.text("pretest.sizes", ["text": text]))
            }
            sizes.append(value)
        }
        return sizes
    }

    func validate(learners available: Int, simulated: String, sessionLength: Int) throws(SimulationFailure) {
        guard count >= 1 else { throw .usage(SimulationMessages.catalogue.text("pretest.count", ["count": "\(count)"])) }
        if let perSession, !(1...count).contains(perSession) {
            throw .usage(SimulationMessages.catalogue.text("pretest.perSession", ["perSession": "\(perSession)", "count": "\(count)"]))
        }
        let list = sizes.map(String.init).joined(separator: ",")
        guard let first = sizes.first else { throw .usage(SimulationMessages.catalogue.text("pretest.noSize")) }
        guard first >= 2 else { throw .usage(SimulationMessages.catalogue.text("pretest.twoLearners", ["list": list])) }
        for (previous, next) in zip(sizes, sizes.dropFirst()) where next <= previous {
            throw .usage(SimulationMessages.catalogue.text("pretest.order", ["list": list, "next": "\(next)", "previous": "\(previous)"]))
        }
        guard let last = sizes.last, last <= Self.maximumLearners else {
            throw .usage(SimulationMessages.catalogue.text("pretest.tooManyLearners", ["list": list]))
        }
        let questions = sessionLength + (perSession ?? count)
        guard Double(last) * Double(questions) <= Double(Self.maximumAnswers) else {
            throw .usage(SimulationMessages.catalogue.text("pretest.tooManyAnswers", ["list": list, "last": "\(last)", "questions": "\(questions)"]))
        }
        if last > available {
            throw .usage(SimulationMessages.catalogue.text("pretest.fewerLearners", ["list": list, "simulated": simulated, "available": "\(available)", "last": "\(last)"]))
        }
        guard targetRMSE > 0, targetRMSE.isFinite else { throw .usage(SimulationMessages.catalogue.text("pretest.targetRMSE")) }
    }
}

/// The pretest challenges with the parameters their answers are drawn from, in challenge-id
/// order (code points).
struct PretestPool {
    let ids: [String]
    let discrimination: [Double]
    let difficulty: [Double]
    /// Where they come from, for the summary.
    let source: String
    let path: String?
    let digest: String?

    var count: Int { ids.count }

    /// `count` of `candidates` (sorted by id) drawn with the seed's own stream, in id order; all
    /// of them when `count` is their number.
    static func draw(_ count: Int, from candidates: [(id: String, discrimination: Double, difficulty: Double)], seed: UInt64) -> [(id: String, discrimination: Double, difficulty: Double)] {
        guard count < candidates.count else { return candidates }
        var random = LearnerStreams.stream(seed: seed, kind: 4, learner: 0)
        var order = Array(candidates.indices)
        for index in 0..<count {
            let pick = index + Int(random.nextUnit() * Double(order.count - index))
            order.swapAt(index, min(pick, order.count - 1))
        }
        return order.prefix(count).sorted().map { candidates[$0] }
    }
}

/// Where each learner's pretest questions go: `perSession` of the K challenges, in a random
/// order, at random positions among the first `nominalLength + perSession` questions of the
/// session (those past its end come after its last question). Drawn from the learner's
/// unscored stream, so the adaptive part of the session is the one it would be without them.
struct PretestInsertions: UnscoredInsertionPlan {
    let items: UnscoredItems
    let perSession: Int
    let nominalLength: Int

    init(pool: PretestPool, perSession: Int, nominalLength: Int) {
        items = UnscoredItems(ids: pool.ids, trueDiscrimination: pool.discrimination, trueDifficulty: pool.difficulty)
        self.perSession = perSession
        self.nominalLength = nominalLength
    }

    func insertions(learner: Int, random: inout SplitMix64, into insertions: inout [UnscoredInsertion]) {
        let first = insertions.count
        // Selection sampling (Knuth's algorithm S): positions come out sorted, nothing allocated.
        let slots = nominalLength + perSession
        var needed = perSession
        for position in 0..<slots where needed > 0 {
            if Double(slots - position) * random.nextUnit() < Double(needed) {
                insertions.append(UnscoredInsertion(position: position, item: 0))
                needed -= 1
            }
        }
        // Which challenges: all of them, or `perSession` by the same sampling.
        let count = items.ids.count
        var chosen = first
        needed = perSession
        for item in 0..<count where needed > 0 {
            if perSession == count || Double(count - item) * random.nextUnit() < Double(needed) {
                insertions[chosen] = UnscoredInsertion(position: insertions[chosen].position, item: item)
                chosen += 1
                needed -= 1
            }
        }
        // In a random order (Fisher–Yates on the items, positions staying sorted).
        var index = insertions.count - 1
        while index > first {
            let other = first + Int(random.nextUnit() * Double(index - first + 1))
            let swapped = min(other, index)
            let item = insertions[index].item
            insertions[index] = UnscoredInsertion(position: insertions[index].position, item: insertions[swapped].item)
            insertions[swapped] = UnscoredInsertion(position: insertions[swapped].position, item: item)
            index -= 1
        }
    }
}
