/// Pix's reading of numbers in QROC answers whose format is `nombre`
/// (`api/src/shared/infrastructure/utils/string-utils.js`), reproduced with its quirks:
///
/// - Only the **first** comma becomes a dot and only the **first** U+0020 space is removed
///   (JavaScript `replace` with a string pattern), so "1 000" is a number and "1 000 000" is not.
/// - `isNumeric` trims before removing the space, `cleanStringAndParseFloat` does not, so
///   " 1 000" is numeric but its value is 1 (the leading space is the one removed, and
///   `parseFloat` stops at the remaining space).
/// - Whatever JavaScript's `Number()` accepts counts: "0x1A", "1e3", "Infinity", ".5", "+5".
///   `parseFloat("0x1A")` is 0, so "0x1A" equals "0".
public enum PixNumber {
    /// `isNumeric(string)`: `Number()` and `parseFloat` both give a number after the comma and
    /// space clean-up.
    public static func isNumeric(_ text: String) -> Bool {
        let withDot = JavaScript.replacingFirst(",", with: ".", in: text)
        let trimmed = JavaScript.trim(withDot)
        let candidate = JavaScript.replacingFirst(" ", with: "", in: trimmed)
        let scalars = Array(candidate.unicodeScalars)
        return JavaScriptNumber.isValidNumberLiteral(scalars) && !JavaScriptNumber.parseFloat(scalars).isNaN
    }

    /// `cleanStringAndParseFloat(string)`: the value Pix compares. NaN when there is no number
    /// (NaN never equals anything, as in JavaScript).
    public static func cleanStringAndParseFloat(_ text: String) -> Double {
        let withoutSpace = JavaScript.replacingFirst(" ", with: "", in: text)
        let withDot = JavaScript.replacingFirst(",", with: ".", in: withoutSpace)
        return JavaScriptNumber.parseFloat(Array(withDot.unicodeScalars))
    }
}

/// JavaScript's `Number(string)` grammar (StringNumericLiteral) and `parseFloat`.
enum JavaScriptNumber {
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// The longest decimal literal starting at `start`: sign, then "Infinity" or digits with an
    /// optional fraction and exponent. Returns its end and its value, or nil when none starts
    /// there; the caller decides whether characters may follow.
    private static func decimalLiteral(_ s: [Unicode.Scalar], from start: Int) -> (end: Int, value: Double)? {
        var i = start
        var negative = false
        if i < s.count, s[i] == "+" || s[i] == "-" {
            negative = s[i] == "-"
            i += 1
        }
        let infinity: [Unicode.Scalar] = ["I", "n", "f", "i", "n", "i", "t", "y"]
        if i + infinity.count <= s.count, Array(s[i..<(i + infinity.count)]) == infinity {
            return (i + infinity.count, negative ? -.infinity : .infinity)
        }
        let integerStart = i
        while i < s.count, isDigit(s[i]) { i += 1 }
        let integerDigits = s[integerStart..<i]
        var fractionDigits = s[i..<i]
        if i < s.count, s[i] == "." {
            let fractionStart = i + 1
            var j = fractionStart
            while j < s.count, isDigit(s[j]) { j += 1 }
            if !integerDigits.isEmpty || j > fractionStart {
                fractionDigits = s[fractionStart..<j]
                i = j
            }
        }
        guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { return nil }
        var exponent = ""
        if i < s.count, s[i] == "e" || s[i] == "E" {
            var j = i + 1
            var sign = ""
            if j < s.count, s[j] == "+" || s[j] == "-" {
                sign = s[j] == "-" ? "-" : ""
                j += 1
            }
            let exponentStart = j
            while j < s.count, isDigit(s[j]) { j += 1 }
            if j > exponentStart {
                exponent = "e" + sign + String(String.UnicodeScalarView(s[exponentStart..<j]))
                i = j
            }
        }
        // Swift's Double(String) rounds correctly, like V8; it is only given the canonical form.
        let integerText = integerDigits.isEmpty ? "0" : String(String.UnicodeScalarView(integerDigits))
        let fractionText = fractionDigits.isEmpty ? "" : "." + String(String.UnicodeScalarView(fractionDigits))
        let magnitude = Double(integerText + fractionText + exponent) ?? .nan
        return (i, negative ? -magnitude : magnitude)
    }

    /// Value of an ASCII digit or letter in bases up to 36 (Swift's `hexDigitValue` also accepts
    /// fullwidth forms, which JavaScript does not).
    private static func asciiDigitValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: scalar.value - 0x30
        case 0x41...0x5A: scalar.value - 0x41 + 10
        case 0x61...0x7A: scalar.value - 0x61 + 10
        default: nil
        }
    }

    /// `parseFloat(string)`.
    static func parseFloat(_ s: [Unicode.Scalar]) -> Double {
        var i = 0
        while i < s.count, JavaScript.isWhitespace(s[i]) { i += 1 }
        return decimalLiteral(s, from: i)?.value ?? .nan
    }

    /// Whether `Number(string)` is not NaN.
    static func isValidNumberLiteral(_ s: [Unicode.Scalar]) -> Bool {
        var start = 0
        var end = s.count
        while start < end, JavaScript.isWhitespace(s[start]) { start += 1 }
        while end > start, JavaScript.isWhitespace(s[end - 1]) { end -= 1 }
        if start == end { return true }
        let body = Array(s[start..<end])
        if body.count > 2, body[0] == "0" {
            let radix: UInt32? = switch body[1] {
            case "x", "X": 16
            case "o", "O": 8
            case "b", "B": 2
            default: nil
            }
            if let radix {
                return body[2...].allSatisfy { scalar in
                    guard let digit = asciiDigitValue(scalar) else { return false }
                    return digit < radix
                }
            }
        }
        guard let literal = decimalLiteral(body, from: 0) else { return false }
        return literal.end == body.count
    }
}
