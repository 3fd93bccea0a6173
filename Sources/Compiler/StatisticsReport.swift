import JSON

/// The `pixc stats` report, as text for a person and as JSON for tools.
extension Statistics {
    static func countsText(_ counts: StatusCounts) -> String {
        let parts = counts.byStatus.filter { $0.count > 0 }.map { "\($0.count) \($0.status)" }
        return "\(counts.total)" + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
    }

    /// Counts by framework, domain, competence, tube and level, then the gaps.
    public var report: String {
        var out = ""
        for framework in frameworks {
            out += "\(framework.title) [\(framework.id)]: skills \(Self.countsText(framework.skills)), challenges \(Self.countsText(framework.challenges))\n"
            for domain in framework.domains {
                out += "\n\(domain.code). \(domain.title): skills \(Self.countsText(domain.skills)), challenges \(Self.countsText(domain.challenges))\n"
                for competence in domain.competences {
                    out += "  \(competence.index) \(competence.name)\n"
                    out += "      \(competence.tubes.count) tube\(competence.tubes.count == 1 ? "" : "s"), skills \(Self.countsText(competence.skills)), challenges \(Self.countsText(competence.challenges))\n"
                    for tube in competence.tubes {
                        out += "      \(tube.name) (\(tube.title))\n"
                        for level in tube.levels {
                            let name = level.skillName.padding(toLength: max(18, level.skillName.count + 1), withPad: " ", startingAt: 0)
                            let status = level.skillStatus.padding(toLength: 16, withPad: " ", startingAt: 0)
                            out += "        \(name)\(status)challenges \(Self.countsText(level.challenges))\n"
                        }
                    }
                }
            }
            out += "\n"
        }
        let gaps = self.gaps
        out += "Gaps\n"
        out += Self.section("competences with no validé challenge", gaps.competencesWithoutValidatedChallenge)
        out += Self.section("skills with no challenge", gaps.skillsWithoutChallenge)
        out += Self.section("levels with no skill", gaps.levelsWithoutSkill, compact: true)
        out += "\n"
        for framework in frameworks {
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

    /// The same counts and gaps as one compact JSON object, keys in a fixed order.
    public var jsonReport: String {
        func counts(_ counts: StatusCounts) -> String {
            var object = JSONObjectWriter()
            object.int("total", counts.total)
            for entry in counts.byStatus { object.int(entry.status, entry.count) }
            return object.result
        }
        /// An object's own fields, then its skill and challenge counts, then its parts.
        func node(_ fields: (inout JSONObjectWriter) -> Void, skills: StatusCounts?, challenges: StatusCounts, parts: (name: String, items: [String])?) -> String {
            var object = JSONObjectWriter()
            fields(&object)
            if let skills { object.raw("skills", counts(skills)) }
            object.raw("challenges", counts(challenges))
            if let parts { object.raw(parts.name, JSONObjectWriter.array(parts.items)) }
            return object.result
        }
        let frameworks = frameworks.map { framework in
            node({ $0.string("id", framework.id); $0.string("title", framework.title) }, skills: framework.skills, challenges: framework.challenges,
                 parts: ("domains", framework.domains.map { domain in
                node({ $0.string("code", domain.code); $0.string("title", domain.title) }, skills: domain.skills, challenges: domain.challenges,
                     parts: ("competences", domain.competences.map { competence in
                    node({ $0.string("index", competence.index); $0.string("name", competence.name) }, skills: competence.skills, challenges: competence.challenges,
                         parts: ("tubes", competence.tubes.map { tube in
                        node({ $0.string("name", tube.name); $0.string("title", tube.title); $0.string("thematic", tube.thematic) },
                             skills: tube.skills, challenges: tube.challenges,
                             parts: ("levels", tube.levels.map { level in
                            node({ $0.int("level", level.level); $0.string("skill", level.skillName); $0.string("status", level.skillStatus) },
                                 skills: nil, challenges: level.challenges, parts: nil)
                        }))
                    }))
                }))
            }))
        }
        func list(_ items: [String]) -> String { JSONObjectWriter.array(items.map { JSONString.literal($0, .lineSafe) }) }
        var gaps = JSONObjectWriter()
        gaps.raw("competencesWithoutValidatedChallenge", list(self.gaps.competencesWithoutValidatedChallenge))
        gaps.raw("skillsWithoutChallenge", list(self.gaps.skillsWithoutChallenge))
        gaps.raw("levelsWithoutSkill", list(self.gaps.levelsWithoutSkill))
        var root = JSONObjectWriter()
        root.raw("frameworks", JSONObjectWriter.array(frameworks))
        root.raw("gaps", gaps.result)
        root.int("competencesWithValidatedChallenge", competencesCovered)
        return root.result
    }
}
