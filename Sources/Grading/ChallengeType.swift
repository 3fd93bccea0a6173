/// The five challenge types whose answers the Pix API validates. Raw values are Pix's own
/// spellings, as they appear in a release.
public enum ChallengeType: String, Sendable, Hashable, CaseIterable, Codable {
    case qcu = "QCU"
    case qcm = "QCM"
    case qroc = "QROC"
    case qrocmInd = "QROCM-ind"
    case qrocmDep = "QROCM-dep"

    /// QROC, QROCM-ind and QROCM-dep read their inputs from `${…}` blocks in the proposals;
    /// QCU and QCM read a list of options.
    public var usesInputBlocks: Bool {
        switch self {
        case .qcu, .qcm: false
        case .qroc, .qrocmInd, .qrocmDep: true
        }
    }
}

/// The result of validating one answer, with Pix's raw values (`AnswerStatus.js`).
public enum AnswerStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case ok
    case ko
    case aband
    case timedout
    case focusedOut
    /// Only produced by Pix's historical QROCM-dep scoring; kept so every Pix status has a value.
    case partially
    /// What Pix returns for a challenge type it cannot validate.
    case unimplemented
}

/// The three tolerances an author can switch on or off (Pix editor "T1", "T2", "T3").
///
/// - t1: ignore case, accents and every space.
/// - t2: ignore punctuation and every character outside `[a-zA-Z0-9 ]`.
/// - t3: accept an edit distance of at most a quarter of the answer's length.
public struct Tolerances: Sendable, Hashable, Codable {
    public var t1: Bool
    public var t2: Bool
    public var t3: Bool

    public init(t1: Bool = true, t2: Bool = true, t3: Bool = true) {
        self.t1 = t1
        self.t2 = t2
        self.t3 = t3
    }

    /// Pix's default: a tolerance is enabled unless the editor says "Désactivé".
    public static let pixDefault = Tolerances()
    public static let none = Tolerances(t1: false, t2: false, t3: false)
}
