import Diagnostics
import Model

/// A QCU or QCM offers at least two options.
struct OptionCount: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0410", .error,
        title: "Fewer than two options",
        explanation: """
        A multiple-choice question needs at least two options to choose from; with one, the
        learner has nothing to decide. Pix's own module editor asks for at least three options in
        a QCM.
        """,
        wrong: RuleExamples.challenge("recherche-moteur", type: "QCU", instruction: "Lequel de ces sites est un moteur de recherche ?", """
        options:
          - text: Qwant
            correct: oui
        tests:
          accept: ["1"]
        """),
        right: RuleExamples.challenge("recherche-moteur", type: "QCU", instruction: "Lequel de ces sites est un moteur de recherche ?", """
        options:
          - text: Qwant
            correct: oui
          - text: Wikipédia
        tests:
          accept: ["1"]
          reject: ["2"]
        """)
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let form = view.form
        guard form.type.isChoice, form.options.count < 2, view.challenge.options != nil || view.challenge.proposals != nil else { return [] }
        return [descriptor(
            RuleMessages.text("OptionCount.1", ["type": "\(form.type.rawValue)", "options": "\(form.options.count)"]),
            at: form.answersSpan ?? view.challenge.type.span,
            help: Help(RuleMessages.text("OptionCount.2"))
        )]
    }
}
