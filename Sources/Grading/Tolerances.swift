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
