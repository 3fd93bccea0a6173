import Vocabulary

/// An item of the flash (IRT) bank: a challenge with its 2PL calibration and where it sits in
/// the referential.
public struct CalibratedChallenge: Sendable, Hashable {
    public var id: String
    /// 2PL discrimination `a` (LCMS `alpha`).
    public var discriminant: Double
    /// 2PL difficulty `b` (LCMS `delta`), on the capacity scale.
    public var difficulty: Double
    public var skillId: String
    public var tubeId: String
    /// The competence of the challenge's skill (`skill.competenceId`).
    public var competenceId: String
    public var status: ChallengeStatus
    public var locales: [String]
    /// `accessibility1` (blindness) and `accessibility2` (colour blindness): "OK", "RAS", "KO"…
    public var blindnessCompatibility: String?
    public var colorBlindnessCompatibility: String?

    public init(
        id: String,
        discriminant: Double,
        difficulty: Double,
        skillId: String,
        tubeId: String,
        competenceId: String,
        status: ChallengeStatus = .validé,
        locales: [String] = [],
        blindnessCompatibility: String? = nil,
        colorBlindnessCompatibility: String? = nil
    ) {
        self.id = id
        self.discriminant = discriminant
        self.difficulty = difficulty
        self.skillId = skillId
        self.tubeId = tubeId
        self.competenceId = competenceId
        self.status = status
        self.locales = locales
        self.blindnessCompatibility = blindnessCompatibility
        self.colorBlindnessCompatibility = colorBlindnessCompatibility
    }

    /// Pix's `isAccessible`: both compatibilities are "OK" or "RAS" (a missing value is not).
    public var isAccessible: Bool {
        Self.accessibleValues.contains(blindnessCompatibility ?? "")
            && Self.accessibleValues.contains(colorBlindnessCompatibility ?? "")
    }

    private static let accessibleValues: Set<String> = ["OK", "RAS"]
}

/// One answer of a flash assessment, in chronological order.
public struct FlashAnswer: Sendable, Hashable {
    public var challengeId: String
    public var status: AnswerStatus

    public init(challengeId: String, status: AnswerStatus) {
        self.challengeId = challengeId
        self.status = status
    }
}

/// Errors of the flash engine; all come from inconsistent input, none from the algorithm.
public enum FlashError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An answer refers to a challenge absent from the bank it is scored against.
    case unknownChallenge(answerIndex: Int, challengeId: String)
    /// More answers than the configured fixed length (Pix throws a `RangeError`).
    case tooManyAnswers(count: Int, maximum: Int)
    /// A bank position outside the bank.
    case positionOutOfBank(position: Int, count: Int)

    public var description: String {
        switch self {
        case let .unknownChallenge(index, id):
            return "answer #\(index + 1) refers to challenge \"\(id)\", which is not in the bank"
        case let .tooManyAnswers(count, maximum):
            return "\(count) answers exceed the assessment length of \(maximum)"
        case let .positionOutOfBank(position, count):
            return "position \(position) is outside the bank of \(count) challenges"
        }
    }
}
