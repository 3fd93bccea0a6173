import Foundation
@testable import Preview
import Testing

@Suite("Markdown as mon-pix renders it")
struct MarkdownTests {
    struct Vector: Decodable {
        let markdown: String
        let inline: Bool
        let html: String
    }

    /// Showdown 2.1.0's output, with Pix's options, on the distinct shapes of the shipped
    /// content's texts and on edge cases (docs/preview.md says how the file was made).
    static let vectors: [Vector] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/showdown-vectors.json")
        guard let data = try? Data(contentsOf: url), let vectors = try? JSONDecoder().decode([Vector].self, from: data) else { return [] }
        return vectors
    }()

    @Test func rendersLikeShowdownOnEveryVector() {
        #expect(Self.vectors.count > 800)
        var failures: [String] = []
        for vector in Self.vectors {
            let html = PixMarkdown.html(vector.markdown, context: .instruction(linkTitleSuffix: nil), inline: vector.inline)
            if html != vector.html {
                failures.append("markdown: \(vector.markdown.debugDescription)\n expected: \(vector.html.debugDescription)\n      got: \(html.debugDescription)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) differences:\n\(failures.prefix(15).joined(separator: "\n\n"))")
    }

    @Test func tablesStayText() {
        let html = PixMarkdown.html("| a | b |\n|---|---|\n| 1 | 2 |", context: .filtered)
        #expect(html == "<p>| a | b |\n|---|---|\n| 1 | 2 |</p>")
    }

    @Test func instructionLinksGetMonPixTitle() {
        let html = PixMarkdown.html("Voir [le site](https://pix.fr).", context: .instruction(linkTitleSuffix: "nouvelle fenêtre"))
        #expect(html == "<p>Voir <a href=\"https://pix.fr\" title=\"le site (nouvelle fenêtre)\" rel=\"noopener noreferrer\" target=\"_blank\">le site</a>.</p>")
    }

    @Test func scriptsAreShownAsText() {
        let html = PixMarkdown.html("a <script>alert(1)</script> <b onclick=\"x()\">b</b> [l](javascript:alert(1))", context: .filtered)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("<b>b</b>"))
        #expect(html.contains("href=\"#\""))
    }

    @Test func filteredTextLosesClassesAndIDs() {
        #expect(PixMarkdown.html("```sql\nSELECT 1;\n```", context: .filtered) == "<pre><code>SELECT 1;\n</code></pre>")
        #expect(PixMarkdown.html("# Titre", context: .filtered) == "<h1>Titre</h1>")
    }

    @Test func optionsLoseParagraphTags() {
        #expect(PixMarkdown.html("**Oui**", context: .filtered, inline: true) == "<strong>Oui</strong>")
    }

    @Test func hostileInputStaysBounded() {
        let unclosed = String(repeating: "**a `b [c](d ", count: 5000)
        let html = PixMarkdown.html(unclosed, context: .filtered)
        #expect(html.hasPrefix("<p>"))
        let nested = String(repeating: "> - ", count: 500) + "fin"
        #expect(PixMarkdown.html(nested, context: .filtered).contains("fin"))
    }
}
