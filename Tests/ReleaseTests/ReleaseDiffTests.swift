import Foundation
import JSON
@testable import Release
import Localization
import Testing

@Suite("Release diff")
struct ReleaseDiffTests {
    func diff(_ change: (inout ReleaseContent) -> Void, oldVariants: [VariantRecord] = [], newVariants: [VariantRecord] = []) -> ReleaseDiff {
        var content = Fixtures.content
        change(&content)
        return ReleaseDiff.compute(old: Fixtures.release, new: Release(content: content), oldVariants: oldVariants, newVariants: newVariants)
    }

    @Test("no change gives an empty diff")
    func empty() {
        let diff = ReleaseDiff.compute(old: Fixtures.release, new: Release(id: 3, createdAt: "later", content: Fixtures.content.sortedById))
        #expect(diff.isEmpty)
        #expect(diff.entities.map(\.kind) == EntityKind.allCases)
        #expect(diff.renderText() == "No changes between the two releases.\n")
        #expect(diff.jsonValue["isEmpty"] == .bool(true))
    }

    @Test("adding, removing and modifying an entity of each kind")
    func everyKind() {
        let old = Fixtures.content
        var new = old
        new.frameworks.append(ReleaseFramework(id: "framework-edu", name: "Pix+ Édu"))
        new.areas[0].color = "emerald"
        new.competences[0].name_i18n = I18nText(fr: old.competences[0].name_i18n.fr, en: "Search")
        new.thematics[0].index = 3
        new.tubes[0].isTabletCompliant = true
        new.skills.removeAll { $0.id == "skill-recherche2" }
        new.challenges[0].instruction = "Quel opérateur exclut un mot d'une recherche ?"
        new.tutorials[0].duration = "00:04:00"
        new.courses.removeAll()
        new.missions[0].fields["status"] = .string("INACTIVE")
        let diff = ReleaseDiff.compute(old: Release(content: old), new: Release(content: new))

        #expect(diff.changes(of: .framework).added == [EntityRef(id: "framework-edu", label: "Pix+ Édu")])
        #expect(diff.changes(of: .area).modified == [EntityModification(id: "area-1", label: "1. Information et données", fields: [
            FieldChange(field: "color", old: .string("jaffa"), new: .string("emerald")),
        ])])
        #expect(diff.changes(of: .competence).modified.first?.fields == [
            FieldChange(field: "name_i18n.en", old: .string("Conduct a search"), new: .string("Search")),
        ])
        #expect(diff.changes(of: .competence).modified.first?.label == "1.1 Mener une recherche et une veille d'information")
        #expect(diff.changes(of: .thematic).modified.first?.fields.map(\.field) == ["index"])
        #expect(diff.changes(of: .tube).modified.first?.fields == [FieldChange(field: "isTabletCompliant", old: .bool(false), new: .bool(true))])
        #expect(diff.changes(of: .skill).removed == [EntityRef(id: "skill-recherche2", label: "@recherche2")])
        #expect(diff.changes(of: .challenge).modified.map(\.id) == ["challenge-operateur"])
        #expect(diff.changes(of: .challenge).modified.first?.label == "@recherche2 QCU proposé")
        #expect(diff.changes(of: .tutorial).modified.first?.fields.map(\.field) == ["duration"])
        #expect(diff.changes(of: .course).removed.map(\.id) == ["course-demo"])
        #expect(diff.changes(of: .mission).modified.first?.fields == [FieldChange(field: "status", old: .string("VALIDATED"), new: .string("INACTIVE"))])
        #expect(diff.summary.added == 1 && diff.summary.removed == 2 && diff.summary.modified == 7)
    }

    @Test("an added translation shows as absent on the old side")
    func addedTranslation() {
        let diff = diff { $0.skills[0].hint_i18n = I18nText(fr: "Cherchez le site officiel", en: "Find the official site") }
        #expect(diff.changes(of: .skill).modified.first?.fields == [FieldChange(field: "hint_i18n.en", old: nil, new: .string("Find the official site"))])
    }

    @Test("calibration added, removed and changed")
    func calibration() {
        let diff = diff { content in
            content.challenges[0].alpha = 1.1          // challenge-operateur: uncalibrated before
            content.challenges[0].delta = 0.2
            content.challenges[1].alpha = 1.4          // challenge-annee: changed
            content.challenges[2].alpha = nil          // challenge-annee-v1: removed
            content.challenges[2].delta = nil
        }
        #expect(diff.calibration == [
            CalibrationChange(challengeId: "challenge-annee", change: .changed, oldAlpha: 1.2, oldDelta: -0.5, newAlpha: 1.4, newDelta: -0.5),
            CalibrationChange(challengeId: "challenge-annee-v1", change: .removed, oldAlpha: 0.9, oldDelta: 0.1, newAlpha: nil, newDelta: nil),
            CalibrationChange(challengeId: "challenge-operateur", change: .added, oldAlpha: nil, oldDelta: nil, newAlpha: 1.1, newDelta: 0.2),
        ])
        #expect(diff.needsRecalibration.isEmpty)
    }

    @Test("a calibrated challenge whose content changed needs recalibration")
    func recalibration() {
        let diff = diff { content in
            content.challenges[1].solution = "1986"             // challenge-annee, calibrated
            content.challenges[1].t3Status = true
            content.challenges[1].alternativeInstruction = nil  // not a content field for calibration
            content.challenges[0].solution = "2"                // challenge-operateur, uncalibrated
            content.challenges[2].instruction = "Autre"         // challenge-annee-v1, calibrated, recalibrated below
            content.challenges[2].delta = 0.3
        }
        #expect(diff.needsRecalibration == [RecalibrationNeed(challengeId: "challenge-annee", fields: ["solution", "t3Status"])])
    }

    @Test("déclinaisons are grouped under their prototype")
    func variantsByGenealogy() {
        let added = ReleaseChallenge(
            id: "challenge-annee-v2", type: "QROC", instruction: "En quelle année le musée a-t-il été fondé ?", proposals: "${annee#AAAA}",
            solution: "1977", t1Status: true, t2Status: true, t3Status: false, status: "proposé", skillId: "skill-recherche1",
            competenceId: "competence-1-1", locales: ["fr"], genealogy: "Décliné 1", alternativeVersion: 2)
        let diff = diff { content in
            content.challenges.append(added)
            content.challenges[2].solution = "1993"
        }
        #expect(diff.variants == [VariantGroupChange(prototypeId: "challenge-annee", skillId: "skill-recherche1",
                                                     added: ["challenge-annee-v2"], modified: ["challenge-annee-v1"])])
    }

    @Test("variant records name the prototype and show changed values")
    func variantsByRecord() {
        let old = [VariantRecord(challengeId: "challenge-annee-v1", variantId: "v-1", prototypeId: "challenge-annee", values: ["annee": "1992"])]
        let new = [VariantRecord(challengeId: "challenge-annee-v1", variantId: "v-2", prototypeId: "challenge-annee", values: ["annee": "1993"])]
        let diff = diff({ $0.challenges[2].solution = "1993" }, oldVariants: old, newVariants: new)
        #expect(diff.variants == [VariantGroupChange(
            prototypeId: "challenge-annee", skillId: "skill-recherche1", modified: ["challenge-annee-v1"],
            valueChanges: [VariantValuesChange(challengeId: "challenge-annee-v1", oldVariantId: "v-1", newVariantId: "v-2",
                                               oldValues: ["annee": "1992"], newValues: ["annee": "1993"])])])
    }

    @Test("without a single prototype, a déclinaison is grouped under its skill")
    func variantsWithoutPrototype() {
        let diff = diff { content in
            content.challenges[1].genealogy = "Prototype 1"
            content.challenges.append(ReleaseChallenge(
                id: "challenge-autre", type: "QCU", instruction: "?", proposals: "- a\n- b", solution: "1", t1Status: true, t2Status: true,
                t3Status: true, status: "proposé", skillId: "skill-recherche1", competenceId: "competence-1-1", locales: ["fr"],
                genealogy: "Prototype 1"))
            content.challenges[2].solution = "1993"
        }
        #expect(diff.variants == [VariantGroupChange(prototypeId: nil, skillId: "skill-recherche1", modified: ["challenge-annee-v1"])])
    }

    @Test("the text report for a reviewer")
    func text() {
        let diff = diff { content in
            content.challenges[1].instruction = "En quelle année l'organisme a-t-il été créé ?"
            content.challenges[2].alpha = 1.0
            content.skills[0].pixValue = 2
        }
        #expect(diff.renderText() == """
        Release diff: 0 added, 0 removed, 3 modified; 1 calibration change; 1 challenge to recalibrate

        skills: 1 modified
          ~ skill-recherche2  @recherche2
              pixValue: 2.5 -> 2

        challenges: 2 modified
          ~ challenge-annee  @recherche1 QROC validé
              instruction: "En quelle année l'organisme a-t-il été fondé ? Cherchez s…" -> "En quelle année l'organisme a-t-il été créé ?"
          ~ challenge-annee-v1  @recherche1 QROC validé
              alpha: 0.9 -> 1

        variants (déclinaisons by prototype)
          prototype challenge-annee (skill skill-recherche1): 1 modified
            ~ challenge-annee-v1

        calibration
          ~ challenge-annee-v1  alpha 0.9 -> 1, delta 0.1

        to recalibrate (content changed, calibration unchanged)
          challenge-annee: instruction

        """)
    }

    @Test("a list field shows the items that changed, not both lists")
    func listItems() throws {
        let diff = diff { content in
            let index = try? #require(content.challenges.firstIndex { $0.id == "challenge-annee" })
            content.challenges[index ?? 0].locales = ["fr-fr", "nl"]
            content.challenges[index ?? 0].attachments = ["b.png", "a.png"]
        }
        let text = diff.renderText()
        #expect(text.contains(#"      locales: + "nl"; - "fr""#), "\(text)")
        let reordered = self.diff { content in
            content.courses[0].challenges.reverse()
        }
        #expect(reordered.renderText().contains(": order changed"), "\(reordered.renderText())")
        #expect(reordered.renderText(language: .fr).contains("\u{A0}: ordre changé"), "\(reordered.renderText(language: .fr))")
        let list = ListChange(old: .array([.string("a")]), new: .array([.string("b")]))
        #expect(list?.text(language: .en) == "+ \"b\"; - \"a\"")
        #expect(list?.text(language: .fr) == "+ \"b\"\u{A0}; - \"a\"")
    }

    @Test("the Markdown report, in English and French")
    func markdown() {
        let diff = diff { content in
            content.challenges[1].instruction = "En quelle année l'organisme a-t-il été créé ? <b>|</b> `x`"
            content.challenges[1].locales.append("nl")
            content.challenges[2].alpha = 1.0
        }
        let english = diff.renderMarkdown(language: .en)
        #expect(english.hasPrefix("## Content changes (pixc diff)\n\n**0 added, 0 removed, 2 modified** · 1 calibration change · 1 challenge to recalibrate\n"))
        #expect(english.contains("### Challenges (0 added, 0 removed, 2 modified)"))
        #expect(english.contains("- **modified** `challenge-annee` \\@recherche1 QROC validé"), "no mention of a GitHub user")
        #expect(english.contains("  - `locales` : added: `nl`"))
        // Content is a code span: no HTML, and `|` cannot end a table cell.
        #expect(english.contains("→ `` En quelle année l'organisme a-t-il été créé ? <b>\\|</b> `x` ``"))
        #expect(english.contains("| `challenge-annee-v1` | 0.9 → 1 | 0.1 |"))
        let french = diff.renderMarkdown(language: .fr)
        #expect(french.contains("### Épreuves (0\u{A0}ajout, 0\u{A0}suppression, 2\u{A0}modifications)"), "\(french)")
        #expect(french.contains("**0\u{A0}ajout, 0\u{A0}suppression, 2\u{A0}modifications** · 1\u{A0}changement de calibrage · 1\u{A0}épreuve à recalibrer\n"))
        #expect(french.contains("  - `locales` : ajouts\u{A0}: `nl`"))
        #expect(ReleaseDiff.compute(old: Fixtures.release, new: Fixtures.release).renderMarkdown(language: .en)
                == "## Content changes (pixc diff)\n\nNo changes between the two releases.\n")
        #expect(ReleaseDiff.code("a``b") == "```a``b```")
        #expect(ReleaseDiff.code("`x") == "`` `x ``")
    }

    @Test("the JSON report")
    func json() throws {
        let diff = diff { content in
            content.challenges[1].solution = "1986"
            content.challenges.removeAll { $0.id == "challenge-operateur" }
            content.courses[0].challenges = ["challenge-annee"]
        }
        let json = diff.jsonValue
        #expect(json["formatVersion"] == .integer(1))
        #expect(json["summary"] == .object(["added": .integer(0), "removed": .integer(1), "modified": .integer(2), "variantGroups": .integer(0),
                                            "calibrationChanges": .integer(0), "needsRecalibration": .integer(1)]))
        #expect(json["entities"]?["challenges"]?["removed"] == .array([.object(["id": .string("challenge-operateur"), "label": .string("@recherche2 QCU proposé")])]))
        #expect(json["entities"]?["challenges"]?["modified"] == .array([.object([
            "id": .string("challenge-annee"), "label": .string("@recherche1 QROC validé"),
            "fields": .array([.object(["field": .string("solution"), "old": .string("1985"), "new": .string("1986")])]),
        ])]))
        #expect(json["needsRecalibration"] == .array([.object(["challengeId": .string("challenge-annee"), "fields": .array([.string("solution")])])]))
        #expect(json["entities"]?["areas"] == .object(["added": .array([]), "removed": .array([]), "modified": .array([])]))
        // Canonical bytes: parsing and writing again changes nothing.
        let data = diff.renderJSON()
        #expect(CanonicalJSON.data(try JSONParser.parse(data)) == data)
    }

    @Test("the diff does not depend on entity order")
    func order() {
        var reversed = Fixtures.content
        reversed.challenges.reverse()
        reversed.challenges[0].solution = "x"
        var straight = Fixtures.content.sortedById
        straight.challenges[1].solution = "x"
        let a = ReleaseDiff.compute(old: Fixtures.release, new: Release(content: reversed))
        let b = ReleaseDiff.compute(old: Release(content: Fixtures.content.sortedById), new: Release(content: straight))
        #expect(a == b)
        #expect(a.renderJSON() == b.renderJSON())
    }
}
