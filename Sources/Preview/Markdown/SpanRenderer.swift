import Foundation
import Vocabulary

/// The text of a paragraph, heading or list item, as showdown renders it: code spans, backslash
/// escapes, inline HTML, images, links, automatic links, emphasis (`*` and `_`, including inside
/// words, as Pix does not set `literalMidWordUnderscores`), strikethrough, then `&`, `<`, `>`
/// escaped and hard line breaks (two spaces at the end of a line).
///
/// What is already HTML is set aside as a token (`\u{E000}n\u{E001}`) so later steps cannot
/// touch it; tokens are put back at the end.
struct SpanRenderer {
    let filtered: Bool

    private static let tokenOpen: Character = "\u{E000}"
    private static let tokenClose: Character = "\u{E001}"
    private static let escapable: Set<Character> = Set("\\`*_{}[]()>#+.!~=|:-")
    /// How far a code span or a link looks for its end: a bound on the work per character,
    /// far longer than any real code span or link.
    static let lookahead = 4096

    private final class Tokens {
        var values: [String] = []
        func add(_ html: String) -> String {
            values.append(html)
            return "\(SpanRenderer.tokenOpen)\(values.count - 1)\(SpanRenderer.tokenClose)"
        }
    }

    func render(_ input: String) -> String {
        let tokens = Tokens()
        var text = String(input.map { $0 == Self.tokenOpen || $0 == Self.tokenClose ? "\u{FFFD}" : $0 })
        text = codeSpansAndEscapes(text, tokens)
        text = tagsAndLinks(text, tokens)
        for (marker, open, close) in [("___", "<strong><em>", "</em></strong>"), ("__", "<strong>", "</strong>"), ("_", "<em>", "</em>"),
                                      ("***", "<strong><em>", "</em></strong>"), ("**", "<strong>", "</strong>"), ("*", "<em>", "</em>")] {
            text = emphasis(text, marker: Array(marker), open: tokens.add(open), close: tokens.add(close))
        }
        text = strikethrough(text, open: tokens.add("<del>"), close: tokens.add("</del>"))
        text = escapedText(text)
        text = hardBreaks(text)
        return restored(text, tokens)
    }

    // MARK: Code spans and backslash escapes

    private func codeSpansAndEscapes(_ text: String, _ tokens: Tokens) -> String {
        let c = Array(text)
        var out = ""
        var i = 0
        while i < c.count {
            let character = c[i]
            if character == "\\", i + 1 < c.count, Self.escapable.contains(c[i + 1]) {
                out += tokens.add(HTMLText.escapeCode(String(c[i + 1])))
                i += 2
                continue
            }
            if character == "`" {
                var run = 0
                while i + run < c.count, c[i + run] == "`" { run += 1 }
                if let close = closingRun(c, length: run, from: i + run) {
                    var code = c[(i + run)..<close]
                    while let first = code.first, first == " " || first == "\t" { code = code.dropFirst() }
                    while let last = code.last, last == " " || last == "\t" { code = code.dropLast() }
                    out += tokens.add("<code>" + HTMLText.escapeCode(String(code)) + "</code>")
                    i = close + run
                } else {
                    out += String(repeating: "`", count: run)
                    i += run
                }
                continue
            }
            out.append(character)
            i += 1
        }
        return out
    }

    /// The next run of exactly `length` backticks after at least one other character.
    private func closingRun(_ c: [Character], length: Int, from start: Int) -> Int? {
        var i = start
        let limit = min(c.count, start + Self.lookahead)
        while i < limit {
            guard c[i] == "`" else { i += 1; continue }
            var run = 0
            while i + run < c.count, c[i + run] == "`" { run += 1 }
            if run == length, i > start { return i }
            i += run
        }
        return nil
    }

    // MARK: Tags, automatic links, images and links

    private func tagsAndLinks(_ text: String, _ tokens: Tokens) -> String {
        let c = Array(text)
        var out = ""
        var i = 0
        while i < c.count {
            let character = c[i]
            if character == "<", let (html, end) = angleBracket(c, at: i) {
                out += tokens.add(html)
                i = end
                continue
            }
            if character == "!", i + 1 < c.count, c[i + 1] == "[", let (label, url, title, end) = bracketLink(c, at: i + 1) {
                var img = "<img src=\"\(HTMLText.escape(url))\" alt=\"\(HTMLText.escape(label))\""
                if let title { img += " title=\"\(HTMLText.escape(title))\"" }
                out += tokens.add(img + " />")
                i = end
                continue
            }
            if character == "[", let (label, url, title, end) = bracketLink(c, at: i) {
                var open = "<a href=\"\(HTMLText.escape(HTMLFilter.safeURL(url)))\""
                if let title { open += " title=\"\(HTMLText.escape(title))\"" }
                open += " rel=\"noopener noreferrer\" target=\"_blank\">"
                out += tokens.add(open) + label + tokens.add("</a>")
                i = end
                continue
            }
            out.append(character)
            i += 1
        }
        return out
    }

    /// `<https://…>`, `<mailto:…>`, `<name@domain.tld>`, or an HTML tag (filtered).
    private func angleBracket(_ c: [Character], at start: Int) -> (String, Int)? {
        guard let close = c[(start + 1)...].firstIndex(where: { $0 == ">" || $0 == "<" || $0 == "\n" }), c[close] == ">" else {
            return nil
        }
        let inner = String(c[(start + 1)..<close])
        let lower = inner.lowercased()
        if (lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("ftp://") || lower.hasPrefix("www.")),
           !inner.contains(where: { $0 == "'" || $0 == "\"" || $0.isWhitespace }) {
            let link = "<a href=\"\(HTMLText.escape(inner))\" rel=\"noopener noreferrer\" target=\"_blank\">\(HTMLText.escape(inner))</a>"
            return (link, close + 1)
        }
        let address = lower.hasPrefix("mailto:") ? String(inner.dropFirst(7)) : inner
        if Self.isEmailAddress(address) {
            return ("<a href=\"mailto:\(HTMLText.escape(address))\">\(HTMLText.escape(address))</a>", close + 1)
        }
        guard let first = inner.first, first.isLetter || first == "/" || first == "!" else { return nil }
        return (HTMLFilter.filterTag("<" + inner + ">", filtered: filtered), close + 1)
    }

    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty,
              parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_") }) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, !tld.isEmpty, tld.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }
    }

    /// `[label](url "title")` starting at `[`: the label (left for emphasis), the URL, the title
    /// and the index after `)`.
    private func bracketLink(_ c: [Character], at start: Int) -> (String, String, String?, Int)? {
        var depth = 0
        var i = start
        var labelEnd: Int?
        let limit = min(c.count, start + Self.lookahead)
        while i < limit {
            if c[i] == "[" { depth += 1 }
            if c[i] == "]" {
                depth -= 1
                if depth == 0 { labelEnd = i; break }
            }
            i += 1
        }
        guard let labelEnd, labelEnd + 1 < c.count, c[labelEnd + 1] == "(" else { return nil }
        // `(url)`, `(<url>)`, `(url "title")` or `(url 'title')`.
        let urlLimit = min(c.count, labelEnd + 2 + Self.lookahead)
        var j = labelEnd + 2
        while j < urlLimit, c[j] == " " { j += 1 }
        var url = ""
        var parentheses = 0
        while j < urlLimit, !c[j].isWhitespace {
            if c[j] == "(" { parentheses += 1 }
            if c[j] == ")" {
                if parentheses == 0 { break }
                parentheses -= 1
            }
            url.append(c[j])
            j += 1
        }
        while j < urlLimit, c[j] == " " { j += 1 }
        var title: String?
        if j < urlLimit, c[j] == "\"" || c[j] == "'" {
            let quote = c[j]
            var k = j + 1
            var found: Int?
            while k < urlLimit {
                if c[k] == quote {
                    var after = k + 1
                    while after < urlLimit, c[after] == " " { after += 1 }
                    if after < urlLimit, c[after] == ")" { found = k; break }
                }
                k += 1
            }
            guard let found else { return nil }
            title = String(c[(j + 1)..<found])
            j = found + 1
            while j < urlLimit, c[j] == " " { j += 1 }
        }
        guard j < urlLimit, c[j] == ")" else { return nil }
        if url.hasPrefix("<"), url.hasSuffix(">") { url = String(url.dropFirst().dropLast()) }
        let close = j
        let inside = url
        return (String(c[(start + 1)..<labelEnd]), inside, title, close + 1)
    }

    // MARK: Emphasis and strikethrough

    /// showdown's `marker(\S…?)marker` with a lazy end: the first closing marker after at least
    /// one character; the pair is used only when the text inside ends with a non-space, and
    /// scanning resumes after the closing marker either way.
    private func emphasis(_ text: String, marker: [Character], open: String, close: String) -> String {
        let c = Array(text)
        let n = marker.count
        var out = ""
        var i = 0
        func matches(_ at: Int) -> Bool {
            at + n <= c.count && Array(c[at..<(at + n)]) == marker
        }
        // The next marker at or after each position, so finding a closing marker is constant time.
        var next = [Int](repeating: c.count, count: c.count + 2)
        if c.count >= n {
            for k in stride(from: c.count - n, through: 0, by: -1) { next[k] = matches(k) ? k : next[k + 1] }
        }
        while i < c.count {
            guard matches(i), i + n < c.count else {
                out.append(c[i])
                i += 1
                continue
            }
            let first = c[i + n]
            let firstIsAllowed = !first.isWhitespace && (n > 1 || first != marker[0])
            let j = next[min(i + n + 1, c.count)]
            guard firstIsAllowed, j < c.count else {
                out.append(c[i])
                i += 1
                continue
            }
            let inner = c[(i + n)..<j]
            if let last = inner.last, !last.isWhitespace {
                out += open + String(inner) + close
            } else {
                out += String(c[i..<(j + n)])
            }
            i = j + n
        }
        return out
    }

    private func strikethrough(_ text: String, open: String, close: String) -> String {
        let c = Array(text)
        var out = ""
        var i = 0
        func isMarker(_ at: Int) -> Bool { at + 1 < c.count && c[at] == "~" && c[at + 1] == "~" }
        var next = [Int](repeating: c.count, count: c.count + 4)
        for k in stride(from: c.count - 1, through: 0, by: -1) { next[k] = isMarker(k) ? k : next[k + 1] }
        while i < c.count {
            if isMarker(i), next[min(i + 3, c.count)] < c.count {
                let j = next[min(i + 3, c.count)]
                out += open + String(c[(i + 2)..<j]) + close
                i = j + 2
                continue
            }
            out.append(c[i])
            i += 1
        }
        return out
    }

    // MARK: Escaping and line breaks

    /// `&` unless it starts an entity, `<` and `>`.
    private func escapedText(_ text: String) -> String {
        let c = Array(text)
        var out = ""
        var i = 0
        while i < c.count {
            switch c[i] {
            case "&": out += Self.startsEntity(c, at: i) ? "&" : "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(c[i])
            }
            i += 1
        }
        return out
    }

    static func startsEntity(_ c: [Character], at start: Int) -> Bool {
        var i = start + 1
        if i < c.count, c[i] == "#" { i += 1 }
        if i < c.count, c[i] == "x" || c[i] == "X" { i += 1 }
        let nameStart = i
        while i < c.count, c[i].isASCII, c[i].isLetter || c[i].isNumber || c[i] == "_" { i += 1 }
        return i > nameStart && i < c.count && c[i] == ";"
    }

    private func hardBreaks(_ text: String) -> String {
        guard text.contains("  \n") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices.dropLast() where lines[index].hasSuffix("  ") {
            while lines[index].hasSuffix(" ") { lines[index].removeLast() }
            lines[index] += "<br />"
        }
        return lines.joined(separator: "\n")
    }

    private func restored(_ text: String, _ tokens: Tokens) -> String {
        // Tokens may hold tokens (a link label holds none: it stayed text), one pass suffices.
        guard text.contains(Self.tokenOpen) else { return text }
        var out = ""
        var number = ""
        var inToken = false
        for character in text {
            if character == Self.tokenOpen {
                inToken = true
                number = ""
            } else if character == Self.tokenClose, inToken {
                inToken = false
                if let index = Int(number), tokens.values.indices.contains(index) { out += tokens.values[index] }
            } else if inToken {
                number.append(character)
            } else {
                out.append(character)
            }
        }
        return out
    }
}
