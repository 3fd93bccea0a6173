import Foundation
import JSON
import Testing
import Vocabulary

@Suite("Canonical JSON writer")
struct CanonicalJSONTests {
    @Test func utf8OrderIsByteOrder() {
        let texts = ["", "a", "ab", "abc", "b", "B", "é", "e\u{301}", "épreuve", "epreuve", "z", "Z", "ä", "\u{7F}", "\u{80}",
                     "Challenges/1.1/a.yaml", "Challenges/1.1/a.yaml2", "Challenges/1.10/a.yaml", "👍", "\u{FFFF}", "a\u{0}b", "a\u{0}"]
        // A bridged-looking, non-native string too: built from UTF-16 code units.
        let others = texts + [String(decoding: Array("Défi".utf16), as: UTF16.self)]
        for a in others {
            for b in others {
                #expect(CanonicalJSON.utf8Precedes(a, b) == Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)), "\(a.debugDescription) < \(b.debugDescription)")
            }
        }
    }

    @Test("doubles print as JavaScript prints them", arguments: [
        (0.1, "0.1"), (1e-7, "1e-7"), (1.5e-7, "1.5e-7"), (1e-6, "0.000001"), (0.000123, "0.000123"),
        (1e21, "1e+21"), (1e20, "100000000000000000000"), (1e16, "10000000000000000"), (123e18, "123000000000000000000"),
        (1.2345e21, "1.2345e+21"), (100.0, "100"), (2.5, "2.5"), (-0.5, "-0.5"), (-0.0, "0"), (0.0, "0"),
        (123.456, "123.456"), (1.0 / 3.0, "0.3333333333333333"), (Double.leastNonzeroMagnitude, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"), (-1e-7, "-1e-7"), (4.35, "4.35"),
        (123456789012345680000.0, "123456789012345680000"), (-2.19209011198683, "-2.19209011198683"),
        (8.999999999999988, "8.999999999999988"), (0.0001234, "0.0001234"), (Double.nan, "null"), (Double.infinity, "null"),
    ])
    func doubles(_ value: Double, _ expected: String) {
        #expect(JSONNumberText.canonical(value) == expected)
        #expect(CanonicalJSON.string(.double(value), layout: .compact) == expected)
    }

    @Test("canonical doubles read back to the same value")
    func doublesRoundTrip() throws {
        for value in [0.1, 1e-7, 1e21, Double.leastNonzeroMagnitude, 1.7976931348623157e308, 0.1 + 0.2, 2.0 / 3.0, 123456789.123456789] {
            let text = JSONNumberText.canonical(value)
            #expect(Double(text) == value, "\(text)")
            #expect(try JSONParser.parse(Data(text.utf8)) == .double(value))
        }
    }

    @Test("every printed double reads back to the same value")
    func everyPrintedNumberRoundTrips() {
        var generator = SplitMix64(seed: 99)
        for _ in 0..<2000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            #expect(Double(JSONNumberText.canonical(value)) == value)
        }
    }

    @Test("non-finite numbers become null, as with JSON.stringify")
    func nonFinite() {
        #expect(JSONValue.number(.nan) == .null)
        #expect(JSONValue.number(.infinity) == .null)
        #expect(CanonicalJSON.string(.object(["alpha": .number(.nan)]), layout: .compact) == #"{"alpha":null}"#)
    }

    @Test("integers and integral doubles print the same and compare equal")
    func integers() {
        #expect(CanonicalJSON.string(.integer(-42), layout: .compact) == "-42")
        #expect(JSONValue.integer(8) == JSONValue.double(8))
        #expect(JSONValue.integer(8).hashValue == JSONValue.double(8).hashValue)
        #expect(JSONValue.integer(8) != JSONValue.double(8.5))
    }

    @Test("strings: minimal escapes, slashes and non-ASCII as they are")
    func escapes() {
        let text = "a\"b\\c/d\u{8}\u{C}\n\r\t\u{1}\u{1F}\u{7F}é😀"
        #expect(CanonicalJSON.string(.string(text), layout: .compact)
            == "\"a\\\"b\\\\c/d\\b\\f\\n\\r\\t\\u0001\\u001f\u{7F}é😀\"")
        #expect(CanonicalJSON.string(.string("https://pix.fr/a/b"), layout: .compact) == "\"https://pix.fr/a/b\"")
    }

    @Test("strings are written in NFC, so equal Swift strings give equal bytes")
    func normalization() {
        let decomposed = JSONValue.object(["e\u{301}t\u{e9}": .string("cafe\u{301}")])
        let composed = JSONValue.object(["\u{e9}t\u{e9}": .string("caf\u{e9}")])
        #expect(decomposed == composed)
        #expect(CanonicalJSON.data(decomposed) == CanonicalJSON.data(composed))
        #expect(CanonicalJSON.data(composed, layout: .compact) == Data("{\"été\":\"café\"}".utf8))
    }

    @Test("keys are sorted by code point, non-ASCII after ASCII")
    func keyOrder() {
        let value = JSONValue.object(["é": .integer(1), "z": .integer(2), "Z": .integer(3), "a": .integer(4), "a_i18n": .integer(5), "aB": .integer(6)])
        #expect(CanonicalJSON.string(value, layout: .compact) == #"{"Z":3,"a":4,"aB":6,"a_i18n":5,"z":2,"é":1}"#)
    }

    @Test("equal dictionaries built in different orders give identical bytes")
    func insertionOrder() {
        var first: [String: JSONValue] = [:]
        var second: [String: JSONValue] = [:]
        let keys = (0..<200).map { "key\($0)-\($0 % 7 == 0 ? "é" : "e")" }
        for key in keys { first[key] = .string(key) }
        for key in keys.reversed() { second[key] = .string(key) }
        #expect(CanonicalJSON.data(.object(first)) == CanonicalJSON.data(.object(second)))
    }

    @Test("pretty layout: two spaces, `key: value`, empty containers inline, final newline")
    func prettyLayout() {
        let value = JSONValue.object([
            "b": .array([.integer(1), .object(["x": .null])]),
            "a": .object([:]),
            "c": .array([]),
            "d": .bool(true),
        ])
        let expected = """
        {
          "a": {},
          "b": [
            1,
            {
              "x": null
            }
          ],
          "c": [],
          "d": true
        }

        """
        #expect(CanonicalJSON.string(value) == expected)
        #expect(CanonicalJSON.string(value, layout: .compact) == #"{"a":{},"b":[1,{"x":null}],"c":[],"d":true}"#)
    }
}
