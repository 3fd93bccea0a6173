/// The result of an answer, with Pix's status codes.
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
    case partially
    case unimplemented

    public var isCorrect: Bool { self == .ok }
}
