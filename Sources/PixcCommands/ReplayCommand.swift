import ArgumentParser
import Engine
import Foundation

struct Replay: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        abstract: "Replay answers through Pix's flash engine and print the capacity after each one.",
        discussion: """
        Input (docs/replay.md): {"initialCapacity", "variationPercent", "items": [{"id", "discriminant", \
        "difficulty", "skill", "tube", "competence"}], "answers": [{"challengeId", "result"}]}. \
        Output: one JSON line per answer {"challengeId", "capacity", "errorRate"}, then {"next": [ids]} \
        with the top 5 candidates at the final capacity under Pix's v3 certification rules. Use - to \
        read standard input.
        """
    )

    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: ArgumentHelp("The scenario file (JSON), or - for standard input.", valueName: "scenario"))
    var scenario: String

    func run() throws {
        let console = Console.current
        let data: Data
        if scenario == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: scenario) else {
                throw UsageFailure(message: "\(scenario): cannot read the file")
            }
            data = contents
        }
        do {
            let lines = try Engine.Replay.run(scenarioJSON: data)
            console.out(lines.map { $0 + "\n" }.joined())
        } catch {
            console.err("error: \(scenario): \(error.description)\n")
            throw ExitCode(1)
        }
    }
}
