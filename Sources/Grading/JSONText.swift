import JSON

/// The little JSON that Pix's proposals syntax embeds: `options=["a","b"]` and `value="…"`,
/// read as JavaScript's `JSON.parse` reads them (pixc's JSON parser, which like `JSON.parse`
/// takes no byte order mark) and written so that both mon-pix and the Pix API find the block
/// boundaries where they should.
enum JSONText {
    /// `JSON.parse(text)` when the text is an array of strings; nil for anything else
    /// (JSON.parse would throw, or give something other than strings). A Swift string cannot
    /// hold a lone surrogate, so a text that escapes one is refused too.
    static func parseStringArray(_ text: String) -> [String]? {
        guard case .array(let elements)? = try? JSONParser.parse(text: text) else { return nil }
        var strings: [String] = []
        strings.reserveCapacity(elements.count)
        for element in elements {
            guard case .string(let string) = element else { return nil }
            strings.append(string)
        }
        return strings
    }

    /// `JSON.parse(text)` when the text is a single string literal (surrounding JSON whitespace
    /// allowed); nil otherwise.
    static func parseString(_ text: String) -> String? {
        guard case .string(let string)? = try? JSONParser.parse(text: text) else { return nil }
        return string
    }

    /// Besides what JSON requires, `}` (which would end the block), `=` (which would let
    /// "options=" or "value=" appear), `#` and `§` (placeholder and aria-label separators) and
    /// the line terminators (which stop the API's block pattern) are written as `\uxxxx` escapes.
    static let blockSafe = JSONEscaping(alsoEscaped: ["}", "=", "#", "§", "\u{2028}", "\u{2029}"])

    /// A JSON string literal for `value` that is safe inside a `${…}` block.
    static func blockSafeLiteral(_ value: String) -> String {
        JSONString.literal(value, blockSafe)
    }
}
