import ArgumentParser
import Compiler
import Diagnostics

struct Stats: ParsableCommand, LanguageSelecting {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: CommandHelp.text("stats.abstract"),
        discussion: CommandHelp.text("stats.discussion")
    ) }

    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var rootOptions: RootOptions

    @Flag(name: .long, help: CommandHelp.help("stats.quality"))
    var quality = false

    @Option(name: .long, help: CommandHelp.help("stats.format"))
    var format: StatsFormat = .human

    enum StatsFormat: String, ExpressibleByArgument, CaseIterable {
        case human
        case json
    }

    func run() throws {
        let console = Console.current
        let root = try rootOptions.resolveRoot()
        let result = Checker.check(DiskFileSystem(root: root))
        if quality {
            let report = QualityReport(result)
            console.out(format == .human ? report.report : report.jsonReport + "\n")
            return
        }
        let statistics = Statistics(result.index)
        switch format {
        case .human: console.out(statistics.report)
        case .json: console.out(statistics.jsonReport + "\n")
        }
        if result.errorCount > 0 {
            console.err(RunMessages.catalogue.counted("stats.contentErrors", result.errorCount, shown: Numbers.integer(result.errorCount)) + "\n")
        }
    }
}
