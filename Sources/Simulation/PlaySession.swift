import Engine
import Grading
import Release
import Vocabulary

/// An adaptive test on a bundle, one question at a time: the flash engine picks, the answer is
/// graded with Pix's rules, and the capacity is re-estimated. Pure state: the caller does I/O.
public struct PlaySession: Sendable {
    public struct Turn: Sendable {
        public let item: BundleBank.Item
        public let status: AnswerStatus
        public let estimate: CapacityEstimate
    }

    public let bank: BundleBank
    public let assessment: FlashAssessment
    public let initialCapacity: Double
    public private(set) var answers: [FlashAnswer] = []
    public private(set) var turns: [Turn] = []
    private var random: SplitMix64

    public init(bank: BundleBank, configuration: FlashConfiguration = .v3Certification, initialCapacity: Double? = nil, seed: UInt64) {
        self.bank = bank
        self.assessment = FlashAssessment(configuration: configuration)
        self.initialCapacity = initialCapacity ?? configuration.defaultCandidateCapacity
        self.random = SplitMix64(seed: seed)
    }

    /// The next question, or why the test is over.
    public mutating func next() throws -> Result<BundleBank.Item, FlashEndReason> {
        let challenges = bank.items.map(\.calibrated)
        guard let picked = try assessment.nextChallenge(answers: answers, challenges: challenges, initialCapacity: initialCapacity, random: &random) else {
            switch try assessment.possibleNextChallenges(answers: answers, challenges: challenges, initialCapacity: initialCapacity) {
            case .ended(let reason): return .failure(reason)
            case .candidates: return .failure(.lackOfChallenges)
            }
        }
        guard let item = bank.item(picked.id) else { return .failure(.lackOfChallenges) }
        return .success(item)
    }

    /// Grades an answer to `item` and updates the estimate.
    public mutating func answer(_ answer: Answer, to item: BundleBank.Item) throws -> Turn {
        let graded = Grader(item.grading).grade(answer)
        let status = graded.status
        answers.append(FlashAnswer(challengeId: item.calibrated.id, status: status))
        let estimate = try assessment.capacityAndErrorRate(answers: answers, challenges: bank.items.map(\.calibrated), initialCapacity: initialCapacity)
        let turn = Turn(item: item, status: status, estimate: estimate)
        turns.append(turn)
        return turn
    }

    /// The v3 certification score the current capacity would give.
    public var score: Int? {
        guard let last = turns.last else { return nil }
        return CertificationV3.pixScore(capacity: last.estimate.capacity)
    }
}
