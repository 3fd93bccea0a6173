@testable import Diagnostics
import Foundation
import Localization
import Testing

private let file = SourceFile(path: "Challenges/1.1/recherche/cle.yaml", text: "id: recherche-cle\nstatut: proposé\n")
private let key = Span(file: file, start: 18, end: 24)
/// Made in the current language, like the diagnostics of a run.
private var misspelled: Diagnostic {
    Diagnostic("PIX0202", .error, "message", at: key, notes: ["une remarque"], help: .didYouMean("status", replacing: key))
}

/// The renderers' own words follow the chosen language; codes, places and data fields do not.
@Suite("Renderers in two languages")
struct TwoLanguagesTests {
    @Test func catalogueIsSound() {
        #expect(DiagnosticsMessages.catalogue.problems() == [])
    }

    @Test func humanRendererInFrench() {
        let rendered = Localization.withLanguage(.fr) { HumanRenderer().render([misspelled]) }
        let expected = """
        Challenges/1.1/recherche/cle.yaml:2:1: erreur[PIX0202]\u{A0}: message
          |
        2 | statut: proposé
          | ^^^^^^
          = remarque\u{A0}: une remarque
          = aide\u{A0}: vouliez-vous écrire `status`\u{A0}?
                  écrire `status` (Challenges/1.1/recherche/cle.yaml:2:1)

        1\u{A0}erreur, 0\u{A0}avertissement

        """
        #expect(rendered == expected)
    }

    @Test func humanRendererInEnglish() {
        let rendered = Localization.withLanguage(.en) { HumanRenderer().render([misspelled]) }
        #expect(rendered.contains("error[PIX0202]: message\n"))
        #expect(rendered.contains("  = help: did you mean `status`?\n          write `status` at Challenges/1.1/recherche/cle.yaml:2:1\n"))
        #expect(rendered.hasSuffix("1 error, 0 warnings\n"))
    }

    /// French takes the singular for 0 and 1; numbers are grouped with a narrow no-break space.
    @Test func frenchCounts() {
        let errors = Array(repeating: misspelled, count: 2)
        #expect(Localization.withLanguage(.fr) { HumanRenderer().summary(errors) } == "2\u{A0}erreurs, 0\u{A0}avertissement")
        #expect(DiagnosticsMessages.grouped(7_998, in: .fr) == "7\u{202F}998")
        #expect(DiagnosticsMessages.grouped(7_998, in: .en) == "7,998")
    }

    @Test func limitSummariesInFrench() {
        let many = (0..<15).map { Diagnostic("PIX0105", .error, "ancre inconnue", at: Span(file: file, start: $0, end: $0 + 1)) }
        let limited = Localization.withLanguage(.fr) { DiagnosticCollector.limited(many) }
        let summary = limited.first { $0.code == "PIX0100" }
        #expect(summary?.message == "… et 5\u{A0}autres du même genre\u{A0}: ancre inconnue")
        #expect(limited.first?.help?.message == "`pixc explain PIX0105` explique ce problème, avec un exemple")
    }

    @Test func jsonKeepsFieldsAndSeverityAndCarriesFrenchText() {
        let line = Localization.withLanguage(.fr) { JSONRenderer().render(misspelled) }
        #expect(line.contains(#""code":"PIX0202","severity":"error""#))
        #expect(line.contains("vouliez-vous écrire `status`\u{A0}?"))
    }

    /// SARIF's message ends with the notes and the help, marked in the chosen language.
    @Test func sarifMarkersFollowTheLanguage() {
        let french = Localization.withLanguage(.fr) { SARIFRenderer.messageText(misspelled) }
        #expect(french.hasSuffix("\nremarque\u{A0}: une remarque\naide\u{A0}: vouliez-vous écrire `status`\u{A0}?"), "\(french)")
        let english = Localization.withLanguage(.en) { SARIFRenderer.messageText(misspelled) }
        #expect(english.hasSuffix("\nnote: une remarque\nhelp: did you mean `status`?"), "\(english)")
    }

    @Test func descriptorTextsGiveFrenchAndReportWhatIsMissing() {
        let tab = DiagnosticDescriptor("PIX9001", .error, title: "Tab used for indentation", explanation: "Use {{spaces}}.")
        let other = DiagnosticDescriptor("PIX9002", .warning, title: "Other", explanation: "Other.")
        let texts = DescriptorTexts(domain: "Test", descriptors: [tab, other], french: [
            "PIX9001.title": "Tabulation dans l’indentation",
            "PIX9001.explanation": "Indentez avec des espaces, jamais avec {{tabulations}}.",
            "PIX9003.title": "Code inconnu",
        ])
        let catalog = DiagnosticCatalog([tab, other], translations: [texts])
        #expect(catalog.title(of: tab, in: .fr) == "Tabulation dans l’indentation")
        #expect(catalog.explanation(of: tab, in: .fr) == "Indentez avec des espaces, jamais avec {tabulations}.")
        #expect(catalog.title(of: tab, in: .en) == "Tab used for indentation")
        #expect(catalog.explanation(of: tab, in: .en) == "Use {{spaces}}.", "the descriptor's English is shown as written")
        #expect(Localization.withLanguage(.fr) { catalog.title(of: tab) } == "Tabulation dans l’indentation")
        let problems = catalog.textProblems()
        #expect(problems.contains("Test.descriptors: PIX9002.title is missing in fr"))
        #expect(problems.contains("Test.descriptors: PIX9002.explanation is missing in fr"))
        #expect(problems.contains("Test.descriptors: PIX9003.title is missing in en"))
        #expect(DiagnosticCatalog([tab]).textProblems() == ["PIX9001 (Tab used for indentation) has no French title and explanation"])
    }

    @Test func aPlaceholderInTheFrenchIsReported() {
        let tab = DiagnosticDescriptor("PIX9001", .error, title: "Tab", explanation: "Spaces.")
        let texts = DescriptorTexts(domain: "Test", descriptors: [tab], french: [
            "PIX9001.title": "Tabulation {nom}",
            "PIX9001.explanation": "Des espaces.",
        ])
        #expect(texts.catalogue.problems() == ["Test.descriptors: PIX9001.title has placeholders {nom} in fr but {} in en"])
    }

    @Test func sarifRulesInFrench() throws {
        let tab = DiagnosticDescriptor("PIX9001", .error, title: "Tab used for indentation", explanation: "Use spaces.")
        let texts = DescriptorTexts(domain: "Test", descriptors: [tab], french: [
            "PIX9001.title": "Tabulation dans l’indentation",
            "PIX9001.explanation": "Indentez avec des espaces.",
        ])
        let renderer = SARIFRenderer(toolVersion: "1.0.0", catalog: DiagnosticCatalog([tab], translations: [texts]))
        let text = Localization.withLanguage(.fr) { renderer.render([]) }
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let rule = try #require(((((log["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])?.first)
        #expect((rule["shortDescription"] as? [String: Any])?["text"] as? String == "Tabulation dans l’indentation")
        #expect((rule["fullDescription"] as? [String: Any])?["text"] as? String == "Indentez avec des espaces.")
        #expect(rule["name"] as? String == "TabUsedForIndentation")
    }
}
