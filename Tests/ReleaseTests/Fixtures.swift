import Foundation
import JSON
import Release

/// A small, consistent release: one framework, area, competence, thematic and tube, two skills,
/// a calibrated QROC prototype with one déclinaison, an uncalibrated QCU, a tutorial, a course.
enum Fixtures {
    static let framework = ReleaseFramework(id: "framework-pix", name: "Pix")

    static let area = ReleaseArea(
        id: "area-1", code: "1", name: "1. Information et données",
        title_i18n: I18nText(fr: "Information et données", en: "Information and data"),
        competenceIds: ["competence-1-1"], competenceAirtableIds: ["recCompetence11"], color: "jaffa",
        frameworkId: "framework-pix")

    static let competence = ReleaseCompetence(
        id: "competence-1-1", index: "1.1",
        name_i18n: I18nText(fr: "Mener une recherche et une veille d'information", en: "Conduct a search"),
        description_i18n: I18nText(fr: "Mener une recherche…", en: "Conduct…"),
        areaId: "area-1", skillIds: ["skill-recherche1", "skill-recherche2"], thematicIds: ["thematic-moteurs"],
        origin: "Pix")

    static let thematic = ReleaseThematic(
        id: "thematic-moteurs", name_i18n: I18nText(fr: "Moteurs de recherche", en: "Search engines"), index: 0,
        competenceId: "competence-1-1", tubeIds: ["tube-recherche"])

    static let tube = ReleaseTube(
        id: "tube-recherche", name: "@recherche",
        practicalTitle_i18n: I18nText(fr: "Rechercher sur le web", en: "Search the web"),
        practicalDescription_i18n: I18nText(fr: "Utiliser un moteur de recherche", en: "Use a search engine"),
        competenceId: "competence-1-1", thematicId: "thematic-moteurs",
        skillIds: ["skill-recherche1", "skill-recherche2"], isMobileCompliant: true, isTabletCompliant: false)

    static let skill1 = ReleaseSkill(
        id: "skill-recherche1", name: "@recherche1", hint_i18n: I18nText(fr: "Pensez aux guillemets", en: "Think of quotes"),
        hintStatus: "Validé", tutorialIds: ["tutorial-moteurs"], learningMoreTutorialIds: [],
        competenceId: "competence-1-1", pixValue: 4, status: "actif", tubeId: "tube-recherche", version: 1, level: 1)

    static let skill2 = ReleaseSkill(
        id: "skill-recherche2", name: "@recherche2", hint_i18n: I18nText(fr: "Cherchez le site officiel"),
        hintStatus: nil, tutorialIds: [], learningMoreTutorialIds: ["tutorial-moteurs"],
        competenceId: "competence-1-1", pixValue: 2.5, status: "actif", tubeId: "tube-recherche", version: 1, level: 2)

    /// Every optional field set, so a round trip exercises all of them.
    static let prototype = ReleaseChallenge(
        id: "challenge-annee", type: "QROC",
        instruction: "En quelle année l'organisme a-t-il été fondé ? Cherchez sur https://example.org/histoire.",
        alternativeInstruction: "Une frise chronologique illustre la question.",
        proposals: "${annee#AAAA}", solution: "1985", solutionToDisplay: "1985",
        t1Status: true, t2Status: true, t3Status: false, status: "validé",
        skillId: "skill-recherche1", competenceId: "competence-1-1", timer: 120,
        embedUrl: "https://epreuves.pix.fr/frise.html", embedTitle: "Frise", embedHeight: 600,
        autoReply: false, focusable: true, format: "nombre", shuffled: false, locales: ["fr", "fr-fr"],
        illustrationUrl: "https://assets.example/frise.png", illustrationAlt: "Frise de 1900 à 2000",
        attachments: ["https://assets.example/annexe.pdf"], genealogy: "Prototype 1", alternativeVersion: nil,
        responsive: "Smartphone", accessibility1: "RAS", accessibility2: "OK",
        requireGafamWebsiteAccess: true, isIncompatibleIpadCertif: true, isAwarenessChallenge: true, toRephrase: true,
        deafAndHardOfHearing: "OK", alpha: 1.2, delta: -0.5)

    static let declinaison = ReleaseChallenge(
        id: "challenge-annee-v1", type: "QROC",
        instruction: "En quelle année la bibliothèque a-t-elle été fondée ?",
        proposals: "${annee#AAAA}", solution: "1992",
        t1Status: true, t2Status: true, t3Status: false, status: "validé",
        skillId: "skill-recherche1", competenceId: "competence-1-1", format: "nombre", locales: ["fr"],
        genealogy: "Décliné 1", alternativeVersion: 1, responsive: "Smartphone", alpha: 0.9, delta: 0.1)

    static let qcu = ReleaseChallenge(
        id: "challenge-operateur", type: "QCU",
        instruction: "Quel opérateur exclut un mot ?",
        proposals: "- le signe moins\n- les guillemets\n- l'astérisque", solution: "1",
        t1Status: true, t2Status: true, t3Status: true, status: "proposé",
        skillId: "skill-recherche2", competenceId: "competence-1-1", shuffled: true, locales: ["fr"],
        genealogy: "Prototype 1", responsive: "Tablette/Smartphone")

    static let tutorial = ReleaseTutorial(
        id: "tutorial-moteurs", duration: "00:03:31", format: "vidéo", link: "https://example.org/video",
        source: "Pix", title: "Bien utiliser un moteur de recherche", locale: "fr-fr")

    static let course = ReleaseCourse(id: "course-demo", name: "Démo", description: "Test statique", isActive: true,
                                      challenges: ["challenge-annee", "challenge-operateur"])

    static let mission = ReleaseMission(fields: ["id": .integer(1), "name_i18n": .object(["fr": .string("Ma première mission")]),
                                                 "status": .string("VALIDATED")])

    static var content: ReleaseContent {
        ReleaseContent(frameworks: [framework], areas: [area], competences: [competence], thematics: [thematic],
                       tubes: [tube], skills: [skill2, skill1], challenges: [qcu, prototype, declinaison],
                       tutorials: [tutorial], courses: [course], missions: [mission])
    }

    static var release: Release { Release(content: content) }

    /// The release JSON as a tree, to be altered by a test and written back.
    static func releaseJSON(_ change: (inout [String: JSONValue]) -> Void) -> Data {
        guard case .object(var content)? = release.jsonValue["content"] else { return Data() }
        change(&content)
        return CanonicalJSON.data(.object(["id": .null, "createdAt": .null, "content": .object(content)]))
    }

    /// Alters one entity (by index in the written, id-sorted collection).
    static func releaseJSON(altering kind: EntityKind, at index: Int, _ change: @escaping (inout [String: JSONValue]) -> Void) -> Data {
        releaseJSON { content in
            guard case .array(var elements)? = content[kind.collection], index < elements.count,
                  case .object(var fields) = elements[index] else { return }
            change(&fields)
            elements[index] = .object(fields)
            content[kind.collection] = .array(elements)
        }
    }

    static func data(_ text: String) -> Data { Data(text.utf8) }
}
