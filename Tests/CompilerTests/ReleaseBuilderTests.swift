import Compiler
import Diagnostics
import Foundation
import Release
import Testing
import Vocabulary

/// The release assembled from a small repository: fields, references and computed values.
@Suite("Release builder")
struct ReleaseBuilderTests {
    static let files: [String: String] = [
        "Challenges/1.1/recherche/moteur.yaml": """
        id: recherche-moteur
        skill: "@recherche2"
        type: QCU
        status: validé
        instruction: Lequel de ces sites est un moteur de recherche ?
        options:
          - text: Qwant
            correct: oui
          - text: Wikipédia
        responsive: Tablette/Smartphone
        accessibility: {blind: OK, colorBlind: RAS}
        tests:
          accept: ["1"]
          reject: ["2"]
        """,
        "Challenges/1.1/recherche/moteur-bis.yaml": """
        id: recherche-moteur-bis
        skill: "@recherche2"
        variantOf: recherche-moteur
        type: QCU
        status: validé
        instruction: Lequel de ces sites n’est pas un moteur de recherche ?
        options:
          - text: Qwant
          - text: Wikipédia
            correct: oui
        tests:
          accept: ["2"]
          reject: ["1"]
        """,
        "Challenges/1.3/tableur/taille.yaml": """
        id: tableur-taille
        skill: "@tableur2"
        type: QROC
        status: proposé
        instruction: Un fichier pèse {{ taille }} Mo. Combien de Ko cela fait-il (1 Mo = 1 000 Ko) ?
        proposals: "${ko} Ko"
        answers: ["{{ taille * 1000 }}"]
        format: nombre
        attachments: [ventes.csv]
        data:
          values:
            taille: integer(2, 9)
        variants: 3
        tests:
          accept: ["{{ taille * 1000 }}"]
          reject: ["{{ taille }}"]
        """,
        "Calibration/2026-11.csv": "challengeId,discrimination,difficulty\nrecherche-moteur,1.25,-1.5\n",
    ]

    static func built(filters: BuildFilters = BuildFilters()) throws -> BuiltRelease {
        let fileSystem = ExampleContext.fileSystem.merging(MemoryFileSystem(texts: files))
        let result = Checker.check(fileSystem)
        #expect(result.errorCount == 0, "\(HumanRenderer().render(result.diagnostics))")
        return ReleaseBuilder.build(result, fileSystem: fileSystem, filters: filters)
    }

    @Test func everyReferenceResolves() throws {
        let release = try Self.built().release
        #expect(ReleaseValidator.problems(in: release.content).isEmpty)
        let data = release.jsonData()
        let read = try Release.read(from: data)
        #expect(read.jsonData() == data)
        #expect(read.content.challenges.count == release.content.challenges.count)
    }

    @Test func entitiesCarryPixFields() throws {
        let content = try Self.built().release.content
        let area = try #require(content.areas.first)
        #expect(area.name == "1. Information et données")
        #expect(area.color == "jaffa")
        #expect(area.frameworkId == "pix")
        let tube = try #require(content.tubes.first { $0.name == "@recherche" })
        #expect(tube.thematicId == "thematic-pix-1.1-moteur-recherche")
        #expect(tube.isMobileCompliant)
        #expect(tube.isTabletCompliant)
        let tableur = try #require(content.tubes.first { $0.name == "@tableur" })
        #expect(!tableur.isMobileCompliant, "no validé prototype: not compliant")
        // Four actif skills at level 2 in 1.1? No: one per level, so each is worth 4 (at most).
        let skill = try #require(content.skills.first { $0.name == "@recherche2" })
        #expect(skill.pixValue == 4)
        let building = try #require(content.skills.first { $0.name == "@recherche5" })
        #expect(building.pixValue == 0, "en construction skills are worth nothing")
    }

    @Test func genealogyAndCalibration() throws {
        let content = try Self.built().release.content
        let prototype = try #require(content.challenges.first { $0.id == "recherche-moteur" })
        #expect(prototype.genealogy == "Prototype 1")
        #expect(prototype.alternativeVersion == nil)
        #expect(prototype.alpha == 1.25)
        #expect(prototype.delta == -1.5)
        #expect(prototype.proposals == "- Qwant\n- Wikipédia")
        #expect(prototype.solution == "1")
        #expect(prototype.shuffled)
        let declinaison = try #require(content.challenges.first { $0.id == "recherche-moteur-bis" })
        #expect(declinaison.genealogy == "Décliné 1")
        #expect(declinaison.alternativeVersion == 1)
        #expect(declinaison.accessibility1 == "OK", "quality fields come from the prototype")
        #expect(declinaison.alpha == nil)
    }

    @Test func generatedVariantsAreDeclinaisons() throws {
        let built = try Self.built()
        let rows = built.release.content.challenges.filter { $0.id.hasPrefix("tableur-taille") }
        #expect(rows.count == 3)
        #expect(rows.filter { $0.genealogy == "Prototype 1" }.map(\.id) == ["tableur-taille"])
        #expect(Set(rows.compactMap(\.alternativeVersion)) == [1, 2])
        #expect(built.variants.count == 3)
        #expect(rows.allSatisfy { !$0.instruction.contains("{{") })
        #expect(rows.allSatisfy { $0.attachments.count == 1 && $0.attachments[0].hasPrefix("attachments/") && $0.attachments[0].hasSuffix(".csv") })
        #expect(built.files.map(\.bundlePath) == [rows[0].attachments[0]])
    }

    @Test func filters() throws {
        let validated = try Self.built(filters: BuildFilters(statuses: [.validé])).release.content
        #expect(Set(validated.challenges.map(\.id)) == ["recherche-moteur", "recherche-moteur-bis"])
        let crcne = try Self.built(filters: BuildFilters(framework: "crcne")).release.content
        #expect(crcne.frameworks.isEmpty, "the example context has no CRCNÉ")
        #expect(crcne.challenges.isEmpty)
        let english = try Self.built(filters: BuildFilters(locale: "en")).release.content
        #expect(english.challenges.isEmpty)
        #expect(!english.skills.isEmpty, "skills stay: Pix exports them whatever the challenges")
    }
}
