import JSON
import Localization

/// The `pixc stats` report, as text for a person and as JSON for tools.
extension Statistics {
    /// What is counted: French names it and makes each status agree with it (« 12 épreuves
    /// (1 proposée, 11 validées) »); English keeps the noun in the line and the statuses as Pix
    /// writes them.
    enum Counted: String {
        case skills, challenges

        var isFeminine: Bool { self == .challenges }
    }

    static func countsText(_ counts: StatusCounts, of counted: Counted, in language: Language) -> String {
        let parts = counts.byStatus.filter { $0.count > 0 }.map { entry in
            "\(entry.count) " + (language == .fr ? frenchStatus(entry.status, count: entry.count, feminine: counted.isFeminine) : entry.status)
        }
        let total = StatisticsMessages.catalogue.counted(counted.rawValue, counts.total, in: language)
        return total + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
    }

    /// A status word (a participle or adjective: `validé`, `actif`) agreeing in gender and number
    /// with the counted noun; a phrase (`en construction`) does not change.
    public static func frenchStatus(_ status: String, count: Int, feminine: Bool) -> String {
        guard !status.contains(" ") else { return status }
        var word = status
        if feminine { word = word.hasSuffix("f") ? String(word.dropLast()) + "ve" : word + "e" }
        return Language.fr.takesSingular(count) ? word : word + "s"
    }

    /// Counts by framework, domain, competence, tube and level, then the gaps, in the current
    /// language.
    public var report: String { report(in: Localization.current) }

    public func report(in language: Language) -> String {
        func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
            StatisticsMessages.catalogue.text(key, arguments, in: language)
        }
        var out = ""
        for framework in frameworks {
            out += text("framework", ["title": framework.title, "id": framework.id, "skills": Self.countsText(framework.skills, of: .skills, in: language), "challenges": Self.countsText(framework.challenges, of: .challenges, in: language)]) + "\n"
            for domain in framework.domains {
                out += "\n" + text("domain", ["code": domain.code, "title": domain.title, "skills": Self.countsText(domain.skills, of: .skills, in: language), "challenges": Self.countsText(domain.challenges, of: .challenges, in: language)]) + "\n"
                for competence in domain.competences {
                    out += "  \(competence.index) \(competence.name)\n"
                    out += "      " + text(language.takesSingular(competence.tubes.count) ? "competence.one" : "competence.many", [
                        "count": "\(competence.tubes.count)", "skills": Self.countsText(competence.skills, of: .skills, in: language),
                        "challenges": Self.countsText(competence.challenges, of: .challenges, in: language),
                    ]) + "\n"
                    for tube in competence.tubes {
                        out += "      \(tube.name) (\(tube.title))\n"
                        for level in tube.levels {
                            let name = level.skillName.padding(toLength: max(18, level.skillName.count + 1), withPad: " ", startingAt: 0)
                            let status = level.skillStatus.padding(toLength: 16, withPad: " ", startingAt: 0)
                            out += "        \(name)\(status)" + text("level", ["challenges": Self.countsText(level.challenges, of: .challenges, in: language)]) + "\n"
                        }
                    }
                }
            }
            out += "\n"
        }
        let gaps = self.gaps
        out += text("gaps") + "\n"
        out += Self.section(text("gaps.competences"), gaps.competencesWithoutValidatedChallenge, language: language)
        out += Self.section(text("gaps.skills"), gaps.skillsWithoutChallenge, language: language)
        // The gaps' level names are data (the JSON report has them as they are); in French, read as French.
        let levels = language == .fr ? gaps.levelsWithoutSkill.map { $0.replacingOccurrences(of: " level ", with: " niveau ") } : gaps.levelsWithoutSkill
        out += Self.section(text("gaps.levels"), levels, compact: true, language: language)
        out += "\n"
        for framework in frameworks {
            let competences = framework.domains.flatMap(\.competences)
            let covered = competences.filter { $0.challenges.count("validé") > 0 }.count
            out += text("coverage", ["id": framework.id, "covered": "\(covered)", "total": "\(competences.count)"]) + "\n"
        }
        return out
    }

    private static func section(_ title: String, _ items: [String], compact: Bool = false, language: Language) -> String {
        let catalogue = StatisticsMessages.catalogue
        guard !items.isEmpty else { return catalogue.text("section.none", ["title": title], in: language) + "\n" }
        if compact { return catalogue.text("section.compact", ["title": title, "count": "\(items.count)"], in: language) + items.joined(separator: ", ") + "\n" }
        return catalogue.text("section.list", ["title": title, "count": "\(items.count)"], in: language) + "\n" + items.map { "    \($0)\n" }.joined()
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
