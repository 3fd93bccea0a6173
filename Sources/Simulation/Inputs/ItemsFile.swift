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
        guard var table = CSVTable(file) else {
            problems.add(SimulationInputDiagnostics.malformed(SimulationInputMessages.text("items.empty"), at: Span(file: file, start: 0, end: 0),
                                                              help: SimulationInputMessages.text("items.empty.help", ["example": example])))
            return (nil, problems.reported)
        }
        let columns = table.columns(Self.columns, into: &problems, code: SimulationInputDiagnostics.malformed, example: example)
        guard !problems.hasErrors, let idColumn = columns["id"], let aColumn = columns["discrimination"], let bColumn = columns["difficulty"] else {
            return (nil, problems.reported)
        }
        var records: [ItemRecord] = []
        var challenges = IdColumn(missing: "challenge.missingId", twice: "challenge.twice")
        while let row = table.nextRow(into: &problems) {
            let id = row.cells[idColumn]
            guard challenges.accepts(id, into: &problems) else { continue }
            var valid = true
            let a = row.cells[aColumn]
            var discrimination = CSVTable.number(a)
            if let value = discrimination, value <= 0 {
                problems.add(SimulationInputDiagnostics.invalidValue(SimulationInputMessages.text("discrimination.notPositive", ["text": a.text]), at: a.span,
                                                                     help: SimulationInputMessages.text("discrimination.help")))
                discrimination = nil
                valid = false
            } else if discrimination == nil {
                problems.add(SimulationInputDiagnostics.invalidValue(SimulationInputMessages.text("discrimination.notNumber", ["text": a.text]), at: a.span,
                                                                     help: SimulationInputMessages.text("discrimination.help")))
                valid = false
            }
            let b = row.cells[bColumn]
            let difficulty = CSVTable.number(b)
            if difficulty == nil {
                problems.add(SimulationInputDiagnostics.invalidValue(SimulationInputMessages.text("difficulty.notNumber", ["text": b.text]), at: b.span,
                                                                     help: SimulationInputMessages.text("difficulty.help")))
                valid = false
            }
            var level: Int?
            if let column = columns["level"], !row.cells[column].text.isEmpty {
                let cell = row.cells[column]
                if let value = Int(cell.text), (1...8).contains(value) {
                    level = value
                } else {
                    problems.add(SimulationInputDiagnostics.invalidValue(SimulationInputMessages.text("level.invalid", ["text": cell.text]), at: cell.span,
                                                                         help: SimulationInputMessages.text("level.help")))
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
            problems.add(SimulationInputDiagnostics.malformed(SimulationInputMessages.text("items.noChallenge"), at: table.headerLine,
                                                              help: SimulationInputMessages.text("items.noChallenge.help")))
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
            problems.add(SimulationInputDiagnostics.truthUnused(SimulationInputMessages.text("truth.unused", ["id": record.id]), at: record.line,
                                                                help: SimulationInputMessages.text("truth.unused.help")))
        }
        let missing = bankIds.filter { byId[$0] == nil }
        if let first = missing.first {
            let others = missing.count - 1
            let header = Span(file: file, range: file.lineRange(0))
            problems.add(SimulationInputDiagnostics.truthMissing(
                others == 0 ? SimulationInputMessages.text("truth.missing", ["id": first]) : others == 1 ? SimulationInputMessages.text("truth.missing.one", ["id": first]) : SimulationInputMessages.text("truth.missing.many", ["id": first, "count": "\(others)"]),
                at: header, notes: missing.dropFirst().prefix(10).map { SimulationInputMessages.text("truth.alsoMissing", ["id": $0]) },
                help: SimulationInputMessages.text("truth.missing.help")))
            return (nil, problems.reported)
        }
        return (bankIds.compactMap { id in byId[id].map { ($0.discrimination, $0.difficulty) } }, problems.reported)
    }
}
