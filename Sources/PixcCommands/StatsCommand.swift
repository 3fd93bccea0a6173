import ArgumentParser
import Compiler
import Diagnostics

struct Stats: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        abstract: "Count skills and challenges by status, per domain, competence, tube and level, and list the gaps.",
        discussion: "Gaps: competences with no validé challenge, skills with no challenge, levels with no skill."
    )

    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var rootOptions: RootOptions

    @Flag(name: .long, help: "List the QCU a learner can pass without the skill: a right option much longer than the others, or always at the same written place in a tube.")
    var quality = false

    @Option(name: .long, help: "Output format: human or json.")
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
            console.err("note: the content has \(result.errorCount) error(s); run `pixc check` to see them\n")
        }
    }
}
