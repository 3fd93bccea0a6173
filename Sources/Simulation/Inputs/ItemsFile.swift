import Diagnostics

/// One line of an items file: a challenge's 2PL parameters and, optionally, where it sits in the
/// referential.
struct ItemRecord: Sendable {
    let id: String
    let discrimination: Double
    let difficulty: Double
    let competence: String?
    let tube: String?
    let skill: String?
    let level: Int?
    let line: Span
}

/// Reads an items file (`--items`, `--truth`): header `id,discrimination,difficulty`, then
/// optionally `competence,tube,skill,level`, in any order.
enum ItemsFile {
    static let columns: [Column] = [
        Column("id", aliases: ["challengeid", "challenge_id", "challenge"], required: true),
        Column("discrimination", aliases: ["alpha", "a", "discriminant"], required: true),
        Column("difficulty", aliases: ["delta", "b"], required: true),
        Column("competence"),
        Column("tube"),
        Column("skill"),
        Column("level"),
    ]
    static let example = "id,discrimination,difficulty,competence,tube,skill,level"

    /// The records, or nil when the file has errors (then `diagnostics` says which).
    static func read(_ file: SourceFile) -> (records: [ItemRecord]?, diagnostics: [Diagnostic]) {
        var problems = InputProblems()
        guard let table = CSVTable(file) else {
            problems.add(SimulationInputDiagnostics.malformed("this items file is empty", at: Span(file: file, start: 0, end: 0),
                                                              help: "write a header line such as \(example), then one line per challenge"))
            return (nil, problems.reported)
        }
        let columns = table.columns(Self.columns, into: &problems, code: SimulationInputDiagnostics.malformed, example: example)
        guard !problems.hasErrors, let idColumn = columns["id"], let aColumn = columns["discrimination"], let bColumn = columns["difficulty"] else {
            return (nil, problems.reported)
        }
        var records: [ItemRecord] = []
        records.reserveCapacity(table.rowRanges.count)
        var firstLine: [String: Span] = [:]
        for index in table.rowRanges.indices {
            let row = table.row(index)
            guard row.cells.count == table.header.count else {
                problems.add(SimulationInputDiagnostics.malformed(
                    "this line has \(row.cells.count) value\(row.cells.count == 1 ? "" : "s"), the header has \(table.header.count)", at: row.line,
                    help: "write one value per column, separated by `\(table.separatorText)`"))
                continue
            }
            let id = row.cells[idColumn]
            guard !id.text.isEmpty else {
                problems.add(SimulationInputDiagnostics.invalidValue("a challenge id is missing", at: id.span, help: "write the challenge's id"))
                continue
            }
            if let first = firstLine[id.text] {
                problems.add(SimulationInputDiagnostics.duplicate("the challenge `\(id.text)` appears twice", at: id.span,
                                                                  labels: [Label(first, "first here")], help: "keep one line per challenge"))
                continue
            }
            firstLine[id.text] = id.span
            var valid = true
            let a = row.cells[aColumn]
            var discrimination = CSVTable.number(a)
            if let value = discrimination, value <= 0 {
                problems.add(SimulationInputDiagnostics.invalidValue("discrimination must be above 0, found \(a.text)", at: a.span,
                                                                     help: "write a decimal number above 0, such as 1.2"))
                discrimination = nil
                valid = false
            } else if discrimination == nil {
                problems.add(SimulationInputDiagnostics.invalidValue("`\(a.text)` is not a number (discrimination)", at: a.span,
                                                                     help: "write a decimal number above 0, such as 1.2"))
                valid = false
            }
            let b = row.cells[bColumn]
            let difficulty = CSVTable.number(b)
            if difficulty == nil {
                problems.add(SimulationInputDiagnostics.invalidValue("`\(b.text)` is not a number (difficulty)", at: b.span,
                                                                     help: "write a decimal number such as -0.5"))
                valid = false
            }
            var level: Int?
            if let column = columns["level"], !row.cells[column].text.isEmpty {
                let cell = row.cells[column]
                if let value = Int(cell.text), (1...8).contains(value) {
                    level = value
                } else {
                    problems.add(SimulationInputDiagnostics.invalidValue("`\(cell.text)` is not a level (a whole number from 1 to 8)", at: cell.span,
                                                                         help: "write the level of the challenge's skill, such as 3"))
                    valid = false
                }
            }
            guard valid, let discrimination, let difficulty else { continue }
            func text(_ name: String) -> String? {
                columns[name].map { row.cells[$0].text }.flatMap { $0.isEmpty ? nil : $0 }
            }
            records.append(ItemRecord(id: id.text, discrimination: discrimination, difficulty: difficulty,
                                      competence: text("competence"), tube: text("tube"), skill: text("skill"), level: level, line: row.line))
        }
        if records.isEmpty, !problems.hasErrors {
            problems.add(SimulationInputDiagnostics.malformed("this items file has no challenge", at: table.headerLine,
                                                              help: "write one line per challenge after the header"))
        }
        return (problems.hasErrors ? nil : records, problems.reported)
    }
}

/// Checks a truth file against the bank: every challenge of the bank needs its true parameters;
/// extra lines are ignored with a warning.
enum TruthMatching {
    static func match(bankIds: [String], truth: [ItemRecord], file: SourceFile) -> (parameters: [(discrimination: Double, difficulty: Double)]?, diagnostics: [Diagnostic]) {
        var problems = InputProblems()
        var byId: [String: ItemRecord] = [:]
        for record in truth { byId[record.id] = record }
        let known = Set(bankIds)
        for record in truth where !known.contains(record.id) {
            problems.add(SimulationInputDiagnostics.truthUnused("the bank has no challenge `\(record.id)`; this line is ignored", at: record.line,
                                                                help: "check the id, or the bank's framework and status options"))
        }
        let missing = bankIds.filter { byId[$0] == nil }
        if let first = missing.first {
            let others = missing.count - 1
            let header = Span(file: file, range: file.lineRange(0))
            problems.add(SimulationInputDiagnostics.truthMissing(
                "the truth has no line for the challenge `\(first)`" + (others > 0 ? " nor for \(others) other\(others == 1 ? "" : "s") of the bank" : ""),
                at: header, notes: missing.dropFirst().prefix(10).map { "also missing: \($0)" },
                help: "give the true discrimination and difficulty of every challenge of the bank"))
            return (nil, problems.reported)
        }
        return (bankIds.compactMap { id in byId[id].map { ($0.discrimination, $0.difficulty) } }, problems.reported)
    }
}
