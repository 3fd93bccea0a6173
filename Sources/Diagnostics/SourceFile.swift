/// The text of one file the tool read, with a line table so byte offsets can be turned into
/// the line and column an author sees in an editor.
///
/// `path` is relative to the content root (the repository), so diagnostics read the same on every
/// machine. The bytes are kept exactly as read: invalid UTF-8 is reported by the YAML reader with
/// a location, never silently repaired here.
public final class SourceFile: Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// For long lines that hold non-ASCII text: the byte offset and 0-based column of every
    /// `checkpointInterval`-th character, so that a column is counted from the nearest
    /// checkpoint instead of from the start of the line. Without them, locating many
    /// diagnostics on one long line would take time proportional to their number times its length.
    let checkpoints: [Int: [ColumnCheckpoint]]

    struct ColumnCheckpoint: Sendable {
        let offset: Int
        let column: Int
    }

    static let longLine = 2048
    static let checkpointInterval = 256
    /// Lines of the whole file before these bytes: 0 for a whole file, more for an excerpt.
    public let linesBefore: Int

    public convenience init(path: String, bytes: [UInt8]) {
        self.init(path: path, bytes: bytes, linesBefore: 0)
    }

    /// An excerpt of a file too large to keep (a streamed log): `bytes` start at the beginning of
    /// line `linesBefore + 1`, so diagnostics on it show the line numbers of the whole file.
    public static func excerpt(path: String, bytes: [UInt8], firstLine: Int) -> SourceFile {
        SourceFile(path: path, bytes: bytes, linesBefore: max(0, firstLine - 1))
    }

    private init(path: String, bytes: [UInt8], linesBefore: Int) {
        self.path = path
        self.bytes = bytes
        self.linesBefore = linesBefore
        // A byte-order mark is not part of the first line's text.
        let hasBOM = linesBefore == 0 && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var starts = [hasBOM ? 3 : 0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var index = 0
            let count = buffer.count
            // Eight bytes at a time: the line breaks of a word are found at once (an LF or CR byte
            // is a zero byte after the XOR) and visited in order. Each load reads bytes
            // index..<index + 8, inside the buffer by the condition.
            while count - index >= 8 {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                var breaks = Self.zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A) | Self.zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
                while breaks != 0 {
                    let at = index + breaks.trailingZeroBitCount >> 3
                    breaks &= breaks &- 1
                    // A CR followed by an LF: the line starts after the LF, which comes next.
                    if buffer[at] == 0x0D, at + 1 < count, buffer[at + 1] == 0x0A { continue }
                    starts.append(at + 1)
                }
                index += 8
            }
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D {
                    // A lone CR or a CRLF pair ends a line.
                    if index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        self.lineStarts = starts
        var checkpoints: [Int: [ColumnCheckpoint]] = [:]
        for line in starts.indices {
            let end = line + 1 < starts.count ? starts[line + 1] : bytes.count
            guard end - starts[line] > Self.longLine else { continue }
            let slice = bytes[starts[line]..<end]
            if slice.allSatisfy({ $0 < 0x80 }) { continue }
            let text = String(decoding: slice, as: UTF8.self)
            // Invalid UTF-8 decodes to replacement characters of another length: no checkpoints
            // (such a file is refused by the YAML reader with one diagnostic anyway).
            guard text.utf8.count == slice.count else { continue }
            var points: [ColumnCheckpoint] = []
            var offset = starts[line]
            var column = 0
            for character in text {
                if column % Self.checkpointInterval == 0 { points.append(ColumnCheckpoint(offset: offset, column: column)) }
                offset += character.utf8.count
                column += 1
            }
            checkpoints[line] = points
        }
        self.checkpoints = checkpoints
    }

    /// The high bit of every zero byte of `word`, exactly (no borrow from one byte to the next).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | word) & 0x8080_8080_8080_8080
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public static func == (lhs: SourceFile, rhs: SourceFile) -> Bool {
        lhs === rhs || (lhs.path == rhs.path && lhs.linesBefore == rhs.linesBefore && lhs.bytes == rhs.bytes)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(bytes.count)
    }

    public var description: String { path }

    public var lineCount: Int { lineStarts.count }

    /// 0-based line index containing `offset` (offsets past the end map to the last line).
    public func lineIndex(at offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// 1-based line and column of a byte offset. Columns count characters (grapheme clusters),
    /// so `é` is one column whether it is written precomposed or decomposed, and a tab is one.
    public func location(at offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineIndex(at: clamped)
        var start = min(lineStarts[line], clamped)
        var base = 0
        if let points = checkpoints[line] {
            var low = 0
            var high = points.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if points[mid].offset <= clamped { low = mid } else { high = mid - 1 }
            }
            if points[low].offset <= clamped {
                start = points[low].offset
                base = points[low].column
            }
        }
        let column = base + Self.characterCount(bytes[start..<clamped]) + 1
        return SourceLocation(line: linesBefore + line + 1, column: column, offset: clamped)
    }

    /// Byte range of a 0-based line, without its line terminator.
    public func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 0, line < lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Text of a 0-based line, with invalid UTF-8 shown as U+FFFD.
    public func lineText(_ line: Int) -> String {
        String(decoding: bytes[lineRange(line)], as: UTF8.self)
    }

    /// Text of a byte range, with invalid UTF-8 shown as U+FFFD.
    public func text(in range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    static func characterCount(_ slice: ArraySlice<UInt8>) -> Int {
        // Fast path: pure ASCII counts bytes.
        if slice.allSatisfy({ $0 < 0x80 }) { return slice.count }
        return String(decoding: slice, as: UTF8.self).count
    }
}

/// A 1-based line and column, with the byte offset they came from.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
    }

    public var description: String { "\(line):\(column)" }
}

/// A byte range in one source file. Every value read from an author's file carries one, so any
/// stage of the pipeline can point back at what the author wrote.
public struct Span: Hashable, Sendable, CustomStringConvertible {
    public let file: SourceFile
    public let start: Int
    public let end: Int

    public init(file: SourceFile, start: Int, end: Int) {
        self.file = file
        self.start = max(0, min(start, file.bytes.count))
        self.end = max(self.start, min(end, file.bytes.count))
    }

    public init(file: SourceFile, range: Range<Int>) {
        self.init(file: file, start: range.lowerBound, end: range.upperBound)
    }

    public var range: Range<Int> { start..<end }
    public var length: Int { end - start }
    public var startLocation: SourceLocation { file.location(at: start) }
    public var endLocation: SourceLocation { file.location(at: end) }
    public var text: String { file.text(in: range) }

    /// A sub-span, given byte offsets relative to this span's start.
    public func subspan(_ relative: Range<Int>) -> Span {
        Span(file: file, start: start + relative.lowerBound, end: start + relative.upperBound)
    }

    /// The smallest span covering both (same file expected; otherwise `self`).
    public func union(_ other: Span) -> Span {
        guard other.file == file else { return self }
        return Span(file: file, start: min(start, other.start), end: max(end, other.end))
    }

    public var description: String { "\(file.path):\(startLocation)" }
}
