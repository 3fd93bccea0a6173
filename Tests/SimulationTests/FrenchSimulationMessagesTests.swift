import Diagnostics
import Localization
@testable import Simulation
import Testing

/// The simulation's input files are explained in French when the language is French, and in the
/// same English as before otherwise.
@Suite struct FrenchSimulationMessagesTests {
    private func items(_ language: Language, _ text: String) -> [String] {
        Localization.withLanguage(language) {
            ItemsFile.read(SourceFile(path: "items.csv", text: text)).diagnostics.flatMap { diagnostic in
                [diagnostic.message] + diagnostic.labels.map(\.message) + [diagnostic.help?.message].compactMap { $0 }
            }
        }
    }

    @Test func itemsFileInBothLanguages() {
        let text = "id,discrimination,difficulty,level\nq1,0,1,2\nq2,1.2,facile,3\nq1,1,0,9\n"
        #expect(items(.fr, text) == [
            "la discrimination doit être supérieure à 0 (ici\u{A0}: 0)",
            "écrivez un nombre décimal supérieur à 0, par exemple 1.2",
            "`facile` n’est pas un nombre (difficulté)",
            "écrivez un nombre décimal, par exemple -0.5",
            "l’épreuve `q1` figure deux fois",
            "première occurrence ici",
            "gardez une ligne par épreuve",
        ])
        #expect(items(.en, text) == [
            "discrimination must be above 0, found 0",
            "write a decimal number above 0, such as 1.2",
            "`facile` is not a number (difficulty)",
            "write a decimal number such as -0.5",
            "the challenge `q1` appears twice",
            "first here",
            "keep one line per challenge",
        ])
        #expect(items(.fr, "id,discrimination,couleur\n") == [
            "colonne inconnue `couleur`",
            "les colonnes sont id, discrimination, difficulty, competence, tube, skill, level",
            "l’en-tête n’a pas de colonne `difficulty`",
            "écrivez une ligne d’en-tête comme id,discrimination,difficulty,competence,tube,skill,level",
        ])
    }

    @Test func truthInBothLanguages() throws {
        let file = SourceFile(path: "truth.csv", text: "id,discrimination,difficulty\nq1,1,0\n")
        let truth = try #require(ItemsFile.read(file).records)
        let french = Localization.withLanguage(.fr) { TruthMatching.match(bankIds: ["q1", "q2", "q3"], truth: truth, file: file).diagnostics }
        #expect(french.first?.message == "les paramètres vrais n’ont de ligne ni pour l’épreuve `q2`, ni pour une autre de la banque")
        #expect(french.first?.notes == ["manque aussi\u{A0}: q3"])
        let english = Localization.withLanguage(.en) { TruthMatching.match(bankIds: ["q1", "q2", "q3"], truth: truth, file: file).diagnostics }
        #expect(english.first?.message == "the truth has no line for the challenge `q2` nor for 1 other of the bank")
        #expect(english.first?.notes == ["also missing: q3"])
    }

    @Test func capacitiesInBothLanguages() {
        func texts(_ language: Language) -> [String] {
            Localization.withLanguage(language) {
                CapacitiesFile.read(SourceFile(path: "capacities.csv", text: "learner,capacity\nalice,haut\nbruno\n")).diagnostics.map(\.message)
            }
        }
        #expect(texts(.fr) == ["`haut` n’est pas un nombre (capacité)", "cette ligne a une seule valeur, l’en-tête en a 2"])
        #expect(texts(.en) == ["`haut` is not a number (capacity)", "this line has 1 value, the header has 2"])
    }

    @Test func theCatalogueIsComplete() {
        #expect(SimulationInputMessages.catalogue.problems() == [])
    }
}
