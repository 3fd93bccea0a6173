@testable import Diagnostics
import Foundation
import Testing

private let file = SourceFile(path: "Challenges/1.1/recherche/cle.yaml", text: """
id: recherche-cle
status: proposé
instruction: Où se trouve la clé ?
status: validé

""")

private func span(_ needle: String, occurrence: Int = 0) -> Span {
    var searchStart = file.bytes.startIndex
    var found = 0
    while let range = file.bytes[searchStart...].firstRange(of: Array(needle.utf8)) {
        if found == occurrence { return Span(file: file, range: range) }
        found += 1
        searchStart = range.upperBound
    }
    return Span(file: file, start: 0, end: 0)
}

private let duplicate = Diagnostic(
    "PIX0103", .error, "the key `status` appears twice in this mapping",
    at: span("status", occurrence: 1),
    labels: [Label(span("status"), "first defined here")],
    notes: ["YAML keeps only one of the two values"],
    help: Help("remove one of the two, or rename it")
)

@Suite("Source files")
struct SourceFileTests {
    @Test func lineAndColumnCountCharacters() {
        let location = span("clé").startLocation
        #expect(location.line == 3)
        #expect(location.column == 30)
        #expect(span("clé").endLocation.column == 33)
        #expect(file.codePointColumn(at: span("?").start) == 34)
    }

    @Test func crlfAndLoneCRAreLineBreaks() {
        let mixed = SourceFile(path: "x", text: "a\r\nb\rc\nd")
        #expect(mixed.lineCount == 4)
        #expect(mixed.lineText(0) == "a")
        #expect(mixed.lineText(1) == "b")
        #expect(mixed.location(at: 7).line == 4)
    }

    /// The line table skips eight bytes at a time: breaks at every position of a word, CRLF split
    /// across two words, a break in the last bytes, non-ASCII text and a byte-order mark.
    @Test func lineStartsMatchAByteByByteScan() {
        var texts = ["", "\n", "\r", "\r\n", "é\n", "abcdefg\r\nh", "abcdefgh\rijklmnop\r\n", "\u{FEFF}clé: é\r\nb: 😀\n"]
        for length in 0..<20 {
            for breakText in ["\n", "\r", "\r\n"] {
                texts.append(String(repeating: "é", count: length % 3) + String(repeating: "x", count: length) + breakText + "fin")
                texts.append(String(repeating: "y", count: length) + breakText)
            }
        }
        texts.append((0..<200).map { String(repeating: "a", count: $0 % 17) + ($0 % 3 == 0 ? "\r\n" : $0 % 3 == 1 ? "\n" : "\r") }.joined())
        for text in texts {
            let bytes = Array(text.utf8)
            var expected = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x0A {
                    expected.append(index + 1)
                } else if bytes[index] == 0x0D {
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                    expected.append(index + 1)
                }
                index += 1
            }
            #expect(SourceFile(path: "x", bytes: bytes).lineStarts == expected, "\(text.debugDescription)")
        }
    }

    @Test func sortingIsByFileLineColumn() {
        let other = SourceFile(path: "A.yaml", text: "x: 1\n")
        let late = Diagnostic("PIX0001", .warning, "late", at: span("validé"))
        let early = Diagnostic("PIX0002", .error, "early", at: span("recherche"))
        let first = Diagnostic("PIX0003", .error, "other file", at: Span(file: other, start: 0, end: 1))
        let sorted = Diagnostic.sortedForOutput([late, early, first])
        #expect(sorted.map(\.message) == ["other file", "early", "late"])
    }
}

@Suite("Renderers")
struct RendererTests {
    @Test func humanGolden() {
        let expected = """
        Challenges/1.1/recherche/cle.yaml:4:1: error[PIX0103]: the key `status` appears twice in this mapping
          |
        2 | status: proposé
          | ------ first defined here
        ..
        4 | status: validé
          | ^^^^^^
          = note: YAML keeps only one of the two values
          = help: remove one of the two, or rename it

        1 error, 0 warnings

        """
        #expect(HumanRenderer().render([duplicate]) == expected)
    }

    @Test func humanColourOnlyWhenAsked() {
        #expect(!HumanRenderer(useColor: false).render([duplicate]).contains("\u{1B}["))
        #expect(HumanRenderer(useColor: true).render([duplicate]).contains("\u{1B}[1;31merror[PIX0103]"))
    }

    @Test func caretsUnderUnicodeText() {
        let diagnostic = Diagnostic("PIX0001", .error, "accent", at: span("clé"))
        let rendered = HumanRenderer().render(diagnostic)
        #expect(rendered.contains("3 | instruction: Où se trouve la clé ?\n  |                              ^^^\n"))
    }

    @Test func summaryCounts() {
        let warning = Diagnostic("PIX0002", .warning, "w", at: nil)
        #expect(HumanRenderer().summary([duplicate, duplicate, warning]) == "2 errors, 1 warning")
        #expect(HumanRenderer().summary([]) == "0 errors, 0 warnings")
    }

    @Test func jsonGolden() throws {
        let line = JSONRenderer().render(duplicate)
        let expected = #"{"code":"PIX0103","severity":"error","message":"the key `status` appears twice in this mapping","file":"Challenges/1.1/recherche/cle.yaml","range":{"line":4,"column":1,"endLine":4,"endColumn":7,"offset":72,"length":6},"labels":[{"file":"Challenges/1.1/recherche/cle.yaml","range":{"line":2,"column":1,"endLine":2,"endColumn":7,"offset":18,"length":6},"message":"first defined here"}],"notes":["YAML keeps only one of the two values"],"help":{"message":"remove one of the two, or rename it","replacement":null}}"#
        #expect(line == expected)
        #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
    }

    @Test func jsonEscapes() {
        let line = JSONRenderer().render(Diagnostic("PIX0001", .error, "a\"b\\c\nd\u{1}é/\u{2028}", at: nil))
        #expect(line.contains(#""message":"a\"b\\c\nd\u0001é/\u2028""#))
    }

    @Test func sarifShape() throws {
        let descriptor = DiagnosticDescriptor("PIX0103", .error, title: "Key written twice in the same mapping", explanation: "A key appears twice at the same level.")
        let renderer = SARIFRenderer(toolVersion: "1.0.0", catalog: DiagnosticCatalog([descriptor]))
        let text = renderer.render([duplicate])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "pixc")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.first?["id"] as? String == "PIX0103")
        #expect(rules.first?["name"] as? String == "KeyWrittenTwiceInTheSameMapping")
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect(result["ruleId"] as? String == "PIX0103")
        #expect(result["level"] as? String == "error")
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "Challenges/1.1/recherche/cle.yaml")
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 4)
        #expect(region["startColumn"] as? Int == 1)
        #expect(region["endColumn"] as? Int == 7)
        #expect((result["relatedLocations"] as? [[String: Any]])?.count == 1)
    }

    func sarifLog(_ diagnostics: [Diagnostic], prefix: String? = nil, catalog: DiagnosticCatalog = DiagnosticCatalog([])) throws -> (run: [String: Any], results: [[String: Any]]) {
        let text = SARIFRenderer(toolVersion: "1.0.0", catalog: catalog, repositoryPrefix: prefix).render(diagnostics)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        return (run, try #require(run["results"] as? [[String: Any]]))
    }

    /// A rename is data in JSON (with the edits of what names the file); SARIF 2.1.0 cannot move
    /// a file, so the result has no `fixes` rather than the reference edits alone.
    @Test func renamesInJSONNotInSARIF() throws {
        let reference = Replacement(span: span("recherche-cle"), text: "recherche-cle-2")
        let renamed = Diagnostic("PIX0703", .error, "name", at: nil, path: "Challenges/1.1/Clé.png",
                                 help: Help("rename", rename: FileRename(from: "Challenges/1.1/Clé.png", to: "Challenges/1.1/cle.png", references: [reference])))
        let line = JSONRenderer().render(renamed)
        #expect(line.hasSuffix(#""help":{"message":"rename","replacement":null,"rename":{"from":"Challenges/1.1/Clé.png","to":"Challenges/1.1/cle.png","references":[{"file":"Challenges/1.1/recherche/cle.yaml","range":{"line":1,"column":5,"endLine":1,"endColumn":18,"offset":4,"length":13},"text":"recherche-cle-2"}],"machineApplicable":true}}}"#), "\(line)")
        let (_, results) = try sarifLog([renamed])
        #expect(results.count == 1 && results[0]["fixes"] == nil)
        #expect(HumanRenderer(useColor: false).render(renamed).contains("rename Challenges/1.1/Clé.png to Challenges/1.1/cle.png\n"))
    }

    @Test func sarifMessagesEscapeBracesAndLinkRelatedLocations() throws {
        let braces = Diagnostic("PIX0516", .error, "`{` is not closed by `}`", at: span("clé"), help: Help("close it with `}}`"))
        let (_, results) = try sarifLog([duplicate, braces])
        let texts = results.compactMap { ($0["message"] as? [String: Any])?["text"] as? String }
        #expect(texts.contains("the key `status` appears twice in this mapping ([first defined here](1))\nnote: YAML keeps only one of the two values\nhelp: remove one of the two, or rename it"))
        #expect(texts.contains("`{{` is not closed by `}}`\nhelp: close it with `}}}}`"))
        let related = try #require(results.first { $0["ruleId"] as? String == "PIX0103" }?["relatedLocations"] as? [[String: Any]])
        #expect(related.first?["id"] as? Int == 1)
        #expect(SARIFRenderer.escapingLinkText("a[0]\\b") == "a\\[0\\]\\\\b")
    }

    @Test func sarifURIsAreRelativeToTheGitRoot() throws {
        let (run, results) = try sarifLog([duplicate], prefix: "contenu")
        let bases = try #require(run["originalUriBaseIds"] as? [String: Any])
        #expect(bases["SRCROOT"] != nil)
        let artifact = try #require(((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "contenu/Challenges/1.1/recherche/cle.yaml")
        #expect(artifact["uriBaseId"] as? String == "SRCROOT")
        let atRoot = try sarifLog([duplicate], prefix: "").results
        let rootArtifact = ((atRoot.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any]
        #expect(rootArtifact?["uri"] as? String == "Challenges/1.1/recherche/cle.yaml")
    }

    @Test func sarifFingerprintsSurviveUnrelatedEdits() throws {
        func fingerprint(_ text: String, key: String = "status", occurrence: Int = 1) -> String {
            let source = SourceFile(path: "Challenges/1.1/recherche/cle.yaml", text: text)
            var start = source.bytes.startIndex
            var spans: [Span] = []
            while let range = source.bytes[start...].firstRange(of: Array(key.utf8)) {
                spans.append(Span(file: source, range: range))
                start = range.upperBound
            }
            let diagnostic = Diagnostic("PIX0103", .error, "the key `\(key)` appears twice in this mapping", at: spans[occurrence])
            return SARIFRenderer.fingerprints([diagnostic])[0]
        }
        let original = "id: recherche-cle\nstatus: proposé\ninstruction: Où ?\nstatus: validé\n"
        let edited = "# un commentaire\nid: recherche-cle\nstatus: proposé\ninstruction: Où se trouve la clé ?\n\nstatus: validé\n"
        #expect(fingerprint(original) == fingerprint(edited), "lines added and another line changed")
        #expect(fingerprint(original) != fingerprint(original.replacingOccurrences(of: "status: validé", with: "status: archivé")))
        #expect(fingerprint(original, occurrence: 0) != fingerprint(original, occurrence: 1))
        // The same problem twice on identical lines: two fingerprints.
        let twice = "status: a\nstatus: a\n"
        let source = SourceFile(path: "x.yaml", text: twice)
        let first = Diagnostic("PIX0103", .error, "m", at: Span(file: source, start: 0, end: 6))
        let second = Diagnostic("PIX0103", .error, "m", at: Span(file: source, start: 10, end: 16))
        let prints = SARIFRenderer.fingerprints([first, second])
        #expect(prints[0] != prints[1] && prints.allSatisfy { $0.count == 16 })
        let (_, results) = try sarifLog([duplicate])
        #expect((results.first?["partialFingerprints"] as? [String: String])?[SARIFRenderer.fingerprintKey] == SARIFRenderer.fingerprints([duplicate])[0])
    }

    @Test func sarifRulesCarryPropertiesAndMarkdownHelp() throws {
        let descriptor = DiagnosticDescriptor("PIX0421", .warning, title: "Locale listed twice", explanation: "Each locale once.",
                                              wrong: Example(path: "Challenges/a.yaml", "locales: [fr, fr]"),
                                              right: Example(path: "Challenges/a.yaml", "locales: [fr]"))
        let (run, _) = try sarifLog([], catalog: DiagnosticCatalog([descriptor]))
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["informationUri"] == nil, "pixc has no public page to point at")
        let rule = try #require((driver["rules"] as? [[String: Any]])?.first)
        let properties = try #require(rule["properties"] as? [String: Any])
        #expect(properties["tags"] as? [String] == ["maintainability", "pix04xx"])
        #expect(properties["precision"] as? String == "very-high")
        #expect(properties["problem.severity"] as? String == "warning")
        let markdown = try #require((rule["help"] as? [String: Any])?["markdown"] as? String)
        #expect(markdown.contains("**Wrong**\n\n`Challenges/a.yaml`\n\n```yaml\nlocales: [fr, fr]\n```"))
        #expect(markdown.hasSuffix("`pixc explain PIX0421` shows more."))
    }

    @Test func sarifURIsArePercentEncoded() {
        #expect(SARIFRenderer.uri("Challenges/2.1/réseau social/a b.yaml") == "Challenges/2.1/r%C3%A9seau%20social/a%20b.yaml")
    }
}
