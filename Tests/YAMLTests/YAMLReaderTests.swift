import Foundation
import Diagnostics
import Testing
@testable import YAML

private func read(_ text: String, path: String = "test.yaml") -> YAMLReadResult {
    YAMLReader.read(SourceFile(path: path, text: text))
}

private func root(_ text: String) throws -> YAMLNode {
    let result = read(text)
    #expect(result.diagnostics.isEmpty, "unexpected: \(result.diagnostics.map(\.message))")
    return try #require(result.documents.first?.root)
}

private func location(_ span: Span) -> String { "\(span.startLocation.line):\(span.startLocation.column)-\(span.endLocation.line):\(span.endLocation.column)" }

@Suite("Located nodes")
struct NodeTests {
    @Test func scalarsKeepTheirTextAndStyle() throws {
        let node = try root("""
        plain: non
        single: 'l''été'
        double: "a\\tb"
        literal: |
          ligne 1
          ligne 2
        folded: >-
          un
          deux
        """)
        let mapping = try #require(node.mapping)
        #expect(mapping.entries.map(\.keyText) == ["plain", "single", "double", "literal", "folded"])
        #expect(mapping["plain"]?.scalar?.text == "non")
        #expect(mapping["plain"]?.scalar?.style == .plain)
        #expect(mapping["single"]?.scalar?.text == "l'été")
        #expect(mapping["single"]?.scalar?.style == .singleQuoted)
        #expect(mapping["double"]?.scalar?.text == "a\tb")
        #expect(mapping["double"]?.scalar?.style == .doubleQuoted)
        #expect(mapping["literal"]?.scalar?.text == "ligne 1\nligne 2\n")
        #expect(mapping["literal"]?.scalar?.style == .literal)
        #expect(mapping["folded"]?.scalar?.text == "un deux")
        #expect(mapping["folded"]?.scalar?.style == .folded)
    }

    @Test(arguments: ["non", "oui", "no", "yes", "1.10", "0612", "2024-01-01", "~", "0x1F", "1e3", ".inf", "true"])
    func noImplicitTyping(_ value: String) throws {
        let node = try root("value: \(value)\n")
        #expect(node.mapping?["value"]?.scalar?.text == value)
    }

    @Test func spansAreExact() throws {
        let node = try root("titre: Recherche\nliste:\n  - un\n  - \"deux\"\n")
        let mapping = try #require(node.mapping)
        let title = try #require(mapping.entries.first)
        #expect(location(title.key.span) == "1:1-1:6")
        #expect(location(title.value.span) == "1:8-1:17")
        let list = try #require(mapping["liste"]?.sequence)
        #expect(list.items.count == 2)
        #expect(location(list.items[0].span) == "3:5-3:7")
        #expect(location(list.items[1].span) == "4:5-4:11")
        #expect(location(list.span) == "3:3-4:11")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let node = try root("clé: \"été\"\némoji: 😀 ok\n")
        let mapping = try #require(node.mapping)
        #expect(location(try #require(mapping["clé"]).span) == "1:6-1:11")
        #expect(location(try #require(mapping["émoji"]).span) == "2:8-2:12")
        // Decomposed é (e + combining acute) is one column too.
        let decomposed = try root("cle\u{0301}: x\n")
        #expect(location(try #require(decomposed.mapping?.entries.first?.value).span) == "1:6-1:7")
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let file = SourceFile(path: "bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("clé: valeur\n".utf8))
        let result = YAMLReader.read(file)
        #expect(result.diagnostics.isEmpty)
        let value = try #require(result.documents.first?.root?.mapping?["clé"])
        #expect(value.scalar?.text == "valeur")
        #expect(value.span.start == 3 + 6)
        #expect(location(value.span) == "1:6-1:12")
    }

    @Test func crlfLineEndings() throws {
        let node = try root("a: x\r\nb: \"😀y\"\r\nc: z\r\n")
        let mapping = try #require(node.mapping)
        #expect(location(try #require(mapping["b"]).span) == "2:4-2:8")
        #expect(location(try #require(mapping["c"]).span) == "3:4-3:5")
    }

    @Test func flowCollections() throws {
        let node = try root("locales: [fr, fr-fr]\nembed: {url: \"https://x.fr\", height: 400}\n")
        let mapping = try #require(node.mapping)
        let locales = try #require(mapping["locales"]?.sequence)
        #expect(locales.isFlow)
        #expect(locales.items.compactMap(\.scalar?.text) == ["fr", "fr-fr"])
        #expect(location(locales.span) == "1:10-1:21")
        #expect(mapping["embed"]?.mapping?["height"]?.scalar?.text == "400")
    }

    @Test func emptyValuesAreNullScalars() throws {
        let node = try root("a:\nb: ~\n")
        #expect(node.mapping?["a"]?.scalar?.isNull == true)
        #expect(node.mapping?["b"]?.scalar?.isNull == true)
    }

    @Test func aliasesResolveToTheAnchoredNode() throws {
        let node = try root("base: &b [un, deux]\ncopie: *b\n")
        let copy = try #require(node.mapping?["copie"]?.sequence)
        #expect(copy.items.compactMap(\.scalar?.text) == ["un", "deux"])
        // The alias keeps the spans of the anchored value.
        #expect(location(copy.span) == "1:10-1:20")
    }

    @Test func mergeKeys() throws {
        let node = try root("defaut: &d {status: proposé, type: QCU}\nepreuve:\n  <<: *d\n  type: QCM\n")
        let challenge = try #require(node.mapping?["epreuve"]?.mapping)
        #expect(challenge.entries.compactMap(\.keyText) == ["status", "type"])
        #expect(challenge["type"]?.scalar?.text == "QCM")
        #expect(challenge["status"]?.scalar?.text == "proposé")
    }

    @Test func multipleDocuments() throws {
        let result = read("a: 1\n---\nb: 2\n")
        #expect(result.documents.count == 2)
        let single = YAMLReader.readSingleDocument(SourceFile(path: "m.yaml", text: "a: 1\n---\nb: 2\n"))
        #expect(single.diagnostics.map(\.code) == ["PIX0107"])
        #expect(single.diagnostics.first?.span?.startLocation.line == 2)
    }

    @Test func emptyFileHasNoDocument() {
        #expect(read("").documents.isEmpty)
        #expect(read("# seulement un commentaire\n").documents.isEmpty)
    }

    @Test func spanOfTextRangeInsideScalars() throws {
        let node = try root("a: \"x {{ nom }} y\"\nb: 'l''{{ z }}'\nc: |\n  ligne\n  {{ w }}\nd: \"\\t{{ v }}\"\n")
        let mapping = try #require(node.mapping)
        let a = try #require(mapping["a"]?.scalar)
        let rangeA = try #require(a.text.utf8Range(of: "nom"))
        #expect(location(a.span(ofTextRange: rangeA)) == "1:10-1:13")
        let b = try #require(mapping["b"]?.scalar)
        let rangeB = try #require(b.text.utf8Range(of: "z"))
        #expect(location(b.span(ofTextRange: rangeB)) == "2:11-2:12")
        let c = try #require(mapping["c"]?.scalar)
        let rangeC = try #require(c.text.utf8Range(of: "w"))
        #expect(location(c.span(ofTextRange: rangeC)) == "5:6-5:7")
        let d = try #require(mapping["d"]?.scalar)
        let rangeD = try #require(d.text.utf8Range(of: "v"))
        #expect(location(d.span(ofTextRange: rangeD)) == "6:10-6:11")
    }
}

@Suite("Reader diagnostics")
struct ReaderDiagnosticTests {
    @Test func duplicateKeyPointsAtBothOccurrences() throws {
        let result = read("id: a\nstatus: proposé\nstatus: validé\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.code == "PIX0103")
        #expect(location(try #require(diagnostic.span)) == "3:1-3:7")
        #expect(diagnostic.labels.map { location($0.span) } == ["2:1-2:7"])
        #expect(diagnostic.labels.first?.message == "first defined here")
        // The first value is kept.
        #expect(result.documents.first?.root?.mapping?["status"]?.scalar?.text == "proposé")
    }

    @Test func duplicateKeyInALargeMapping() throws {
        var text = (1...40).map { "cle\($0): \($0)" }.joined(separator: "\n")
        text += "\ncle30: doublon\ncle41: fin\n"
        let result = read(text)
        #expect(result.diagnostics.map(\.code) == ["PIX0103"])
        #expect(result.diagnostics.first?.labels.first?.span.startLocation.line == 30)
        #expect(result.documents.first?.root?.mapping?.entries.count == 41)
    }

    @Test func quotedAndPlainKeysAreTheSameKey() {
        let result = read("a: 1\n\"a\": 2\n")
        #expect(result.diagnostics.map(\.code) == ["PIX0103"])
    }

    @Test func tabInIndentation() throws {
        let result = read("answers:\n\t- \"1978\"\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == "PIX0102")
        #expect(location(try #require(diagnostic.span)) == "2:1-2:2")
    }

    @Test func indentedMoreThanTheKeyAbove() throws {
        let result = read("a: 1\n  b: 2\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == "PIX0101")
        #expect(diagnostic.message == "this line is indented more than the key above it")
        #expect(diagnostic.span?.startLocation.line == 2)
    }

    @Test func colonInsideAPlainValue() throws {
        let result = read("instruction: Note: cherchez\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == "PIX0101")
        #expect(diagnostic.message.contains("`: `"))
        #expect(location(try #require(diagnostic.span)) == "1:18-1:19")
    }

    @Test func misalignedKey() throws {
        let result = read("epreuve:\n  id: a\n  type: QCU\n status: validé\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == "PIX0101")
        #expect(diagnostic.span?.startLocation.line == 4)
        #expect(diagnostic.message.contains("not aligned"))
    }

    @Test func unclosedQuote() throws {
        let result = read("a: \"abc\nb: 2\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "this quoted text is never closed")
        #expect(location(try #require(diagnostic.span)) == "1:4-1:5")
    }

    @Test func invalidUTF8() throws {
        // "clé" saved in Latin-1: é is the single byte 0xE9.
        let file = SourceFile(path: "latin1.yaml", bytes: Array("id: cl".utf8) + [0xE9] + Array("\n".utf8))
        let result = YAMLReader.read(file)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == "PIX0108")
        #expect(diagnostic.message.contains("0xE9"))
        #expect(location(try #require(diagnostic.span)) == "1:7-1:8")
    }

    @Test func utf16IsRejected() {
        let file = SourceFile(path: "u16.yaml", bytes: [0xFF, 0xFE, 0x61, 0x00])
        #expect(YAMLReader.read(file).diagnostics.map(\.code) == ["PIX0108"])
    }

    @Test func controlCharacter() throws {
        let file = SourceFile(path: "ctl.yaml", bytes: Array("a: b".utf8) + [0x01] + Array("c\n".utf8))
        let diagnostic = try #require(YAMLReader.read(file).diagnostics.first)
        #expect(diagnostic.code == "PIX0101")
        #expect(location(try #require(diagnostic.span)) == "1:5-1:6")
    }

    @Test func billionLaughsIsRejectedQuickly() throws {
        var text = "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [" + Array(repeating: previous, count: 10).joined(separator: ", ") + "]\n"
        }
        let result = read(text)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == "PIX0104")
        #expect(diagnostic.labels.count == 1)
    }

    @Test func undefinedAlias() throws {
        let result = read("a: *inconnu\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == "PIX0105")
        #expect(location(try #require(diagnostic.span)) == "1:4-1:12")
    }

    @Test func customTagIsAWarning() throws {
        let result = read("a: !!int 3\nb: !perso x\nc: !!str 4\n")
        #expect(result.diagnostics.map(\.code) == ["PIX0106", "PIX0106"])
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(result.documents.first?.root?.mapping?["a"]?.scalar?.text == "3")
    }

    @Test func deepNestingIsRejected() {
        let text = String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n"
        #expect(read(text).diagnostics.map(\.code) == ["PIX0109"])
    }

    @Test func hostileInputsNeverCrash() {
        let samples: [String] = [
            "", "-", ":", "- - - -", "{", "[", "\"", "'", "|", ">", "&", "*", "!", "%YAML 1.1\n---\n",
            "? complexe\n: valeur\n", "a: [1, {b: [c, {d: e}]}]", "a: &x\n  b: *x\n", "\u{0}", "a: b\n\u{FEFF}c: d\n",
        ]
        for sample in samples {
            _ = read(sample)
        }
    }
}

extension String {
    func utf8Range(of needle: String) -> Range<Int>? {
        guard let range = self.range(of: needle) else { return nil }
        let start = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
        return start..<(start + needle.utf8.count)
    }
}
