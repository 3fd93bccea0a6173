import Diagnostics
import Foundation
import Model
import Vocabulary

/// Locales are among the challenge locales Pix knows.
struct KnownLocales: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0420", .error,
        title: "Unknown locale",
        explanation: """
        `locales` says for which audiences the challenge is written, with Pix's codes: `fr`
        (francophone, every French-speaking country), `fr-fr` (France only: the challenge
        mentions French institutions or habits), `en`, `nl`, `es`, `it`, `de`, `pt`. Codes are
        written in lower case with a hyphen; Pix Editor's labels (« Francophone », « Franco
        Français »…) are not codes. Without `locales`, a challenge is `fr`.
        """,
        wrong: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: "locales: [fr, fr-FR]")]),
        right: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: "locales: [fr, fr-fr]")])
    )

    /// Pix Editor's labels of the locales (pix-content.md §1.3) and a few plain names, folded.
    static let labels: [String: String] = [
        "francophone": "fr", "francais": "fr", "french": "fr",
        "franco francais": "fr-fr", "franco-francais": "fr-fr", "france": "fr-fr",
        "anglais": "en", "english": "en",
        "neerlandais": "nl", "dutch": "nl",
        "espagnol": "es", "spanish": "es",
        "italie": "it", "italien": "it", "italian": "it",
        "allemand": "de", "german": "de",
        "portugais": "pt", "portuguese": "pt",
    ]

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let known = ChallengeLocale.known
        return view.challenge.locales.filter { !known.contains($0.value) }.map { locale in
            let message = RuleMessages.text("KnownLocales.1", ["locale": "\(locale.value)"])
            if let meant = Self.meant(locale.value) {
                return descriptor(message, at: locale.span,
                                  help: Help(RuleMessages.text("KnownLocales.2", ["meant": "\(meant)"]), replacement: locale.span.scalarReplacement(meant)))
            }
            return descriptor(message, at: locale.span, help: Help(RuleMessages.text("KnownLocales.3") + String.codeList(known)))
        }
    }

    /// The code the author meant: another spelling of a code (`fr-FR`, `fr_fr`), a label, or a typo.
    static func meant(_ written: String) -> String? {
        let respelled = respelling(written)
        if ChallengeLocale.known.contains(respelled) { return respelled }
        if let code = labels[written.trimmingWhitespace().foldedForComparison] { return code }
        return Suggestion.closest(to: respelled, among: ChallengeLocale.known)
    }

    /// Lower case, `_` as `-`: `fr_FR` and `fr-FR` are spellings of `fr-fr`.
    static func respelling(_ written: String) -> String {
        String(written.trimmingWhitespace().lowercased().map { $0 == "_" ? "-" : $0 })
    }
}
