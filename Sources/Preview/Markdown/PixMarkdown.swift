import Foundation
import Vocabulary

/// Markdown rendered as mon-pix renders it: showdown 2.1 with Pix's options
/// (`openLinksInNewWindow`, `strikethrough`, everything else at its default — so **no tables**,
/// underscores inside words make emphasis, a line break inside a paragraph is kept as a plain
/// line break), followed by the `xss` filter where mon-pix applies it.
///
/// Written here rather than taken from Ink (see docs/preview.md): Ink always renders tables and
/// front matter, and treats underscores, HTML and line breaks its own way, so the preview would
/// show content differently from Pix. This renderer's output is compared with showdown's on the
/// texts of the shipped content (`Tests/PreviewTests/Fixtures/showdown-vectors.json`).
public enum PixMarkdown {
    /// Where a text is shown decides how mon-pix renders it.
    public enum Context: Sendable {
        /// The instruction: `MarkdownToHtmlUnsafe`, no xss filter; mon-pix first gives every
        /// Markdown link a title (its text and "opens in a new window"), which nil leaves out.
        case instruction(linkTitleSuffix: String?)
        /// Everything else (`MarkdownToHtml`): options, QROC text, solution to display,
        /// alternative instruction — filtered by `xss`.
        case filtered
    }

    /// Texts longer than this are shown as escaped plain text: the emphasis rules look ahead
    /// for a closing marker, so their work grows with the square of a paragraph's length.
    public static let maximumLength = 200_000

    /// - Parameter inline: mon-pix's `remove-paragraph-tags` extension (options and QROC text):
    ///   every tag starting with `<p` or `</p` is removed — `<pre>` included, as in Pix.
    public static func html(_ markdown: String, context: Context, inline: Bool = false) -> String {
        guard markdown.utf8.count <= maximumLength else {
            return "<p>" + HTMLText.escape(markdown) + "</p>"
        }
        var source = markdown
        if case .instruction(let suffix?) = context { source = titledLinks(source, suffix: suffix) }
        var renderer = BlockRenderer(filtered: { if case .filtered = context { return true } else { return false } }())
        var html = renderer.render(normalized(source))
        if inline { html = removingParagraphTags(html) }
        return html
    }

    /// showdown's input normalisation: line endings, no-break spaces as `&nbsp;`, tabs to
    /// 4-column stops, whitespace-only lines emptied.
    static func normalized(_ text: String) -> [Substring] {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{00A0}", with: "&nbsp;")
        return unified.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var out = ""
            var column = 0
            var allBlank = true
            for character in line {
                if character == "\t" {
                    let spaces = 4 - column % 4
                    out += String(repeating: " ", count: spaces)
                    column += spaces
                } else {
                    if character != " " { allBlank = false }
                    out.append(character)
                    column += 1
                }
            }
            return allBlank ? "" : Substring(out)
        }
    }

    /// mon-pix's `_formatLink`: `[text](url)` becomes `[text](url "text (suffix)")` in the
    /// instruction, so showdown writes a title attribute.
    static func titledLinks(_ text: String, suffix: String) -> String {
        var out = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]"),
                  rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == "(",
                  let end = rest[close...].firstIndex(of: ")") else {
                out += rest[...open]
                rest = rest[rest.index(after: open)...]
                continue
            }
            let linkText = rest[rest.index(after: open)..<close]
            out += rest[..<open]
            out += rest[open..<end] + " \"\(linkText) (\(suffix))\")"
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }

    static func removingParagraphTags(_ html: String) -> String {
        var out = ""
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            let isParagraphTag = after.hasPrefix("p") || after.hasPrefix("/p")
            if isParagraphTag, let close = after.firstIndex(of: ">") {
                out += rest[..<open]
                rest = rest[rest.index(after: close)...]
            } else {
                out += rest[...open]
                rest = after
            }
        }
        return out + rest
    }
}
