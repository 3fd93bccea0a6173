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
        guard var table = CSVTable(file) else {
            problems.add(SimulationInputDiagnostics.malformed(SimulationInputMessages.text("capacities.empty"), at: Span(file: file, start: 0, end: 0),
                                                              help: SimulationInputMessages.text("capacities.empty.help")))
            return (nil, problems.reported)
        }
        let columns = table.columns(Self.columns, into: &problems, code: SimulationInputDiagnostics.malformed, example: "learner,capacity")
        guard !problems.hasErrors, let idColumn = columns["learner"], let capacityColumn = columns["capacity"] else {
            return (nil, problems.reported)
        }
        var ids: [String] = []
        var capacities: [Double] = []
        var learners = IdColumn(missing: "learner.missing", twice: "learner.twice")
        while let row = table.nextRow(into: &problems) {
            let id = row.cells[idColumn]
            let capacity = row.cells[capacityColumn]
            guard learners.accepts(id, into: &problems) else { continue }
            guard let value = CSVTable.number(capacity) else {
                problems.add(SimulationInputDiagnostics.invalidValue(SimulationInputMessages.text("capacity.notNumber", ["text": capacity.text]), at: capacity.span,
                                                                     help: SimulationInputMessages.text("capacity.notNumber.help")))
                continue
            }
            ids.append(id.text)
            capacities.append(value)
        }
        if ids.isEmpty, !problems.hasErrors {
            problems.add(SimulationInputDiagnostics.malformed(SimulationInputMessages.text("capacities.noLearner"), at: table.headerLine,
                                                              help: SimulationInputMessages.text("capacities.noLearner.help")))
        }
        return (problems.hasErrors ? nil : (ids, capacities), problems.reported)
    }
}
