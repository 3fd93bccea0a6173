import Diagnostics
import Localization
import PixcCommands
import Testing

/// Every code `pixc explain` lists has a French title and explanation, and `pixc explain`
/// speaks the chosen language around the same codes.
@Suite("Descriptors in two languages")
struct DescriptorTranslationTests {
    @Test func everyRegisteredCodeHasFrench() {
        let catalog = PixcCatalogues.diagnostics
        #expect(catalog.descriptors.count > 100)
        #expect(catalog.textProblems() == [])
        for descriptor in catalog.descriptors {
            #expect(catalog.title(of: descriptor, in: .fr) != descriptor.title,
                    "\(descriptor.code): the French title is the English one")
        }
    }

    @Test func theListOfCodesIsTheSameInBothLanguages() {
        let english = pixc(["explain", "--lang", "en"])
        let french = pixc(["explain", "--lang", "fr"])
        let codes = { (run: Run) in run.out.split(separator: "\n").map { $0.prefix(7) } }
        #expect(english.code == 0 && french.code == 0)
        #expect(codes(english) == codes(french))
        #expect(english.out.contains("PIX0102  error    Tab used for indentation\n"))
        #expect(french.out.contains("PIX0102  erreur         Tabulation dans l’indentation\n"))
        #expect(french.out.contains("PIX0406  avertissement  Réponses numériques sans le format nombre\n"))
    }

    @Test func explainPageInFrench() {
        let run = pixc(["explain", "PIX0103", "--lang", "fr"])
        #expect(run.code == 0)
        #expect(run.out.hasPrefix("PIX0103\u{A0}: Clé écrite deux fois au même niveau (erreur)\n\nUne clé apparaît deux fois"))
        #expect(run.out.contains("\nIncorrect\u{A0}:\n\n"))
        #expect(run.out.contains("\nCe que pixc signale\u{A0}:\n\n"))
        #expect(run.out.contains("erreur[PIX0103]"))
        #expect(run.out.contains("\nCorrigé\u{A0}:\n\n"))
    }

    @Test func explainPageInEnglishIsUnchanged() {
        let run = pixc(["explain", "PIX0103", "--lang", "en"])
        #expect(run.out.hasPrefix("PIX0103: Key written twice in the same mapping (error)\n\nA key appears twice"))
        #expect(run.out.contains("\nWrong:\n\n") && run.out.contains("\npixc reports:\n\n") && run.out.contains("\nRight:\n\n"))
    }

    @Test func anUnknownCodeIsRefusedInFrench() {
        let run = pixc(["explain", "PIX0199", "--lang", "fr"])
        #expect(run.code == 2)
        #expect(run.err.contains("le code PIX0199 n’existe pas\u{A0}; codes proches\u{A0}: PIX0100"))
    }
}
