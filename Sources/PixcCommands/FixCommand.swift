import ArgumentParser
import Compiler
import Diagnostics
import Foundation

struct Fix: ParsableCommand, LanguageSelecting {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: CommandHelp.text("fix.abstract"),
        discussion: CommandHelp.text("fix.discussion")
    ) }

    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var rootOptions: RootOptions

    @Argument(help: CommandHelp.help("fix.paths", valueName: "path"))
    var paths: [String] = []

    @Flag(name: .long, help: CommandHelp.help("fix.dryRun"))
    var dryRun = false

    @Flag(name: .long, help: CommandHelp.help("fix.denyWarnings"))
    var denyWarnings = false

    func run() throws {
        let console = Console.current
        let root = try rootOptions.resolveRoot()
        let prefixes = try PathFilter.prefixes(for: paths, root: root)
        let plan = Fixer.plan(DiskFileSystem(root: root)) { path in
            PathFilter.keeps(path: path, prefixes: prefixes)
        }
        var report: [String] = []
        if dryRun {
            let diff = plan.unifiedDiff
            if !diff.isEmpty { console.out(diff) }
        }
        report += plan.renames.map { FixMessages.renamed($0, dryRun: dryRun) }
        for file in plan.files {
            report += file.applied.map { FixMessages.fixed($0, dryRun: dryRun) }
            report += file.overlapping.map { FixMessages.overlapping($0) }
            report += file.waiting.map { FixMessages.waiting($0) }
        }
        report += plan.waitingElsewhere.map { FixMessages.waiting($0) }
        report += plan.refused.map { FixMessages.refused($0) }
        var failures: [FixWriteFailure] = []
        if !dryRun {
            failures = Fixer.write(plan, root: root)
            report += failures.map { FixMessages.failure($0) }
        }
        report.append(FixMessages.summary(plan, dryRun: dryRun))
        let remaining = Diagnostic.sortedForOutput(plan.remaining)
        if remaining.isEmpty {
            report.append(FixMessages.nothingRemains)
        } else {
            report.append(FixMessages.remaining)
        }
        var text = report.joined(separator: "\n") + "\n"
        if !remaining.isEmpty { text += HumanRenderer(useColor: console.useColor).render(remaining) }
        // With --dry-run, standard output is the diff alone, ready for `git apply`.
        if dryRun { console.err(text) } else { console.out(text) }
        if !failures.isEmpty { throw ExitCode(2) }
        let errors = remaining.contains { $0.severity == .error }
        let warnings = remaining.contains { $0.severity == .warning }
        if errors || (denyWarnings && warnings) { throw ExitCode(1) }
    }
}
