/// One option of a QCU or QCM, as mon-pix reads it from the proposals.
public struct ChoiceOption: Sendable, Hashable {
    /// The option's text, exactly as mon-pix shows it (inline Markdown left as is).
    public var text: String
    /// Where the text sits in the proposals string, in UTF-8 offsets.
    public var range: Range<Int>

    public init(text: String, range: Range<Int>) {
        self.text = text
        self.range = range
    }
}

/// A problem that keeps a structured value from being written in Pix syntax so that Pix reads
/// it back unchanged.
public struct PixSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which option, block or entry (0-based, in the order given).
    public var index: Int
    public var reason: String

    public init(index: Int, reason: String) {
        self.index = index
        self.reason = reason
    }

    public var description: String { GradingMessages.text("item", ["number": "\(index + 1)", "reason": reason]) }
}

/// The QCU/QCM proposals syntax: a Markdown-like list, one option per "- " item.
///
/// Parsing is mon-pix's `proposals-as-array`: prepend "\n", split on `/\n\s*-\s*/`, drop the
/// first piece. Consequences kept as they are: text before the first item is not an option;
/// an option cannot contain a line that starts with "-" (after optional spaces); spaces after
/// the dash are not part of the option; an option keeps its trailing spaces and, for the last
/// one, its trailing line breaks.
public enum OptionList {
    public static func parse(_ proposals: String) -> [ChoiceOption] {
        // mon-pix returns no option at all for an empty string.
        guard !proposals.isEmpty else { return [] }
        let text = ScalarText(proposals)
        let s = text.scalars
        // Positions below are in "\n" + proposals; position p of that string is p - 1 here.
        let n = s.count + 1
        func scalar(at p: Int) -> Unicode.Scalar { p == 0 ? "\n" : s[p - 1] }

        var separators: [Range<Int>] = []
        var p = 0
        while p < n {
            if scalar(at: p) == "\n" {
                var q = p + 1
                while q < n, JavaScript.isWhitespace(scalar(at: q)) { q += 1 }
                if q < n, scalar(at: q) == "-" {
                    var r = q + 1
                    while r < n, JavaScript.isWhitespace(scalar(at: r)) { r += 1 }
                    separators.append(p..<r)
                    p = r
                    continue
                }
                // A line break inside these spaces would reach the same character: skip them,
                // so that a long run of blank lines is read once.
                p = max(p + 1, q)
                continue
            }
            p += 1
        }
        var options: [ChoiceOption] = []
        for (index, separator) in separators.enumerated() {
            let start = separator.upperBound - 1
            let end = index + 1 < separators.count ? separators[index + 1].lowerBound - 1 : s.count
            options.append(ChoiceOption(text: text.string(start..<end), range: text.utf8Range(start..<end)))
        }
        return options
    }

    /// The options' texts, as `parse` gives them.
    public static func texts(_ proposals: String) -> [String] { parse(proposals).map(\.text) }

    /// Writes options as Pix proposals ("- a\n- b"). Throws when an option could not be read
    /// back unchanged (empty, starting with a space, containing a line that starts with "-",
    /// ending with a line break before another option).
    public static func render(_ options: [String]) throws(PixSyntaxError) -> String {
        for (index, option) in options.enumerated() {
            if let reason = unrepresentableReason(option, isLast: index == options.count - 1) {
                throw PixSyntaxError(index: index, reason: reason)
            }
        }
        let rendered = options.map { "- " + $0 }.joined(separator: "\n")
        let reread = texts(rendered)
        for index in options.indices where index >= reread.count || !JavaScript.strictlyEqual(reread[index], options[index]) {
            throw PixSyntaxError(index: index, reason: GradingMessages.text("option.rereads"))
        }
        return rendered
    }

    private static func unrepresentableReason(_ option: String, isLast: Bool) -> String? {
        let s = Scalars.of(option)
        guard let first = s.first else { return GradingMessages.text("option.empty") }
        if JavaScript.isWhitespace(first) { return GradingMessages.text("option.leadingSpace") }
        var i = 0
        while i < s.count {
            guard s[i] == "\n" else {
                i += 1
                continue
            }
            var j = i + 1
            while j < s.count, JavaScript.isWhitespace(s[j]) { j += 1 }
            if j < s.count, s[j] == "-" { return GradingMessages.text("option.dashLine") }
            if j == s.count, !isLast { return GradingMessages.text("option.trailingBreak") }
            // Line breaks among these spaces reach the same character.
            i = j
        }
        return nil
    }
}

/// Pix's QCU and QCM solutions and answers: "3", "1, 3".
public enum ChoiceSolution {
    /// The items of a comma-separated list, each trimmed of JavaScript whitespace (lodash
    /// `_.trim`), in the given order; empty items are kept, as Pix keeps them.
    public static func items(_ text: String) -> [String] {
        // Split on scalars: a comma followed by a combining mark is one Swift Character, but
        // JavaScript splits there all the same.
        text.unicodeScalars.split(separator: ",", omittingEmptySubsequences: false)
            .map { JavaScript.trim(Scalars.string($0)) }
    }

    /// lodash `areCSVequivalent`: the trimmed items, sorted, are equal one by one. So it is
    /// multiset equality: "1,1,2" does not match "1,2", and "1,,2" does not match "1,2".
    public static func areCSVEquivalent(_ lhs: String, _ rhs: String) -> Bool {
        let left = items(lhs).map { Array($0.utf16) }.sorted { $0.lexicographicallyPrecedes($1) }
        let right = items(rhs).map { Array($0.utf16) }.sorted { $0.lexicographicallyPrecedes($1) }
        return left == right
    }

    /// The 1-based option numbers of a QCM solution, or nil when an item is not a plain positive
    /// integer ("1", "12"; not "01", "+1", "1.0" or "").
    public static func indices(_ text: String) -> [Int]? {
        var result: [Int] = []
        for item in items(text) {
            guard let index = canonicalIndex(item) else { return nil }
            result.append(index)
        }
        return result
    }

    /// The option number of a QCU solution, or nil when the text is not exactly a plain
    /// positive integer. Pix compares QCU answers with strict equality, and mon-pix sends
    /// "3", so " 3" or "03" would never match.
    public static func index(_ text: String) -> Int? { canonicalIndex(text) }

    /// A QCM solution as the Pix editor writes it: "1, 3".
    public static func render(_ indices: [Int]) -> String {
        indices.map(String.init).joined(separator: ", ")
    }

    private static func canonicalIndex(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, first >= 0x31, first <= 0x39, bytes.count <= 9,
              bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { return nil }
        return Int(text)
    }
}
