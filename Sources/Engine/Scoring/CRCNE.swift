/// A level of the CRCNÉ (digital competences of education staff) certification.
public enum CRCNELevel: Int, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case initié = 1
    case confirmé = 2
    case avancé = 3
    case expert = 4

    public static func < (lhs: CRCNELevel, rhs: CRCNELevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

public enum CRCNE {
    /// The certified level is the highest level recognised by *both* the automated session and
    /// the evaluator's grid, i.e. the lower of the two; nothing when either recognises none.
    public static func certifiedLevel(session: CRCNELevel?, evaluatorGrid: CRCNELevel?) -> CRCNELevel? {
        guard let session, let evaluatorGrid else { return nil }
        return min(session, evaluatorGrid)
    }
}
