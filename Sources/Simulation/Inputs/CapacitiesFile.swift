import Diagnostics

/// Reads a capacities file (`--capacities`): header `learner,capacity`, one learner per line, in
/// the order the simulation runs them.
enum CapacitiesFile {
    static let columns: [Column] = [
        Column("learner", aliases: ["id", "learnerid", "user", "userid"], required: true),
        Column("capacity", aliases: ["theta", "ability"], required: true),
    ]

    static func read(_ file: SourceFile) -> (population: (ids: [String], capacities: [Double])?, diagnostics: [Diagnostic]) {
        var problems = InputProblems()
        guard let table = CSVTable(file) else {
            problems.add(SimulationInputDiagnostics.malformed("this capacities file is empty", at: Span(file: file, start: 0, end: 0),
                                                              help: "write a header line learner,capacity, then one line per learner"))
            return (nil, problems.reported)
        }
        let columns = table.columns(Self.columns, into: &problems, code: SimulationInputDiagnostics.malformed, example: "learner,capacity")
        guard !problems.hasErrors, let idColumn = columns["learner"], let capacityColumn = columns["capacity"] else {
            return (nil, problems.reported)
        }
        var ids: [String] = []
        var capacities: [Double] = []
        ids.reserveCapacity(table.rowRanges.count)
        capacities.reserveCapacity(table.rowRanges.count)
        var firstLine: [String: Int] = [:]
        for index in table.rowRanges.indices {
            let row = table.row(index)
            guard row.cells.count == table.header.count else {
                problems.add(SimulationInputDiagnostics.malformed(
                    "this line has \(row.cells.count) value\(row.cells.count == 1 ? "" : "s"), the header has \(table.header.count)", at: row.line,
                    help: "write one value per column, separated by `\(table.separatorText)`"))
                continue
            }
            let id = row.cells[idColumn]
            let capacity = row.cells[capacityColumn]
            guard !id.text.isEmpty else {
                problems.add(SimulationInputDiagnostics.invalidValue("a learner id is missing", at: id.span, help: "write an id for each learner, such as 1, 2, 3…"))
                continue
            }
            if let first = firstLine[id.text] {
                problems.add(SimulationInputDiagnostics.duplicate("the learner `\(id.text)` appears twice", at: id.span,
                                                                  labels: [Label(table.row(first).cells[idColumn].span, "first here")],
                                                                  help: "give each learner its own id"))
                continue
            }
            firstLine[id.text] = index
            guard let value = CSVTable.number(capacity) else {
                problems.add(SimulationInputDiagnostics.invalidValue("`\(capacity.text)` is not a number (capacity)", at: capacity.span,
                                                                     help: "write the learner's true capacity, such as 0.35"))
                continue
            }
            ids.append(id.text)
            capacities.append(value)
        }
        if ids.isEmpty, !problems.hasErrors {
            problems.add(SimulationInputDiagnostics.malformed("this capacities file has no learner", at: table.headerLine,
                                                              help: "write one line per learner after the header"))
        }
        return (problems.hasErrors ? nil : (ids, capacities), problems.reported)
    }
}
