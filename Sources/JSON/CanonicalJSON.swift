import Foundation

/// The one way pixc prints JSON, so that equal values give equal bytes on any machine:
///
/// - object keys sorted by their UTF-8 bytes (code point order), whatever the dictionary order;
/// - strings escaped `JSONEscaping.canonical`: in Unicode NFC, escaped as `JSON.stringify` does;
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

    public static func bytes(_ value: JSONValue, layout: Layout) -> [UInt8] {
        var writer = Writer(pretty: layout == .pretty)
        writer.write(value, depth: 0)
        if layout == .pretty { writer.output.append(UInt8(ascii: "\n")) }
        return writer.output
    }

    /// The pretty bytes of a value written at `depth` inside a larger document (its first line
    /// unindented, as the writer places it after a newline and indentation).
    package static func bytes(_ value: JSONValue, depth: Int) -> [UInt8] {
        var writer = Writer(pretty: true)
        writer.write(value, depth: depth)
        return writer.output
    }

    /// The pretty form of compact canonical bytes, as `bytes(value, depth:)` writes it: a byte
    /// scan that adds the newlines and indentation outside strings, much cheaper than encoding the
    /// value again.
    package static func pretty(fromCompact compact: [UInt8], depth: Int) -> [UInt8] {
        // Two walks over the bytes: one measures, one writes into an array of that exact size
        // (this runs over every entity of a bundle: no growing, no per-byte bookkeeping).
        compact.withUnsafeBufferPointer { input in
            var measure = PrettyMeasure()
            prettyWalk(input, depth: depth, into: &measure)
            return [UInt8](unsafeUninitializedCapacity: measure.count) { output, written in
                var writer = PrettyWriter(output: output)
                prettyWalk(input, depth: depth, into: &writer)
                written = writer.count
            }
        }
    }

    private static func prettyWalk<Sink: PrettySink>(_ compact: UnsafeBufferPointer<UInt8>, depth: Int, into sink: inout Sink) {
        var level = depth
        var index = 0
        let count = compact.count
        while index < count {
            let byte = compact[index]
            switch byte {
            case UInt8(ascii: "\""):
                // To the closing quote: the first quote not escaped by a backslash.
                var end = index + 1
                while end < count {
                    let inner = compact[end]
                    if inner == UInt8(ascii: "\\") { end += 2; continue }
                    end += 1
                    if inner == UInt8(ascii: "\"") { break }
                }
                end = min(end, count)
                sink.put(UnsafeBufferPointer(rebasing: compact[index..<end]))
                index = end
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                sink.put(byte)
                let closing = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if index + 1 < count, compact[index + 1] == closing {
                    sink.put(closing)
                    index += 1
                } else {
                    level += 1
                    sink.newline(indent: 2 * level)
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                level -= 1
                sink.newline(indent: 2 * level)
                sink.put(byte)
            case UInt8(ascii: ","):
                sink.put(byte)
                sink.newline(indent: 2 * level)
            case UInt8(ascii: ":"):
                sink.put(byte)
                sink.put(UInt8(ascii: " "))
            default:
                sink.put(byte)
            }
            index += 1
        }
    }

    /// A document to write in pretty form, where some arrays are given already encoded (each
    /// element's pretty bytes at its depth), so that large arrays can be encoded in parallel.
    package indirect enum Part {
        case value(JSONValue)
        case elements([[UInt8]])
        case object([String: Part])
    }

    /// Pretty bytes of a `Part`, exactly as `bytes(_:layout: .pretty)` would write the same
    /// document, final newline included.
    package static func prettyBytes(_ part: Part, capacity: Int = 1 << 16) -> [UInt8] {
        var writer = Writer(pretty: true)
        writer.output.reserveCapacity(capacity)
        writer.write(part, depth: 0)
        writer.output.append(UInt8(ascii: "\n"))
        return writer.output
    }

    /// Keys in the order the writer prints them.
    public static func sortedKeys<S: Sequence>(_ keys: S) -> [String] where S.Element == String {
        keys.map(normalized).sorted(by: utf8Precedes)
    }

    public static func utf8Precedes(_ a: String, _ b: String) -> Bool {
        // Over the strings' own bytes when they are contiguous (native strings always are): this
        // orders every list of a bundle and its manifest, and the generic sequence comparison
        // showed in profiles.
        let ordered = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                let shared = min(x.count, y.count)
                var index = 0
                while index < shared {
                    if x[index] != y[index] { return x[index] < y[index] }
                    index += 1
                }
                return x.count < y.count
            }
        }
        return (ordered ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    package static func normalized(_ text: String) -> String { JSONString.nfc(text) }

    package struct Writer {
        let pretty: Bool
        package var output: [UInt8] = []

        package init(pretty: Bool, capacity: Int = 1 << 16) {
            self.pretty = pretty
            output.reserveCapacity(capacity)
        }

        /// Writes `"key":` (compact): for writers of small records that know their keys' order.
        package mutating func writeKey(_ key: StaticString) {
            output.append(UInt8(ascii: "\""))
            key.withUTF8Buffer { output.append(contentsOf: $0) }
            output.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        }

        package mutating func write(_ part: Part, depth: Int) {
            switch part {
            case .value(let value): write(value, depth: depth)
            case .elements(let elements): writeArray(elements, depth: depth) { writer, element, _ in writer.output.append(contentsOf: element) }
            case .object(let members): writeObject(members, depth: depth) { writer, value, depth in writer.write(value, depth: depth) }
            }
        }

        package mutating func write(_ value: JSONValue, depth: Int) {
            switch value {
            case .null: append("null")
            case .bool(let flag): append(flag ? "true" : "false")
            case .integer(let number): append(String(number))
            case .double(let number): append(JSONNumberText.canonical(number))
            case .string(let text): writeString(text)
            case .array(let elements): writeArray(elements, depth: depth) { writer, element, depth in writer.write(element, depth: depth) }
            case .object(let members): writeObject(members, depth: depth) { writer, value, depth in writer.write(value, depth: depth) }
            }
        }

        private mutating func writeArray<Element>(_ elements: [Element], depth: Int, _ writeElement: (inout Writer, Element, Int) -> Void) {
            if elements.isEmpty { append("[]"); return }
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                writeElement(&self, element, depth + 1)
            }
            newline(depth)
            output.append(UInt8(ascii: "]"))
        }

        private mutating func writeObject<Value>(_ members: [String: Value], depth: Int, _ writeValue: (inout Writer, Value, Int) -> Void) {
            if members.isEmpty { append("{}"); return }
            // Keys are normalized before sorting so that the order does not depend on how the
            // dictionary happened to store an equivalent key.
            let entries = members.map { (key: normalized($0.key), value: $0.value) }
                .sorted { utf8Precedes($0.key, $1.key) }
            output.append(UInt8(ascii: "{"))
            for (index, entry) in entries.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                writeString(entry.key)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                writeValue(&self, entry.value, depth + 1)
            }
            newline(depth)
            output.append(UInt8(ascii: "}"))
        }

        private mutating func newline(_ depth: Int) {
            guard pretty else { return }
            output.append(UInt8(ascii: "\n"))
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }

        private mutating func append(_ text: String) {
            output.append(contentsOf: text.utf8)
        }

        package mutating func writeString(_ text: String) {
            JSONString.append(text, to: &output, .canonical)
        }
    }
}

/// Where `CanonicalJSON.prettyWalk` puts the pretty form: counted, then written.
private protocol PrettySink {
    mutating func put(_ byte: UInt8)
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>)
    mutating func newline(indent: Int)
}

private struct PrettyMeasure: PrettySink {
    var count = 0
    mutating func put(_ byte: UInt8) { count += 1 }
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) { count += bytes.count }
    mutating func newline(indent: Int) { count += 1 + max(0, indent) }
}

private struct PrettyWriter: PrettySink {
    let output: UnsafeMutableBufferPointer<UInt8>
    var count = 0
    mutating func put(_ byte: UInt8) {
        output.initializeElement(at: count, to: byte)
        count += 1
    }
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, let target = output.baseAddress else { return }
        (target + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }
    mutating func newline(indent: Int) {
        put(UInt8(ascii: "\n"))
        let spaces = max(0, indent)
        guard spaces > 0, let target = output.baseAddress else { return }
        (target + count).initialize(repeating: UInt8(ascii: " "), count: spaces)
        count += spaces
    }
}
