import Diagnostics
import Model

/// Every challenge has author tests, with at least one answer to accept and one to reject.
struct MissingAuthorTests: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0416", .warning,
        title: "Missing author tests",
        explanation: """
        Author tests are how a team makes sure a challenge grades as intended, today and after
        every edit: `tests.accept` lists answers that must be graded right (the expected answer,
        its usual spellings), `tests.reject` answers that must be graded wrong (the likely
        mistakes). pixc runs them on every variant. Each challenge should have at least one of
        each.
        """,
        wrong: RuleExamples.challenge("recherche-annee-cnil", type: "QROC", instruction: "En quelle année la CNIL a-t-elle été créée ?", """
        proposals: "Année : ${annee}"
        answers: ["1978"]
        format: nombre
        """),
        right: RuleExamples.challenge("recherche-annee-cnil", type: "QROC", instruction: "En quelle année la CNIL a-t-elle été créée ?", """
        proposals: "Année : ${annee}"
        answers: ["1978"]
        format: nombre
        tests:
          accept: ["1978"]
          reject: ["1987"]
        """)
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        guard let tests = view.challenge.tests else {
            return [descriptor(RuleMessages.text("MissingAuthorTests.1"), at: view.challenge.id.span,
                               help: Help(RuleMessages.text("MissingAuthorTests.2")))]
        }
        if tests.accept.isEmpty {
            return [descriptor(RuleMessages.text("MissingAuthorTests.3"), at: tests.span, help: Help(RuleMessages.text("MissingAuthorTests.4")))]
        }
        if tests.reject.isEmpty, view.challenge.autoReply?.value != true {
            return [descriptor(RuleMessages.text("MissingAuthorTests.5"), at: tests.span, help: Help(RuleMessages.text("MissingAuthorTests.6")))]
        }
        return []
    }
}
