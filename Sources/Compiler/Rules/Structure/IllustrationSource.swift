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
                "this illustration has neither `file` nor `url`",
                at: illustration.span,
                help: Help("give the image: `file:` with the name of an image next to the challenge, or `url:` with its web address")
            )]
        case (let file?, let url?):
            return [descriptor(
                "this illustration has both a `file` and a `url`",
                at: url.span,
                labels: [Label(file.span, "the file is given here")],
                help: Help("keep `file` for an image stored with the challenge, or `url` for an image on the web, not both")
            )]
        default:
            return []
        }
    }
}
