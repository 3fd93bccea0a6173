import Diagnostics
import Testing
@testable import YAML

/// The byte offset of every character index, counted the slow and obvious way: libyaml's index
/// counts code points after the byte-order mark.
private func expectedOffsets(_ bytes: [UInt8], bomLength: Int) -> [Int] {
    var offsets: [Int] = []
    var offset = bomLength
    for scalar in String(decoding: bytes[bomLength...], as: UTF8.self).unicodeScalars {
        offsets.append(offset)
        offset += String(scalar).utf8.count
    }
    offsets.append(offset)
    return offsets
}

private func converter(_ bytes: [UInt8]) -> (PositionConverter, [Int]) {
    let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let isASCII = bytes.allSatisfy { $0 < 0x80 }
    return (PositionConverter(bytes: bytes, bomLength: bom, isASCII: isASCII), expectedOffsets(bytes, bomLength: bom))
}

/// Texts where a word-at-a-time walk could go wrong: multi-byte characters at every position of
/// an 8-byte word, at the end of a line and of the file, CRLF, tabs, a byte-order mark, 4-byte
/// characters, long runs of ASCII and of accents.
private let tricky: [String] = [
    "",
    "a",
    "é",
    "😀",
    "clé: valeur\n",
    "\u{FEFF}clé: été\n",
    "a: x\r\nb: \"😀y\"\r\nc: z\r\n",
    "\tclé:\tvaleur\t\n\t- é\t\n",
    "fin de ligne é\nfin de ligne 😀\r\nfin: œ",
    "aaaaaaaé", "aaaaaaé", "aaaaaaaaé", "aaaaaaa😀b", "aaaaa😀bcdefgh", "éééééééééééééééééé",
    String(repeating: "Réponse à la question ", count: 40) + "\n" + String(repeating: "x", count: 300) + "é\n",
    String(repeating: "😀é€a", count: 64),
    (0..<64).map { String(repeating: "a", count: $0 % 9) + "é\r\n" }.joined(),
]

@Suite("Character positions to byte offsets")
struct PositionConverterTests {
    @Test(arguments: tricky)
    func everyIndexInOrder(_ text: String) {
        var (positions, expected) = converter(Array(text.utf8))
        for index in expected.indices {
            #expect(positions.offset(ofCharacter: index) == expected[index], "character \(index) of \(text.debugDescription)")
        }
        // Past the end: the end of the file.
        #expect(positions.offset(ofCharacter: expected.count + 5) == text.utf8.count)
    }

    @Test(arguments: tricky)
    func jumpsForwardAndBack(_ text: String) {
        var (positions, expected) = converter(Array(text.utf8))
        // Marks arrive almost in order, but not always: big and small jumps both ways.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let index = Int.random(in: 0..<expected.count, using: &generator)
            #expect(positions.offset(ofCharacter: index) == expected[index], "character \(index) of \(text.debugDescription)")
        }
        for index in expected.indices.reversed() {
            #expect(positions.offset(ofCharacter: index) == expected[index])
        }
    }

    @Test func aByteOrderMarkIsNotACharacter() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("é: x".utf8)
        var positions = PositionConverter(bytes: bytes, bomLength: 3, isASCII: false)
        #expect(positions.offset(ofCharacter: 0) == 3)
        #expect(positions.offset(ofCharacter: 1) == 5)
        #expect(positions.offset(ofCharacter: 4) == 8)
        var ascii = PositionConverter(bytes: [0xEF, 0xBB, 0xBF] + Array("a: x".utf8), bomLength: 3, isASCII: true)
        #expect(ascii.offset(ofCharacter: 1) == 4)
    }
}

private func location(_ span: Span) -> String { "\(span.startLocation.line):\(span.startLocation.column)-\(span.endLocation.line):\(span.endLocation.column)" }

@Suite("Located nodes in non-ASCII text")
struct NonASCIILocationTests {
    private func mapping(_ text: String) throws -> YAMLMapping {
        let result = YAMLReader.read(SourceFile(path: "t.yaml", text: text))
        #expect(result.diagnostics.isEmpty, "unexpected: \(result.diagnostics.map(\.message))")
        return try #require(result.documents.first?.root?.mapping)
    }

    @Test func accentsBeforeAndAtTheEndOfLines() throws {
        let node = try mapping("consigne: Réponds à la question é\nécart: là\r\nfin: œuvre\n")
        #expect(location(try #require(node["consigne"]).span) == "1:11-1:34")
        #expect(location(node.entries[1].key.span) == "2:1-2:6")
        #expect(location(try #require(node["écart"]).span) == "2:8-2:10")
        #expect(location(try #require(node["fin"]).span) == "3:6-3:11")
    }

    @Test func tabsAndFourByteCharacters() throws {
        let node = try mapping("a: 😀😀\ttexte\t\nb: [\"é\",\t😀, x]\n")
        #expect(location(try #require(node["a"]).span) == "1:4-1:12")
        let items = try #require(node["b"]?.sequence?.items)
        #expect(items.map { location($0.span) } == ["2:5-2:8", "2:10-2:11", "2:13-2:14"])
    }

    @Test func byteOrderMarkAndCRLF() throws {
        let file = SourceFile(path: "bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("titre: Été\r\nliste:\r\n  - é\r\n  - 😀\r\n".utf8))
        let result = YAMLReader.read(file)
        #expect(result.diagnostics.isEmpty)
        let node = try #require(result.documents.first?.root?.mapping)
        #expect(location(try #require(node["titre"]).span) == "1:8-1:11")
        let items = try #require(node["liste"]?.sequence?.items)
        #expect(items.map { location($0.span) } == ["3:5-3:6", "4:5-4:6"])
    }

    /// Every scalar of a long generated file sits where its text is written.
    @Test func everyScalarOfALongFile() throws {
        var text = ""
        for line in 0..<500 {
            let accent = String(repeating: "é", count: line % 7) + String(repeating: "😀", count: line % 3)
            text += "k\(line)\(accent): v\(line)\(accent)\(line % 4 == 0 ? "\r\n" : "\n")"
        }
        let node = try mapping(text)
        #expect(node.entries.count == 500)
        let bytes = Array(text.utf8)
        for entry in node.entries {
            for scalar in [entry.key.scalar, entry.value.scalar].compactMap({ $0 }) {
                let written = Array(scalar.text.utf8)
                #expect(Array(bytes[scalar.span.range]) == written, "\(scalar.text) at \(location(scalar.span))")
            }
        }
    }

    /// A diagnostic after non-ASCII text points at the exact column.
    @Test func syntaxErrorAfterAccents() throws {
        let result = YAMLReader.read(SourceFile(path: "t.yaml", text: "clé: été\nthé: \"non fermé\n"))
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.span?.startLocation.line == 2)
        #expect(diagnostic.span?.startLocation.column == 6)
    }
}

@Suite("Collections built from their children")
struct CollectionBuildingTests {
    @Test func mergeBetweenExplicitKeysAndNestedCollections() throws {
        let text = "base: &b {x: 1, y: 2}\nm:\n  a: [1, [2, 3], {k: v}]\n  <<: *b\n  y: 3\n  z:\n    - {p: q}\n"
        let result = YAMLReader.read(SourceFile(path: "t.yaml", text: text))
        #expect(result.diagnostics.isEmpty)
        let m = try #require(result.documents.first?.root?.mapping?["m"]?.mapping)
        #expect(m.entries.compactMap(\.keyText) == ["a", "x", "y", "z"])
        #expect(m["y"]?.scalar?.text == "3")
        let a = try #require(m["a"]?.sequence)
        #expect(a.items.count == 3)
        #expect(a.items[1].sequence?.items.compactMap(\.scalar?.text) == ["2", "3"])
        #expect(a.items[2].mapping?["k"]?.scalar?.text == "v")
        #expect(m["z"]?.sequence?.items.first?.mapping?["p"]?.scalar?.text == "q")
    }

    @Test func duplicateKeysInsideNestedMappingsAreDroppedWithTheirValues() throws {
        let text = "a:\n  b: [1, 2]\n  b: {c: d}\n  e: f\ng: h\n"
        let result = YAMLReader.read(SourceFile(path: "t.yaml", text: text))
        #expect(result.diagnostics.map(\.code) == ["PIX0103"])
        let root = try #require(result.documents.first?.root?.mapping)
        #expect(root.entries.compactMap(\.keyText) == ["a", "g"])
        let a = try #require(root["a"]?.mapping)
        #expect(a.entries.compactMap(\.keyText) == ["b", "e"])
        #expect(a["b"]?.sequence?.items.count == 2)
    }

    @Test func nonScalarKeysAreKept() throws {
        let result = YAMLReader.read(SourceFile(path: "t.yaml", text: "? [a, b]\n: v\n? [a, b]\n: w\n"))
        let root = try #require(result.documents.first?.root?.mapping)
        #expect(root.entries.count == 2)
        #expect(root.entries.map { $0.value.scalar?.text } == ["v", "w"])
    }
}
