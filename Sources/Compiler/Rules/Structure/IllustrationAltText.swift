import Diagnostics
import Model

/// An illustration has a text alternative.
struct IllustrationAltText: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0426", .error,
        title: "Illustration without alt text",
        explanation: """
        Learners who cannot see the image, with a screen reader, get its `alt` text instead. It
        describes what the image shows that matters to answer, in one or two sentences (« Capture
        d’écran d’un tableur : la cellule B2 contient la formule =SOMME(A1:A10) »), not
        « image » or the file's name. Pix translates it with the challenge. An illustration
        without `alt` excludes these learners, so it is an error.
        """,
        wrong: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: """
        illustration:
          url: https://www.cnil.fr/sites/default/files/logo-cnil.png
        """)]),
        right: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: """
        illustration:
          url: https://www.cnil.fr/sites/default/files/logo-cnil.png
          alt: Logo de la CNIL, les lettres CNIL en bleu sur fond blanc.
        """)])
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        guard let illustration = view.challenge.illustration else { return [] }
        guard let alt = illustration.alt else {
            return [descriptor(
                RuleMessages.text("IllustrationAltText.1"),
                at: illustration.span,
                help: Help(RuleMessages.text("IllustrationAltText.2"))
            )]
        }
        guard alt.value.allSatisfy(\.isWhitespace) else { return [] }
        return [descriptor(
            RuleMessages.text("IllustrationAltText.3"),
            at: alt.span,
            help: Help(RuleMessages.text("IllustrationAltText.4"))
        )]
    }
}
