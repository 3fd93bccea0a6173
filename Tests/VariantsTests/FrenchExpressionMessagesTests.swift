import Localization
import Testing
@testable import Expressions

/// The expression language speaks French when the language is French, and its English stays as
/// it was (the English texts are asserted by `ExpressionTests`, run in the default language).
@Suite struct FrenchExpressionMessagesTests {
    @Test(arguments: [
        ("\"Mo\" + 1", "PIX0503", "impossible d’additionner un texte et un nombre", "cannot add a text and a number"),
        ("not 3", "PIX0503", "`not` s’applique à une condition, c’est-à-dire une valeur oui/non (ici\u{A0}: un nombre)", "`not` needs a condition (a yes/no value), found a number"),
        ("upper(3)", "PIX0503", "le premier argument de `upper` doit être un texte (ici\u{A0}: un nombre)", "the first argument of `upper` must be a text, found a number"),
        ("sum([\"a\"])", "PIX0503", "`sum` additionne des nombres, or ceci est une liste de textes", "`sum` adds numbers, this is a list of texts"),
        ("round(1, 2, 3)", "PIX0504", "`round` prend de 1 à 2\u{A0}arguments (ici\u{A0}: 3)", "`round` takes 1 to 2 arguments, found 3"),
        ("round(1, chiffres=2)", "PIX0504", "`round` n’a pas d’argument nommé `chiffres`", "`round` has no argument named `chiffres`"),
        ("2 3", "PIX0501", "un opérateur était attendu entre deux valeurs (ici\u{A0}: le nombre `3`)", "expected an operator between two values, found the number `3`"),
        ("if a then b", "PIX0501", "`else` était attendu après la valeur de `then` (ici\u{A0}: la fin de l’expression)", "expected `else` after the value of `then`, found the end of the expression"),
        ("taille = 3", "PIX0501", "`=` ne compare pas des valeurs", "`=` does not compare values"),
        ("", "PIX0501", "l’expression est vide", "the expression is empty"),
        ("[1, 2][3]", "PIX0515", "la position 3 est hors de la liste (2\u{A0}éléments)", "position 3 is outside the list (2 items)"),
    ])
    func messagesInBothLanguages(_ text: String, _ code: String, _ french: String, _ english: String) {
        let inFrench = Localization.withLanguage(.fr) { Support.evaluate(text) }
        let inEnglish = Localization.withLanguage(.en) { Support.evaluate(text) }
        guard case .problem(let frenchCode, let frenchMessage, let frenchRange) = inFrench,
              case .problem(let englishCode, let englishMessage, let englishRange) = inEnglish else {
            Issue.record("no problem reported for \(text): \(inFrench)")
            return
        }
        #expect(frenchCode == code)
        #expect(englishCode == code)
        #expect(frenchMessage == french)
        #expect(englishMessage == english)
        #expect(frenchRange == englishRange)
    }

    @Test func unknownNameHelpIsFrench() throws {
        let plan = try Localization.withLanguage(.fr) { try Support.plan("values:\n  taille: integer(2, 40)\n  unite: pick([\"Ko\", \"Mo\"])") }
        let compiled = Localization.withLanguage(.fr) { plan.compileTemplate(Support.scalar("{{ unit }} et {{ 1 + }}")) }
        #expect(compiled.diagnostics.map(\.message) == ["nom inconnu `unit`", "une valeur était attendue après `+` (ici\u{A0}: `}}`)"])
        #expect(compiled.diagnostics.first?.help?.message == "vouliez-vous dire `unite`\u{A0}?")
    }

    @Test func theCatalogueIsComplete() {
        #expect(ExpressionsMessages.catalogue.problems() == [])
    }
}
