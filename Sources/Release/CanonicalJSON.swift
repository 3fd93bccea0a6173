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

    /// The pretty bytes of a value written at `depth` inside a larger document (its first line
    /// unindented, as the writer places it after a newline and indentation).
    static func bytes(_ value: JSONValue, depth: Int) -> [UInt8] {
        var writer = Writer(pretty: true)
        writer.write(value, depth: depth)
        return writer.output
    }

    /// The pretty form of compact canonical bytes, as `bytes(value, depth:)` writes it: a byte
    /// scan that adds the newlines and indentation outside strings, much cheaper than encoding the
    /// value again.
    static func pretty(fromCompact compact: [UInt8], depth: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(compact.count + compact.count / 2)
        var level = depth
        var inString = false
        var escaped = false
        var index = 0
        func newline(_ level: Int) {
            output.append(UInt8(ascii: "\n"))
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
        }
        while index < compact.count {
            let byte = compact[index]
            if inString {
                output.append(byte)
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                output.append(byte)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                output.append(byte)
                let closing = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if index + 1 < compact.count, compact[index + 1] == closing {
                    output.append(closing)
                    index += 1
                } else {
                    level += 1
                    newline(level)
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                level -= 1
                newline(level)
                output.append(byte)
            case UInt8(ascii: ","):
                output.append(byte)
                newline(level)
            case UInt8(ascii: ":"):
                output.append(byte)
                output.append(UInt8(ascii: " "))
            default:
                output.append(byte)
            }
            index += 1
        }
        return output
    }

    /// A document to write in pretty form, where some arrays are given already encoded (each
    /// element's pretty bytes at its depth), so that large arrays can be encoded in parallel.
    indirect enum Part {
        case value(JSONValue)
        case elements([[UInt8]])
        case object([String: Part])
    }

    /// Pretty bytes of a `Part`, exactly as `bytes(_:layout: .pretty)` would write the same
    /// document, final newline included.
    static func prettyBytes(_ part: Part, capacity: Int = 1 << 16) -> [UInt8] {
        var writer = Writer(pretty: true)
        writer.output.reserveCapacity(capacity)
        writer.write(part, depth: 0)
        writer.output.append(UInt8(ascii: "\n"))
        return writer.output
    }

    /// Encodes elements on both cores: each one compact (its own bytes), then in pretty form at
    /// `depth` (by a byte scan).
    static func parallelElements(count: Int, depth: Int, _ compact: @Sendable (Int) -> [UInt8]) -> [[UInt8]] {
        let slots = ElementSlots(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, pretty(fromCompact: compact(index), depth: depth))
        }
        return slots.values
    }

    /// Keys in the order the writer prints them.
    public static func sortedKeys<S: Sequence>(_ keys: S) -> [String] where S.Element == String {
        keys.map(normalized).sorted(by: utf8Precedes)
    }

    static func utf8Precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    static func normalized(_ text: String) -> String {
        if isSurelyNFC(text) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// True for strings NFC leaves unchanged whose check is cheap: every scalar below U+0300
    /// (Latin-1, Latin Extended: no combining mark, no singleton decomposition), or in General
    /// Punctuation from U+2002 (’ … – — « » and the narrow no-break space of French texts), or a
    /// currency sign. Anything else goes through Foundation's normalization.
    static func isSurelyNFC(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return text.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return value < 0x300 || (0x2002...0x206F).contains(value) || (0x20A0...0x20C0).contains(value)
        }
    }

    struct Writer {
        let pretty: Bool
        var output: [UInt8] = []

        init(pretty: Bool) {
            self.pretty = pretty
            output.reserveCapacity(1 << 16)
        }

        mutating func write(_ part: Part, depth: Int) {
            switch part {
            case .value(let value):
                write(value, depth: depth)
            case .elements(let elements):
                if elements.isEmpty { append("[]"); return }
                output.append(UInt8(ascii: "["))
                for (index, element) in elements.enumerated() {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    newline(depth + 1)
                    output.append(contentsOf: element)
                }
                newline(depth)
                output.append(UInt8(ascii: "]"))
            case .object(let members):
                if members.isEmpty { append("{}"); return }
                let entries = members.map { (key: normalized($0.key), value: $0.value) }.sorted { utf8Precedes($0.key, $1.key) }
                output.append(UInt8(ascii: "{"))
                for (index, entry) in entries.enumerated() {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    newline(depth + 1)
                    writeString(entry.key)
                    output.append(UInt8(ascii: ":"))
                    output.append(UInt8(ascii: " "))
                    write(entry.value, depth: depth + 1)
                }
                newline(depth)
                output.append(UInt8(ascii: "}"))
            }
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

        mutating func writeString(_ text: String) {
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

/// Results written once each from concurrent iterations, read when all are done.
final class ElementSlots: @unchecked Sendable {
    private var slots: [[UInt8]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [UInt8]) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [[UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
