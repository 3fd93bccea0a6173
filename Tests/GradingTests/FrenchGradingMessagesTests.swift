import Localization
import Testing
import Grading

/// Why a text cannot be written in Pix's syntaxes, in French and in English.
@Suite struct FrenchGradingMessagesTests {
    private func reason(_ language: Language, _ body: () throws -> String) -> String? {
        Localization.withLanguage(language) {
            do {
                _ = try body()
                return nil
            } catch {
                return (error as? PixSyntaxError)?.description
            }
        }
    }

    @Test func optionsInBothLanguages() {
        #expect(reason(.fr) { try OptionList.render(["a", ""]) } == "élément 2\u{A0}: une option ne peut pas être vide")
        #expect(reason(.en) { try OptionList.render(["a", ""]) } == "item 2: an option cannot be empty")
        #expect(reason(.fr) { try OptionList.render(["a\n-b"]) } == "élément 1\u{A0}: une ligne d’une option ne peut pas commencer par «\u{A0}-\u{A0}»")
        #expect(reason(.en) { try OptionList.render(["a\n-b"]) } == "item 1: a line of an option cannot start with \"-\"")
    }

    @Test func inputBlocksInBothLanguages() {
        let hash = [ProposalsPart.block(ResponseBlock(key: "a#b"))]
        #expect(reason(.fr) { try ProposalsSyntax.render(hash) } == "élément 1\u{A0}: le nom du champ ne peut pas contenir «\u{A0}#\u{A0}»")
        #expect(reason(.en) { try ProposalsSyntax.render(hash) } == "item 1: the name cannot contain \"#\"")
        let spaced = [ProposalsPart.block(ResponseBlock(key: "a", placeholder: " x"))]
        #expect(reason(.fr) { try ProposalsSyntax.render(spaced) } == "élément 1\u{A0}: le texte indicatif (placeholder) ne peut ni commencer ni se terminer par une espace")
        #expect(reason(.en) { try ProposalsSyntax.render(spaced) } == "item 1: the placeholder cannot start or end with a space")
    }

    @Test func acceptedAnswersInBothLanguages() {
        #expect(reason(.fr) { try QROCSolution.text(["12", ""]) } == "élément 2\u{A0}: une réponse acceptée ne peut pas être vide")
        #expect(reason(.en) { try QROCSolution.text(["12", ""]) } == "item 2: an accepted answer cannot be empty")
    }

    @Test func theCatalogueIsComplete() {
        #expect(GradingMessages.catalogue.problems() == [])
    }
}
