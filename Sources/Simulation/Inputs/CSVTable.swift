import CalibrationFiles
import Diagnostics

/// A CSV input of the simulation (items, capacities), read record by record with
/// CalibrationFiles' `CSVReader` — the one CSV reader of pixc: the separator chosen from the
/// header (comma, semicolon as spreadsheets export in French locales, or tab), RFC 4180 quotes,
/// LF, CRLF or CR line ends, empty lines skipped, a record longer than
/// `CSVReader.maximumRecordBytes` refused — with the place of every cell in the file so that a
/// problem is reported at its line and column.
struct CSVTable {
    struct Cell {
        let text: String
        let span: Span
    }

    struct Row {
        let cells: [Cell]
        let line: Span
    }

    let file: SourceFile
    let header: [Cell]
    let headerLine: Span
    /// The line (1-based) of a record that runs past `CSVReader.maximumRecordBytes`, where the
    /// reading stopped.
    private(set) var tooLongAt: Int?
    private var reader: CSVReader

    /// Nil when the file has no record at all.
    init?(_ file: SourceFile) {
        self.file = file
        var reader = CSVReader(MemoryByteSource(file.bytes))
        do {
            guard try reader.next() else { return nil }
            (header, headerLine) = Self.cells(reader, file)
        } catch {
            // The header runs past the limit: no column, and `columns` says why.
            tooLongAt = 1
            (header, headerLine) = ([], Span(file: file, start: 0, end: 0))
        }
        self.reader = reader
    }

    var separatorText: String? { reader.separator == 0x09 ? nil : String(UnicodeScalar(reader.separator ?? 0x2C)) }

    /// The next record; nil at the end of the file, or where a record runs past the limit
    /// (`tooLongAt` then says on which line).
    private mutating func nextRecord() -> Row? {
        do {
            guard try reader.next() else { return nil }
        } catch CSVReadFailure.recordTooLong(let line) {
            tooLongAt = line
            return nil
        } catch {
            return nil
        }
        let (cells, line) = Self.cells(reader, file)
        return Row(cells: cells, line: line)
    }

    /// The cells of the reader's current record, each trimmed of spaces and tabs, its span
    /// covering its quotes.
    private static func cells(_ reader: CSVReader, _ file: SourceFile) -> ([Cell], Span) {
        let offset = reader.recordOffset
        let length = reader.recordBytes.count
        var cells: [Cell] = []
        cells.reserveCapacity(reader.fieldCount)
        for index in 0..<reader.fieldCount {
            let range = reader.rawFieldRange(index)
            var lower = offset + range.lowerBound
            var upper = offset + range.upperBound
            while lower < upper, file.bytes[lower] == 0x20 || file.bytes[lower] == 0x09 { lower += 1 }
            while upper > lower, file.bytes[upper - 1] == 0x20 || file.bytes[upper - 1] == 0x09 { upper -= 1 }
            let text = reader.isQuoted(index) ? reader.field(index) : file.text(in: lower..<upper)
            cells.append(Cell(text: text, span: Span(file: file, start: lower, end: upper)))
        }
        return (cells, Span(file: file, start: offset, end: offset + length))
    }

    /// The next row with one cell per column of the header; a row of another width is reported
    /// and skipped, and so is a record that runs past the limit (the reading stops there). Nil
    /// at the end.
    mutating func nextRow(into problems: inout InputProblems) -> Row? {
        while let row = nextRecord() {
            if row.cells.count == header.count { return row }
            let count = row.cells.count
            problems.add(SimulationInputDiagnostics.malformed(
                count == 1 ? SimulationInputMessages.text("line.width.one", ["header": "\(header.count)"])
                           : SimulationInputMessages.text("line.width", ["count": "\(count)", "header": "\(header.count)"]),
                at: row.line,
                help: separatorText.map { SimulationInputMessages.text("line.width.help", ["separator": $0]) } ?? SimulationInputMessages.text("line.width.help.tab")))
        }
        reportTooLong(into: &problems)
        return nil
    }

    private mutating func reportTooLong(into problems: inout InputProblems) {
        guard let line = tooLongAt else { return }
        tooLongAt = nil
        let start = file.lineRange(max(0, min(line, file.lineCount) - 1)).lowerBound
        problems.add(SimulationInputDiagnostics.malformed(
            SimulationInputMessages.text("csv.tooLong", ["kilobytes": "\(CSVReader.maximumRecordBytes / 1024)"]),
            at: Span(file: file, start: start, end: start), help: SimulationInputMessages.text("csv.tooLong.help")))
    }

    /// The position of each known column, by canonical name, from the header. Unknown and
    /// repeated columns, and missing required ones, are reported.
    mutating func columns(_ known: [Column], into problems: inout InputProblems, code descriptor: DiagnosticDescriptor, example: String) -> [String: Int] {
        var positions: [String: Int] = [:]
        if header.isEmpty {
            reportTooLong(into: &problems)
            return positions
        }
        let names = known.map(\.name).joined(separator: ", ")
        for (index, cell) in header.enumerated() {
            let name = cell.text.lowercased()
            guard let column = known.first(where: { $0.name.lowercased() == name || $0.aliases.contains(name) }) else {
                problems.add(descriptor(SimulationInputMessages.text("csv.unknownColumn", ["column": cell.text]), at: cell.span, help: SimulationInputMessages.text("csv.columns", ["names": names])))
                continue
            }
            if let first = positions[column.name] {
                problems.add(descriptor(SimulationInputMessages.text("csv.columnTwice", ["column": column.name]), at: cell.span,
                                        labels: [Label(header[first].span, SimulationInputMessages.text("firstHere"))], help: SimulationInputMessages.text("csv.columnTwice.help")))
                continue
            }
            positions[column.name] = index
        }
        for column in known where column.isRequired && positions[column.name] == nil {
            problems.add(descriptor(SimulationInputMessages.text("csv.missingColumn", ["column": column.name]), at: headerLine,
                                    help: SimulationInputMessages.text("csv.header.help", ["example": example])))
        }
        return positions
    }

    /// A decimal number (a point or a comma for decimals); nil when the cell is not one.
    static func number(_ cell: Cell) -> Double? {
        let text = cell.text.replacingOccurrences(of: ",", with: ".")
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") || (0x30...0x39).contains(first),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }
}

/// The id column of an input file: every line has an id, and no id is on two lines. `missing`
/// and `twice` are the catalogue keys of the two problems (their helps: the key + `.help`).
struct IdColumn {
    let missing: String
    let twice: String
    private var firstPlace: [String: Span] = [:]

    init(missing: String, twice: String) {
        self.missing = missing
        self.twice = twice
    }

    /// Whether the line's id is new; an empty or repeated one is reported.
    mutating func accepts(_ id: CSVTable.Cell, into problems: inout InputProblems) -> Bool {
        guard !id.text.isEmpty else {
            problems.add(SimulationInputDiagnostics.invalidValue(SimulationInputMessages.text(missing), at: id.span, help: SimulationInputMessages.text(missing + ".help")))
            return false
        }
        if let first = firstPlace[id.text] {
            problems.add(SimulationInputDiagnostics.duplicate(SimulationInputMessages.text(twice, ["id": id.text]), at: id.span,
                                                              labels: [Label(first, SimulationInputMessages.text("firstHere"))], help: SimulationInputMessages.text(twice + ".help")))
            return false
        }
        firstPlace[id.text] = id.span
        return true
    }
}

/// A column an input file may have: its canonical name, other names accepted (lowercase), and
/// whether it must be there.
struct Column {
    let name: String
    let aliases: [String]
    let isRequired: Bool

    init(_ name: String, aliases: [String] = [], required: Bool = false) {
        self.name = name
        self.aliases = aliases
        self.isRequired = required
    }
}

/// The problems found in input files, at most `limit` kept: a file with a problem on every one
/// of its million lines gives a readable report, not a million diagnostics.
struct InputProblems {
    static let limit = 50

    private(set) var diagnostics: [Diagnostic] = []
    private(set) var dropped = 0

    mutating func add(_ diagnostic: Diagnostic) {
        if diagnostics.count < Self.limit || diagnostic.severity != .error && diagnostics.count < 2 * Self.limit {
            diagnostics.append(diagnostic)
        } else {
            dropped += 1
        }
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The diagnostics, the last one noting how many more were left out.
    var reported: [Diagnostic] {
        guard dropped > 0, var last = diagnostics.last else { return diagnostics }
        last.notes.append(dropped == 1 ? SimulationInputMessages.text("csv.moreProblems.one") : SimulationInputMessages.text("csv.moreProblems", ["count": "\(dropped)"]))
        return diagnostics.dropLast() + [last]
    }
}
