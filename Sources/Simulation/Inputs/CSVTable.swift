import Diagnostics

/// A small CSV file an input of the simulation (or of a calibration) is read from, with the
/// place of every cell so that a problem is reported at its line and column.
///
/// Hand-written rather than a CSV package: the diagnostics need the byte span of each cell, and
/// the files are plain (one record per line, values separated by `,` — or `;`, as spreadsheets
/// export them in French locales — double quotes around a value that holds the separator).
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
    let separator: UInt8
    let header: [Cell]
    let headerLine: Span
    /// Byte ranges of the non-empty lines after the header.
    let rowRanges: [Range<Int>]

    /// Nil when the file has no line at all.
    init?(_ file: SourceFile) {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(file.lineCount)
        for line in 0..<file.lineCount {
            let range = file.lineRange(line)
            if !range.isEmpty { ranges.append(range) }
        }
        guard let headerRange = ranges.first else { return nil }
        let headerBytes = file.bytes[headerRange]
        let semicolon = UInt8(ascii: ";")
        let comma = UInt8(ascii: ",")
        separator = headerBytes.contains(semicolon) && !headerBytes.contains(comma) ? semicolon : comma
        self.file = file
        header = Self.cells(file, headerRange, separator: separator)
        headerLine = Span(file: file, range: headerRange)
        rowRanges = Array(ranges.dropFirst())
    }

    var separatorText: String { separator == UInt8(ascii: ";") ? ";" : "," }

    func row(_ index: Int) -> Row {
        let range = rowRanges[index]
        return Row(cells: Self.cells(file, range, separator: separator), line: Span(file: file, range: range))
    }

    /// The position of each known column, by canonical name, from the header. Unknown and
    /// repeated columns, and missing required ones, are reported.
    func columns(_ known: [Column], into problems: inout InputProblems, code descriptor: DiagnosticDescriptor, example: String) -> [String: Int] {
        var positions: [String: Int] = [:]
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

    /// Splits a line on the separator, honouring double quotes; cells are trimmed of spaces.
    static func cells(_ file: SourceFile, _ range: Range<Int>, separator: UInt8) -> [Cell] {
        var result: [Cell] = []
        var start = range.lowerBound
        var inQuotes = false
        let quote = UInt8(ascii: "\"")
        func close(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, file.bytes[lower] == 0x20 || file.bytes[lower] == 0x09 { lower += 1 }
            while upper > lower, file.bytes[upper - 1] == 0x20 || file.bytes[upper - 1] == 0x09 { upper -= 1 }
            var text = file.text(in: lower..<upper)
            if upper - lower >= 2, file.bytes[lower] == quote, file.bytes[upper - 1] == quote {
                text = String(text.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
            }
            result.append(Cell(text: text, span: Span(file: file, start: lower, end: upper)))
        }
        for index in range {
            let byte = file.bytes[index]
            if byte == quote { inQuotes.toggle() }
            if byte == separator, !inQuotes {
                close(index)
                start = index + 1
            }
        }
        close(range.upperBound)
        return result
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
