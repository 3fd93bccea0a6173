/// The five challenge types, spelled as Pix spells them in a release (pix-content.md §1.3), and
/// the ones whose answers the Pix API validates.
public enum ChallengeType: String, Sendable, Hashable, CaseIterable, Codable {
    case qcu = "QCU"
    case qcm = "QCM"
    case qroc = "QROC"
    case qrocmInd = "QROCM-ind"
    case qrocmDep = "QROCM-dep"

    /// QCU and QCM: the learner picks among options.
    public var isChoice: Bool { self == .qcu || self == .qcm }

    /// QROC, QROCM-ind and QROCM-dep read their inputs from `${…}` blocks in the proposals;
    /// QCU and QCM read a list of options.
    public var usesInputBlocks: Bool { !isChoice }
}

/// A challenge's status in the content (pix-content.md §1.3).
public enum ChallengeStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case proposé
    case validé
    case archivé
    case périmé

    /// "Operative" challenges (`validé` + `archivé`) can be served in campaigns.
    public var isOperative: Bool { self == .validé || self == .archivé }
}
