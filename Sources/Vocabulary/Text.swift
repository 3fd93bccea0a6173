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

    /// The distance, or nil when it exceeds `limit`. With a limit, only the cells within `limit`
    /// of the diagonal are computed (Ukkonen's band): time proportional to the length times the
    /// limit, not to the product of the lengths.
    @inlinable
    public static func levenshtein<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int?) -> Int? {
        if let limit, abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let n = a.count
        let m = b.count
        // Every value above `limit` is written as `ceiling`; the band is all of the row without a limit.
        let band = limit ?? max(n, m)
        let ceiling = band + 1
        var previous = [Int](repeating: ceiling, count: m + 1)
        var current = [Int](repeating: ceiling, count: m + 1)
        for j in 0...min(m, band) { previous[j] = j }
        for i in 1...n {
            let low = max(1, i - band)
            let high = min(m, i + band)
            current[low - 1] = low == 1 ? min(i, ceiling) : ceiling
            var rowMinimum = current[low - 1]
            let element = a[i - 1]
            if low <= high {
                for j in low...high {
                    let substitution = previous[j - 1] + (element == b[j - 1] ? 0 : 1)
                    let value = min(substitution, previous[j] + 1, current[j - 1] + 1, ceiling)
                    current[j] = value
                    if value < rowMinimum { rowMinimum = value }
                }
            }
            // The next row reads one cell past this row's band.
            if high < m { current[high + 1] = ceiling }
            // Row minima never decrease, so once every cell is over the limit the result is too.
            if limit != nil, rowMinimum >= ceiling { return nil }
            swap(&previous, &current)
        }
        let distance = previous[m]
        if let limit, distance > limit { return nil }
        return distance
    }
}

/// "Did you mean": the known name closest to a misspelled one, if it is close enough to be a typo.
public enum Suggestion {
    /// Nothing longer is looked up: it is not a misspelled name, and comparing it would cost
    /// time proportional to its length times every candidate's.
    public static let maximumWordLength = 200
    /// The most edits a suggestion may be away (fewer for short words).
    static let maximumDistance = 3

    public static func closest(to word: String, among candidates: [String]) -> String? {
        closest(to: word, in: SuggestionCandidates(candidates, indexed: false))
    }

    /// Among prepared candidates; `excluding` is never suggested.
    public static func closest(to word: String, in candidates: SuggestionCandidates, excluding: String? = nil) -> String? {
        let folded = Folding.folded(word)
        guard folded.count <= maximumWordLength else { return nil }
        let wordLength = word.count
        var best: (index: Int, distance: Int)?
        for index in candidates.indices(near: folded) {
            guard candidates.originals[index] != excluding,
                  let distance = EditDistance.levenshtein(folded, candidates.folded[index], limit: maximumDistance) else { continue }
            if best == nil || distance < (best?.distance ?? Int.max) || (distance == best?.distance && index < (best?.index ?? 0)) {
                best = (index, distance)
            }
        }
        guard let best else { return nil }
        let candidate = candidates.originals[best.index]
        let limit = max(1, min(maximumDistance, (max(wordLength, candidate.count) + 2) / 4))
        return best.distance <= limit ? candidate : nil
    }
}

/// Candidates for "did you mean", folded once. A long list (every challenge id of a large
/// repository) is also indexed by its single deletions (symmetric-delete lookup), so that a
/// lookup compares the word with the few candidates one edit or two away instead of with all of
/// them: a repository with thousands of broken references stays linear. Candidates farther away
/// are not suggested from a long list.
public struct SuggestionCandidates: Sendable {
    public static let indexedAbove = 256

    let originals: [String]
    let folded: [[Unicode.Scalar]]
    /// Hash of a folded candidate or of one of its single deletions → its first entry; entries
    /// hold the candidate's index and the next entry with the same hash (-1 ends the chain).
    private let heads: [UInt64: Int32]?
    private let entryCandidates: [Int32]
    private let nextEntries: [Int32]

    public init(_ candidates: [String], indexed: Bool = true) {
        originals = candidates
        folded = candidates.map { Folding.folded($0) }
        guard indexed, candidates.count > Self.indexedAbove else {
            heads = nil
            entryCandidates = []
            nextEntries = []
            return
        }
        var heads: [UInt64: Int32] = [:]
        var entryCandidates: [Int32] = []
        var nextEntries: [Int32] = []
        // Built backwards so that each chain lists candidates in list order.
        for (index, scalars) in folded.enumerated().reversed() where scalars.count <= Suggestion.maximumWordLength {
            for hash in Self.deletionHashes(scalars) {
                nextEntries.append(heads[hash] ?? -1)
                heads[hash] = Int32(entryCandidates.count)
                entryCandidates.append(Int32(index))
            }
        }
        self.heads = heads
        self.entryCandidates = entryCandidates
        self.nextEntries = nextEntries
    }

    /// Candidates to compare with `word`: all of a short list, else those sharing the word or one
    /// of its single deletions, in list order.
    func indices(near word: [Unicode.Scalar]) -> [Int] {
        guard let heads else { return Array(originals.indices) }
        var found = Set<Int>()
        for hash in Self.deletionHashes(word) {
            var entry = heads[hash] ?? -1
            while entry >= 0 {
                found.insert(Int(entryCandidates[Int(entry)]))
                entry = nextEntries[Int(entry)]
            }
        }
        return found.sorted()
    }

    /// A polynomial hash of the scalars, then of the scalars without each one of them, each in
    /// constant time from prefix and suffix sums (wrapping arithmetic; a collision only costs
    /// one comparison more).
    static func deletionHashes(_ scalars: [Unicode.Scalar]) -> [UInt64] {
        let base: UInt64 = 0x0000_0100_0000_01b3
        let count = scalars.count
        var prefix = [UInt64](repeating: 0, count: count + 1)
        for index in 0..<count { prefix[index + 1] = prefix[index] &* base &+ UInt64(scalars[index].value) }
        var powers = [UInt64](repeating: 1, count: count + 1)
        for index in 0..<count { powers[index + 1] = powers[index] &* base }
        var suffix = [UInt64](repeating: 0, count: count + 1)
        for index in stride(from: count - 1, through: 0, by: -1) {
            suffix[index] = UInt64(scalars[index].value) &* powers[count - 1 - index] &+ suffix[index + 1]
        }
        var hashes = [prefix[count]]
        hashes.reserveCapacity(count + 1)
        for position in 0..<count {
            hashes.append(prefix[position] &* powers[count - 1 - position] &+ suffix[position + 1])
        }
        return hashes
    }
}
