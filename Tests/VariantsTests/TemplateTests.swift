import Diagnostics
import Model
import Testing
import YAML
@testable import Variants

@Suite("Templates")
struct TemplateTests {
    static let data = """
        row: fichier
        key: nom
        columns:
          taille: number
        rows:
          - { nom: rapport.pdf, taille: 1200 }
          - { nom: notes.txt, taille: 3 }
        values:
          unite: pick(["Ko", "Mo"])
        derived:
          total: fichier.taille * 2
        """

    /// The scalar of `key` in a small YAML file, so spans are real file positions.
    static func scalar(_ key: String, in yaml: String) throws -> YAMLScalar {
        let (root, _) = try Support.root(yaml, path: "Challenges/1.3/tableur/texte.yaml")
        return try #require(root.mapping?[key]?.scalar)
    }

    @Test func rendersPlaceholdersAndLeavesPixBlocksAlone() throws {
        let plan = try Support.plan(Self.data)
        let source = try Self.scalar("proposals", in: #"proposals: "{{ capitalize(fichier.nom) }} pèse ${taille#en {{ unite }}} {{ unite }}, soit {{ format(total) }}""#)
        let compiled = plan.compileTemplate(source)
        #expect(compiled.diagnostics.isEmpty, "\(compiled.diagnostics.map(\.message))")
        let template = try #require(compiled.template)
        let variants = plan.expand(.count(2)).variants
        let texts = variants.map { $0.render(template).text ?? "" }
        let first = try #require(variants.first)
        let unit = first.value(of: "unite") ?? ""
        #expect(texts.first == "Rapport.pdf pèse ${taille#en \(unit)} \(unit), soit 2\u{202F}400")
        #expect(texts.last?.hasPrefix("Notes.txt pèse ${taille#en ") == true)
    }

    @Test func namesMayHaveAccents() throws {
        let plan = try Support.plan("""
        values:
          année: integer(2020, 2022)
        derived:
          décennie: floor(année / 10) * 10
        """)
        #expect(plan.diagnostics.isEmpty)
        let template = try #require(plan.compileTemplate(Support.scalar("{{ année }} ({{ décennie }})")).template)
        #expect(plan.expand(.all).variants.map { $0.render(template).text ?? "" } == ["2020 (2020)", "2021 (2020)", "2022 (2020)"])
    }

    @Test func escapedOpeningBraces() throws {
        let plan = try Support.plan(Self.data)
        let compiled = plan.compileTemplate(Support.scalar(#"Écrivez {{ "{{" }} puis }} : {{ unite }}"#))
        let template = try #require(compiled.template)
        let variant = try #require(plan.expand(.count(1)).variants.first)
        #expect(variant.render(template).text == "Écrivez {{ puis }} : \(variant.value(of: "unite") ?? "")")
        #expect(!template.isConstant)
        let fixed = try #require(plan.compileTemplate(Support.scalar(#"{{ "{{" }}x}}"#)).template)
        #expect(fixed.constantText == "{{x}}")
    }

    @Test func textsWithoutPlaceholdersAreConstant() throws {
        let plan = try Support.plan(Self.data)
        let template = try #require(plan.compileTemplate(Support.scalar("Année : ${annee#AAAA}")).template)
        #expect(template.constantText == "Année : ${annee#AAAA}")
        #expect(!Template.hasPlaceholders("Année : ${annee#AAAA}"))
        #expect(Template.hasPlaceholders("a {{ b }}"))
    }

    @Test func unknownNameSuggestsTheClosestAtTheExactColumn() throws {
        let plan = try Support.plan(Self.data)
        let yaml = #"instruction: "Le fichier\u00A0: {{ fichier.nom }} en {{ unit }}""#
        let compiled = plan.compileTemplate(try Self.scalar("instruction", in: yaml))
        #expect(compiled.template == nil)
        let diagnostic = try #require(compiled.diagnostics.first)
        #expect(diagnostic.code == "PIX0502")
        #expect(diagnostic.message == "unknown name `unit`")
        #expect(diagnostic.help?.message == "did you mean `unite`?")
        #expect(diagnostic.help?.replacement?.text == "unite")
        // The escape `\u00A0` is six characters in the file but one in the text: still exact.
        #expect(diagnostic.span?.text == "unit")
        #expect(diagnostic.span?.startLocation.description == "1:57")
    }

    @Test func aFieldWithoutItsRowNameIsSuggestedWithIt() throws {
        let plan = try Support.plan(Self.data)
        let compiled = plan.compileTemplate(Support.scalar("{{ nom }}"))
        let diagnostic = try #require(compiled.diagnostics.first)
        #expect(diagnostic.help?.message == "`nom` is a field of the row: write `fichier.nom`")
        let field = plan.compileTemplate(Support.scalar("{{ fichier.nomm }}"))
        #expect(field.diagnostics.first?.message == "the rows have no field `nomm`")
        #expect(field.diagnostics.first?.help?.message == "did you mean `nom`?")
        #expect(field.diagnostics.first?.span?.range == 11..<15)
        let row = plan.compileTemplate(Support.scalar("{{ fichier }}"))
        #expect(row.diagnostics.first?.message == "`fichier` is the whole row; use one of its fields")
    }

    @Test func everyProblemOfATextIsReported() throws {
        let plan = try Support.plan(Self.data)
        let compiled = plan.compileTemplate(Support.scalar("{{ taile }} et {{ 1 + }} et {{ unte }}"))
        #expect(compiled.diagnostics.map(\.code.rawValue) == ["PIX0502", "PIX0501", "PIX0502"])
    }

    @Test(arguments: [
        ("Taille : {{ unite", "`{{` is not closed by `}}`", 9..<11),
        ("Taille : {{ unite } Mo", "`{{` is not closed by `}}`", 9..<11),
        ("Taille : {{ unite } Mo }}", "unexpected `}` in an expression", 18..<19),
        ("Taille : {{ }}", "this placeholder is empty", 9..<14),
        ("{{ {{ unite }} }}", "unexpected `{` in an expression", 3..<4),
    ])
    func placeholderSyntax(_ text: String, _ message: String, _ range: Range<Int>) throws {
        let plan = try Support.plan(Self.data)
        let diagnostic = try #require(plan.compileTemplate(Support.scalar(text)).diagnostics.first)
        #expect(diagnostic.code == "PIX0516")
        #expect(diagnostic.message == message)
        #expect(diagnostic.span?.range == range)
    }

    @Test func typeProblemsInPlaceholders() throws {
        let plan = try Support.plan(Self.data)
        let diagnostic = try #require(plan.compileTemplate(Support.scalar("{{ unite + 1 }}")).diagnostics.first)
        #expect(diagnostic.code == "PIX0503")
        #expect(diagnostic.message == "cannot add a text and a number")
        #expect(diagnostic.span?.range == 9..<10)
        #expect(diagnostic.labels.map(\.message) == ["this is a text", "this is a number"])
    }

    @Test func renderingErrorsNameTheVariant() throws {
        let plan = try Support.plan(Self.data)
        let template = try #require(plan.compileTemplate(Support.scalar("{{ round(100 / (fichier.taille - 3)) }}")).template)
        let variants = plan.expand(.all).variants
        let failures = variants.compactMap { $0.render(template).diagnostic }
        #expect(failures.count == 2, "notes.txt with both units")
        let failure = try #require(failures.first)
        #expect(failure.code == "PIX0515")
        #expect(failure.message.hasPrefix("division by zero in variant 3 (fichier = notes.txt"))
        #expect(failure.span?.text == "100 / (fichier.taille - 3)")
    }

    @Test func renderingAllVariantsReportsEachProblemOnce() throws {
        let plan = try Support.plan(Self.data)
        let template = try #require(plan.compileTemplate(Support.scalar("{{ 1197 / (fichier.taille - 3) }} {{ round(100 / fichier.taille) }}")).template)
        let expansion = plan.expand(.all)
        let rendered = expansion.render(template)
        #expect(rendered.texts.count == 4)
        #expect(rendered.texts.compactMap { $0 } == ["1 0", "1 0"])
        #expect(rendered.diagnostics.count == 1)
        #expect(rendered.diagnostics.first?.notes == ["found in variant 3 (fichier = notes.txt, unite = Ko, total = 6)", "the same problem occurs in 2 variants"])
    }

    @Test func spansInsideBlockScalars() throws {
        let plan = try Support.plan(Self.data)
        let yaml = """
        instruction: |
          Le fichier {{ fichier.nom }}
          pèse {{ fichier.taile }} {{ unite }}.
        """
        let diagnostic = try #require(plan.compileTemplate(try Self.scalar("instruction", in: yaml)).diagnostics.first)
        #expect(diagnostic.message == "the rows have no field `taile`")
        #expect(diagnostic.span?.text == "taile")
        #expect(diagnostic.span?.startLocation.description == "3:19")
    }

    @Test func aChallengeWithoutDataHasNoNames() throws {
        let plan = VariantPlan.build(challengeID: "sans-donnees", shared: nil, inline: nil)
        #expect(!plan.isRandomized)
        let diagnostic = try #require(plan.compileTemplate(Support.scalar("{{ taille }}")).diagnostics.first)
        #expect(diagnostic.message == "unknown name `taille`: this challenge has no dataset")
        #expect(plan.compileTemplate(Support.scalar(#"{{ "{{" }} littéral"#)).template?.constantText == "{{ littéral")
        #expect(plan.expand(.all).variants.isEmpty)
    }

    @Test func unusedValuesAreReported() throws {
        let plan = try Support.plan(Self.data + "\n  inutile: total + 1")
        let compilation = plan.compileTemplate(Support.scalar("{{ unite }}"))
        #expect(compilation.template != nil)
        let warnings = plan.unusedValueWarnings(compilations: [compilation])
        #expect(warnings.map(\.message) == ["`inutile` is never used"])
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.code == "PIX0519")
    }

    /// One mistake, one diagnostic: an expression that cannot be read is its own error, never
    /// also a "never used" on its value or on the values it names.
    @Test func anUnreadableExpressionIsNotAlsoAnUnusedValue() throws {
        // `inutile` cannot be read: its syntax error is the only diagnostic about it.
        let unreadable = try Support.plan(Self.data + "\n  inutile: total +")
        let compiled = unreadable.compileTemplate(Support.scalar("{{ unite }}"))
        #expect(unreadable.diagnostics.map(\.code.rawValue) == ["PIX0501"])
        #expect(unreadable.unusedValueWarnings(compilations: [compiled]).isEmpty)
        // A placeholder that cannot be read still names `inutile`: no warning beside its error.
        let plan = try Support.plan(Self.data + "\n  inutile: total + 1")
        let broken = plan.compileTemplate(Support.scalar("{{ unite }} {{ inutile + }}"))
        #expect(broken.template == nil)
        #expect(broken.diagnostics.map(\.code.rawValue) == ["PIX0501"])
        #expect(plan.unusedValueWarnings(compilations: [broken]).isEmpty)
        // A word merely containing the name is not a use.
        let other = plan.compileTemplate(Support.scalar("{{ unite }} {{ inutile2 + }}"))
        #expect(plan.unusedValueWarnings(compilations: [other]).map(\.message) == ["`inutile` is never used"])
    }
}
