/// Reads delimited records (CSV, semicolon- or tab-separated) from a byte source, one record at
/// a time, keeping only the current record in memory.
///
/// RFC 4180 quoting: a field that starts with `"` runs to the next lone `"` and may hold
/// separators, line breaks and `""` (one quote). Lines end with LF, CRLF or a lone CR. Empty lines
/// are skipped. A record longer than ``maximumRecordBytes`` (an unclosed quote swallowing the
/// rest of a file) stops the reading with ``CSVReadFailure/recordTooLong(line:)``.
public struct CSVReader {
    public static var maximumRecordBytes: Int { 1 << 20 }

    private var source: any ByteSource
    private var buffer: [UInt8]
    /// Valid bytes are `buffer[0..<filled]`; the current record starts at `recordStart`.
    private var filled = 0
    private var position = 0
    private var recordStart = 0
    /// Bytes already moved out of the buffer: with `recordStart`, where the record is in the source.
    private var dropped = 0
    private var atEnd = false
    private var skipLineFeed = false
    private var sawFirstBytes = false
    /// Field bounds of the current record, relative to `recordStart`, and whether each was quoted.
    private var bounds: [(start: Int, end: Int, quoted: Bool)] = []
    private var recordEnd = 0

    /// The separator; nil until the first record fixes it (``detectSeparator`` on the header).
    public var separator: UInt8?
    /// 1-based line on which the current record starts.
    public private(set) var line = 0
    /// 1-based line of the next record.
    private var nextLine = 1

    public init(_ source: any ByteSource, separator: UInt8? = nil) {
        self.source = source
        self.separator = separator
        self.buffer = [UInt8](repeating: 0, count: 1 << 16)
    }

    public var fieldCount: Int { bounds.count }

    /// The raw bytes of the current record (without its line terminator), for diagnostics.
    public var recordBytes: ArraySlice<UInt8> { buffer[recordStart..<recordEnd] }

    /// Where the current record starts in the source, in bytes (a skipped byte-order mark
    /// counted), for readers that hold the whole file and point into it.
    public var recordOffset: Int { dropped + recordStart }

    /// Whether field `index` is quoted.
    public func isQuoted(_ index: Int) -> Bool { bounds[index].quoted }

    /// Byte range of field `index` within ``recordBytes``, its quotes included.
    public func rawFieldRange(_ index: Int) -> Range<Int> {
        let bound = bounds[index]
        guard bound.quoted else { return bound.start..<bound.end }
        let closed = recordStart + bound.end < recordEnd && buffer[recordStart + bound.end] == UInt8(ascii: "\"")
        return (bound.start - 1)..<(closed ? bound.end + 1 : bound.end)
    }

    /// Byte range of field `index` within ``recordBytes`` (without surrounding quotes).
    public func fieldRange(_ index: Int) -> Range<Int> {
        let bound = bounds[index]
        return bound.start..<bound.end
    }

    /// Calls `body` with the bytes of field `index`, quotes removed and `""` unescaped.
    public func withField<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let bound = bounds[index]
        if bound.quoted, buffer[(recordStart + bound.start)..<(recordStart + bound.end)].contains(UInt8(ascii: "\"")) {
            var unescaped: [UInt8] = []
            var index = recordStart + bound.start
            let end = recordStart + bound.end
            while index < end {
                let byte = buffer[index]
                unescaped.append(byte)
                index += byte == UInt8(ascii: "\"") && index + 1 < end && buffer[index + 1] == UInt8(ascii: "\"") ? 2 : 1
            }
            return try unescaped.withUnsafeBufferPointer(body)
        }
        return try buffer.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[(recordStart + bound.start)..<(recordStart + bound.end)]))
        }
    }

    /// Field `index` as text (invalid UTF-8 shown as U+FFFD).
    public func field(_ index: Int) -> String {
        withField(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Moves to the next non-empty record; false at the end of the source.
    public mutating func next() throws -> Bool {
        while true {
            guard try readRecord() else { return false }
            if !(bounds.count == 1 && bounds[0].start == bounds[0].end && !bounds[0].quoted) { return true }
        }
    }

    /// The separator a header line uses: the most frequent of tab, semicolon and comma outside
    /// quotes (comma when none appears), as spreadsheet exports and papaparse decide.
    public static func detectSeparator(_ header: ArraySlice<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [0x09: 0, 0x3B: 0, 0x2C: 0]
        var quoted = false
        for byte in header {
            if byte == UInt8(ascii: "\"") { quoted.toggle() } else if !quoted, counts[byte] != nil { counts[byte, default: 0] += 1 }
        }
        let best = [UInt8(0x09), 0x3B, 0x2C].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? 0x2C
        return (counts[best] ?? 0) > 0 ? best : 0x2C
    }

    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted
        /// Spaces or tabs after a closing quote: the field stays closed if a separator or the
        /// end of the line follows (`"a" ;b` is `a` then `b`).
        case blankAfterQuote
    }

    private mutating func refill() throws -> Bool {
        if recordStart > 0 {
            // Keep the current record at the start of the buffer.
            let kept = filled - recordStart
            buffer.withUnsafeMutableBytes { raw in
                guard let base = raw.baseAddress else { return }
                base.copyMemory(from: base + recordStart, byteCount: kept)
            }
            position -= recordStart
            dropped += recordStart
            recordStart = 0
            filled = kept
        }
        if filled == buffer.count {
            guard buffer.count < Self.maximumRecordBytes * 2 else { throw CSVReadFailure.recordTooLong(line: nextLine) }
            buffer.append(contentsOf: repeatElement(0, count: buffer.count))
        }
        let count = try buffer.withUnsafeMutableBytes { raw in
            try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
        }
        filled += count
        return count > 0
    }

    private mutating func readRecord() throws -> Bool {
        bounds.removeAll(keepingCapacity: true)
        recordStart = position
        line = nextLine
        var state = State.fieldStart
        var fieldStart = 0
        var quoted = false
        /// Where the last quote of a quoted field is, relative to `recordStart`.
        var closingQuote = 0
        let quote = UInt8(ascii: "\"")
        var started = false
        while true {
            if position == filled {
                if try atEnd || !refill() {
                    atEnd = true
                    guard started else { return false }
                    recordEnd = position
                    closeField(fieldStart, position - recordStart, quoted: quoted, state: state, closingQuote: closingQuote)
                    nextLine += 1
                    return true
                }
                if !sawFirstBytes, filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
                    position = 3
                    recordStart = 3
                }
                sawFirstBytes = true
                continue
            }
            let byte = buffer[position]
            if skipLineFeed {
                skipLineFeed = false
                if byte == 0x0A {
                    position += 1
                    recordStart = position
                    continue
                }
            }
            if !started {
                started = true
                if separator == nil {
                    separator = try peekSeparator()
                }
            }
            if position - recordStart > Self.maximumRecordBytes { throw CSVReadFailure.recordTooLong(line: line) }
            let separator = self.separator ?? 0x2C
            switch state {
            case .fieldStart:
                if byte == quote {
                    state = .quoted
                    quoted = true
                    fieldStart = position - recordStart + 1
                } else if byte == separator {
                    bounds.append((position - recordStart, position - recordStart, false))
                } else if byte == 0x0A || byte == 0x0D {
                    return endRecord(byte, fieldStart: position - recordStart, quoted: false, state: .fieldStart)
                } else {
                    state = .unquoted
                    quoted = false
                    fieldStart = position - recordStart
                }
            case .unquoted:
                if byte == separator {
                    bounds.append((fieldStart, position - recordStart, false))
                    state = .fieldStart
                } else if byte == 0x0A || byte == 0x0D {
                    return endRecord(byte, fieldStart: fieldStart, quoted: false, state: state)
                }
            case .quoted:
                if byte == quote {
                    state = .quoteInQuoted
                    closingQuote = position - recordStart
                } else if byte == 0x0A {
                    nextLine += 1
                } else if byte == 0x0D {
                    if position + 1 >= filled || buffer[position + 1] != 0x0A { nextLine += 1 }
                }
            case .quoteInQuoted, .blankAfterQuote:
                if byte == quote, state == .quoteInQuoted {
                    state = .quoted
                } else if byte == separator {
                    bounds.append((fieldStart, closingQuote, true))
                    state = .fieldStart
                } else if byte == 0x0A || byte == 0x0D {
                    return endRecord(byte, fieldStart: fieldStart, quoted: true, state: state, closingQuote: closingQuote)
                } else if byte == 0x20 || byte == 0x09 {
                    state = .blankAfterQuote
                } else {
                    // Text after a closing quote: kept, as spreadsheets do.
                    state = .quoted
                }
            }
            position += 1
        }
    }

    private mutating func endRecord(_ terminator: UInt8, fieldStart: Int, quoted: Bool, state: State, closingQuote: Int = 0) -> Bool {
        recordEnd = position
        closeField(fieldStart, position - recordStart, quoted: quoted, state: state, closingQuote: closingQuote)
        position += 1
        if terminator == 0x0D { skipLineFeed = true }
        nextLine += 1
        return true
    }

    private mutating func closeField(_ start: Int, _ end: Int, quoted: Bool, state: State, closingQuote: Int) {
        switch state {
        case .fieldStart: bounds.append((end, end, false))
        case .unquoted: bounds.append((start, end, false))
        case .quoteInQuoted, .blankAfterQuote: bounds.append((start, closingQuote, true))
        case .quoted: bounds.append((start, end, true))  // unclosed quote at the end of the source
        }
    }

    /// Looks ahead to the end of the first line, reading more if needed, to choose the separator.
    private mutating func peekSeparator() throws -> UInt8 {
        while true {
            if let newline = buffer[position..<filled].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
                return Self.detectSeparator(buffer[position..<newline])
            }
            if try atEnd || !refill() {
                atEnd = true
                return Self.detectSeparator(buffer[position..<filled])
            }
        }
    }
}

public enum CSVReadFailure: Error, Sendable, Equatable {
    /// A record runs past ``CSVReader/maximumRecordBytes``: an unclosed quote, or not a CSV file.
    case recordTooLong(line: Int)
}
