import Diagnostics
import Model

/// A timer gives a positive number of seconds.
struct PositiveTimer: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0422", .error,
        title: "Timer not positive",
        explanation: """
        `timer` limits the time the learner has to answer, in seconds; Pix shows a warning
        before starting a timed challenge. A time of 0 or less means nothing: for a challenge
        without time limit, leave `timer` out.
        """,
        wrong: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: "timer: 0")]),
        right: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: "timer: 60")])
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        guard let timer = view.challenge.timer, timer.value <= 0 else { return [] }
        return [descriptor(
            RuleMessages.text("PositiveTimer.1", ["timer": "\(timer.value)"]),
            at: timer.span,
            help: Help(RuleMessages.text("PositiveTimer.2"))
        )]
    }
}
