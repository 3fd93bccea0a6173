import Vocabulary
/// The HTML that Markdown text may contain, kept or shown as text: the tags of the `xss`
/// package's default list (which mon-pix applies to every text but the instruction) with the
/// attributes it allows. mon-pix renders the instruction without that filter; the preview
/// filters it too, so that no script an author pasted runs in the preview — such tags are
/// shown as text.
enum HTMLFilter {
    static let allowedTags: [String: Set<String>] = {
        var tags: [String: Set<String>] = [:]
        for tag in ["abbr", "address", "article", "aside", "b", "bdi", "bdo", "big", "blockquote", "br", "caption", "center",
                    "cite", "code", "col", "colgroup", "dd", "del", "details", "div", "dl", "dt", "em", "figcaption", "figure",
                    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "ins", "kbd", "li", "mark", "nav", "ol",
                    "p", "pre", "s", "section", "small", "span", "strike", "strong", "sub", "summary", "sup", "tbody",
                    "tfoot", "thead", "tt", "u", "ul"] {
            tags[tag] = ["title"]
        }
        tags["a"] = ["href", "rel", "target", "title"]
        tags["img"] = ["src", "alt", "title", "width", "height"]
        tags["span"] = ["style", "title"]
        tags["table"] = ["style", "width", "border", "align", "valign"]
        tags["tr"] = ["style", "rowspan", "align", "valign"]
        for cell in ["td", "th"] { tags[cell] = ["style", "width", "colspan", "align", "valign", "rowspan"] }
        tags["ol"] = ["start", "title"]
        return tags
    }()

    /// One tag (`<b>`, `</b>`, `<a href="…">`, `<!-- … -->`): kept with its allowed attributes,
    /// or escaped.
    static func filterTag(_ tag: String, filtered: Bool) -> String {
        if tag.hasPrefix("<!--") { return "" }
        let isClosing = tag.hasPrefix("</")
        let body = tag.dropFirst(isClosing ? 2 : 1).dropLast()
        let name = body.prefix { $0.isLetter || $0.isNumber }.lowercased()
        guard let allowed = allowedTags[name] else { return HTMLText.escape(tag) }
        if isClosing { return "</\(name)>" }
        let selfClosing = body.hasSuffix("/")
        // A tag without attributes is kept as written (`<br/>` stays `<br/>`, as in showdown).
        if body.dropFirst(name.count).allSatisfy({ $0 == " " || $0 == "/" }) { return tag }
        var out = "<" + name
        for (attribute, value) in attributes(body.dropFirst(name.count)) {
            let key = attribute.lowercased()
            if key == "class" {
                if value == "sr-only" { out += " class=\"sr-only\"" }
                continue
            }
            guard allowed.contains(key) else { continue }
            guard let value else { out += " " + key; continue }
            let kept = key == "href" || key == "src" ? safeURL(value) : value
            out += " \(key)=\"\(HTMLText.escape(kept))\""
        }
        return out + (selfClosing ? " />" : ">")
    }

    /// An HTML block: each of its tags filtered, its text kept.
    static func filterBlock(_ html: String, filtered: Bool) -> String {
        var out = ""
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            if let close = rest[open...].firstIndex(of: ">") {
                out += filterTag(String(rest[open...close]), filtered: filtered)
                rest = rest[rest.index(after: close)...]
            } else {
                out += "&lt;"
                rest = rest[rest.index(after: open)...]
            }
        }
        return out + rest
    }

    /// A link or image address, unless it would run code.
    static func safeURL(_ url: String) -> String {
        let scheme = url.lowercased().filter { !$0.isWhitespace }
        return scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("data:text") ? "#" : url
    }

    /// `name="value"`, `name='value'`, `name=value` and bare `name`, in order.
    static func attributes(_ text: Substring) -> [(String, String?)] {
        var result: [(String, String?)] = []
        var i = text.startIndex
        func skipSpaces() { while i < text.endIndex, text[i].isWhitespace || text[i] == "/" { i = text.index(after: i) } }
        while true {
            skipSpaces()
            guard i < text.endIndex else { break }
            let nameStart = i
            while i < text.endIndex, !text[i].isWhitespace, text[i] != "=", text[i] != "/" { i = text.index(after: i) }
            let name = String(text[nameStart..<i])
            guard !name.isEmpty else { i = text.index(after: i); continue }
            while i < text.endIndex, text[i] == " " { i = text.index(after: i) }
            guard i < text.endIndex, text[i] == "=" else { result.append((name, nil)); continue }
            i = text.index(after: i)
            while i < text.endIndex, text[i] == " " { i = text.index(after: i) }
            guard i < text.endIndex else { result.append((name, "")); break }
            if text[i] == "\"" || text[i] == "'" {
                let quote = text[i]
                let valueStart = text.index(after: i)
                let valueEnd = text[valueStart...].firstIndex(of: quote) ?? text.endIndex
                result.append((name, String(text[valueStart..<valueEnd])))
                i = valueEnd < text.endIndex ? text.index(after: valueEnd) : valueEnd
            } else {
                let valueStart = i
                while i < text.endIndex, !text[i].isWhitespace { i = text.index(after: i) }
                result.append((name, String(text[valueStart..<i])))
            }
        }
        return result
    }
}
