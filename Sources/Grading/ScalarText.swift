/// Text as an array of Unicode scalars, with the JavaScript string operations the Pix parsers
/// use (`split`, `indexOf`, `replace` with string patterns, `trim`), and a map from scalar
/// positions to UTF-8 offsets so that parsed pieces can point back into the source text.
struct ScalarText {
    let scalars: [Unicode.Scalar]
    /// `utf8Offsets[i]` is the UTF-8 offset of scalar `i`; the last entry is the total length.
    let utf8Offsets: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        utf8Offsets = offsets
    }

    var count: Int { scalars.count }

    func utf8Range(_ range: Range<Int>) -> Range<Int> { utf8Offsets[range.lowerBound]..<utf8Offsets[range.upperBound] }

    func string(_ range: Range<Int>) -> String { Scalars.string(scalars[range]) }
}

enum Scalars {
    /// The string of these scalars, its UTF-8 written once: appending them one by one to a
    /// `String.UnicodeScalarView` was the largest cost of reading proposals and options.
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { unit in
                    buffer[written] = unit
                    written += 1
                }
            }
            return written
        }
    }

    static func of(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// `indexOf(pattern, from)`, in `s[..<end]` when `end` is given.
    static func firstIndex(of pattern: [Unicode.Scalar], in s: [Unicode.Scalar], from start: Int = 0, before end: Int? = nil) -> Int? {
        let limit = min(end ?? s.count, s.count)
        guard !pattern.isEmpty else { return start <= limit ? start : nil }
        guard limit >= pattern.count else { return nil }
        var i = start
        while i + pattern.count <= limit {
            if s[i] == pattern[0], s[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    /// `lastIndexOf(scalar)`.
    static func lastIndex(of scalar: Unicode.Scalar, in s: [Unicode.Scalar]) -> Int? { s.lastIndex(of: scalar) }

    static func contains(_ pattern: [Unicode.Scalar], in s: [Unicode.Scalar]) -> Bool { firstIndex(of: pattern, in: s) != nil }

    /// `split(separator)` with a non-empty string separator.
    static func split(_ s: [Unicode.Scalar], by separator: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var pieces: [[Unicode.Scalar]] = []
        var start = 0
        while let found = firstIndex(of: separator, in: s, from: start) {
            pieces.append(Array(s[start..<found]))
            start = found + separator.count
        }
        pieces.append(Array(s[start...]))
        return pieces
    }

    /// `split(/[#§]/)`: split on any of the given scalars.
    static func split(_ s: [Unicode.Scalar], onAnyOf separators: Set<Unicode.Scalar>) -> [[Unicode.Scalar]] {
        var pieces: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in s {
            if separators.contains(scalar) {
                pieces.append(current)
                current = []
            } else {
                current.append(scalar)
            }
        }
        pieces.append(current)
        return pieces
    }

    /// `replace(pattern, '')` with a string pattern: removes the first occurrence only.
    static func removingFirst(_ pattern: [Unicode.Scalar], from s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let found = firstIndex(of: pattern, in: s) else { return s }
        return Array(s[..<found]) + Array(s[(found + pattern.count)...])
    }

    /// `trim()`.
    static func trim(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let first = s.firstIndex(where: { !JavaScript.isWhitespace($0) }),
              let last = s.lastIndex(where: { !JavaScript.isWhitespace($0) })
        else { return [] }
        return Array(s[first...last])
    }
}
