import Compiler
import Diagnostics
import Testing

/// Variant ids come from the rendered content, and the values of existing variants do not move
/// when rows are appended or a value is added: reviewers only see the variants they changed.
@Suite("Variant identity")
struct VariantIdentityTests {
    static let path = "Challenges/1.1/recherche/taille.yaml"

    static func challenge(rows: [String], extraValue: Bool = false, variants: String = "all") -> String {
        """
        id: recherche-taille-fichier
        skill: "@recherche3"
        type: QROC
        status: proposé
        instruction: Le fichier {{ fichier.nom }} pèse {{ taille }} Ko. Combien de fichiers identiques tiennent dans {{ taille * copies }} Ko ?
        proposals: "${nombre} fichiers"
        answers: ["{{ copies }}"]
        format: nombre
        data:
          row: fichier
          key: nom
          rows:
        \(rows.map { "    - {nom: \($0)}" }.joined(separator: "\n"))
          values:
            taille: integer(100, 900, step=50)
            copies: integer(2, 9)
        \(extraValue ? "    bonus: integer(1, 5)\n" : "")variants: \(variants)
        tests:
          accept: ["{{ copies }}"]
          reject: ["{{ copies + 1 }}"]

        """
    }

    static func variants(_ text: String) throws -> [String: String] {
        let fileSystem = ExampleContext.fileSystem.merging(MemoryFileSystem(texts: [path: text]))
        let result = Checker.check(fileSystem)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(HumanRenderer().render(errors))")
        let compiled = try #require(result.challenges.first { $0.id == "recherche-taille-fichier" })
        return Dictionary(uniqueKeysWithValues: compiled.variants.map { ($0.values.map { "\($0.name)=\($0.value)" }.joined(separator: ";"), $0.id) })
    }

    @Test func appendingRowsKeepsExistingVariants() throws {
        let before = try Self.variants(Self.challenge(rows: ["rapport.pdf", "photo.jpg"], variants: "2"))
        let after = try Self.variants(Self.challenge(rows: ["rapport.pdf", "photo.jpg", "budget.ods", "notes.txt"], variants: "4"))
        #expect(before.count == 2)
        #expect(after.count == 4)
        for (values, id) in before {
            #expect(after[values] == id, "variant \(values) changed")
        }
    }

    @Test func addingAValueKeepsExistingVariants() throws {
        let before = try Self.variants(Self.challenge(rows: ["rapport.pdf", "photo.jpg", "budget.ods"], variants: "6"))
        let after = try Self.variants(Self.challenge(rows: ["rapport.pdf", "photo.jpg", "budget.ods"], extraValue: true, variants: "6"))
        #expect(before.count == 6)
        #expect(Set(before.values) == Set(after.values))
    }

    @Test func removingARowRemovesOnlyItsVariants() throws {
        let before = try Self.variants(Self.challenge(rows: ["rapport.pdf", "photo.jpg", "budget.ods"], variants: "6"))
        let after = try Self.variants(Self.challenge(rows: ["rapport.pdf", "budget.ods"], variants: "4"))
        let kept = before.filter { !$0.key.contains("photo.jpg") }
        #expect(kept.count == 4)
        #expect(Set(kept.values) == Set(after.values))
    }

    @Test func idsFollowTheRenderedContent() throws {
        let ids = try Self.variants(Self.challenge(rows: ["rapport.pdf", "photo.jpg"], variants: "5"))
        for id in ids.values {
            #expect(id.hasPrefix("recherche-taille-fichier--"))
            #expect(id.count == "recherche-taille-fichier--".count + 10)
        }
        #expect(Set(ids.values).count == ids.count)
    }
}
