/// The text helpers every stage shares, so that "trimmed", "the same word but for accents" and
/// "close enough to be a typo" mean one thing everywhere.
extension StringProtocol {
    /// Without leading and trailing white space (Unicode `White_Space`: spaces, tabs, line breaks,
    /// no-break spaces).
    public func trimmingWhitespace() -> String {
        // Most values have nothing to trim: check the ends without decoding the whole text.
        let text = Substring(self)
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return String(text) }
        var scalars = text.unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Lowercased and without accents (`É` → `e`, `œ` → `oe`; combining accents are dropped):
    /// for "did you mean", comparisons that forgive accents, and alphabetical order.
    public var foldedForComparison: String {
        String(String.UnicodeScalarView(Folding.folded(self)))
    }
}

public enum Folding {
    /// The scalars of `foldedForComparison`.
    public static func folded<Text: StringProtocol>(_ text: Text) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "à", "â", "ä", "á", "ã", "å": result.append("a")
            case "ç": result.append("c")
            case "é", "è", "ê", "ë": result.append("e")
            case "î", "ï", "í", "ì": result.append("i")
            case "ô", "ö", "ó", "ò", "õ": result.append("o")
            case "ù", "û", "ü", "ú": result.append("u")
            case "ÿ", "ý": result.append("y")
            case "ñ": result.append("n")
            case "œ": result.append("o"); result.append("e")
            case "æ": result.append("a"); result.append("e")
            default:
                // Combining accents (a decomposed "é") go with their base letter.
                if !(0x300...0x36F).contains(scalar.value) { result.append(scalar) }
            }
        }
        return result
    }
}

/// Levenshtein distance: insertions, deletions and substitutions, each 1.
public enum EditDistance {
    public static func levenshtein<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        levenshtein(a, b, limit: nil) ?? 0
    }

    /// The distance, or nil when it exceeds `limit`.
    @inlinable
    public static func levenshtein<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int?) -> Int? {
        if let limit, abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            let element = a[i - 1]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (element == b[j - 1] ? 0 : 1)
                let value = min(substitution, previous[j] + 1, current[j - 1] + 1)
                current[j] = value
                if value < rowMinimum { rowMinimum = value }
            }
            // Row minima never decrease, so once every cell is over the limit the result is too.
            if let limit, rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        let distance = previous[b.count]
        if let limit, distance > limit { return nil }
        return distance
    }
}

/// "Did you mean": the closest candidate by edit distance, if it is close enough to be a typo.
public enum Suggestion {
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let folded = word.foldedForComparison
        var best: (String, Int)?
        for candidate in candidates {
            let distance = EditDistance.levenshtein(Array(folded.unicodeScalars), Array(candidate.foldedForComparison.unicodeScalars))
            if best == nil || distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(1, min(3, (max(word.count, candidate.count) + 2) / 4))
        return distance <= limit ? candidate : nil
    }
}
