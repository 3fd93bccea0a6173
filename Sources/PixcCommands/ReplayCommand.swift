import ArgumentParser
import Engine
import Foundation

struct Replay: ParsableCommand, LanguageSelecting {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: CommandHelp.text("replay.abstract"),
        discussion: CommandHelp.text("replay.discussion")
    ) }

    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: CommandHelp.help("replay.scenario", valueName: "scenario"))
    var scenario: String

    func run() throws {
        let console = Console.current
        let data: Data
        if scenario == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: scenario) else {
                throw UsageFailure(message: RunMessages.catalogue.text("replay.unreadable", ["scenario": scenario]))
            }
            data = contents
        }
        do {
            let lines = try Engine.Replay.run(scenarioJSON: data)
            console.out(lines.map { $0 + "\n" }.joined())
        } catch {
            console.err(RunMessages.catalogue.text("replay.failed", ["scenario": scenario, "reason": error.description]) + "\n")
            throw ExitCode(1)
        }
    }
}
