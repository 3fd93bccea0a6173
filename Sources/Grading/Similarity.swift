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

    /// `isCloseEnough`: ratio ≤ 0.25.
    public static func isCloseEnough(_ answer: String, to reference: String) -> Bool {
        isCloseEnough(Array(answer.utf16), to: Array(reference.utf16))
    }

    /// `isCloseEnoughToOneOf`: false when there is no reference (JavaScript's `Math.min()` of
    /// nothing is infinity).
    public static func isCloseEnoughToOneOf(_ answer: String, _ references: [String]) -> Bool {
        let answerUnits = Array(answer.utf16)
        return references.contains { isCloseEnough(answerUnits, to: Array($0.utf16)) }
    }

    // MARK: Code-unit level, used by the graders on precomputed arrays

    static func isCloseEnough(_ answer: [UInt16], to reference: [UInt16]) -> Bool {
        if answer.isEmpty { return reference.isEmpty }
        // distance / length ≤ 0.25 ⇔ 4 × distance ≤ length: 0.25 is exact in binary and a
        // quotient above it cannot round down to it for any realistic length.
        let limit = answer.count / 4
        return levenshtein(answer, reference, limit: limit) != nil
    }

    static func levenshtein(_ a: [UInt16], _ b: [UInt16], limit: Int?) -> Int? {
        EditDistance.levenshtein(a, b, limit: limit)
    }
}
