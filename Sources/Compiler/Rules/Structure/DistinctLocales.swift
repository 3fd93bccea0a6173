import Diagnostics
import Model

/// A locale is listed once.
struct DistinctLocales: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0421", .error,
        title: "Locale listed twice",
        explanation: """
        Each locale of `locales` is an audience the challenge is offered to; listing one twice
        adds nothing and would appear twice in the release. Different spellings of the same
        code (`fr-fr` and `fr-FR`) count as the same locale.
        """,
        wrong: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: "locales: [fr, fr-fr, fr]")]),
        right: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: "locales: [fr, fr-fr]")])
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        Repeats.of(view.challenge.locales) { KnownLocales.respelling($0.value) }.map { locale, original in
            descriptor(
                RuleMessages.text("DistinctLocales.1", ["locale": "\(KnownLocales.respelling(locale.value))"]),
                at: locale.span,
                labels: [Label(original.span, RuleMessages.text("DistinctLocales.2"))],
                help: Help(RuleMessages.text("DistinctLocales.3"))
            )
        }
    }
}
