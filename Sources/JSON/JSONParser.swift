import Foundation

/// Where and why a JSON text is not valid JSON.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    /// Byte offset of the problem from the start of the data (0-based).
    public let offset: Int
    /// 1-based line.
    public let line: Int
    /// 1-based column, counted in Unicode scalars.
    public let column: Int

    public var description: String {
        "invalid JSON at line \(line), column \(column) (byte \(offset)): \(message)"
    }
}

/// A strict RFC 8259 parser that says where a file went wrong. Foundation's `JSONSerialization`
/// is not used because its errors on Linux do not give a line, and it silently keeps one of two
/// duplicate keys. Here a duplicate key is an error: which of the two values Pix would use
/// depends on the JavaScript engine, so the file is ambiguous.
public enum JSONParser {
    /// Deep enough for any release; bounded so that a hostile file cannot exhaust the stack.
    public static let maximumDepth = 256

    public static func parse(_ data: Data) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(data))
    }

    /// A file's bytes; a UTF-8 byte order mark at the start is skipped.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = Parser(bytes: bytes, skipsByteOrderMark: true)
        return try parser.parseDocument()
    }

    /// A text as JavaScript's `JSON.parse` reads it: a byte order mark is not whitespace there.
    public static func parse(text: String) throws(JSONSyntaxError) -> JSONValue {
        var parser = Parser(bytes: Array(text.utf8), skipsByteOrderMark: false)
        return try parser.parseDocument()
    }

    private struct Parser {
        let bytes: [UInt8]
        var position = 0

        init(bytes: [UInt8], skipsByteOrderMark: Bool) {
            self.bytes = bytes
            if skipsByteOrderMark, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        }

        mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
            skipWhitespace()
            guard position < bytes.count else {
                throw error(bytes.isEmpty ? "the file is empty" : "the file contains only whitespace")
            }
            let value = try parseValue(depth: 0)
            skipWhitespace()
            if position < bytes.count {
                throw error("unexpected \(describeByte(at: position)) after the end of the JSON value")
            }
            return value
        }

        mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            guard depth < JSONParser.maximumDepth else {
                throw error("arrays and objects are nested more than \(JSONParser.maximumDepth) levels deep")
            }
            guard position < bytes.count else { throw endOfInput("a value") }
            switch bytes[position] {
            case UInt8(ascii: "{"): return try parseObject(depth: depth)
            case UInt8(ascii: "["): return try parseArray(depth: depth)
            case UInt8(ascii: "\""): return .string(try parseString())
            case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
            case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
            case UInt8(ascii: "n"): try expectLiteral("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
            default: throw error("unexpected \(describeByte(at: position)), expected a value")
            }
        }

        mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            position += 1
            var members: [String: JSONValue] = [:]
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(members)
            }
            while true {
                skipWhitespace()
                guard position < bytes.count else { throw endOfInput("a key or `}`") }
                guard bytes[position] == UInt8(ascii: "\"") else {
                    throw error("unexpected \(describeByte(at: position)), expected a key in double quotes")
                }
                let keyOffset = position
                let key = try parseString()
                if members[key] != nil {
                    throw error("duplicate key \"\(key)\" in the same object", at: keyOffset)
                }
                skipWhitespace()
                guard position < bytes.count else { throw endOfInput("`:`") }
                guard bytes[position] == UInt8(ascii: ":") else {
                    throw error("unexpected \(describeByte(at: position)), expected `:` after the key \"\(key)\"")
                }
                position += 1
                skipWhitespace()
                members[key] = try parseValue(depth: depth + 1)
                skipWhitespace()
                guard position < bytes.count else { throw endOfInput("`,` or `}`") }
                switch bytes[position] {
                case UInt8(ascii: ","): position += 1
                case UInt8(ascii: "}"): position += 1; return .object(members)
                default: throw error("unexpected \(describeByte(at: position)), expected `,` or `}`")
                }
            }
        }

        mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            position += 1
            var elements: [JSONValue] = []
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(elements)
            }
            while true {
                skipWhitespace()
                elements.append(try parseValue(depth: depth + 1))
                skipWhitespace()
                guard position < bytes.count else { throw endOfInput("`,` or `]`") }
                switch bytes[position] {
                case UInt8(ascii: ","): position += 1
                case UInt8(ascii: "]"): position += 1; return .array(elements)
                default: throw error("unexpected \(describeByte(at: position)), expected `,` or `]`")
                }
            }
        }

        mutating func parseString() throws(JSONSyntaxError) -> String {
            let start = position
            position += 1
            var buffer: [UInt8] = []
            while true {
                guard position < bytes.count else {
                    throw error("unexpected end of input inside the string that starts here; the file is truncated or a quote is missing", at: start)
                }
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "\""):
                    position += 1
                    guard let text = String(validating: buffer, as: UTF8.self) else {
                        throw error("the string that starts here is not valid UTF-8", at: start)
                    }
                    return text
                case UInt8(ascii: "\\"):
                    try parseEscape(into: &buffer)
                case 0x00..<0x20:
                    throw error("a control character (U+\(hex4(UInt16(byte)))) must be escaped inside a string")
                default:
                    buffer.append(byte)
                    position += 1
                }
            }
        }

        mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
            let escapeStart = position
            position += 1
            guard position < bytes.count else { throw endOfInput("an escaped character") }
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): buffer.append(byte)
            case UInt8(ascii: "\\"): buffer.append(byte)
            case UInt8(ascii: "/"): buffer.append(byte)
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"):
                let first = try parseHex4()
                var scalarValue = UInt32(first)
                if (0xD800...0xDBFF).contains(first) {
                    guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                        throw error("the escape \\u\(hex4(first)) is the first half of a surrogate pair with no second half", at: escapeStart)
                    }
                    position += 2
                    let second = try parseHex4()
                    guard (0xDC00...0xDFFF).contains(second) else {
                        throw error("the escape \\u\(hex4(first)) is not followed by the second half of a surrogate pair", at: escapeStart)
                    }
                    scalarValue = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(first) {
                    throw error("the escape \\u\(hex4(first)) is a lone second half of a surrogate pair", at: escapeStart)
                }
                guard let scalar = Unicode.Scalar(scalarValue) else {
                    throw error("the escape is not a Unicode scalar", at: escapeStart)
                }
                buffer.append(contentsOf: String(Character(scalar)).utf8)
            default:
                throw error("invalid escape \\\(describeRaw(byte)) inside a string", at: escapeStart)
            }
        }

        mutating func parseHex4() throws(JSONSyntaxError) -> UInt16 {
            var value: UInt16 = 0
            for _ in 0..<4 {
                guard position < bytes.count else { throw endOfInput("four hexadecimal digits after \\u") }
                let byte = bytes[position]
                let digit: UInt16
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt16(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt16(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt16(byte - UInt8(ascii: "A") + 10)
                default: throw error("unexpected \(describeByte(at: position)), expected a hexadecimal digit after \\u")
                }
                value = value * 16 + digit
                position += 1
            }
            return value
        }

        mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
            let start = position
            var isInteger = true
            if bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count else { throw endOfInput("a digit") }
            if bytes[position] == UInt8(ascii: "0") {
                position += 1
                if position < bytes.count, isDigit(bytes[position]) {
                    throw error("a number cannot start with 0 followed by other digits", at: start)
                }
            } else if isDigit(bytes[position]) {
                skipDigits()
            } else {
                throw error("unexpected \(describeByte(at: position)), expected a digit")
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
                isInteger = false
                position += 1
                guard position < bytes.count else { throw endOfInput("a digit after the decimal point") }
                guard isDigit(bytes[position]) else {
                    throw error("unexpected \(describeByte(at: position)), expected a digit after the decimal point")
                }
                skipDigits()
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
                isInteger = false
                position += 1
                if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                    position += 1
                }
                guard position < bytes.count else { throw endOfInput("a digit in the exponent") }
                guard isDigit(bytes[position]) else {
                    throw error("unexpected \(describeByte(at: position)), expected a digit in the exponent")
                }
                skipDigits()
            }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            if isInteger, let integer = Int(text) { return .integer(integer) }
            guard let double = Double(text), double.isFinite else {
                throw error("the number \(text) is too large to be represented", at: start)
            }
            return .double(double)
        }

        mutating func expectLiteral(_ literal: String) throws(JSONSyntaxError) {
            for expected in literal.utf8 {
                guard position < bytes.count else { throw endOfInput("`\(literal)`") }
                guard bytes[position] == expected else {
                    throw error("unexpected \(describeByte(at: position)), expected `\(literal)`")
                }
                position += 1
            }
        }

        mutating func skipWhitespace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0A, 0x0D: position += 1
                default: return
                }
            }
        }

        mutating func skipDigits() {
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }

        func isDigit(_ byte: UInt8) -> Bool {
            byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        }

        func endOfInput(_ expected: String) -> JSONSyntaxError {
            error("unexpected end of input, expected \(expected): the file is truncated or a bracket is not closed")
        }

        func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
            let offset = offset ?? position
            var line = 1
            var column = 1
            for byte in bytes[..<min(offset, bytes.count)] {
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return JSONSyntaxError(message: message, offset: offset, line: line, column: column)
        }

        func describeByte(at index: Int) -> String {
            let byte = bytes[index]
            guard byte >= 0x80 else { return "character `\(describeRaw(byte))`" }
            // A non-ASCII character: show it whole when its UTF-8 sequence is valid.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            if index + length <= bytes.count, let text = String(validating: bytes[index..<(index + length)], as: UTF8.self) {
                return "character `\(text)`"
            }
            return "byte 0x\(String(byte, radix: 16, uppercase: true)), which is not valid UTF-8"
        }

        func describeRaw(_ byte: UInt8) -> String {
            if byte >= 0x21 && byte < 0x7F { return String(UnicodeScalar(byte)) }
            return "\\u{\(String(byte, radix: 16))}"
        }

        func hex4(_ value: UInt16) -> String {
            let digits = String(value, radix: 16, uppercase: true)
            return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        }
    }
}
