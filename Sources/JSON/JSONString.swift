import Foundation

/// How a string literal is escaped. Every literal escapes `"`, `\` and the control characters
/// below U+0020 (`\b \f \n \r \t`, the others as `\u00xx`) and writes everything else as UTF-8,
/// `/` and non-ASCII letters included, as JavaScript's `JSON.stringify` does; the options add to
/// that.
public struct JSONEscaping: Sendable {
    /// Writes the text in Unicode NFC: Swift calls `"é"` and `"e\u{301}"` equal, so a canonical
    /// writer must print them the same.
    public let normalizesToNFC: Bool
    /// Scalars also written as `\uxxxx` (scalars of the Basic Multilingual Plane).
    public let alsoEscaped: Set<Unicode.Scalar>
    /// The ASCII members of `alsoEscaped`, as bits, and the others: most text is ASCII, which is
    /// then checked without hashing.
    let asciiBits: (low: UInt64, high: UInt64)
    let nonASCII: Set<Unicode.Scalar>

    public init(normalizesToNFC: Bool = false, alsoEscaped: Set<Unicode.Scalar> = []) {
        self.normalizesToNFC = normalizesToNFC
        self.alsoEscaped = alsoEscaped
        var bits: (low: UInt64, high: UInt64) = (0, 0)
        for scalar in alsoEscaped where scalar.isASCII {
            if scalar.value < 64 { bits.low |= 1 << UInt64(scalar.value) } else { bits.high |= 1 << UInt64(scalar.value - 64) }
        }
        asciiBits = bits
        nonASCII = alsoEscaped.filter { !$0.isASCII }
    }

    /// `JSON.stringify`'s escapes.
    public static let javaScript = JSONEscaping()
    /// The canonical writer's: `JSON.stringify`'s, on the NFC form of the text.
    public static let canonical = JSONEscaping(normalizesToNFC: true)
    /// For text read line by line, or where more characters break lines: U+2028 and U+2029 (line
    /// terminators in JavaScript source and in YAML 1.1) and U+0085 (a YAML 1.1 line break) are
    /// escaped too. JSON Lines output and reports.
    public static let lineSafe = JSONEscaping(alsoEscaped: ["\u{2028}", "\u{2029}", "\u{85}"])
    /// A YAML double-quoted string (whose escapes include JSON's): `lineSafe`, and the characters
    /// YAML does not allow as they are (DEL, the C1 controls, U+FEFF, U+FFFE, U+FFFF).
    public static let yamlDoubleQuoted = JSONEscaping(alsoEscaped: lineSafe.alsoEscaped
        .union((0x7F...0x9F).compactMap(Unicode.Scalar.init))
        .union(["\u{FEFF}", "\u{FFFE}", "\u{FFFF}"]))

    /// Whether an ASCII byte is escaped: `"`, `\`, a control character, or one of `alsoEscaped`.
    @inline(__always)
    static func escapes(ascii byte: UInt8, _ bits: (low: UInt64, high: UInt64)) -> Bool {
        if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
        return byte < 64 ? bits.low & (1 << UInt64(byte)) != 0 : bits.high & (1 << UInt64(byte - 64)) != 0
    }
}

/// The one JSON string escaper.
public enum JSONString {
    /// The literal, quotes included.
    public static func literal(_ text: String, _ escaping: JSONEscaping = .javaScript) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 2)
        append(text, to: &output, escaping)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the literal, quotes included.
    public static func append(_ text: String, to output: inout [UInt8], _ escaping: JSONEscaping = .javaScript) {
        // Most strings are read once, over their bytes: when no scalar of them needs a check of
        // its NFC form (`isSurelyNFC`) and the escaping adds no non-ASCII scalar, they are
        // copied in one go, or escaped byte by byte. Anything else takes the general way.
        if escaping.nonASCII.isEmpty {
            var text = text
            let done = text.withUTF8 { bytes in appendScanned(bytes, to: &output, escaping) }
            if done { return }
        }
        appendInGeneral(text, to: &output, escaping)
    }

    /// The literal of UTF-8 `bytes` when no escaped scalar is non-ASCII: false (nothing written)
    /// when the text must be normalized and one of its scalars is not surely NFC.
    private static func appendScanned(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], _ escaping: JSONEscaping) -> Bool {
        let bits = escaping.asciiBits
        let checksNFC = escaping.normalizesToNFC
        var escapes = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if !escapes, JSONEscaping.escapes(ascii: byte, bits) { escapes = true }
                index += 1
            } else if byte < 0xE0 {
                // Two bytes: U+0080 to U+07FF; below U+0300 (lead bytes up to 0xCB) is surely NFC.
                if checksNFC, byte >= 0xCC { return false }
                index += 2
            } else if byte < 0xF0 {
                if checksNFC {
                    guard index + 2 < count else { return false }
                    let value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    guard (0x2002...0x206F).contains(value) || (0x20A0...0x20C0).contains(value) else { return false }
                }
                index += 3
            } else {
                if checksNFC { return false }
                index += 4
            }
        }
        output.append(UInt8(ascii: "\""))
        if escapes {
            for byte in bytes {
                if byte < 0x80, JSONEscaping.escapes(ascii: byte, bits) { appendEscape(UInt32(byte), to: &output) } else { output.append(byte) }
            }
        } else {
            output.append(contentsOf: bytes)
        }
        output.append(UInt8(ascii: "\""))
        return true
    }

    /// Every escaping and every text: what `append` does when its byte scan does not apply (and
    /// what it must give whenever it does).
    static func appendInGeneral(_ text: String, to output: inout [UInt8], _ escaping: JSONEscaping) {
        let text = escaping.normalizesToNFC ? nfc(text) : text
        output.append(UInt8(ascii: "\""))
        let utf8 = text.utf8
        let bits = escaping.asciiBits
        if escaping.nonASCII.isEmpty {
            // Most strings need no escape: copy them in one go. (Closures over plain values only,
            // so that no context is allocated for each string of a large bundle.)
            if utf8.contains(where: { $0 < 0x80 && JSONEscaping.escapes(ascii: $0, bits) }) {
                for byte in utf8 {
                    if byte < 0x80, JSONEscaping.escapes(ascii: byte, bits) { appendEscape(UInt32(byte), to: &output) } else { output.append(byte) }
                }
            } else {
                output.append(contentsOf: utf8)
            }
        } else if !utf8.contains(where: { $0 >= 0x80 || JSONEscaping.escapes(ascii: $0, bits) }) {
            output.append(contentsOf: utf8)
        } else {
            for scalar in text.unicodeScalars {
                let escaped = scalar.isASCII ? JSONEscaping.escapes(ascii: UInt8(scalar.value), bits) : escaping.nonASCII.contains(scalar)
                if escaped { appendEscape(scalar.value, to: &output) } else { UTF8.encode(scalar) { output.append($0) } }
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ value: UInt32, to output: inout [UInt8]) {
        let backslash = UInt8(ascii: "\\")
        switch value {
        case 0x22: output.append(contentsOf: [backslash, UInt8(ascii: "\"")])
        case 0x5C: output.append(contentsOf: [backslash, backslash])
        case 0x08: output.append(contentsOf: [backslash, UInt8(ascii: "b")])
        case 0x0C: output.append(contentsOf: [backslash, UInt8(ascii: "f")])
        case 0x0A: output.append(contentsOf: [backslash, UInt8(ascii: "n")])
        case 0x0D: output.append(contentsOf: [backslash, UInt8(ascii: "r")])
        case 0x09: output.append(contentsOf: [backslash, UInt8(ascii: "t")])
        default:
            output.append(contentsOf: [backslash, UInt8(ascii: "u")])
            for shift: UInt32 in [12, 8, 4, 0] {
                let nibble = UInt8((value >> shift) & 0xF)
                output.append(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10)
            }
        }
    }

    /// The NFC form of a text.
    public static func nfc(_ text: String) -> String {
        if isSurelyNFC(text) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// True for strings NFC leaves unchanged whose check is cheap: every scalar below U+0300
    /// (Latin-1, Latin Extended: no combining mark, no singleton decomposition), or in General
    /// Punctuation from U+2002 (’ … – — « » and the narrow no-break space of French texts), or a
    /// currency sign. Anything else goes through Foundation's normalization.
    static func isSurelyNFC(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return text.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return value < 0x300 || (0x2002...0x206F).contains(value) || (0x20A0...0x20C0).contains(value)
        }
    }
}

/// Writes one compact JSON object with keys in the order they are added, so that the order of a
/// report is fixed by the code, never by a dictionary. Strings are escaped `lineSafe`.
public struct JSONObjectWriter: Sendable {
    private var parts: [String] = []

    public init() {}

    public mutating func string(_ key: String, _ value: String) { member(key, JSONString.literal(value, .lineSafe)) }
    public mutating func int(_ key: String, _ value: Int) { member(key, String(value)) }
    public mutating func number(_ key: String, _ value: Double) { member(key, JSONNumberText.canonical(value)) }
    public mutating func bool(_ key: String, _ value: Bool) { member(key, value ? "true" : "false") }
    public mutating func null(_ key: String) { member(key, "null") }
    /// `value` must already be valid JSON.
    public mutating func raw(_ key: String, _ value: String) { member(key, value) }

    private mutating func member(_ key: String, _ value: String) {
        parts.append(JSONString.literal(key, .lineSafe) + ":" + value)
    }

    public var result: String { "{" + parts.joined(separator: ",") + "}" }

    /// A compact array of already written values.
    public static func array(_ values: [String]) -> String { "[" + values.joined(separator: ",") + "]" }
}
