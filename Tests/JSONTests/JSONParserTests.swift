import Foundation
import JSON
import Testing

@Suite("JSON parser")
struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Data(text.utf8)) }

    func syntaxError(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(Data(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test("values of every kind")
    func values() throws {
        let value = try parse(#" {"a": [1, -2.5, 1e3, true, false, null, "x\u00e9\ud83d\ude00\n\/"], "b": {}} "#)
        #expect(value == .object([
            "a": .array([.integer(1), .double(-2.5), .double(1000), .bool(true), .bool(false), .null, .string("xé😀\n/")]),
            "b": .object([:]),
        ]))
    }

    @Test("a byte order mark is skipped")
    func byteOrderMark() throws {
        #expect(try JSONParser.parse(Data([0xEF, 0xBB, 0xBF] + Array("[]".utf8))) == .array([]))
    }

    @Test("a text is read as JSON.parse reads it: no byte order mark")
    func textWithoutByteOrderMark() throws {
        #expect(try JSONParser.parse(text: " [\"a\"] ") == .array([.string("a")]))
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text: "\u{FEFF}[]") }
    }

    @Test("a truncated file gives the line and column of the end")
    func truncated() {
        let error = syntaxError("{\n  \"areas\": [\n    {\"id\": \"a\"")
        #expect(error?.line == 3)
        #expect(error?.column == 15)
        #expect(error?.offset == 29)
        #expect(error?.message == "unexpected end of input, expected `,` or `}`: the file is truncated or a bracket is not closed")
        #expect(error?.description.hasPrefix("invalid JSON at line 3, column 15 (byte 29): unexpected end of input") == true)
    }

    @Test("a string cut by the end of the file is located at its opening quote")
    func truncatedString() {
        let error = syntaxError("[\"abc")
        #expect(error?.column == 2)
        #expect(error?.message.contains("inside the string that starts here") == true)
    }

    @Test("columns count characters, not bytes")
    func columns() {
        #expect(syntaxError("[\"éé\" x]")?.column == 7)
    }

    @Test("syntax errors", arguments: [
        ("", "the file is empty"),
        ("  \n", "the file contains only whitespace"),
        ("[1] 2", "unexpected character `2` after the end of the JSON value"),
        ("{\"a\": 1, \"a\": 2}", "duplicate key \"a\" in the same object"),
        ("[01]", "a number cannot start with 0 followed by other digits"),
        ("[1.]", "unexpected character `]`, expected a digit after the decimal point"),
        ("[\"a\\x\"]", "invalid escape \\x inside a string"),
        ("[\"\\ud83d\"]", "the escape \\uD83D is the first half of a surrogate pair with no second half"),
        ("[\"\\ude00\"]", "the escape \\uDE00 is a lone second half of a surrogate pair"),
        ("[\"a\nb\"]", "a control character (U+000A) must be escaped inside a string"),
        ("{a: 1}", "unexpected character `a`, expected a key in double quotes"),
        ("[1,]", "unexpected character `]`, expected a value"),
        ("[tru]", "unexpected character `]`, expected `true`"),
        ("[1e999]", "the number 1e999 is too large to be represented"),
        ("[é]", "unexpected character `é`, expected a value"),
    ])
    func errors(_ text: String, _ message: String) {
        #expect(syntaxError(text)?.message == message)
    }

    @Test("nesting is bounded instead of exhausting the stack")
    func depth() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(syntaxError(deep)?.message.contains("nested more than") == true)
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(syntaxError(fine) == nil)
    }

    @Test("invalid UTF-8 in a string is an error, not a replacement character")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("[\"a".utf8) + [0xFF] + Array("\"]".utf8)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
    }
}
