/// The little JSON that Pix's proposals syntax embeds: `options=["a","b"]` and `value="…"`,
/// read as JavaScript's `JSON.parse` reads them and written so that both mon-pix and the Pix
/// API find the block boundaries where they should.
enum JSONText {
    private static func isJSONWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    /// `JSON.parse(text)` when the text is an array of strings; nil for anything else
    /// (JSON.parse would throw, or give something other than strings).
    static func parseStringArray(_ text: Substring.UnicodeScalarView) -> [String]? {
        let scalars = Array(text)
        var i = 0
        func skipWhitespace() { while i < scalars.count, isJSONWhitespace(scalars[i]) { i += 1 } }
        skipWhitespace()
        guard i < scalars.count, scalars[i] == "[" else { return nil }
        i += 1
        skipWhitespace()
        var values: [String] = []
        if i < scalars.count, scalars[i] == "]" {
            i += 1
        } else {
            while true {
                guard let (value, end) = parseString(scalars, from: i) else { return nil }
                values.append(value)
                i = end
                skipWhitespace()
                guard i < scalars.count else { return nil }
                if scalars[i] == "]" { i += 1; break }
                guard scalars[i] == "," else { return nil }
                i += 1
                skipWhitespace()
            }
        }
        skipWhitespace()
        return i == scalars.count ? values : nil
    }

    /// `JSON.parse(text)` when the text is a single string literal (surrounding JSON whitespace
    /// allowed); nil otherwise.
    static func parseString(_ text: Substring.UnicodeScalarView) -> String? {
        let scalars = Array(text)
        var i = 0
        while i < scalars.count, isJSONWhitespace(scalars[i]) { i += 1 }
        guard let (value, end) = parseString(scalars, from: i) else { return nil }
        i = end
        while i < scalars.count, isJSONWhitespace(scalars[i]) { i += 1 }
        return i == scalars.count ? value : nil
    }

    private static func parseString(_ s: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        guard start < s.count, s[start] == "\"" else { return nil }
        var result = String.UnicodeScalarView()
        var i = start + 1
        while i < s.count {
            let scalar = s[i]
            switch scalar {
            case "\"":
                return (String(result), i + 1)
            case "\\":
                guard i + 1 < s.count else { return nil }
                let escape = s[i + 1]
                i += 2
                switch escape {
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                case "/": result.append("/")
                case "b": result.append("\u{8}")
                case "f": result.append("\u{C}")
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                case "u":
                    guard let high = hexQuad(s, at: i) else { return nil }
                    i += 4
                    if (0xD800...0xDBFF).contains(high) {
                        // A Swift string cannot hold a lone surrogate; such text is rejected.
                        guard i + 1 < s.count, s[i] == "\\", s[i + 1] == "u",
                              let low = hexQuad(s, at: i + 2), (0xDC00...0xDFFF).contains(low),
                              let combined = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                        else { return nil }
                        result.append(combined)
                        i += 6
                    } else {
                        guard let decoded = Unicode.Scalar(high) else { return nil }
                        result.append(decoded)
                    }
                default:
                    return nil
                }
            default:
                if scalar.value < 0x20 { return nil }
                result.append(scalar)
                i += 1
            }
        }
        return nil
    }

    private static func hexQuad(_ s: [Unicode.Scalar], at start: Int) -> UInt32? {
        guard start + 4 <= s.count else { return nil }
        var value: UInt32 = 0
        for scalar in s[start..<(start + 4)] {
            let digit: UInt32
            switch scalar.value {
            case 0x30...0x39: digit = scalar.value - 0x30
            case 0x41...0x46: digit = scalar.value - 0x41 + 10
            case 0x61...0x66: digit = scalar.value - 0x61 + 10
            default: return nil
            }
            value = value * 16 + digit
        }
        return value
    }

    /// A JSON string literal for `value` that is safe inside a `${…}` block: besides what JSON
    /// requires, `}` (which would end the block), `=` (which would let "options=" or "value="
    /// appear), `#` and `§` (placeholder and aria-label separators) and the line terminators
    /// (which stop the API's block pattern) are written as `\uXXXX` escapes.
    static func blockSafeLiteral(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "}", "=", "#", "§", "\u{2028}", "\u{2029}":
                out += unicodeEscape(scalar.value)
            default:
                if scalar.value < 0x20 {
                    out += unicodeEscape(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
