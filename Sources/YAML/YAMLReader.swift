import CYAML
import Diagnostics

/// Limits that keep hostile or broken files from exhausting time or memory.
public struct YAMLLimits: Sendable {
    /// Nodes an alias may add to a document, beyond `aliasExpansionFactor` times the nodes
    /// actually written. A "billion laughs" file exceeds it after a few aliases.
    public var aliasExpansionAllowance: Int
    public var aliasExpansionFactor: Int
    /// Deepest nesting of lists and mappings.
    public var maximumDepth: Int

    public init(aliasExpansionAllowance: Int = 100_000, aliasExpansionFactor: Int = 10, maximumDepth: Int = 200) {
        self.aliasExpansionAllowance = aliasExpansionAllowance
        self.aliasExpansionFactor = aliasExpansionFactor
        self.maximumDepth = maximumDepth
    }

    public static let `default` = YAMLLimits()
}

/// What reading one file produced: its documents (possibly none) and the problems found.
/// When a syntax error stops the reader, `documents` holds the documents completed before it.
public struct YAMLReadResult: Sendable {
    public let file: SourceFile
    public let documents: [YAMLDocument]
    public let diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads YAML with libyaml's event API into located nodes, without implicit typing.
public enum YAMLReader {
    public static func read(_ file: SourceFile, limits: YAMLLimits = .default) -> YAMLReadResult {
        var diagnostics: [Diagnostic] = []
        let encoding = EncodingCheck.check(file)
        if let problem = encoding.problem {
            return YAMLReadResult(file: file, documents: [], diagnostics: [problem])
        }
        var builder = TreeBuilder(file: file, limits: limits, bomLength: encoding.bomLength, isASCII: encoding.isASCII)
        let documents = builder.run()
        diagnostics.append(contentsOf: builder.diagnostics)
        return YAMLReadResult(file: file, documents: documents, diagnostics: diagnostics)
    }

    /// Reads a file expected to hold exactly one document; more than one is an error pointing at
    /// the second document's start.
    public static func readSingleDocument(_ file: SourceFile, limits: YAMLLimits = .default) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        let result = read(file, limits: limits)
        var diagnostics = result.diagnostics
        if result.documents.count > 1 {
            let second = result.documents[1]
            diagnostics.append(YAMLDiagnostics.multipleDocuments(
                YAMLMessages.text("documents", ["count": String(result.documents.count)]),
                at: second.span,
                labels: [Label(result.documents[0].span, YAMLMessages.text("documents.first"))],
                help: YAMLMessages.text("documents.help")
            ))
        }
        return (result.documents.first?.root, diagnostics)
    }
}

// MARK: - Encoding

struct EncodingCheck {
    var problem: Diagnostic?
    var bomLength = 0
    var isASCII = true

    static func check(_ file: SourceFile) -> EncodingCheck {
        var result = EncodingCheck()
        let bytes = file.bytes
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            result.problem = YAMLDiagnostics.encoding(
                YAMLMessages.text("encoding.utf16"),
                at: Span(file: file, start: 0, end: 2),
                help: YAMLMessages.text("encoding.help")
            )
            return result
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            result.bomLength = 3
        }
        if let (offset, length) = firstInvalidUTF8(bytes, from: result.bomLength, isASCII: &result.isASCII) {
            let shown = bytes[offset..<(offset + length)].map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            result.problem = YAMLDiagnostics.encoding(
                YAMLMessages.text("encoding.invalid", ["bytes": shown]),
                at: Span(file: file, start: offset, end: offset + length),
                notes: [YAMLMessages.text("encoding.invalid.note")],
                help: YAMLMessages.text("encoding.invalid.help")
            )
        }
        return result
    }

    /// Offset and length of the first invalid UTF-8 sequence, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int, isASCII: inout Bool) -> (Int, Int)? {
        bytes.withUnsafeBufferPointer { buffer -> (Int, Int)? in
            guard let base = buffer.baseAddress else { return nil }
            var index = start
            let count = buffer.count
            // Skip ASCII quickly, eight bytes at a time, and in a word that holds other bytes, go
            // straight to the first of them.
            while index < count {
                if index + 8 <= count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                    let high = word & 0x8080_8080_8080_8080
                    if high == 0 {
                        index += 8
                        continue
                    }
                    index += high.trailingZeroBitCount >> 3
                }
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                isASCII = false
                let width: Int
                var minimum: UInt32
                var value: UInt32
                switch lead {
                case 0xC2...0xDF: width = 2; minimum = 0x80; value = UInt32(lead & 0x1F)
                case 0xE0...0xEF: width = 3; minimum = 0x800; value = UInt32(lead & 0x0F)
                case 0xF0...0xF4: width = 4; minimum = 0x10000; value = UInt32(lead & 0x07)
                default: return (index, 1)
                }
                for offset in 1..<width {
                    guard index + offset < count else { return (index, offset) }
                    let byte = buffer[index + offset]
                    guard byte & 0xC0 == 0x80 else { return (index, offset) }
                    value = (value << 6) | UInt32(byte & 0x3F)
                }
                if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) {
                    return (index, width)
                }
                index += width
            }
            return nil
        }
    }
}
