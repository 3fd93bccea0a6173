import Diagnostics
import Localization
import Model

/// Challenge ids are written with lower-case letters without accents, digits and hyphens.
struct ChallengeIDInAlphabet: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0208", .error,
        title: "Id outside Pix's alphabet",
        explanation: """
        A challenge's id names it for ever: in the bundle, in calibration files, in answer logs and
        in web addresses. Pix's ids use lower-case letters without accents, digits and hyphens
        only: an accent, a space or a capital letter is written differently by different tools
        (`clé` has two Unicode spellings; some systems lower-case ids) and breaks the links
        between them. pixc gives the transliterated id (`stockage-clé` → `stockage-cle`).
        """,
        wrong: Example([StructureExamples.challengeFile("recherche-année-CNIL")]),
        right: Example([StructureExamples.challengeFile("recherche-annee-cnil")])
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let id = view.challenge.id
        guard !id.value.isEmpty, !PixAlphabet.isID(id.value) else { return [] }
        let fixed = PixAlphabet.transliterated(id.value)
        let catalogue = WritingMessages.catalogue
        return [descriptor(
            catalogue.text("idAlphabet.message", ["id": id.value]),
            at: id.span,
            help: fixed.isEmpty ? nil : Help(catalogue.text("idAlphabet.help", ["fixed": fixed]), replacement: id.span.scalarReplacement(fixed))
        )]
    }
}
