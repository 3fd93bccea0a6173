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
        // The three clean-up steps on one array of scalars, as the strings JavaScript builds.
        var scalars = Array(text.unicodeScalars)
        if let comma = scalars.firstIndex(of: ",") { scalars[comma] = "." }
        guard let first = scalars.firstIndex(where: { !JavaScript.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !JavaScript.isWhitespace($0) })
        else { return false } // `Number("")` is 0, but `parseFloat("")` is NaN.
        var candidate = Array(scalars[first...last])
        if let space = candidate.firstIndex(of: " ") { candidate.remove(at: space) }
        return JavaScriptNumber.isValidNumberLiteral(candidate) && !JavaScriptNumber.parseFloat(candidate).isNaN
    }

    /// `cleanStringAndParseFloat(string)`: the value Pix compares. NaN when there is no number
    /// (NaN never equals anything, as in JavaScript).
    public static func cleanStringAndParseFloat(_ text: String) -> Double {
        var scalars = Array(text.unicodeScalars)
        if let space = scalars.firstIndex(of: " ") { scalars.remove(at: space) }
        if let comma = scalars.firstIndex(of: ",") { scalars[comma] = "." }
        return JavaScriptNumber.parseFloat(scalars)
    }
}

/// JavaScript's `Number(string)` grammar (StringNumericLiteral) and `parseFloat`.
enum JavaScriptNumber {
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// The longest decimal literal starting at `start` and ending by `end` (the whole array when
    /// nil): sign, then "Infinity" or digits with an optional fraction and exponent. Returns its
    /// end and its value, or nil when none starts there; the caller decides whether characters
    /// may follow.
    private static func decimalLiteral(_ s: [Unicode.Scalar], from start: Int, to end: Int? = nil) -> (end: Int, value: Double)? {
        let count = min(end ?? s.count, s.count)
        var i = start
        var negative = false
        if i < count, s[i] == "+" || s[i] == "-" {
            negative = s[i] == "-"
            i += 1
        }
        if i + infinity.count <= count, s[i..<(i + infinity.count)].elementsEqual(infinity) {
            return (i + infinity.count, negative ? -.infinity : .infinity)
        }
        let integerStart = i
        while i < count, isDigit(s[i]) { i += 1 }
        let integerDigits = integerStart..<i
        var fractionDigits = i..<i
        if i < count, s[i] == "." {
            let fractionStart = i + 1
            var j = fractionStart
            while j < count, isDigit(s[j]) { j += 1 }
            if !integerDigits.isEmpty || j > fractionStart {
                fractionDigits = fractionStart..<j
                i = j
            }
        }
        guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { return nil }
        var exponentDigits = i..<i
        var exponentIsNegative = false
        if i < count, s[i] == "e" || s[i] == "E" {
            var j = i + 1
            var negativeExponent = false
            if j < count, s[j] == "+" || s[j] == "-" {
                negativeExponent = s[j] == "-"
                j += 1
            }
            let exponentStart = j
            while j < count, isDigit(s[j]) { j += 1 }
            if j > exponentStart {
                exponentDigits = exponentStart..<j
                exponentIsNegative = negativeExponent
                i = j
            }
        }
        // Swift's Double(String) rounds correctly, like V8; it is only given the canonical form
        // "<integer digits or 0>[.<fraction digits>][e[-]<exponent digits>]", every character
        // ASCII, written once into the string.
        let length = max(integerDigits.count, 1) + (fractionDigits.isEmpty ? 0 : 1 + fractionDigits.count)
            + (exponentDigits.isEmpty ? 0 : 1 + (exponentIsNegative ? 1 : 0) + exponentDigits.count)
        let canonical = String(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            func put(_ byte: UInt8) {
                buffer[written] = byte
                written += 1
            }
            if integerDigits.isEmpty { put(0x30) }
            for k in integerDigits { put(UInt8(truncatingIfNeeded: s[k].value)) }
            if !fractionDigits.isEmpty {
                put(0x2E)
                for k in fractionDigits { put(UInt8(truncatingIfNeeded: s[k].value)) }
            }
            if !exponentDigits.isEmpty {
                put(0x65)
                if exponentIsNegative { put(0x2D) }
                for k in exponentDigits { put(UInt8(truncatingIfNeeded: s[k].value)) }
            }
            return written
        }
        let magnitude = Double(canonical) ?? .nan
        return (i, negative ? -magnitude : magnitude)
    }

    private static let infinity: [Unicode.Scalar] = ["I", "n", "f", "i", "n", "i", "t", "y"]

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
        if end - start > 2, s[start] == "0" {
            let radix: UInt32? = switch s[start + 1] {
            case "x", "X": 16
            case "o", "O": 8
            case "b", "B": 2
            default: nil
            }
            if let radix {
                return s[(start + 2)..<end].allSatisfy { scalar in
                    guard let digit = asciiDigitValue(scalar) else { return false }
                    return digit < radix
                }
            }
        }
        guard let literal = decimalLiteral(s, from: start, to: end) else { return false }
        return literal.end == end
    }
}
