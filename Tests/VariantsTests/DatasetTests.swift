import Diagnostics
import Foundation
import Model
import Testing
import YAML
@testable import Expressions
@testable import Variants

@Suite("Datasets")
struct DatasetTests {
    func decode(_ yaml: String) throws -> (Dataset?, [Diagnostic]) {
        let (root, _) = try Support.root(yaml)
        return Dataset.decodeInline(root)
    }

    @Test func rowsAreTypedByTheirColumns() throws {
        let (dataset, problems) = try decode("""
        row: organisme
        key: nom
        columns:
          annee: number
          creation: date
          public: boolean
          scores: number
        rows:
          - { nom: la CNIL, annee: 1978, creation: 1978-01-06, public: oui, scores: [12, 15.5], code: "0612" }
          - { nom: la BnF, annee: "1994", creation: 03/01/1994, public: non, scores: [], code: 0750 }
        """)
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        let set = try #require(dataset)
        #expect(set.columnNames == ["annee", "creation", "public", "scores", "nom", "code"])
        #expect(set.columns.map(\.type) == [.number, .date, .boolean, .list(.number), .text, .text])
        #expect(set.rows[0].cells[0] == .number(ExactDecimal(1978)))
        #expect(set.rows[1].cells[1].display == "03/01/1994")
        #expect(set.rows[0].cells[3] == .list([Support.number("12"), Support.number("15.5")]))
        #expect(set.rows[1].cells[5] == .text("0750"), "text columns keep what was written")
        #expect(set.rows.map(\.key) == ["la CNIL", "la BnF"])
    }

    @Test func aCellOfTheWrongTypeIsReportedAtTheCell() throws {
        let yaml = """
        row: organisme
        columns:
          annee: number
        rows:
          - { nom: la CNIL, annee: 1978 }
          - { nom: l’Arcom, annee: en 2022 }
        """
        let (dataset, problems) = try decode(yaml)
        let problem = try #require(problems.first)
        #expect(problem.code == "PIX0506")
        #expect(problem.message == "`annee` is declared as a number, found `en 2022`")
        #expect(problem.span?.text == "en 2022")
        #expect(problem.span?.startLocation.description == "6:28")
        #expect(dataset?.rowCount == 1)
        #expect(dataset?.hasErrors == true)
    }

    @Test func everyRowHasTheSameFields() throws {
        let (_, problems) = try decode("""
        row: organisme
        rows:
          - { nom: la CNIL, site: cnil.fr }
          - { nom: la BnF }
        """)
        let problem = try #require(problems.first)
        #expect(problem.code == "PIX0506")
        #expect(problem.message == "this row has no `site`")
        #expect(problem.span?.startLocation.description == "4:5")
        #expect(problem.labels.first?.span.text == "site")
    }

    @Test func duplicateKeysAreReportedWithTheFirstRow() throws {
        let (dataset, problems) = try decode("""
        row: organisme
        key: nom
        rows:
          - { nom: la CNIL, site: cnil.fr }
          - { nom: la BnF, site: bnf.fr }
          - { nom: la CNIL, site: www.cnil.fr }
        """)
        let problem = try #require(problems.first)
        #expect(problem.code == "PIX0507")
        #expect(problem.message == "this row has the same key (nom) as an earlier one")
        #expect(problem.span?.startLocation.description == "6:5")
        #expect(problem.labels.first?.span.startLocation.description == "4:5")
        #expect(dataset?.rowCount == 2)
        let (_, identical) = try decode("""
        row: organisme
        rows:
          - { nom: la CNIL }
          - { nom: la CNIL }
        """)
        #expect(identical.first?.message == "this row is identical to an earlier one")
    }

    @Test func rowKeysWithoutKeyUseEveryFieldSortedByName() throws {
        let (dataset, _) = try decode("""
        row: organisme
        columns:
          annee: number
        rows:
          - { site: cnil.fr, nom: la CNIL, annee: 1978.0 }
        """)
        #expect(dataset?.rows.first?.key == "annee=1978\u{1F}nom=la CNIL\u{1F}site=cnil.fr")
    }

    @Test func structuralProblems() throws {
        let (_, unknownKey) = try decode("""
        row: organisme
        rows: []
        valeurs:
          a: integer(1, 2)
        """)
        #expect(unknownKey.map(\.code.rawValue) == ["PIX0202"])
        // `valeurs` is French for `values`: the help says so, with the fix.
        #expect(unknownKey.first?.help?.replacement?.text == "values")
        #expect(unknownKey.first?.help?.message.contains("`valeurs` is written `values`") == true)

        let (_, noRowName) = try decode("""
        rows:
          - { nom: la CNIL }
        """)
        #expect(noRowName.first?.message == "rows need a name: `row:`")

        let (_, badType) = try decode("""
        row: organisme
        columns:
          annee: nombr
        rows:
          - { annee: 1978 }
        """)
        #expect(badType.first?.message == "`nombr` is not a column type")
        #expect(badType.first?.help?.message == "did you mean `number`?")

        let (_, badKey) = try decode("""
        row: organisme
        key: noms
        rows:
          - { nom: la CNIL }
        """)
        #expect(badKey.first?.message == "`key` names the column `noms`, which the rows do not have")
    }

    @Test func namesMustBeWordsOfTheLanguage() throws {
        let (_, problems) = try decode("""
        values:
          taille fichier: integer(1, 3)
          if: integer(1, 3)
        """)
        #expect(problems.map(\.code.rawValue) == ["PIX0509", "PIX0509"])
        #expect(problems.first?.message == "`taille fichier` cannot be the name of a value: a name is one word (letters, digits, `_`) starting with a letter")
        #expect(problems.first?.help?.message == "write it as one word, for example `taille_fichier`")
        #expect(problems.last?.message == "`if` is a word of the expression language and cannot be the name of a value")
    }

    @Test func aNameDefinedTwice() throws {
        let plan = try Support.plan("""
        row: taille
        rows:
          - { n: 1 }
        values:
          taille: integer(1, 3)
          double: integer(1, 2)
        derived:
          double: 3
        """)
        #expect(plan.diagnostics.map(\.message) == ["`taille` is already the name of the row", "`double` is defined twice"])
        #expect(plan.diagnostics.last?.labels.first?.span.startLocation.description == "6:3")
        #expect(!plan.canExpand)
    }

    @Test func derivedCyclesAreNamed() throws {
        let plan = try Support.plan("""
        values:
          taille: integer(2, 40)
        derived:
          ko: octets / 1000
          octets: ko * 1000
          total: ko + 1
          soi: soi + 1
        """)
        let cycles = plan.diagnostics.filter { $0.code == "PIX0508" }
        #expect(cycles.map(\.message) == ["these values are computed from each other: `ko` → `octets` → `ko`", "`soi` is computed from itself"])
        #expect(cycles.first?.span?.text == "ko")
        #expect(cycles.first?.labels.first?.span.text == "octets")
        #expect(!plan.canExpand)
    }

    @Test func derivedValuesMayBeWrittenInAnyOrder() throws {
        let plan = try Support.plan("""
        values:
          taille: integer(2, 4)
        derived:
          total: double + 1
          double: taille * 2
        """)
        #expect(plan.diagnostics.isEmpty)
        #expect(plan.expand(.all).variants.map { $0.value(of: "total") } == ["5", "7", "9"])
    }

    @Test func constraintsMustBeConditions() throws {
        let plan = try Support.plan("""
        values:
          taille: integer(2, 4)
        constraints:
          - taille + 1
        """)
        #expect(plan.diagnostics.first?.message == "a constraint must be a condition (a yes/no value), this is a number")
    }

    // MARK: Drawn values

    @Test func generatorsDrawFromTheirDomains() throws {
        let plan = try Support.plan("""
        values:
          prix: decimal(1, 2, step=0.25)
          jour: date("2024-02-27", "2024-03-02")
          ordre: shuffle(["a", "b", "c"])
          deux: sample([1, 2, 3], 2)
        """)
        #expect(plan.diagnostics.isEmpty, "\(plan.diagnostics.map(\.message))")
        let all = plan.expand(.all)
        #expect(all.diagnostics.isEmpty)
        #expect(all.variants.count == 5 * 5 * 6 * 6)
        #expect(Set(all.variants.map { $0.value(of: "prix") ?? "" }) == ["1", "1,25", "1,5", "1,75", "2"])
        #expect(Set(all.variants.map { $0.value(of: "jour") ?? "" }) == ["27/02/2024", "28/02/2024", "29/02/2024", "01/03/2024", "02/03/2024"])
        #expect(Set(all.variants.map { $0.value(of: "ordre") ?? "" }).count == 6)
        #expect(Set(all.variants.map { $0.value(of: "deux") ?? "" }) == ["1, 2", "1, 3", "2, 1", "2, 3", "3, 1", "3, 2"])
        let drawn = plan.expand(.count(30))
        #expect(drawn.variants.count == 30)
        for variant in drawn.variants {
            #expect(["1", "1,25", "1,5", "1,75", "2"].contains(variant.value(of: "prix") ?? ""))
        }
    }

    @Test func generatorArgumentsMayReadTheRow() throws {
        let plan = try Support.plan("""
        row: classe
        key: nom
        columns:
          effectif: number
        rows:
          - { nom: 6e A, effectif: 3, eleves: [Léa, Hugo, Inès] }
          - { nom: 6e B, effectif: 2, eleves: [Nathan, Camille] }
        values:
          absents: integer(0, classe.effectif)
          delegue: pick(classe.eleves)
        """)
        #expect(plan.diagnostics.isEmpty, "\(plan.diagnostics.map(\.message))")
        let all = plan.expand(.all)
        #expect(all.variants.count == 4 * 3 + 3 * 2)
        for variant in all.variants where variant.rowKey == "6e B" {
            #expect(["Nathan", "Camille"].contains(variant.value(of: "delegue") ?? ""))
        }
    }

    @Test(arguments: [
        ("taille: integer(40, 2)", "the minimum (40) is above the maximum (2): there is nothing to draw"),
        ("taille: integer(1, 10, step=0)", "the step of `integer` must be above zero, found 0"),
        ("taille: integer(1, 10.5)", "`integer` draws whole numbers, but its maximum is 10,5"),
        ("taille: pick([])", "`pick` needs at least one item to draw from"),
        ("taille: sample([1, 2], 3)", "`sample` takes from 1 to 2 items of this list, not 3"),
        ("taille: date(\"2024-03-01\", \"2024-02-01\")", "the first date is after the second: there is nothing to draw"),
        ("taille: first_name(\"z\")", "unknown gender `z`"),
    ])
    func invalidGenerators(_ line: String, _ message: String) throws {
        let plan = try Support.plan("values:\n  \(line)", names: Support.names)
        let diagnostic = try #require(plan.diagnostics.first)
        #expect(diagnostic.code == "PIX0510")
        #expect(diagnostic.message == message)
    }

    @Test func drawnValuesCannotDependOnEachOther() throws {
        let plan = try Support.plan("""
        values:
          a: integer(1, 10)
          b: integer(a, 20)
        """)
        let diagnostic = try #require(plan.diagnostics.first)
        #expect(diagnostic.code == "PIX0510")
        #expect(diagnostic.span?.text == "a")
        #expect(diagnostic.help?.message == "draw both values independently and relate them with a constraint, for example `b > a`")
    }

    @Test func namesComeFromTheLists() throws {
        let plan = try Support.plan("""
        values:
          prenom: first_name()
          eleve: first_name("f")
          nom: last_name()
        """, names: Support.names)
        let all = plan.expand(.all)
        #expect(all.variants.count == 5 * 3 * 3)
        #expect(Set(all.variants.map { $0.value(of: "eleve") ?? "" }) == ["Camille", "Léa", "Inès"])
        let missing = try Support.plan("values:\n  prenom: first_name()")
        #expect(missing.diagnostics.first?.code == "PIX0517")
        #expect(missing.diagnostics.first?.message == "there is no list of first names to draw from")
    }

    @Test func nameListFiles() {
        let first = SourceFile(path: NameLists.firstNamesPath, text: "# Prénoms\nCamille;x\nLéa ; f\n\nHugo;m\nHugo;m\nAlex;h\nSacha\n")
        let last = SourceFile(path: NameLists.lastNamesPath, text: "Martin\nBernard\n")
        let (lists, problems) = NameLists.parse(firstNames: first, lastNames: last)
        #expect(lists.firstNames.map(\.name) == ["Camille", "Léa", "Hugo", "Sacha"])
        #expect(lists.firstNames.map(\.gender) == [.both, .female, .male, .both])
        #expect(lists.lastNames == ["Martin", "Bernard"])
        #expect(problems.map(\.message) == ["the first name `Hugo` is listed twice", "unknown gender `h` for the first name `Alex`"])
        #expect(problems.last?.span?.startLocation.description == "7:1")
    }

    @Test func theShippedNameListsAreClean() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let first = try Data(contentsOf: root.appendingPathComponent(NameLists.firstNamesPath))
        let last = try Data(contentsOf: root.appendingPathComponent(NameLists.lastNamesPath))
        let (lists, problems) = NameLists.parse(
            firstNames: SourceFile(path: NameLists.firstNamesPath, bytes: Array(first)),
            lastNames: SourceFile(path: NameLists.lastNamesPath, bytes: Array(last))
        )
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        #expect(lists.firstNames.count >= 100)
        #expect(lists.lastNames.count >= 100)
        #expect(lists.firstNameValues(.female).count >= 40)
        #expect(lists.firstNameValues(.male).count >= 40)
    }

    // MARK: Challenges

    static let organismes = """
        description: Organismes publics français
        row: organisme
        key: nom
        columns:
          annee: number
        rows:
          - { nom: la CNIL, annee: 1978 }
          - { nom: la BnF, annee: 1994 }
        """

    func challenge(_ extra: String) throws -> Challenge {
        let yaml = """
        id: recherche-annee
        skill: "@recherche3"
        type: QROC
        status: proposé
        instruction: En quelle année {{ organisme.nom }} a-t-elle été créée ?
        answers: ["{{ organisme.annee }}"]
        \(extra)
        """
        let (root, file) = try Support.root(yaml, path: "Challenges/1.1/recherche/annee.yaml")
        let sink = DiagnosticSink()
        let decoded = Challenge.decode(root, file: file, sink: sink)
        #expect(sink.diagnostics.isEmpty, "\(sink.diagnostics.map(\.message))")
        return try #require(decoded)
    }

    func library() throws -> DatasetLibrary {
        let (root, _) = try Support.root(Self.organismes, path: "Challenges/datasets/organismes.yaml")
        let (library, problems) = DatasetLibrary.decode([(id: "organismes", root: root)])
        #expect(problems.isEmpty)
        return library
    }

    @Test func aChallengeUsesASharedDatasetAndAddsValues() throws {
        let plan = VariantPlan.make(for: try challenge("""
        dataset: organismes
        data:
          values:
            ecart: integer(1, 5)
          derived:
            faux: organisme.annee + ecart
        variants: all
        """), library: try library())
        #expect(plan.diagnostics.isEmpty, "\(plan.diagnostics.map(\.message))")
        let expansion = plan.expand()
        #expect(expansion.variants.count == 10)
        #expect(expansion.variants.first?.label == "variant 1 (organisme = la CNIL, ecart = 1, faux = 1979)")
    }

    @Test func anUnknownDatasetSuggestsTheClosest() throws {
        let plan = VariantPlan.make(for: try challenge("dataset: organisme"), library: try library())
        let diagnostic = try #require(plan.diagnostics.first)
        #expect(diagnostic.code == "PIX0505")
        #expect(diagnostic.help?.replacement?.text == "organismes")
        #expect(!plan.canExpand)
        #expect(plan.expand().variants.isEmpty)
    }

    @Test func conflictingDatasetSettings() throws {
        let both = VariantPlan.make(for: try challenge("""
        dataset: organismes
        data:
          row: autre
          rows:
            - { nom: x }
        """), library: try library())
        #expect(both.diagnostics.first?.code == "PIX0518")
        #expect(both.diagnostics.first?.span?.text.hasPrefix("row") == true)

        let alone = VariantPlan.make(for: try challenge("variants: 3"), library: try library())
        #expect(alone.diagnostics.first?.code == "PIX0518")
        #expect(alone.diagnostics.first?.message == "`variants` asks for variants, but this challenge has no dataset")
    }

    @Test func theChallengesRequestIsUsed() throws {
        let plan = VariantPlan.make(for: try challenge("""
        dataset: organismes
        variants: 3
        """), library: try library())
        let expansion = plan.expand()
        #expect(expansion.diagnostics.first?.message == "3 variants requested, but only 2 exist")
        #expect(expansion.diagnostics.first?.span?.text == "3")
    }
}
