import Localization

/// The text of the `pixc stats` report, in French and English.
public enum StatisticsMessages {
    public static let catalogue = Catalogue(
        domain: "Compiler.statistics",
        french: [
            "framework": "{title} [{id}]\u{A0}: {skills}, {challenges}",
            "domain": "{code}. {title}\u{A0}: {skills}, {challenges}",
            "competence.one": "{count}\u{A0}sujet, {skills}, {challenges}",
            "competence.many": "{count}\u{A0}sujets, {skills}, {challenges}",
            "level": "{challenges}",
            "skills.one": "{count}\u{A0}acquis",
            "skills.other": "{count}\u{A0}acquis",
            "challenges.one": "{count}\u{A0}épreuve",
            "challenges.other": "{count}\u{A0}épreuves",
            "gaps": "Manques",
            "gaps.competences": "compétences sans épreuve validée",
            "gaps.skills": "acquis sans épreuve",
            "gaps.levels": "niveaux sans acquis",
            "section.none": "  {title}\u{A0}: aucun",
            "section.compact": "  {title} ({count})\u{A0}: ",
            "section.list": "  {title} ({count})\u{A0}:",
            "coverage": "{id}\u{A0}: {covered} compétences sur {total} ont une épreuve validée.",
        ],
        english: [
            "framework": "{title} [{id}]: skills {skills}, challenges {challenges}",
            "domain": "{code}. {title}: skills {skills}, challenges {challenges}",
            "competence.one": "{count} tube, skills {skills}, challenges {challenges}",
            "competence.many": "{count} tubes, skills {skills}, challenges {challenges}",
            "level": "challenges {challenges}",
            "skills.one": "{count}",
            "skills.other": "{count}",
            "challenges.one": "{count}",
            "challenges.other": "{count}",
            "gaps": "Gaps",
            "gaps.competences": "competences with no validé challenge",
            "gaps.skills": "skills with no challenge",
            "gaps.levels": "levels with no skill",
            "section.none": "  {title}: none",
            "section.compact": "  {title} ({count}): ",
            "section.list": "  {title} ({count}):",
            "coverage": "{id}: {covered} of {total} competences have a validé challenge.",
        ]
    )
}
