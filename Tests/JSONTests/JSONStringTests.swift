@testable import JSON
import Testing

@Suite("JSON string escaper")
struct JSONStringTests {
    @Test("JSON.stringify's escapes: quotes, backslashes, control characters; the rest as it is")
    func javaScript() {
        #expect(JSONString.literal("a\"b\\c/d\u{8}\u{C}\n\r\t\u{1}\u{1F}\u{7F}é😀\u{2028}")
            == "\"a\\\"b\\\\c/d\\b\\f\\n\\r\\t\\u0001\\u001f\u{7F}é😀\u{2028}\"")
    }

    @Test("canonical: the NFC form, so equal Swift strings give equal bytes")
    func canonical() {
        #expect(JSONString.literal("cafe\u{301}", .canonical) == "\"caf\u{E9}\"")
        #expect(JSONString.literal("cafe\u{301}") == "\"cafe\u{301}\"")
    }

    @Test("line-safe: the characters that break lines in JavaScript source or YAML are escaped")
    func lineSafe() {
        #expect(JSONString.literal("a\u{2028}b\u{2029}c\u{85}é", .lineSafe) == #""a\u2028b\u2029c\u0085é""#)
    }

    @Test("YAML double-quoted: characters YAML does not allow as they are are escaped")
    func yaml() {
        #expect(JSONString.literal("a\u{7F}b\u{9F}c\u{FEFF}d\u{2028}é\u{A0}", .yamlDoubleQuoted) == "\"a\\u007fb\\u009fc\\ufeffd\\u2028é\u{A0}\"")
    }

    @Test("extra characters of an escaping, ASCII or not")
    func extra() {
        let escaping = JSONEscaping(alsoEscaped: ["}", "§"])
        #expect(JSONString.literal("a}b§c\"", escaping) == #""a\u007db\u00a7c\"""#)
    }

    @Test("appending writes the same bytes as the literal")
    func append() {
        var bytes = Array("x".utf8)
        JSONString.append("é\n", to: &bytes, .lineSafe)
        #expect(String(decoding: bytes, as: UTF8.self) == "x" + JSONString.literal("é\n", .lineSafe))
    }

    @Test("an object writer keeps the order keys are added in")
    func objectWriter() {
        var object = JSONObjectWriter()
        object.string("z", "a\u{2028}")
        object.int("a", 1)
        object.number("n", 1e21)
        object.bool("b", false)
        object.null("c")
        object.raw("d", JSONObjectWriter.array(["1", "2"]))
        #expect(object.result == #"{"z":"a\u2028","a":1,"n":1e+21,"b":false,"c":null,"d":[1,2]}"#)
    }

    /// The byte scan `append` takes for most strings writes what the general way writes, for
    /// every escaping, on texts mixing ASCII, escapes, Latin letters, decomposed accents, French
    /// punctuation, other scripts and emoji.
    @Test func theByteScanWritesWhatTheGeneralWayWrites() {
        let pieces = ["a", "Z", " ", "\"", "\\", "\n", "\t", "\u{1}", "\u{1F}", "\u{7F}", "/", "}", "é", "É", "ç", "\u{A0}", "ÿ", "Ł", "ʼ",
                      "e\u{301}", "\u{301}", "\u{300}", "\u{2019}", "\u{202F}", "«", "»", "…", "–", "—", "\u{2002}", "\u{206F}", "\u{2070}",
                      "\u{2001}", "€", "\u{20C0}", "\u{20C1}", "\u{2028}", "\u{85}", "\u{FEFF}", "Ω", "ά", "я", "中", "한", "\u{1100}\u{1161}",
                      "😀", "🇫🇷", "\u{10FFFF}", "Å", "\u{212B}", "\u{F900}", "\r\n"]
        let escapings: [JSONEscaping] = [.javaScript, .canonical, .lineSafe, .yamlDoubleQuoted, JSONEscaping(alsoEscaped: ["}", "/"]),
                                         JSONEscaping(normalizesToNFC: true, alsoEscaped: ["<"])]
        var generator = SplitMix(seed: 20261203)
        var texts = pieces + [""]
        for _ in 0..<3_000 {
            let length = Int(generator.next() % 12)
            texts.append((0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for escaping in escapings {
            for text in texts {
                var scanned: [UInt8] = [1, 2]
                var general: [UInt8] = [1, 2]
                JSONString.append(text, to: &scanned, escaping)
                JSONString.appendInGeneral(text, to: &general, escaping)
                #expect(scanned == general, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }
}

/// A small seeded generator (SplitMix64), so that the random texts are the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
