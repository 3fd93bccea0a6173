import Diagnostics
import Model

/// An illustration is either a file of the repository or a web address, not both.
struct IllustrationSource: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0425", .error,
        title: "Illustration without a single source",
        explanation: """
        An illustration is an image shown with the instruction. It comes either from a file
        stored next to the challenge (`file: capture.png`) or from the web (`url: https://…`):
        exactly one of the two. With neither, there is nothing to show; with both, pixc cannot
        tell which image the learner should see.
        """,
        wrong: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: """
        illustration:
          alt: Logo de la CNIL, les lettres CNIL en bleu sur fond blanc.
        """)]),
        right: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: """
        illustration:
          url: https://www.cnil.fr/sites/default/files/logo-cnil.png
          alt: Logo de la CNIL, les lettres CNIL en bleu sur fond blanc.
        """)])
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        guard let illustration = view.challenge.illustration else { return [] }
        switch (illustration.file, illustration.url) {
        case (nil, nil):
            return [descriptor(
                RuleMessages.text("IllustrationSource.1"),
                at: illustration.span,
                help: Help(RuleMessages.text("IllustrationSource.2"))
            )]
        case (let file?, let url?):
            return [descriptor(
                RuleMessages.text("IllustrationSource.3"),
                at: url.span,
                labels: [Label(file.span, RuleMessages.text("IllustrationSource.4"))],
                help: Help(RuleMessages.text("IllustrationSource.5"))
            )]
        default:
            return []
        }
    }
}
