import JSON
import Release

/// The project's number and string forms, in one place for the simulation's outputs.
enum JSONText {
    /// A number as JavaScript prints it (the form of every JSON pixc writes); `null` when not
    /// finite.
    ///
    /// Millions of numbers go into learners.csv and trace.jsonl: between 10⁻⁴ and 10¹⁵, Swift's
    /// own shortest round-trip text is already JavaScript's but for a trailing `.0`, so it is
    /// used directly there (a test checks the two agree).
    static func number(_ value: Double) -> String {
        let magnitude = abs(value)
        guard magnitude >= 1e-4, magnitude < 1e15 else { return JSONNumberText.canonical(value) }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// A JSON string literal, escaped as the canonical writer escapes.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
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
}

enum CSVText {
    /// A number in a CSV cell: the JSON form, or an empty cell when it is not finite.
    static func number(_ value: Double) -> String { value.isFinite ? JSONText.number(value) : "" }

    /// A cell, quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

enum SHA256Text {
    static func digest(_ bytes: [UInt8]) -> String { SHA256Hex.digest(bytes: bytes) }
    static func digest(_ text: String) -> String { SHA256Hex.digest(text) }
}
