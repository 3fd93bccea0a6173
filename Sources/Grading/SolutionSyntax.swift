/// QROC solutions: one accepted answer per line.
public enum QROCSolution {
    /// Pix's `splitIntoWordsAndRemoveBackspaces`: split on "\n" only, drop empty lines. A line
    /// of spaces is kept, and "\r" stays at the end of a line written with CRLF.
    public static func lines(_ text: String) -> [String] {
        // Split on scalars: Swift treats "\r\n" as one Character, JavaScript does not.
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: true).map { Scalars.string($0) }
    }

    /// The solution text for these accepted answers. Throws if one of them is empty or holds a
    /// line break, which `lines` would not give back.
    public static func text(_ lines: [String]) throws(PixSyntaxError) -> String {
        for (index, line) in lines.enumerated() {
            if line.isEmpty { throw PixSyntaxError(index: index, reason: GradingMessages.text("solution.empty")) }
            if line.unicodeScalars.contains("\n") {
                throw PixSyntaxError(index: index, reason: GradingMessages.text("solution.lineBreak"))
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// QROCM-ind and QROCM-dep solutions as the release holds them: YAML that js-yaml (FAILSAFE
/// schema) reads back to exactly these strings.
public enum KeyedSolutionSyntax {
    /// Every key and value is written as a double-quoted YAML scalar, in the given order:
    ///
    ///     "nom":
    ///     - "Google"
    ///     - "google.fr"
    ///
    /// Characters other than quotes, backslashes and non-printable ones are written literally,
    /// so that Pix's pre-treatment of the YAML text (NFC, no-break space → space) applies to
    /// them as `Grader` assumes. No entry gives "{}", which has no line break: Pix grades any
    /// answer to it `ko`.
    public static func render(_ entries: [SolutionEntry]) -> String {
        guard !entries.isEmpty else { return "{}" }
        var output = ""
        for entry in entries {
            output += quoted(entry.key) + ":"
            if entry.acceptedAnswers.isEmpty {
                output += " []\n"
                continue
            }
            output += "\n"
            for value in entry.acceptedAnswers { output += "- " + quoted(value) + "\n" }
        }
        return output
    }

    /// A YAML double-quoted scalar.
    public static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x00: out += "\\0"
            case 0x07: out += "\\a"
            case 0x08: out += "\\b"
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0B: out += "\\v"
            case 0x0C: out += "\\f"
            case 0x0D: out += "\\r"
            case 0x1B: out += "\\e"
            case 0x85: out += "\\N"
            case 0x2028: out += "\\L"
            case 0x2029: out += "\\P"
            case 0x01...0x1F, 0x7F, 0x80...0x9F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
            case 0xFEFF, 0xFFFE, 0xFFFF:
                out += "\\u" + String(scalar.value, radix: 16, uppercase: true)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
