/// The result of an answer, with Pix's raw values (`AnswerStatus.js`): what grading gives and
/// what the engine reads.
///
/// Only ``ok`` is a success: a skipped (`aband`), timed-out, focused-out, partially right or
/// unimplemented answer counts as a failure in every engine (`Answer.isOk()` in Pix).
public enum AnswerStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case ok
    case ko
    /// Skipped by the candidate ("abandon").
    case aband
    case timedout
    case focusedOut
    /// Only produced by Pix's historical QROCM-dep scoring; kept so every Pix status has a value.
    case partially
    /// What Pix returns for a challenge type it cannot validate.
    case unimplemented

    public var isCorrect: Bool { self == .ok }
}
