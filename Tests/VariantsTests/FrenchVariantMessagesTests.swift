import Diagnostics
import Localization
import Testing
import YAML
@testable import Variants

/// Datasets and variants speak French when the language is French; their English stays as it
/// was (asserted by `DatasetTests` and `ExpansionTests`, run in the default language).
@Suite struct FrenchVariantMessagesTests {
    /// The messages, helps and labels of the diagnostics `body` makes, in `language`.
    private func texts(_ language: Language, _ body: () throws -> [Diagnostic]) rethrows -> [String] {
        try Localization.withLanguage(language) {
            try body().flatMap { diagnostic in
                [diagnostic.message] + diagnostic.labels.map(\.message) + diagnostic.notes + [diagnostic.help?.message].compactMap { $0 }
            }
        }
    }

    private func rowProblems() throws -> [Diagnostic] {
        let (root, _) = try Support.root("""
        row: organisme
        key: nom
        columns:
          annee: number
        rows:
          - { nom: la CNIL, annee: 1978, site: cnil.fr }
          - { nom: la BnF, annee: en 1994 }
          - { nom: la CNIL, annee: 1978, site: cnil.fr }
        """)
        return Dataset.decodeInline(root).1
    }

    @Test func rowsInBothLanguages() throws {
        #expect(try texts(.fr, rowProblems) == [
            "`annee` est déclarée comme nombre, or on trouve `en 1994`",
            "écrivez seulement des chiffres, avec un point ou une virgule pour les décimales, sans unité ni espace",
            "cette ligne n’a pas de champ `site`",
            "une autre ligne l’a",
            "toutes les lignes ont les mêmes champs\u{A0}: ajoutez `site: …` (un texte vide s’écrit `site: \"\"`)",
            "cette ligne a la même clé (nom) qu’une ligne précédente",
            "écrite une première fois ici",
            "supprimez la ligne répétée, ou donnez à chaque ligne une valeur de clé différente",
        ])
        #expect(try texts(.en, rowProblems) == [
            "`annee` is declared as a number, found `en 1994`",
            "write digits only, with a point or a comma for decimals, no unit and no spaces",
            "this row has no `site`",
            "another row has it",
            "every row has the same fields: add `site: …` (an empty text is written `site: \"\"`)",
            "this row has the same key (nom) as an earlier one",
            "first written here",
            "remove the repeated row, or give each row a different value of its key",
        ])
    }

    private func planProblems() throws -> [Diagnostic] {
        try Support.plan("""
        values:
          taille: integer(40, 2)
          double: integer(1, 2)
        derived:
          double: 3
          soi: soi + 1
        """).diagnostics
    }

    @Test func definitionsInBothLanguages() throws {
        let french = try texts(.fr, planProblems)
        #expect(french.contains("`double` est définie deux fois"))
        #expect(french.contains("`soi` est calculée à partir d’elle-même"))
        #expect(french.contains("le minimum (40) est supérieur au maximum (2)\u{A0}: il n’y a rien à tirer"))
        #expect(french.contains("inversez-les\u{A0}: `integer(2, 40)`"))
        let english = try texts(.en, planProblems)
        #expect(english.contains("`double` is defined twice"))
        #expect(english.contains("`soi` is computed from itself"))
        #expect(english.contains("the minimum (40) is above the maximum (2): there is nothing to draw"))
        #expect(english.contains("swap them: `integer(2, 40)`"))
    }

    private func expansionProblems() throws -> [Diagnostic] {
        try Support.plan("""
        values:
          taille: integer(2, 40)
        constraints:
          - taille > 1
          - taille > 50
        """).expand(.count(3)).diagnostics
    }

    @Test func expansionInBothLanguages() throws {
        #expect(try texts(.fr, expansionProblems).first == "la contrainte `taille > 50` n’est jamais satisfaite\u{A0}: elle rejette les 39\u{A0}combinaisons")
        #expect(try texts(.en, expansionProblems).first == "the constraint `taille > 50` is never satisfied: it rejects all 39 combinations")
        let tooMany = { try Support.plan("values:\n  unite: pick([\"Ko\", \"Mo\"])").expand(.count(3)).diagnostics }
        #expect(try texts(.fr, tooMany).prefix(1) == ["3\u{A0}déclinaisons demandées, mais il n’en existe que 2"])
        #expect(try texts(.en, tooMany).prefix(1) == ["3 variants requested, but only 2 exist"])
    }

    @Test func theCatalogueIsComplete() {
        #expect(VariantsMessages.catalogue.problems() == [])
    }
}
