import Diagnostics
import Model

/// An auto-reply challenge has an embed to give the answer.
struct AutoReplyNeedsEmbed: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0423", .error,
        title: "Auto-reply without embed",
        explanation: """
        With `autoReply: oui`, the learner does not type an answer: the simulator shown in the
        page (`embed`) sends it when the task is done. Without an `embed`, nothing can answer,
        and Pix Editor refuses to save such a challenge (« Le mode Réponse automatique a été
        activé alors que l’épreuve ne contient pas d’embed »). Add the simulator's `embed`, or
        remove `autoReply`.
        """,
        wrong: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: "autoReply: oui")]),
        right: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: """
        autoReply: oui
        embed:
          url: https://epreuves.pix.fr/fr/recherche/cnil.html
          title: Simulateur de moteur de recherche
          height: 600
        """)])
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        guard let autoReply = view.challenge.autoReply, autoReply.value, view.challenge.embed == nil else { return [] }
        return [descriptor(
            RuleMessages.text("AutoReplyNeedsEmbed.1"),
            at: autoReply.span,
            help: Help(RuleMessages.text("AutoReplyNeedsEmbed.2"))
        )]
    }
}
