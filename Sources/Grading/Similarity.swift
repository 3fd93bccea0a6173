import Vocabulary

/// Pix's t3 tolerance (`api/src/shared/domain/services/string-similarity-service.js`, with the
/// npm package `fast-levenshtein`).
///
/// Lengths and edit distances count UTF-16 code units, as JavaScript strings do: an emoji
/// outside the BMP counts 2, "é" precomposed counts 1 and decomposed counts 2.
public enum Similarity {
    /// `LEVENSHTEIN_DISTANCE_MAX_RATE`.
    public static let maximumRatio = 0.25

    /// Levenshtein distance over UTF-16 code units (insertions, deletions, substitutions, each 1).
    public static func levenshteinDistance(_ lhs: String, _ rhs: String) -> Int {
        levenshtein(Array(lhs.utf16), Array(rhs.utf16), limit: nil) ?? 0
    }

    /// `distance / answer.length`; with an empty answer, 0 if the reference is empty too and
    /// infinity otherwise. Divided by the **answer's** length, not the reference's.
    public static func ratio(_ answer: String, _ reference: String) -> Double {
        let answerUnits = Array(answer.utf16)
        if answerUnits.isEmpty { return reference.isEmpty ? 0 : .infinity }
        let distance = levenshtein(answerUnits, Array(reference.utf16), limit: nil) ?? 0
        return Double(distance) / Double(answerUnits.count)
    }

    /// The longest text typo tolerance is computed for, in UTF-16 code units, once the
    /// beginning and the end two texts share are set aside. Beyond it the edit distance would
    /// cost time proportional to the product of the lengths; such a comparison is not made
    /// (`Closeness.beyondLimit`) unless the lengths alone already decide it.
    public static let maximumLength = 2_000

    /// Whether an answer is within typo tolerance of a reference.
    public enum Closeness: Sendable, Hashable {
        case close
        case far
        /// Not computed: the texts differ over more than `maximumLength` code units.
        case beyondLimit
    }

    /// `isCloseEnough`: ratio ≤ 0.25. Computed whatever the length (tests and references).
    public static func isCloseEnough(_ answer: String, to reference: String) -> Bool {
        let answerUnits = Array(answer.utf16)
        if answerUnits.isEmpty { return reference.isEmpty }
        return levenshtein(answerUnits, Array(reference.utf16), limit: answerUnits.count / 4) != nil
    }

    /// `isCloseEnoughToOneOf`: false when there is no reference (JavaScript's `Math.min()` of
    /// nothing is infinity).
    public static func isCloseEnoughToOneOf(_ answer: String, _ references: [String]) -> Bool {
        let answerUnits = Array(answer.utf16)
        return references.contains { closeness(answerUnits, to: Array($0.utf16)) == .close }
    }

    // MARK: Code-unit level, used by the graders on precomputed arrays

    /// `isCloseEnough` within `maximumLength`.
    public static func closeness(_ answer: [UInt16], to reference: [UInt16]) -> Closeness {
        if answer.isEmpty { return reference.isEmpty ? .close : .far }
        // distance / length ≤ 0.25 ⇔ 4 × distance ≤ length: 0.25 is exact in binary and a
        // quotient above it cannot round down to it for any realistic length.
        let limit = answer.count / 4
        if abs(answer.count - reference.count) > limit { return .far }
        let (a, b) = differingMiddles(answer, reference)
        if max(a.count, b.count) > maximumLength { return .beyondLimit }
        return levenshtein(Array(a), Array(b), limit: limit) != nil ? .close : .far
    }

    /// The two texts without the beginning and the end they share: the edit distance is the
    /// same, and equal or nearly equal texts cost time proportional to their length only.
    static func differingMiddles(_ a: [UInt16], _ b: [UInt16]) -> (ArraySlice<UInt16>, ArraySlice<UInt16>) {
        var start = 0
        let shorter = min(a.count, b.count)
        while start < shorter, a[start] == b[start] { start += 1 }
        var end = 0
        while end < shorter - start, a[a.count - 1 - end] == b[b.count - 1 - end] { end += 1 }
        return (a[start..<(a.count - end)], b[start..<(b.count - end)])
    }

    static func levenshtein(_ a: [UInt16], _ b: [UInt16], limit: Int?) -> Int? {
        EditDistance.levenshtein(a, b, limit: limit)
    }
}
