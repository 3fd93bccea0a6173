/// JSON text as JavaScript's `JSON.stringify` writes it, so that the engine's output can be
/// compared byte for byte with Pix's.
public enum JSONOutput {
    /// A number in ECMAScript `Number::toString` form: the shortest digits that round-trip,
    /// plain notation for 1e-7 ≤ |x| < 1e21, exponent notation (`1e+21`, `1.5e-7`) otherwise,
    /// `-0` as `0`. Non-finite values become `null`, as `JSON.stringify` writes them.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == 0 { return "0" }
        if value < 0 { return "-" + number(-value) }
        let (digits, pointPosition) = shortestDigits(value)
        let k = digits.count
        let n = pointPosition
        if k <= n && n <= 21 {
            return digits + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            let split = digits.index(digits.startIndex, offsetBy: n)
            return digits[..<split] + "." + digits[split...]
        }
        if -6 < n && n <= 0 {
            return "0." + String(repeating: "0", count: -n) + digits
        }
        let exponent = n - 1
        let sign = exponent < 0 ? "-" : "+"
        let mantissa = k == 1 ? digits : String(digits.prefix(1)) + "." + digits.dropFirst()
        return mantissa + "e" + sign + String(abs(exponent))
    }

    /// A string literal with `JSON.stringify`'s escapes.
    public static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The decimal digits (no leading or trailing zeros) of a positive finite double and the
    /// position n of the decimal point: value = 0.d₁d₂…dₖ × 10ⁿ.
    ///
    /// Swift's `description` already yields the shortest round-tripping digits; only the layout
    /// differs from JavaScript's.
    private static func shortestDigits(_ value: Double) -> (digits: String, pointPosition: Int) {
        let text = value.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let integerPart = mantissa.split(separator: ".", omittingEmptySubsequences: false)[0]
        var digits = Substring(mantissa.filter { $0 != "." })
        var pointPosition = integerPart.count + exponent
        while digits.first == "0" {
            digits = digits.dropFirst()
            pointPosition -= 1
        }
        while digits.last == "0" {
            digits = digits.dropLast()
        }
        return (String(digits), pointPosition)
    }
}
