import ArgumentParser
import Compiler
import Diagnostics
import JSON

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count skills and challenges by status, per domain, competence, tube and level, and list the gaps.",
        discussion: "Gaps: competences with no validé challenge, skills with no challenge, levels with no skill."
    )

    @OptionGroup var rootOptions: RootOptions

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
        let statistics = Statistics(result.index)
        switch format {
        case .human: console.out(StatsRenderer.text(statistics))
        case .json: console.out(StatsRenderer.json(statistics) + "\n")
        }
        if result.errorCount > 0 {
            console.err("note: the content has \(result.errorCount) error(s); run `pixc check` to see them\n")
        }
    }
}

enum StatsRenderer {
    static func counts(_ counts: Statistics.StatusCounts) -> String {
        let parts = counts.byStatus.filter { $0.count > 0 }.map { "\($0.count) \($0.status)" }
        return "\(counts.total)" + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
    }

    static func text(_ statistics: Statistics) -> String {
        var out = ""
        for framework in statistics.frameworks {
            out += "\(framework.title) [\(framework.id)]: skills \(counts(framework.skills)), challenges \(counts(framework.challenges))\n"
            for domain in framework.domains {
                out += "\n\(domain.code). \(domain.title): skills \(counts(domain.skills)), challenges \(counts(domain.challenges))\n"
                for competence in domain.competences {
                    out += "  \(competence.index) \(competence.name)\n"
                    out += "      \(competence.tubes.count) tube\(competence.tubes.count == 1 ? "" : "s"), skills \(counts(competence.skills)), challenges \(counts(competence.challenges))\n"
                    for tube in competence.tubes {
                        out += "      \(tube.name) (\(tube.title))\n"
                        for level in tube.levels {
                            let name = level.skillName.padding(toLength: max(18, level.skillName.count + 1), withPad: " ", startingAt: 0)
                            let status = level.skillStatus.padding(toLength: 16, withPad: " ", startingAt: 0)
                            out += "        \(name)\(status)challenges \(counts(level.challenges))\n"
                        }
                    }
                }
            }
            out += "\n"
        }
        let gaps = statistics.gaps
        out += "Gaps\n"
        out += section("competences with no validé challenge", gaps.competencesWithoutValidatedChallenge)
        out += section("skills with no challenge", gaps.skillsWithoutChallenge)
        out += section("levels with no skill", gaps.levelsWithoutSkill, compact: true)
        out += "\n"
        for framework in statistics.frameworks {
            let competences = framework.domains.flatMap(\.competences)
            let covered = competences.filter { $0.challenges.count("validé") > 0 }.count
            out += "\(framework.id): \(covered) of \(competences.count) competences have a validé challenge.\n"
        }
        return out
    }

    private static func section(_ title: String, _ items: [String], compact: Bool = false) -> String {
        guard !items.isEmpty else { return "  \(title): none\n" }
        if compact { return "  \(title) (\(items.count)): " + items.joined(separator: ", ") + "\n" }
        return "  \(title) (\(items.count)):\n" + items.map { "    \($0)\n" }.joined()
    }

    static func json(_ statistics: Statistics) -> String {
        func counts(_ counts: Statistics.StatusCounts) -> String {
            var object = JSONObjectWriter()
            object.int("total", counts.total)
            for entry in counts.byStatus { object.int(entry.status, entry.count) }
            return object.result
        }
        func list(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }
        let frameworks = statistics.frameworks.map { framework -> String in
            var object = JSONObjectWriter()
            object.string("id", framework.id)
            object.string("title", framework.title)
            object.raw("skills", counts(framework.skills))
            object.raw("challenges", counts(framework.challenges))
            object.raw("domains", list(framework.domains.map { domain in
                var object = JSONObjectWriter()
                object.string("code", domain.code)
                object.string("title", domain.title)
                object.raw("skills", counts(domain.skills))
                object.raw("challenges", counts(domain.challenges))
                object.raw("competences", list(domain.competences.map { competence in
                    var object = JSONObjectWriter()
                    object.string("index", competence.index)
                    object.string("name", competence.name)
                    object.raw("skills", counts(competence.skills))
                    object.raw("challenges", counts(competence.challenges))
                    object.raw("tubes", list(competence.tubes.map { tube in
                        var object = JSONObjectWriter()
                        object.string("name", tube.name)
                        object.string("title", tube.title)
                        object.string("thematic", tube.thematic)
                        object.raw("skills", counts(tube.skills))
                        object.raw("challenges", counts(tube.challenges))
                        object.raw("levels", list(tube.levels.map { level in
                            var object = JSONObjectWriter()
                            object.int("level", level.level)
                            object.string("skill", level.skillName)
                            object.string("status", level.skillStatus)
                            object.raw("challenges", counts(level.challenges))
                            return object.result
                        }))
                        return object.result
                    }))
                    return object.result
                }))
                return object.result
            }))
            return object.result
        }
        var gaps = JSONObjectWriter()
        gaps.raw("competencesWithoutValidatedChallenge", list(statistics.gaps.competencesWithoutValidatedChallenge.map { JSONString.literal($0, .lineSafe) }))
        gaps.raw("skillsWithoutChallenge", list(statistics.gaps.skillsWithoutChallenge.map { JSONString.literal($0, .lineSafe) }))
        gaps.raw("levelsWithoutSkill", list(statistics.gaps.levelsWithoutSkill.map { JSONString.literal($0, .lineSafe) }))
        var root = JSONObjectWriter()
        root.raw("frameworks", list(frameworks))
        root.raw("gaps", gaps.result)
        root.int("competencesWithValidatedChallenge", statistics.competencesCovered)
        return root.result
    }
}
