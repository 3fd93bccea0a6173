import Testing
@testable import Expressions

@Suite("French elision")
struct ElisionTests {
    @Test func deElidesAndContracts() {
        #expect(FrenchElision.de("Adèle") == "d’Adèle")
        #expect(FrenchElision.de("Paul") == "de Paul")
        #expect(FrenchElision.de("Hugo") == "d’Hugo")
        #expect(FrenchElision.de("le clavier") == "du clavier")
        #expect(FrenchElision.de("les fichiers") == "des fichiers")
        #expect(FrenchElision.de("la souris") == "de la souris")
        #expect(FrenchElision.de("l’écran") == "de l’écran")
        #expect(FrenchElision.de("USB") == "de USB")
    }

    @Test func auContracts() {
        #expect(FrenchElision.au("le collège") == "au collège")
        #expect(FrenchElision.au("les élèves") == "aux élèves")
        #expect(FrenchElision.au("la mairie") == "à la mairie")
        #expect(FrenchElision.au("Paris") == "à Paris")
    }

    @Test func articlesAndQue() {
        #expect(FrenchElision.elided("le", "écran") == "l’écran")
        #expect(FrenchElision.elided("le", "clavier") == "le clavier")
        #expect(FrenchElision.elided("la", "imprimante") == "l’imprimante")
        #expect(FrenchElision.elided("la", "souris") == "la souris")
        #expect(FrenchElision.elided("le", "hasard") == "le hasard")
        #expect(FrenchElision.elided("le", "onze") == "le onze")
        #expect(FrenchElision.elided("que", "il") == "qu’il")
        #expect(FrenchElision.elided("que", "Paul") == "que Paul")
        #expect(FrenchElision.elided("la", "œuvre") == "l’œuvre")
    }
}
