import Vocabulary

/// A learner's answer, as the Pix front end would send it.
public enum Answer: Sendable, Hashable {
    /// QCU ("3"), QCM ("1,3") and QROC answers: the raw text.
    case text(String)
    /// QROCM-ind and QROCM-dep answers: one value per input, keyed by the input's name.
    /// (mon-pix sends them as YAML; the values are taken here as YAML would give them back.)
    case fields([AnswerField])
    /// The learner skipped the challenge (mon-pix sends `#ABAND#`).
    case abandoned

    /// The skip sentinel; a text answer equal to it is an abandon too.
    public static let abandonSentinel = "#ABAND#"

    public static func fields(_ pairs: KeyValuePairs<String, String>) -> Answer {
        .fields(pairs.map { AnswerField(key: $0.key, value: $0.value) })
    }
}

public struct AnswerField: Sendable, Hashable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// One key of a QROCM solution: for QROCM-ind an input's name, for QROCM-dep a group's name,
/// with the answers it accepts.
public struct SolutionEntry: Sendable, Hashable {
    public var key: String
    public var acceptedAnswers: [String]

    public init(key: String, acceptedAnswers: [String]) {
        self.key = key
        self.acceptedAnswers = acceptedAnswers
    }
}

/// A challenge's solution, with the payload each type has in a Pix release.
public enum Solution: Sendable, Hashable {
    /// The right option's number, as text: "3".
    case qcu(String)
    /// The right options' numbers, comma-separated: "1, 3".
    case qcm(String)
    /// Accepted answers, one per line (empty lines ignored): "Paris\nparis 75".
    case qroc(String)
    /// For each input, its accepted answers (the release holds this as YAML; see
    /// `KeyedSolutionSyntax`).
    case qrocmInd([SolutionEntry])
    /// Groups of accepted answers; each answer must match a different group.
    case qrocmDep([SolutionEntry])

    public var challengeType: ChallengeType {
        switch self {
        case .qcu: .qcu
        case .qcm: .qcm
        case .qroc: .qroc
        case .qrocmInd: .qrocmInd
        case .qrocmDep: .qrocmDep
        }
    }
}

/// Everything about a challenge that its grading depends on.
public struct GradingChallenge: Sendable, Hashable {
    public var type: ChallengeType
    /// The proposals as the release holds them: the option list of a QCU/QCM, the text with
    /// `${…}` blocks of a QROC*. Only QROC* proposals affect grading (which inputs are selects).
    public var proposals: String
    public var solution: Solution
    public var tolerances: Tolerances
    /// The challenge's `format` field; "nombre" switches QROC to numeric comparison.
    public var format: String?

    public init(
        type: ChallengeType,
        proposals: String,
        solution: Solution,
        tolerances: Tolerances = .pixDefault,
        format: String? = nil
    ) {
        self.type = type
        self.proposals = proposals
        self.solution = solution
        self.tolerances = tolerances
        self.format = format
    }
}

/// How the answer was given, for the Examiner's last word on a right answer.
public struct AnswerContext: Sendable, Hashable {
    /// The timer of a timed challenge ran out: a right answer becomes `timedout`.
    public var hasTimedOut: Bool
    /// The challenge is "focused" (the learner must not leave the page).
    public var isFocusedChallenge: Bool
    /// The learner left the page (the answer's flag, or a focus-out event already recorded).
    public var hasFocusedOut: Bool
    /// The answer belongs to a certification: only there does leaving the page cost the point.
    public var isCertification: Bool

    public init(
        hasTimedOut: Bool = false,
        isFocusedChallenge: Bool = false,
        hasFocusedOut: Bool = false,
        isCertification: Bool = false
    ) {
        self.hasTimedOut = hasTimedOut
        self.isFocusedChallenge = isFocusedChallenge
        self.hasFocusedOut = hasFocusedOut
        self.isCertification = isCertification
    }
}

/// Whether one QROCM-ind input was answered right.
public struct FieldResult: Sendable, Hashable {
    public var key: String
    public var isCorrect: Bool

    public init(key: String, isCorrect: Bool) {
        self.key = key
        self.isCorrect = isCorrect
    }
}

/// How the answers of a QROCM-dep were matched to the solution's groups.
public struct DependentMatching: Sendable, Hashable {
    public struct Match: Sendable, Hashable {
        public var key: String
        /// The group this answer used up, or nil when it matched none that was left.
        public var group: String?

        public init(key: String, group: String?) {
            self.key = key
            self.group = group
        }
    }

    /// In the order Pix examines them (a JavaScript object's key order).
    public var matches: [Match]
    /// Groups no answer used, in the solution's order.
    public var unmatchedGroups: [String]
    /// Pix's `solutionsWithoutGoodAnswers`: the first accepted answer of each unmatched group,
    /// as written in the solution; empty when every answer matched.
    public var solutionsWithoutGoodAnswers: [String]

    public init(matches: [Match], unmatchedGroups: [String], solutionsWithoutGoodAnswers: [String]) {
        self.matches = matches
        self.unmatchedGroups = unmatchedGroups
        self.solutionsWithoutGoodAnswers = solutionsWithoutGoodAnswers
    }
}

/// What the validation looked at, beyond the status.
public enum GradingDetail: Sendable, Hashable {
    case none
    /// QROC compared as numbers (`format: nombre`); the answer's value.
    case number(Double)
    /// QROC compared as text; the answer after pre-treatment and the enabled treatments.
    case text(treatedAnswer: String)
    /// QROCM-ind: each answered input, in the order Pix examines them.
    case fields([FieldResult])
    case dependent(DependentMatching)
}

/// A case where the Pix API would not return a status at all (it raises an error, or cannot
/// even receive such an answer), or where pixc does not compute it. The status is then `ko`,
/// and this says why.
public enum GradingFailure: Error, Sendable, Hashable {
    /// QROCM-ind: the answer has a key the solution lacks. Pix logs "La clé … n'existe pas" and
    /// throws `YamlParsingError`.
    case unexpectedAnswerKey(String)
    /// Two answer values for one key (after NFC): impossible in the YAML the front sends.
    case duplicateAnswerKey(String)
    /// Two solution entries with one key: js-yaml refuses the solution (`YamlParsingError`).
    case duplicateSolutionKey(String)
    /// A keyed answer for a QCU/QCM/QROC, or a text answer for a QROCM.
    case answerShapeMismatch
    /// The solution's payload is for another challenge type.
    case solutionDoesNotMatchType
    /// The proposals contain `${}`: the Pix API fails to read the solution.
    case proposalsBreakPixAPI
    /// Typo tolerance (t3) would compare texts that differ over more than
    /// `Similarity.maximumLength` code units: pixc does not compute it, so the status is unknown.
    case beyondTypoToleranceLimit
}

public struct GradingResult: Sendable, Hashable {
    public var status: AnswerStatus
    public var detail: GradingDetail
    /// Set when Pix would raise an error instead of returning `status`.
    public var failure: GradingFailure?

    public init(status: AnswerStatus, detail: GradingDetail = .none, failure: GradingFailure? = nil) {
        self.status = status
        self.detail = detail
        self.failure = failure
    }

    public var isOK: Bool { status == .ok }

    static func failed(_ failure: GradingFailure) -> GradingResult {
        GradingResult(status: .ko, detail: .none, failure: failure)
    }
}
