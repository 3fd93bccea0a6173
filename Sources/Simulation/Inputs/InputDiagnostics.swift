import Diagnostics

/// The diagnostics of the files a simulation reads besides the bundle: an items CSV (`--items`,
/// `--truth`) and a capacities CSV (`--capacities`). Codes 08xx.
public enum SimulationInputDiagnostics {
    public static let malformed = DiagnosticDescriptor(
        "PIX0801", .error,
        title: "Simulation input file malformed",
        explanation: """
        An items file (`--items`, `--truth`) is a CSV whose header names its columns: `id`,
        `discrimination`, `difficulty`, and optionally `competence`, `tube`, `skill`, `level`
        (`alpha`/`a` and `delta`/`b` are accepted too). A capacities file (`--capacities`) has the
        columns `learner` and `capacity`. Every line after the header has one value per column.
        """,
        wrong: Example(path: "items.csv", "id,discrimination\nrecherche-1,1.2\n"),
        right: Example(path: "items.csv", "id,discrimination,difficulty\nrecherche-1,1.2,-0.5\n")
    )

    public static let invalidValue = DiagnosticDescriptor(
        "PIX0802", .error,
        title: "Simulation input value invalid",
        explanation: """
        Discrimination is a number above 0, difficulty and capacity are finite numbers (a point or
        a comma for decimals), a level is a whole number from 1 to 8, and ids are not empty. A
        value that is not would give the simulated learners or the engine a meaningless item.
        """,
        wrong: Example(path: "items.csv", "id,discrimination,difficulty\nrecherche-1,-1.2,facile\n"),
        right: Example(path: "items.csv", "id,discrimination,difficulty\nrecherche-1,1.2,-0.5\n")
    )

    public static let duplicate = DiagnosticDescriptor(
        "PIX0803", .error,
        title: "Id given twice in a simulation input",
        explanation: """
        Each challenge of an items file and each learner of a capacities file appears once: two
        lines with one id would make two items that the outputs (items.csv, answers.csv) could not
        tell apart. For the same reason a pretest challenge (`--pretest-items`) is not in the bank.
        """,
        wrong: Example(path: "capacities.csv", "learner,capacity\nalice,0.5\nalice,1.2\n"),
        right: Example(path: "capacities.csv", "learner,capacity\nalice,0.5\nbruno,1.2\n")
    )

    public static let truthMissing = DiagnosticDescriptor(
        "PIX0804", .error,
        title: "True parameters missing for a challenge",
        explanation: """
        With `--truth`, simulated answers are drawn from the parameters of the truth file instead
        of those the engine believes. Every challenge of the bank needs its true parameters: a
        challenge without them could not be answered.
        """,
        wrong: Example([
            ExampleFile(path: "items.csv", text: "id,discrimination,difficulty\nrecherche-1,1.2,-0.5\nrecherche-2,0.8,1.5\n"),
            ExampleFile(path: "truth.csv", text: "id,discrimination,difficulty\nrecherche-1,1.0,-0.3\n"),
        ]),
        right: Example([
            ExampleFile(path: "items.csv", text: "id,discrimination,difficulty\nrecherche-1,1.2,-0.5\nrecherche-2,0.8,1.5\n"),
            ExampleFile(path: "truth.csv", text: "id,discrimination,difficulty\nrecherche-1,1.0,-0.3\nrecherche-2,0.9,1.1\n"),
        ])
    )

    public static let truthUnused = DiagnosticDescriptor(
        "PIX0805", .warning,
        title: "True parameters of a challenge not in the bank",
        explanation: """
        A line of the truth file names a challenge the bank does not hold (another framework or
        status, a renamed challenge, a typing error). It is ignored.
        """,
        wrong: Example([
            ExampleFile(path: "items.csv", text: "id,discrimination,difficulty\nrecherche-1,1.2,-0.5\n"),
            ExampleFile(path: "truth.csv", text: "id,discrimination,difficulty\nrecherche-1,1.0,-0.3\nrecherche-9,0.9,1.1\n"),
        ]),
        right: Example([
            ExampleFile(path: "items.csv", text: "id,discrimination,difficulty\nrecherche-1,1.2,-0.5\n"),
            ExampleFile(path: "truth.csv", text: "id,discrimination,difficulty\nrecherche-1,1.0,-0.3\n"),
        ])
    )

    public static let all: [DiagnosticDescriptor] = [malformed, invalidValue, duplicate, truthMissing, truthUnused]

    public static var catalog: DiagnosticCatalog { DiagnosticCatalog(all) }

    /// What reading an example's files reports, as `pixc explain` shows it: `items.csv` is read as
    /// a bank, `truth.csv` as its truth, `capacities.csv` as a population.
    public static func diagnostics(for example: Example) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var bank: [ItemRecord]?
        func file(_ name: String) -> SourceFile? {
            example.files.first { $0.path == name }.map { SourceFile(path: $0.path, text: $0.text) }
        }
        if let items = file("items.csv") {
            let read = ItemsFile.read(items)
            found += read.diagnostics
            bank = read.records
        }
        if let truth = file("truth.csv") {
            let read = ItemsFile.read(truth)
            found += read.diagnostics
            if let bank, let records = read.records {
                found += TruthMatching.match(bankIds: bank.map(\.id), truth: records, file: truth).diagnostics
            }
        }
        if let capacities = file("capacities.csv") {
            found += CapacitiesFile.read(capacities).diagnostics
        }
        return found
    }
}
