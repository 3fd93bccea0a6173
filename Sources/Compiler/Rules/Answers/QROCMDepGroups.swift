import Diagnostics
import Model

/// A QROCM-dep has at least as many groups as inputs.
struct QROCMDepGroups: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0408", .error,
        title: "Fewer answer groups than inputs",
        explanation: """
        In a QROCM-dep the inputs are interchangeable and each must match a different group of
        answers (one group cannot be used twice). With fewer groups than inputs, at least one input
        can never be right, so nobody can succeed.
        """,
        wrong: RuleExamples.challenge("recherche-moteurs", type: "QROCM-dep", instruction: "Citez trois moteurs de recherche.", """
        proposals: "${m1} ${m2} ${m3}"
        answers:
          - [Qwant]
          - [Google]
        tests:
          accept:
            - {m1: Google, m2: Qwant, m3: Google}
        """),
        right: RuleExamples.challenge("recherche-moteurs", type: "QROCM-dep", instruction: "Citez trois moteurs de recherche.", """
        proposals: "${m1} ${m2} ${m3}"
        answers:
          - [Qwant]
          - [Google]
          - [Bing]
          - [Ecosia]
        tests:
          accept:
            - {m1: Bing, m2: Qwant, m3: Google}
        """)
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let form = view.form
        guard form.type == .qrocmDep, !form.groups.isEmpty, form.groups.count < form.inputs.count else { return [] }
        return [descriptor(
            RuleMessages.catalogue.text(form.groups.count == 1 ? "QROCMDepGroups.one" : "QROCMDepGroups.other",
                                        values: ["inputs": String(form.inputs.count), "groups": String(form.groups.count)]),
            at: form.answersSpan ?? view.challenge.type.span,
            help: Help(RuleMessages.text("QROCMDepGroups.1"))
        )]
    }
}
