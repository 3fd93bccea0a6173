import Localization
import Testing

@Suite("Catalogue")
struct CatalogueTests {
    let catalogue = Catalogue(
        domain: "Test",
        french: [
            "greeting": "Bonjour\u{A0}{name}\u{A0}!",
            "braces": "{{littéral}} {name}",
        ],
        english: [
            "greeting": "Hello {name}!",
            "braces": "{{literal}} {name}",
        ]
    )

    @Test func rendersInTheAskedLanguage() {
        #expect(catalogue.text("greeting", ["name": "Léa"], in: .fr) == "Bonjour\u{A0}Léa\u{A0}!")
        #expect(catalogue.text("greeting", ["name": "Léa"], in: .en) == "Hello Léa!")
    }

    @Test func doubledBracesAreLiteral() {
        #expect(catalogue.text("braces", ["name": "x"], in: .en) == "{literal} x")
        #expect(catalogue.placeholders(of: "braces", in: .fr) == ["name"])
    }

    @Test func malformedPlaceholdersRenderAsWritten() {
        let odd = Catalogue(
            domain: "Odd",
            french: ["a": "x {a b} y } z {{ {n} {fin", "plain": "sans accolade"],
            english: ["a": "x {a b} y } z {{ {n} {fin", "plain": "no brace"]
        )
        #expect(odd.text("a", ["n": "1"], in: .fr) == "x {a b} y } z { 1 {fin")
        #expect(odd.text("plain", ["n": "1"], in: .en) == "no brace")
        #expect(odd.problems().contains { $0.hasPrefix("Odd: a in fr: ") })
    }

    @Test func aMissingArgumentStaysVisible() {
        #expect(catalogue.text("greeting", in: .en) == "Hello {name}!")
    }

    @Test func anUnknownKeyFallsBackToTheKey() {
        #expect(catalogue.text("nowhere", in: .fr) == "nowhere")
    }

    @Test func aSoundCatalogueHasNoProblems() {
        #expect(catalogue.problems().isEmpty)
    }

    @Test func findsMissingMessagesAndPlaceholderMismatches() {
        let broken = Catalogue(
            domain: "Broken",
            french: [
                "onlyFrench": "seulement",
                "mismatch": "{a} et {b}",
                "unclosed": "{a",
                "twice": "un",
                "twice": "deux",
            ],
            english: [
                "mismatch": "{a} and {c}",
                "unclosed": "{a}",
                "twice": "one",
            ]
        )
        let problems = broken.problems()
        #expect(problems.contains("Broken: onlyFrench is missing in en"))
        #expect(problems.contains("Broken: mismatch has placeholders {a}, {b} in fr but {a}, {c} in en"))
        #expect(problems.contains { $0.hasPrefix("Broken: unclosed in fr: ") })
        #expect(problems.contains("Broken: twice is written twice in the fr table"))
        #expect(problems.count == 5)
    }

    @Test func aScopedLanguageIsCurrentInsideItsScopeOnly() {
        let outside = Localization.current
        Localization.withLanguage(.fr) {
            #expect(Localization.current == .fr)
            #expect(catalogue.text("greeting", ["name": "Léa"]) == "Bonjour\u{A0}Léa\u{A0}!")
        }
        Localization.withLanguage(.en) {
            #expect(Localization.current == .en)
        }
        #expect(Localization.current == outside)
    }
}
