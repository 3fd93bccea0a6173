import Foundation

/// The few pieces of JavaScript string semantics that Pix's validation depends on, written so
/// that Swift gives the same results as V8 does for the same text.
///
/// Swift compares strings by canonical equivalence ("é" == "e\u{301}"), JavaScript by UTF-16 code
/// units; Swift's `lowercased()` ignores the Greek final-sigma rule that V8 applies. So grading
/// never uses Swift `String` equality or case mapping: it goes through these functions.
enum JavaScript {
    /// Characters matched by the regular expression `\s` and removed by `String.prototype.trim`:
    /// ECMAScript WhiteSpace (TAB, VT, FF, SP, NBSP, ZWNBSP, every `Zs`) plus LineTerminator
    /// (LF, CR, LS, PS). Checked against V8 for the whole BMP.
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
             0x3000, 0xFEFF:
            true
        default:
            false
        }
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool { isWhitespace(scalar.value) }

    /// Characters that JavaScript's `.` does not match (without the `s` flag).
    static func isLineTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x2028, 0x2029: true
        default: false
        }
    }

    /// `String.prototype.trim`.
    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !isWhitespace($0) })
        else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// `String.prototype.normalize('NFC')`.
    static func nfc(_ text: String) -> String {
        // Below U+0300 there is no combining mark and no singleton decomposition, so NFC is the
        // identity; answers are mostly Latin text, which this spares a Foundation round trip.
        if text.unicodeScalars.allSatisfy({ $0.value < 0x300 }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// `String.prototype.normalize('NFD')`.
    static func nfd(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value < 0xC0 }) { return text }
        return text.decomposedStringWithCanonicalMapping
    }

    /// `String.prototype.toLowerCase`: the Unicode default full case mapping, locale-independent,
    /// with the Final_Sigma context that V8 applies (Σ at the end of a word becomes ς).
    static func toLowerCase(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
            return String(decoding: text.utf8.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        result.reserveCapacity(scalars.count)
        for (index, scalar) in scalars.enumerated() {
            if scalar.value < 0x80 {
                let value = scalar.value
                result.append((value >= 0x41 && value <= 0x5A) ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
            } else if scalar.value == 0x3A3 {
                result.append(isFinalSigma(at: index, in: scalars) ? "\u{3C2}" : "\u{3C3}")
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(result)
    }

    /// Unicode Table 3-17: preceded by a cased letter (skipping case-ignorable characters) and
    /// not followed by one.
    private static func isFinalSigma(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var before = index - 1
        while before >= 0, scalars[before].properties.isCaseIgnorable { before -= 1 }
        guard before >= 0, scalars[before].properties.isCased else { return false }
        var after = index + 1
        while after < scalars.count, scalars[after].properties.isCaseIgnorable { after += 1 }
        return !(after < scalars.count && scalars[after].properties.isCased)
    }

    /// Strict equality of two JavaScript strings: same UTF-16 code units. Two Swift strings with
    /// the same scalars have the same code units, so comparing scalars is enough (and unlike
    /// `==`, it does not identify canonically equivalent strings).
    static func strictlyEqual(_ lhs: String, _ rhs: String) -> Bool {
        lhs.unicodeScalars.elementsEqual(rhs.unicodeScalars)
    }

    /// `String.prototype.length`: UTF-16 code units.
    static func length(_ text: String) -> Int { text.utf16.count }

    // MARK: Property order

    /// If `key` is an array index (a canonical decimal integer below 2³²−1), its value.
    ///
    /// Plain JavaScript objects list such keys first, in ascending order, before every other key
    /// in insertion order. Pix builds its per-key results, its QROCM-dep matching order and its
    /// "first block" of a QROC from objects, so the order matters.
    static func arrayIndex(_ key: String) -> UInt32? {
        let bytes = key.utf8
        guard let first = bytes.first, !bytes.isEmpty, bytes.count <= 10 else { return nil }
        if first == 0x30 { return bytes.count == 1 ? 0 : nil }
        var value: UInt64 = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + UInt64(byte - 0x30)
        }
        return value <= 4_294_967_294 ? UInt32(value) : nil
    }

    /// The positions of `keys` in the order a JavaScript object created by inserting them one by
    /// one would list its own keys. A repeated key keeps the place of its first insertion, so
    /// only first occurrences are returned.
    static func propertyOrder(_ keys: [String]) -> [Int] {
        var seen = Set<PropertyKey>()
        var indexed: [(index: UInt32, position: Int)] = []
        var named: [Int] = []
        for (position, key) in keys.enumerated() {
            guard seen.insert(PropertyKey(key)).inserted else { continue }
            if let index = arrayIndex(key) {
                indexed.append((index, position))
            } else {
                named.append(position)
            }
        }
        indexed.sort { $0.index < $1.index }
        return indexed.map(\.position) + named
    }
}

/// A string as a JavaScript object key: equal only when the code units are (unlike `String`,
/// whose equality and hashing identify canonically equivalent strings).
struct PropertyKey: Hashable, Sendable {
    let utf8: [UInt8]

    init(_ text: String) { utf8 = Array(text.utf8) }
}
