import JSON
import Localization

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
            out += StatisticsMessages.text("framework", ["title": framework.title, "id": framework.id, "skills": Self.countsText(framework.skills), "challenges": Self.countsText(framework.challenges)]) + "\n"
            for domain in framework.domains {
                out += "\n" + StatisticsMessages.text("domain", ["code": domain.code, "title": domain.title, "skills": Self.countsText(domain.skills), "challenges": Self.countsText(domain.challenges)]) + "\n"
                for competence in domain.competences {
                    out += "  \(competence.index) \(competence.name)\n"
                    out += "      " + StatisticsMessages.catalogue.text(Self.isSingular(competence.tubes.count) ? "competence.one" : "competence.other", values: [
                        "tubes": String(competence.tubes.count), "skills": Self.countsText(competence.skills), "challenges": Self.countsText(competence.challenges),
                    ]) + "\n"
                    for tube in competence.tubes {
                        out += "      \(tube.name) (\(tube.title))\n"
                        for level in tube.levels {
                            let name = level.skillName.padding(toLength: max(18, level.skillName.count + 1), withPad: " ", startingAt: 0)
                            let status = level.skillStatus.padding(toLength: 16, withPad: " ", startingAt: 0)
                            out += "        \(name)\(status)" + StatisticsMessages.text("level", ["challenges": Self.countsText(level.challenges)]) + "\n"
                        }
                    }
                }
            }
            out += "\n"
        }
        let gaps = self.gaps
        out += StatisticsMessages.text("gaps") + "\n"
        out += Self.section(StatisticsMessages.text("gaps.competences"), gaps.competencesWithoutValidatedChallenge)
        out += Self.section(StatisticsMessages.text("gaps.skills"), gaps.skillsWithoutChallenge)
        out += Self.section(StatisticsMessages.text("gaps.levels"), gaps.levelsWithoutSkill, compact: true)
        out += "\n"
        for framework in frameworks {
            let competences = framework.domains.flatMap(\.competences)
            let covered = competences.filter { $0.challenges.count("validé") > 0 }.count
            out += StatisticsMessages.text("covered", ["id": framework.id, "covered": String(covered), "competences": String(competences.count)]) + "\n"
        }
        return out
    }

    /// French takes the singular for 0 and 1, English for 1 only.
    static func isSingular(_ count: Int) -> Bool {
        Localization.current == .fr ? count <= 1 : count == 1
    }

    private static func section(_ title: String, _ items: [String], compact: Bool = false) -> String {
        guard !items.isEmpty else { return "  " + StatisticsMessages.text("section.none", ["title": title]) + "\n" }
        let heading = StatisticsMessages.text("section", ["title": title, "count": String(items.count)])
        if compact { return "  \(heading) " + items.joined(separator: ", ") + "\n" }
        return "  \(heading)\n" + items.map { "    \($0)\n" }.joined()
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

/// The words of `pixc stats`' report, in French and English. Statuses (`validé`, `actif`) are
/// Pix's words and stay as they are.
public enum StatisticsMessages {
    public static let catalogue = Catalogue(
        domain: "Compiler.stats",
        french: [
            "framework": "{title} [{id}]\u{A0}: acquis {skills}, épreuves {challenges}",
            "domain": "{code}. {title}\u{A0}: acquis {skills}, épreuves {challenges}",
            "competence.one": "{tubes}\u{A0}sujet, acquis {skills}, épreuves {challenges}",
            "competence.other": "{tubes}\u{A0}sujets, acquis {skills}, épreuves {challenges}",
            "level": "épreuves {challenges}",
            "gaps": "Manques",
            "gaps.competences": "compétences sans épreuve au statut validé",
            "gaps.skills": "acquis sans épreuve",
            "gaps.levels": "niveaux sans acquis",
            "gaps.level": "niveau {level}",
            "section.none": "{title}\u{A0}: aucun",
            "section": "{title} ({count})\u{A0}:",
            "covered": "{id}\u{A0}: {covered} compétences sur {competences} ont une épreuve au statut validé.",
        ],
        english: [
            "framework": "{title} [{id}]: skills {skills}, challenges {challenges}",
            "domain": "{code}. {title}: skills {skills}, challenges {challenges}",
            "competence.one": "{tubes} tube, skills {skills}, challenges {challenges}",
            "competence.other": "{tubes} tubes, skills {skills}, challenges {challenges}",
            "level": "challenges {challenges}",
            "gaps": "Gaps",
            "gaps.competences": "competences with no validé challenge",
            "gaps.skills": "skills with no challenge",
            "gaps.levels": "levels with no skill",
            "gaps.level": "level {level}",
            "section.none": "{title}: none",
            "section": "{title} ({count}):",
            "covered": "{id}: {covered} of {competences} competences have a validé challenge.",
        ]
    )

    static func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        catalogue.text(key, arguments)
    }
}
