import Foundation

/// The one way pixc prints JSON, so that equal values give equal bytes on any machine:
///
/// - object keys sorted by their UTF-8 bytes (code point order), whatever the dictionary order;
/// - strings in Unicode NFC (Swift calls `"é"` and `"e\u{301}"` equal, so they must print the
///   same), escaped minimally: `\"`, `\\`, `\b \f \n \r \t`, other control characters as
///   `\u00XX`; `/` and non-ASCII characters are written as they are, in UTF-8;
/// - numbers as JavaScript prints them (`JSONNumberText`);
/// - `pretty`: two-space indentation, `"key": value`, `[]` and `{}` when empty, a final newline;
///   `compact`: no whitespace at all (the form entity digests are computed on).
///
/// Foundation's `JSONEncoder` is not used: on Linux it writes `"key" : value`, `1e-07` and
/// `1e+16`, and its key order for non-ASCII keys is not specified.
public enum CanonicalJSON {
    public enum Layout: Sendable {
        case pretty
        case compact
    }

    public static func data(_ value: JSONValue, layout: Layout = .pretty) -> Data {
        Data(bytes(value, layout: layout))
    }

    public static func string(_ value: JSONValue, layout: Layout = .pretty) -> String {
        String(decoding: bytes(value, layout: layout), as: UTF8.self)
    }

    static func bytes(_ value: JSONValue, layout: Layout) -> [UInt8] {
        var writer = Writer(pretty: layout == .pretty)
        writer.write(value, depth: 0)
        if layout == .pretty { writer.output.append(UInt8(ascii: "\n")) }
        return writer.output
    }

    /// Keys in the order the writer prints them.
    public static func sortedKeys<S: Sequence>(_ keys: S) -> [String] where S.Element == String {
        keys.map(normalized).sorted(by: utf8Precedes)
    }

    static func utf8Precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    static func normalized(_ text: String) -> String {
        // Most content is ASCII, which is already NFC.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    private struct Writer {
        let pretty: Bool
        var output: [UInt8] = []

        init(pretty: Bool) {
            self.pretty = pretty
            output.reserveCapacity(1 << 16)
        }

        mutating func write(_ value: JSONValue, depth: Int) {
            switch value {
            case .null: append("null")
            case .bool(let flag): append(flag ? "true" : "false")
            case .integer(let number): append(String(number))
            case .double(let number): append(JSONNumberText.canonical(number))
            case .string(let text): writeString(text)
            case .array(let elements):
                if elements.isEmpty { append("[]"); return }
                output.append(UInt8(ascii: "["))
                for (index, element) in elements.enumerated() {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    newline(depth + 1)
                    write(element, depth: depth + 1)
                }
                newline(depth)
                output.append(UInt8(ascii: "]"))
            case .object(let members):
                if members.isEmpty { append("{}"); return }
                // Keys are normalized before sorting so that the order does not depend on how
                // the dictionary happened to store an equivalent key.
                let entries = members.map { (key: normalized($0.key), value: $0.value) }
                    .sorted { utf8Precedes($0.key, $1.key) }
                output.append(UInt8(ascii: "{"))
                for (index, entry) in entries.enumerated() {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    newline(depth + 1)
                    writeString(entry.key)
                    output.append(UInt8(ascii: ":"))
                    if pretty { output.append(UInt8(ascii: " ")) }
                    write(entry.value, depth: depth + 1)
                }
                newline(depth)
                output.append(UInt8(ascii: "}"))
            }
        }

        private mutating func newline(_ depth: Int) {
            guard pretty else { return }
            output.append(UInt8(ascii: "\n"))
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }

        private mutating func append(_ text: String) {
            output.append(contentsOf: text.utf8)
        }

        private mutating func writeString(_ text: String) {
            output.append(UInt8(ascii: "\""))
            let utf8 = normalized(text).utf8
            // Most strings need no escape: copy them in one go.
            if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                output.append(contentsOf: utf8)
                output.append(UInt8(ascii: "\""))
                return
            }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case 0x08: append("\\b")
                case 0x0C: append("\\f")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                case 0x00..<0x20:
                    append("\\u00")
                    output.append(hexDigit(byte >> 4))
                    output.append(hexDigit(byte & 0x0F))
                default:
                    output.append(byte)
                }
            }
            output.append(UInt8(ascii: "\""))
        }

        private func hexDigit(_ nibble: UInt8) -> UInt8 {
            nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
        }
    }
}
