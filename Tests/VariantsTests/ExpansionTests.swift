import Diagnostics
import Foundation
import Model
import Testing
import YAML
@testable import Variants

@Suite("Expansion")
struct ExpansionTests {
    static let rows = """
          - { nom: rapport.pdf, taille: 120 }
          - { nom: photo.jpg, taille: 2400 }
          - { nom: notes.txt, taille: 3 }
          - { nom: video.mp4, taille: 80000 }
          - { nom: tableau.ods, taille: 45 }
        """

    static func files(rows: String = rows, extraValues: String = "") -> String {
        """
        row: fichier
        key: nom
        columns:
          taille: number
        rows:
        \(rows)
        values:
          facteur: integer(2, 9)
          unite: pick(["Ko", "Mo", "Go"])
        \(extraValues)
        derived:
          total: fichier.taille * facteur
        constraints:
          - total != 240
        """
    }

    /// Each variant's values by its identity (row key and slot).
    static func valuesByIdentity(_ expansion: Expansion) -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        for variant in expansion.variants {
            var values: [String: String] = [:]
            for (name, value) in variant.values { values[name] = value }
            result["\(variant.rowKey ?? "")#\(variant.slot)"] = values
        }
        return result
    }

    @Test func variantsComeFromTheRowsInOrder() throws {
        let plan = try Support.plan(Self.files())
        #expect(plan.diagnostics.isEmpty, "\(plan.diagnostics.map(\.message))")
        let expansion = plan.expand(.count(3))
        #expect(expansion.diagnostics.isEmpty, "\(expansion.diagnostics.map(\.message))")
        #expect(expansion.variants.map(\.rowKey) == ["rapport.pdf", "photo.jpg", "notes.txt"])
        #expect(expansion.variants.map(\.number) == [1, 2, 3])
        for variant in expansion.variants {
            let facteur = try #require(variant.value(of: "facteur").flatMap { Int($0) })
            let taille = try #require(variant.value(of: "fichier.taille").flatMap { Int($0) })
            #expect((2...9).contains(facteur))
            #expect(variant.value(of: "total") == String(taille * facteur))
            #expect(["Ko", "Mo", "Go"].contains(variant.value(of: "unite") ?? ""))
        }
    }

    @Test func expansionIsDeterministic() throws {
        let first = Self.valuesByIdentity(try Support.plan(Self.files()).expand(.count(12)))
        let second = Self.valuesByIdentity(try Support.plan(Self.files()).expand(.count(12)))
        #expect(first == second)
        #expect(first.count == 12)
        // Another challenge id draws other values.
        let other = Self.valuesByIdentity(try Support.plan(Self.files(), challengeID: "autre-defi").expand(.count(12)))
        #expect(other != first)
    }

    @Test func addingAVariableLeavesEveryExistingValueUnchanged() throws {
        for request in [VariantRequest.count(3), .count(12), .count(40)] {
            let before = Self.valuesByIdentity(try Support.plan(Self.files()).expand(request))
            let after = Self.valuesByIdentity(try Support.plan(Self.files(extraValues: "  bonus: integer(1, 1000)")).expand(request))
            // A slot keeps its values whatever is added; only a slot skipped before as a repeat
            // of its row may now be kept (docs/datasets.md, "Stability").
            var shared = 0
            for (identity, values) in before {
                guard var kept = after[identity] else { continue }
                shared += 1
                #expect(kept.removeValue(forKey: "bonus") != nil)
                #expect(kept == values, "variant \(identity) changed")
            }
            #expect(shared > before.count / 2, "\(request): only \(shared) of \(before.count) variants kept")
            if case .count(3) = request { #expect(shared == 3) }
        }
    }

    @Test func aSlotsValuesDoNotDependOnOtherSlots() throws {
        // Asking for more variants only adds slots: the first ones are unchanged.
        let twelve = Self.valuesByIdentity(try Support.plan(Self.files()).expand(.count(12)))
        let thirty = Self.valuesByIdentity(try Support.plan(Self.files()).expand(.count(30)))
        for (identity, values) in twelve { #expect(thirty[identity] == values) }
        #expect(Set(twelve.keys).isSubset(of: Set(thirty.keys)))
        #expect(thirty.count == 30)
    }

    @Test func appendingRowsLeavesEveryExistingVariantUnchanged() throws {
        let appended = Self.rows + "\n  - { nom: musique.mp3, taille: 5000 }\n  - { nom: archive.zip, taille: 900 }"
        // Fewer variants than rows: the same variants.
        let before = Self.valuesByIdentity(try Support.plan(Self.files()).expand(.count(4)))
        let after = Self.valuesByIdentity(try Support.plan(Self.files(rows: appended)).expand(.count(4)))
        #expect(before == after)
        // Every combination: the old ones are all there, unchanged; the new rows only add.
        let allBefore = Self.valuesByIdentity(try Support.plan(Self.files()).expand(.all))
        let allAfter = Self.valuesByIdentity(try Support.plan(Self.files(rows: appended)).expand(.all))
        #expect(allBefore.count == 5 * 8 * 3 - 3, "the constraint removes rapport.pdf × 2, in each unit")
        for (identity, values) in allBefore { #expect(allAfter[identity] == values) }
        #expect(allAfter.count == allBefore.count + 2 * 8 * 3)
    }

    @Test func removingARowRemovesOnlyItsVariants() throws {
        let without = """
              - { nom: rapport.pdf, taille: 120 }
              - { nom: notes.txt, taille: 3 }
              - { nom: video.mp4, taille: 80000 }
              - { nom: tableau.ods, taille: 45 }
            """
        let before = Self.valuesByIdentity(try Support.plan(Self.files()).expand(.count(3)))
        let after = Self.valuesByIdentity(try Support.plan(Self.files(rows: without)).expand(.count(3)))
        #expect(after.keys.contains { $0.hasPrefix("photo.jpg") } == false)
        for (identity, values) in before where !identity.hasPrefix("photo.jpg") {
            #expect(after[identity] == values, "\(identity) changed")
        }
        let allBefore = Self.valuesByIdentity(try Support.plan(Self.files()).expand(.all))
        let allAfter = Self.valuesByIdentity(try Support.plan(Self.files(rows: without)).expand(.all))
        #expect(allAfter == allBefore.filter { !$0.key.hasPrefix("photo.jpg") })
    }

    @Test func moreVariantsThanRowsDrawSeveralPerRow() throws {
        let expansion = try Support.plan(Self.files()).expand(.count(12))
        #expect(expansion.diagnostics.isEmpty)
        let perRow = Dictionary(grouping: expansion.variants, by: { $0.rowKey ?? "" }).mapValues(\.count)
        #expect(perRow.count == 5)
        #expect(perRow.values.allSatisfy { $0 == 2 || $0 == 3 })
        // Variants of one row are distinct.
        for (_, variants) in Dictionary(grouping: expansion.variants, by: { $0.rowKey ?? "" }) {
            let draws = variants.map { [$0.value(of: "facteur"), $0.value(of: "unite")] }
            #expect(Set(draws.map { $0.compactMap { $0 } }).count == draws.count)
        }
        #expect(expansion.variants.map(\.number) == Array(1...12))
    }

    // MARK: Enumeration and sampling

    @Test func smallSpacesAreEnumeratedExactly() throws {
        let plan = try Support.plan("""
        values:
          a: integer(1, 5)
          b: integer(1, 5)
        constraints:
          - a < b
        """)
        let all = plan.expand(.all)
        #expect(all.diagnostics.isEmpty)
        #expect(all.variants.count == 10)
        #expect(all.statistics.method == .enumerated)
        #expect(all.statistics.combinations == 25)
        #expect(all.statistics.available == 10)
        #expect(all.statistics.acceptanceRate == 0.4)
        #expect(all.variants.map { "\($0.value(of: "a") ?? "")\($0.value(of: "b") ?? "")" } == ["12", "13", "14", "15", "23", "24", "25", "34", "35", "45"])

        let some = plan.expand(.count(4))
        #expect(some.diagnostics.isEmpty)
        #expect(some.variants.count == 4)
        #expect(some.statistics.method == .enumerated)
        #expect(some.statistics.available == 10)
        let pairs = some.variants.map { [$0.value(of: "a") ?? "", $0.value(of: "b") ?? ""] }
        #expect(Set(pairs).count == 4)
        for pair in pairs { #expect((Int(pair[0]) ?? 9) < (Int(pair[1]) ?? 0)) }

        // Every variant of the space, asked by number: all ten, no duplicate.
        let ten = plan.expand(.count(10))
        #expect(Set(ten.variants.map { [$0.value(of: "a") ?? "", $0.value(of: "b") ?? ""] }).count == 10)
    }

    @Test func largeSpacesAreSampledWithTheirAcceptanceRate() throws {
        let plan = try Support.plan("""
        values:
          a: integer(1, 100000)
          b: integer(1, 100000)
        constraints:
          - a < b
        """)
        let expansion = plan.expand(.count(200))
        #expect(expansion.diagnostics.isEmpty)
        #expect(expansion.variants.count == 200)
        #expect(expansion.statistics.method == .sampled)
        #expect(expansion.statistics.available == nil)
        #expect(expansion.statistics.combinations == 10_000_000_000)
        #expect(expansion.statistics.acceptanceRate > 0.35 && expansion.statistics.acceptanceRate < 0.65)
        for variant in expansion.variants {
            #expect((Int(variant.value(of: "a") ?? "") ?? 0) < (Int(variant.value(of: "b") ?? "") ?? 0))
        }
    }

    @Test func allOnALargeSpaceIsRefused() throws {
        let source = """
        values:
          a: integer(1, 1000000)
        """
        let expansion = try Support.plan(source).expand(.all)
        #expect(expansion.variants.isEmpty)
        let diagnostic = try #require(expansion.diagnostics.first)
        #expect(diagnostic.code == "PIX0514")
        #expect(diagnostic.message == "`variants: all` would list 1\u{202F}000\u{202F}000 combinations; pixc lists at most 200\u{202F}000")
    }

    // MARK: Errors

    @Test func unsatisfiableConstraintIsNamedAtItsSpan() throws {
        let source = """
        values:
          taille: integer(2, 40)
        constraints:
          - taille > 1
          - taille > 50
        """
        for request in [VariantRequest.all, .count(3)] {
            let expansion = try Support.plan(source).expand(request)
            #expect(expansion.variants.isEmpty)
            let diagnostic = try #require(expansion.diagnostics.first)
            #expect(diagnostic.code == "PIX0511")
            #expect(diagnostic.message == "the constraint `taille > 50` is never satisfied: it rejects all 39 combinations")
            #expect(diagnostic.span?.text == "taille > 50")
            #expect(diagnostic.span?.startLocation.description == "5:5")
        }
    }

    @Test func constraintsThatExcludeEachOther() throws {
        let expansion = try Support.plan("""
        values:
          taille: integer(2, 40)
        constraints:
          - taille > 30
          - taille < 20
        """).expand(.all)
        let diagnostic = try #require(expansion.diagnostics.first)
        #expect(diagnostic.code == "PIX0511")
        #expect(diagnostic.message == "no combination satisfies all the constraints: `taille > 30` rejects 29 of the 39 combinations")
        #expect(diagnostic.labels.map(\.message) == ["rejects 10"])
    }

    @Test func rowConstraintsFilterRows() throws {
        let plan = try Support.plan(Self.files().replacingOccurrences(of: "  - total != 240", with: "  - fichier.taille < 1000"))
        let expansion = plan.expand(.count(3))
        #expect(expansion.variants.map(\.rowKey) == ["rapport.pdf", "notes.txt", "tableau.ods"])
        #expect(expansion.statistics.rowsExcluded == 2)
        let none = try Support.plan(Self.files().replacingOccurrences(of: "  - total != 240", with: "  - fichier.taille > 100000")).expand(.all)
        #expect(none.diagnostics.first?.message == "the constraint `fichier.taille > 100000` is never satisfied: it rejects all 5 rows")
    }

    @Test func tooRareConstraintIsNamedWithTheAcceptanceRate() throws {
        let expansion = try Support.plan("""
        values:
          a: integer(1, 1000000)
          b: integer(1, 1000000)
        constraints:
          - a == b
        """).expand(.count(5))
        let diagnostic = try #require(expansion.diagnostics.first)
        #expect(diagnostic.code == "PIX0512")
        #expect(diagnostic.message.hasPrefix("the constraint `a == b` is too rare: 0 of 1\u{202F}000 draws satisfied the constraints (acceptance rate 0\u{A0}%)"))
        #expect(diagnostic.span?.text == "a == b")
    }

    @Test func askingForMoreVariantsThanExistSaysHowManyExist() throws {
        let source = """
        values:
          unite: pick(["Ko", "Mo", "Go"])
        """
        let file = Support.file("variants: 5")
        let requestSpan = Span(file: file, start: 10, end: 11)
        let expansion = try Support.plan(source).expand(.count(5), requestSpan: requestSpan)
        let diagnostic = try #require(expansion.diagnostics.first)
        #expect(diagnostic.code == "PIX0513")
        #expect(diagnostic.message == "5 variants requested, but only 3 exist")
        #expect(diagnostic.span == requestSpan)
        #expect(diagnostic.help?.replacement?.text == "3")

        let constrained = try Support.plan("""
        values:
          a: integer(1, 6)
        constraints:
          - mod(a, 2) == 0
        """).expand(.count(4))
        #expect(constrained.diagnostics.first?.message == "4 variants requested, but only 3 exist")
        #expect(constrained.diagnostics.first?.notes == ["6 combinations, 3 of them excluded by the constraints"])
    }

    @Test func rowsOnlyCountIsTheNumberOfRows() throws {
        let plan = try Support.plan("""
        row: organisme
        rows:
          - { nom: la CNIL }
          - { nom: la BnF }
        """)
        #expect(plan.expand(.all).variants.count == 2)
        #expect(plan.expand(.count(2)).variants.map { $0.value(of: "organisme.nom") } == ["la CNIL", "la BnF"])
        #expect(plan.expand(.count(3)).diagnostics.first?.message == "3 variants requested, but only 2 exist")
    }

    @Test func declaredRowsThatAreEmptyGiveNoVariant() throws {
        let expansion = try Support.plan("""
        row: organisme
        rows: []
        values:
          a: integer(1, 3)
        """).expand(.all)
        #expect(expansion.variants.isEmpty)
        #expect(expansion.diagnostics.map(\.message) == ["this dataset has no rows, so it gives no variant"])
    }

    @Test func runtimeErrorsNameTheVariant() throws {
        let expansion = try Support.plan("""
        values:
          parts: integer(0, 4)
        derived:
          taille: 12 / parts
        """).expand(.all)
        #expect(expansion.variants.isEmpty)
        let messages = expansion.diagnostics.map(\.message)
        #expect(messages == ["division by zero"])
        let diagnostic = try #require(expansion.diagnostics.first)
        #expect(diagnostic.code == "PIX0515")
        #expect(diagnostic.span?.text == "/")
        #expect(diagnostic.notes == ["first found with (parts = 0)"])
    }

    @Test func inexactDivisionNeedsRounding() throws {
        let expansion = try Support.plan("""
        values:
          parts: integer(1, 4)
        derived:
          taille: 10 / parts
        """).expand(.all)
        #expect(expansion.diagnostics.map(\.message) == ["this division has no exact decimal value"])
        #expect(expansion.diagnostics.first?.notes.first == "first found with (parts = 3)")
        let rounded = try Support.plan("""
        values:
          parts: integer(1, 4)
        derived:
          taille: round(10 / parts, 2)
        """).expand(.all)
        #expect(rounded.diagnostics.isEmpty)
        #expect(rounded.variants.map { $0.value(of: "taille") } == ["10", "5", "3,33", "2,5"])
    }

    @Test func guardingConstraintsRunBeforeDerivedValues() throws {
        let expansion = try Support.plan("""
        values:
          parts: integer(0, 4)
        derived:
          taille: 12 / parts
        constraints:
          - parts != 0
          - taille > 3
        """).expand(.all)
        #expect(expansion.diagnostics.isEmpty)
        #expect(expansion.variants.map { $0.value(of: "taille") } == ["12", "6", "4"])
    }
}

@Suite("Benchmark workload")
struct BenchmarkWorkloadTests {
    @Test func theWorkloadExpandsAndRendersCleanly() {
        let report = VariantBenchmark.run(variants: 500)
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.variants == 500)
        #expect(report.renderedTexts == 1_500)
        #expect(report.method == .sampled)
        #expect(report == VariantBenchmark.run(variants: 500), "the same workload gives the same result")
    }
}
