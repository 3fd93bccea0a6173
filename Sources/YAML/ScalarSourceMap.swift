import Diagnostics

/// Maps byte offsets in a scalar's decoded text back to byte offsets in the source.
///
/// The decoded text differs from the source by quotes, escapes (`\n`, `''`), folded line breaks
/// and block indentation. Rather than re-implementing YAML's scalar rules, the map aligns the two:
/// each decoded character is matched with the next source character that produces it, skipping
/// what decoding removed. This is exact for plain, single-quoted and literal scalars and for escapes;
/// for folded line breaks the space maps to the break it replaced.
public struct ScalarSourceMap: Sendable {
    let scalar: YAMLScalar
    /// Source offset of every text byte, plus one past the end; nil when the text is the source
    /// without its quotes (then offsets are a shift).
    private let offsets: [Int]?
    private let quote: Int
    private let textCount: Int

    /// Aligns the scalar's text with its source once, so that mapping many ranges of one long
    /// scalar (every option of a list, every problem in a template) costs its length once, not
    /// once per range.
    public init(scalar: YAMLScalar) {
        self.scalar = scalar
        let source = scalar.span
        let text = Array(scalar.text.utf8)
        textCount = text.count
        // Fast path: single-line scalar with no escapes: text is the source minus its quotes.
        let quote = (scalar.style == .singleQuoted || scalar.style == .doubleQuoted) ? 1 : 0
        self.quote = quote
        if scalar.style != .literal && scalar.style != .folded, source.length - 2 * quote == text.count,
           source.file.bytes[(source.start + quote)..<(source.end - quote)].elementsEqual(text) {
            offsets = nil
        } else {
            offsets = Self.alignment(scalar: scalar, text: text)
        }
    }

    public func span(of range: Range<Int>) -> Span {
        let source = scalar.span
        let lower = max(0, min(range.lowerBound, textCount))
        let upper = max(lower, min(range.upperBound, textCount))
        guard let offsets else {
            return Span(file: source.file, start: source.start + quote + lower, end: source.start + quote + upper)
        }
        let start = offsets[lower]
        let end: Int
        if upper == lower {
            end = start
        } else {
            // End just after the last character of the range.
            let last = offsets[upper - 1]
            end = min(source.end, last + max(1, sourceLength(at: last)))
        }
        return Span(file: source.file, start: start, end: max(start, end))
    }

    /// Source offset of every text byte, plus one past the end.
    private static func alignment(scalar: YAMLScalar, text: [UInt8]) -> [Int] {
        let bytes = scalar.span.file.bytes
        let end = scalar.span.end
        let helper = ScalarSourceMapHelper(scalar: scalar)
        var cursor = helper.contentStart()
        var result = [Int](repeating: end, count: text.count + 1)
        var index = 0
        while index < text.count {
            let width = utf8Width(text[index])
            let character = text[index..<min(text.count, index + width)]
            // Advance in the source until this character is found (literally or as an escape).
            var matched = false
            while cursor < end {
                if scalar.style == .doubleQuoted, bytes[cursor] == UInt8(ascii: "\\") {
                    let escape = helper.escapeLength(at: cursor)
                    if helper.escapeProduces(at: cursor, length: escape, character: character) {
                        for offset in 0..<character.count { result[index + offset] = cursor }
                        cursor += escape
                        matched = true
                        break
                    }
                    cursor += escape
                    continue
                }
                if cursor + character.count <= end, bytes[cursor..<(cursor + character.count)].elementsEqual(character) {
                    for offset in 0..<character.count { result[index + offset] = cursor + offset }
                    cursor += character.count
                    if scalar.style == .singleQuoted, character.elementsEqual([UInt8(ascii: "'")]), cursor < end, bytes[cursor] == UInt8(ascii: "'") {
                        cursor += 1
                    }
                    matched = true
                    break
                }
                if character.elementsEqual([UInt8(ascii: " ")]) || character.elementsEqual([0x0A]),
                   bytes[cursor] == 0x0A || bytes[cursor] == 0x0D {
                    // A folded line break.
                    for offset in 0..<character.count { result[index + offset] = cursor }
                    cursor += 1
                    if cursor < end, bytes[cursor - 1] == 0x0D, bytes[cursor] == 0x0A { cursor += 1 }
                    matched = true
                    break
                }
                cursor += 1
            }
            if !matched {
                for offset in index..<text.count { result[offset] = end }
                break
            }
            index += max(1, character.count)
        }
        result[text.count] = min(cursor, end)
        return result
    }

    private func sourceLength(at offset: Int) -> Int {
        ScalarSourceMapHelper(scalar: scalar).sourceLength(at: offset)
    }
}

/// The source-reading helpers of `ScalarSourceMap`.
private struct ScalarSourceMapHelper {
    let scalar: YAMLScalar

    /// First byte that can belong to the content: after the opening quote, or after the header
    /// line of a block scalar.
    func contentStart() -> Int {
        let bytes = scalar.span.file.bytes
        let span = scalar.span
        switch scalar.style {
        case .plain:
            return span.start
        case .singleQuoted, .doubleQuoted:
            return min(span.end, span.start + 1)
        case .literal, .folded:
            var cursor = span.start
            while cursor < span.end, bytes[cursor] != 0x0A, bytes[cursor] != 0x0D { cursor += 1 }
            return cursor
        }
    }

    func sourceLength(at offset: Int) -> Int {
        let bytes = scalar.span.file.bytes
        guard offset < bytes.count else { return 0 }
        if scalar.style == .doubleQuoted, bytes[offset] == UInt8(ascii: "\\") { return escapeLength(at: offset) }
        return utf8Width(bytes[offset])
    }

    func escapeLength(at offset: Int) -> Int {
        let bytes = scalar.span.file.bytes
        guard offset + 1 < bytes.count else { return 1 }
        switch bytes[offset + 1] {
        case UInt8(ascii: "x"): return 4
        case UInt8(ascii: "u"): return 6
        case UInt8(ascii: "U"): return 10
        case 0x0D:
            return offset + 2 < bytes.count && bytes[offset + 2] == 0x0A ? 3 : 2
        default: return 1 + utf8Width(bytes[offset + 1])
        }
    }

    func escapeProduces(at offset: Int, length: Int, character: ArraySlice<UInt8>) -> Bool {
        let bytes = scalar.span.file.bytes
        guard offset + 1 < bytes.count else { return false }
        let code = bytes[offset + 1]
        let produced: [UInt8]
        switch code {
        case UInt8(ascii: "n"): produced = [0x0A]
        case UInt8(ascii: "t"), 0x09: produced = [0x09]
        case UInt8(ascii: "r"): produced = [0x0D]
        case UInt8(ascii: "0"): produced = [0x00]
        case UInt8(ascii: "a"): produced = [0x07]
        case UInt8(ascii: "b"): produced = [0x08]
        case UInt8(ascii: "e"): produced = [0x1B]
        case UInt8(ascii: "f"): produced = [0x0C]
        case UInt8(ascii: "v"): produced = [0x0B]
        case UInt8(ascii: " "): produced = [0x20]
        case UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: "\\"): produced = [code]
        case UInt8(ascii: "N"): produced = [0xC2, 0x85]
        case UInt8(ascii: "_"): produced = [0xC2, 0xA0]
        case UInt8(ascii: "L"): produced = [0xE2, 0x80, 0xA8]
        case UInt8(ascii: "P"): produced = [0xE2, 0x80, 0xA9]
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = bytes[(offset + 2)..<min(bytes.count, offset + length)]
            guard let value = UInt32(String(decoding: digits, as: UTF8.self), radix: 16),
                  let unicode = Unicode.Scalar(value) else { return false }
            produced = Array(String(Character(unicode)).utf8)
        default: return false
        }
        return character.elementsEqual(produced)
    }
}

@inline(__always)
func utf8Width(_ lead: UInt8) -> Int {
    if lead < 0x80 { return 1 }
    if lead >= 0xF0 { return 4 }
    if lead >= 0xE0 { return 3 }
    if lead >= 0xC0 { return 2 }
    return 1
}
