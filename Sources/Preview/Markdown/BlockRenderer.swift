import Vocabulary
/// The block structure of a Markdown text, as showdown finds it: fenced and indented code,
/// blockquotes, headings, horizontal rules, lists, HTML blocks and paragraphs. Blocks are
/// written one per line group, joined by a line break, in showdown's shape.
struct BlockRenderer {
    let filtered: Bool
    private var headingIDs: [String: Int] = [:]
    /// Nesting guard: blockquotes and list items recurse on their content.
    private var depth = 0
    private static let maximumDepth = 16
    /// How many lines a fenced code block may span: bounds the search for its end.
    static let fenceLookahead = 5000

    init(filtered: Bool) {
        self.filtered = filtered
    }

    mutating func render(_ lines: [Substring]) -> String {
        blocks(lines).joined(separator: "\n")
    }

    private var spans: SpanRenderer { SpanRenderer(filtered: filtered) }

    // MARK: Line classification

    static func indentation(_ line: Substring) -> Int {
        line.prefix { $0 == " " }.count
    }

    /// `- `, `* `, `+ ` or `12. ` after at most three spaces: (ordered, number, text).
    static func listMarker(_ line: Substring) -> (ordered: Bool, number: Substring, text: Substring)? {
        let indent = indentation(line)
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let first = rest.first else { return nil }
        var afterMarker: Substring
        var ordered = false
        var number: Substring = ""
        if first == "-" || first == "*" || first == "+" {
            afterMarker = rest.dropFirst()
        } else if first.isASCII, first.isNumber {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            afterMarker = rest.dropFirst(digits.count)
            guard afterMarker.first == "." else { return nil }
            afterMarker = afterMarker.dropFirst()
            ordered = true
            number = digits
        } else {
            return nil
        }
        guard let space = afterMarker.first, space == " " || space == "\t" else { return nil }
        let text = afterMarker.drop { $0 == " " || $0 == "\t" }
        guard !text.isEmpty else { return nil }
        return (ordered, number, text)
    }

    /// `- ` or `1. ` followed by nothing but spaces: the list tag showdown opens for it.
    static func bareMarkerList(_ line: Substring) -> String? {
        let indent = indentation(line)
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let first = rest.first else { return nil }
        var after = rest.dropFirst()
        var tag = "ul"
        if first.isASCII, first.isNumber {
            after = rest.drop { $0.isASCII && $0.isNumber }
            guard after.first == "." else { return nil }
            after = after.dropFirst()
            tag = "ol"
        } else if !(first == "-" || first == "*" || first == "+") {
            return nil
        }
        guard let space = after.first, space == " " || space == "\t", after.allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        return tag
    }

    static func fenceOpening(_ line: Substring) -> (fence: Substring, language: Substring)? {
        let indent = indentation(line)
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let mark = rest.first, mark == "`" || mark == "~" else { return nil }
        let fence = rest.prefix { $0 == mark }
        guard fence.count >= 3 else { return nil }
        let info = rest.dropFirst(fence.count).drop { $0 == " " }
        let language = info.prefix { !$0.isWhitespace && $0 != "`" && $0 != "~" }
        // showdown takes the rest of the line only when it is the language alone.
        guard info.dropFirst(language.count).isEmpty else { return nil }
        return (fence, language)
    }

    static func isHorizontalRule(_ line: Substring) -> Bool {
        guard indentation(line) <= 2 else { return false }
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, first == "-" || first == "*" || first == "_" else { return false }
        return marks.allSatisfy { $0 == first } && line.trimmingTrailingSpaces().hasSuffix(String(first))
    }

    static func isBlockquoteStart(_ line: Substring) -> Bool {
        let indent = indentation(line)
        guard indent <= 3 else { return false }
        let rest = line.dropFirst(indent)
        guard rest.first == ">" else { return false }
        let content = rest.dropFirst()
        return !(content.first == " " || content.first == "\t" ? content.dropFirst() : content).isEmpty
    }

    static func atxHeading(_ line: Substring) -> (level: Int, text: Substring)? {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        var text = line.dropFirst(hashes.count).drop { $0 == " " || $0 == "\t" }
        while text.last == "#" { text = text.dropLast() }
        text = text.trimmingTrailingSpaces()
        guard !text.isEmpty else { return nil }
        return (hashes.count, text)
    }

    static func setextLevel(_ line: Substring) -> Int? {
        let trimmed = line.trimmingTrailingSpaces()
        guard let first = trimmed.first, first == "=" || first == "-" else { return nil }
        guard trimmed.allSatisfy({ $0 == first }) else { return nil }
        return first == "=" ? 1 : 2
    }

    static let htmlBlockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "canvas", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "main", "nav", "ol", "p", "pre", "section", "table", "tfoot", "ul", "video", "audio", "iframe", "math",
        "noscript", "script", "style", "ins", "del", "center",
    ]

    static func htmlBlockTag(_ line: Substring) -> String? {
        guard line.first == "<" else { return nil }
        let name = line.dropFirst().prefix { $0.isLetter || $0.isNumber }.lowercased()
        return htmlBlockTags.contains(name) ? name : nil
    }

    // MARK: Blocks

    private mutating func blocks(_ lines: [Substring]) -> [String] {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            return [paragraph(lines.filter { !$0.isEmpty })]
        }
        var out: [String] = []
        var paragraphLines: [Substring] = []
        func flush(_ out: inout [String], _ renderer: inout BlockRenderer) {
            if !paragraphLines.isEmpty { out.append(renderer.paragraph(paragraphLines)) }
            paragraphLines = []
        }
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.isEmpty {
                flush(&out, &self)
                i += 1
                continue
            }
            if let (fence, language) = Self.fenceOpening(line),
               let close = lines[(i + 1)..<min(lines.count, i + 1 + Self.fenceLookahead)].firstIndex(where: { Self.indentation($0) <= 3 && $0.drop { $0 == " " }.hasPrefix(fence) }) {
                flush(&out, &self)
                out.append(codeBlock(Array(lines[(i + 1)..<close]), language: language))
                i = close + 1
                continue
            }
            if let tag = Self.htmlBlockTag(line) {
                flush(&out, &self)
                var end = i
                let closing = "</\(tag)>"
                while end < lines.count, !lines[end].lowercased().contains(closing) {
                    if end > i, lines[end].isEmpty { break }
                    end += 1
                }
                let last = min(end, lines.count - 1)
                out.append(HTMLFilter.filterBlock(lines[i...last].joined(separator: "\n"), filtered: filtered))
                i = last + 1
                continue
            }
            if Self.isBlockquoteStart(line) {
                flush(&out, &self)
                var end = i + 1
                while end < lines.count {
                    if !lines[end].isEmpty { end += 1; continue }
                    var next = end
                    while next < lines.count, lines[next].isEmpty { next += 1 }
                    if next < lines.count, Self.isBlockquoteStart(lines[next]) { end = next } else { break }
                }
                out.append(blockquote(Array(lines[i..<end])))
                i = end
                continue
            }
            if let heading = Self.atxHeading(line) {
                flush(&out, &self)
                out.append(self.heading(heading.level, heading.text))
                i += 1
                continue
            }
            if i + 1 < lines.count, let level = Self.setextLevel(lines[i + 1]), Self.listMarker(line) == nil {
                flush(&out, &self)
                out.append(heading(level, line.drop { $0 == " " }.trimmingTrailingSpaces()))
                i += 2
                continue
            }
            if Self.isHorizontalRule(line) {
                flush(&out, &self)
                out.append("<hr />")
                i += 1
                continue
            }
            if let tag = Self.bareMarkerList(line), i + 1 == lines.count || lines[i + 1].isEmpty {
                // showdown opens a list for a marker alone on its line but finds no item in it:
                // the line stays as it is, inside the list tags.
                flush(&out, &self)
                out.append("<\(tag)>\n\(HTMLText.escapeCode(line))\n</\(tag)>")
                i += 1
                continue
            }
            if Self.listMarker(line) != nil {
                flush(&out, &self)
                let end = listEnd(lines, from: i)
                out.append(contentsOf: list(Array(lines[i..<end])))
                i = end
                continue
            }
            if paragraphLines.isEmpty, Self.indentation(line) >= 4 {
                var end = i
                var lastCode = i
                while end < lines.count, lines[end].isEmpty || Self.indentation(lines[end]) >= 4 {
                    if !lines[end].isEmpty { lastCode = end }
                    end += 1
                }
                out.append(codeBlock(lines[i...lastCode].map { $0.dropFirst(min(4, Self.indentation($0))) }, language: ""))
                i = lastCode + 1
                continue
            }
            paragraphLines.append(line)
            i += 1
        }
        flush(&out, &self)
        return out
    }

    private func paragraph(_ lines: [Substring]) -> String {
        let text = lines.joined(separator: "\n").drop { $0 == " " }
        return "<p>" + spans.render(String(text)) + "</p>"
    }

    private func codeBlock(_ lines: [Substring], language: Substring) -> String {
        var body = lines
        while body.first?.isEmpty == true { body.removeFirst() }
        while body.last?.isEmpty == true { body.removeLast() }
        let code = HTMLText.escapeCode(body.joined(separator: "\n"))
        let attribute = language.isEmpty || filtered ? "" : " class=\"\(HTMLText.escape(language)) language-\(HTMLText.escape(language))\""
        return "<pre><code\(attribute)>\(code)\n</code></pre>"
    }

    private mutating func heading(_ level: Int, _ text: Substring) -> String {
        var id = String(text.unicodeScalars.filter { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_" }
            .map(Character.init)).lowercased()
        if let count = headingIDs[id] {
            headingIDs[id] = count + 1
            id += "-\(count)"
        } else {
            headingIDs[id] = 1
        }
        let idAttribute = filtered ? "" : " id=\"\(id)\""
        return "<h\(level)\(idAttribute)>" + spans.render(String(text)) + "</h\(level)>"
    }

    private mutating func blockquote(_ lines: [Substring]) -> String {
        let content = lines.map { line -> Substring in
            let rest = line.drop { $0 == " " }
            guard rest.first == ">" else { return line }
            let after = rest.dropFirst()
            return after.first == " " || after.first == "\t" ? after.dropFirst() : after
        }
        let inner = blocks(content)
        var indented: [String] = []
        for block in inner {
            if block.hasPrefix("<pre>") {
                indented.append("  " + block)
            } else {
                indented.append(block.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
            }
        }
        return "<blockquote>\n" + indented.joined(separator: "\n") + "\n</blockquote>"
    }

    // MARK: Lists

    /// A list runs until a blank line followed by a line that starts at the margin and is not
    /// a list item (or until the end).
    private func listEnd(_ lines: [Substring], from start: Int) -> Int {
        var i = start + 1
        while i < lines.count {
            if lines[i].isEmpty {
                var next = i
                while next < lines.count, lines[next].isEmpty { next += 1 }
                guard next < lines.count else { return i }
                let line = lines[next]
                if Self.indentation(line) == 0, Self.listMarker(line) == nil { return i }
                i = next
                continue
            }
            i += 1
        }
        return i
    }

    /// One or more consecutive lists (an unordered list followed by an ordered one is two).
    private mutating func list(_ lines: [Substring], nested: Bool = false) -> [String] {
        guard let first = lines.first.flatMap(Self.listMarker) else { return [] }
        var split = lines.count
        for (offset, line) in lines.enumerated().dropFirst() where Self.indentation(line) <= 3 {
            if let marker = Self.listMarker(line), marker.ordered != first.ordered {
                split = offset
                break
            }
        }
        var body = Array(lines[..<split])
        while body.last?.isEmpty == true { body.removeLast() }
        let tag = first.ordered ? "ol" : "ul"
        let start = first.ordered && first.number != "1" ? " start=\"\(first.number)\"" : ""
        var items = listItems(body)
        if nested, !items.isEmpty { items = String(items.dropLast()) }
        var out = ["<\(tag)\(start)>\n\(items)</\(tag)>"]
        if split < lines.count { out += list(Array(lines[split...]), nested: nested) }
        return out
    }

    private mutating func listItems(_ lines: [Substring]) -> String {
        let isParagraphed = lines.contains { $0.isEmpty }
        var starts: [Int] = []
        for (offset, line) in lines.enumerated() where Self.listMarker(line) != nil {
            starts.append(offset)
        }
        var out = ""
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] : lines.count
            guard let marker = Self.listMarker(lines[start]) else { continue }
            var content: [Substring] = [marker.text]
            content += lines[(start + 1)..<end].map { $0.dropFirst(min(4, Self.indentation($0))) }
            while content.last?.isEmpty == true { content.removeLast() }
            let blankBefore = start > 0 && lines[start - 1].isEmpty
            let item: String
            if blankBefore || content.contains(where: \.isEmpty) {
                item = render(content)
            } else {
                item = tightItem(content, paragraphed: isParagraphed)
            }
            out += "<li>" + item + "</li>\n"
        }
        return out
    }

    /// A list item without blank lines: its text, then any nested list right after it.
    private mutating func tightItem(_ content: [Substring], paragraphed: Bool) -> String {
        let nestedStart = content.indices.dropFirst().first { Self.listMarker(content[$0]) != nil }
        let text = Array(content[..<(nestedStart ?? content.count)])
        var out = paragraphed ? "<p>" + spans.render(text.joined(separator: "\n")) + "</p>" : spans.render(text.joined(separator: "\n"))
        if let nestedStart {
            depth += 1
            defer { depth -= 1 }
            if depth <= Self.maximumDepth {
                out += list(Array(content[nestedStart...]), nested: true).joined()
            } else {
                out += spans.render(content[nestedStart...].joined(separator: "\n"))
            }
        }
        return out
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}

extension HTMLText {
    /// Code text: `&`, `<` and `>` escaped, everything else literal.
    static func escapeCode(_ text: some StringProtocol) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }
}
