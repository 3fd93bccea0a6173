import Diagnostics
import Model

/// A QCU has exactly one correct option.
struct QCUSingleCorrectOption: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0401", .error,
        title: "QCU without exactly one correct option",
        explanation: """
        A QCU (question à choix unique) is graded right when the learner picks THE correct option,
        so exactly one option must be marked `correct: oui`. With none, nobody can succeed; with
        two, one of them is graded wrong. If several options are right, make it a QCM.
        """,
        wrong: RuleExamples.challenge("recherche-moteur", type: "QCU", instruction: "Lequel de ces sites est un moteur de recherche ?", """
        options:
          - text: Qwant
            correct: oui
          - text: Ecosia
            correct: oui
          - text: Wikipédia
        tests:
          accept: ["1"]
          reject: ["3"]
        """),
        right: RuleExamples.challenge("recherche-moteur", type: "QCU", instruction: "Lequel de ces sites est un moteur de recherche ?", """
        options:
          - text: Qwant
            correct: oui
          - text: LibreOffice
          - text: Wikipédia
        tests:
          accept: ["1"]
          reject: ["3"]
        """)
    )

    var checksVariants: Bool { true }

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        guard !view.form.hasSyntaxErrors, view.form.type == .qcu, !view.form.options.isEmpty else { return [] }
        let correct = view.form.options.filter(\.isCorrect)
        if correct.isEmpty {
            return [descriptor(
                RuleMessages.text("QCUSingleCorrectOption.1", ["variantSuffix": "\(view.variantSuffix)"]),
                at: view.form.answersSpan ?? view.challenge.type.span,
                notes: view.variantNotes,
                help: Help(RuleMessages.text("QCUSingleCorrectOption.2"))
            )]
        }
        if correct.count > 1 {
            let first = correct[0]
            return correct.dropFirst().map { option in
                descriptor(
                    RuleMessages.text("QCUSingleCorrectOption.3", ["correct": "\(correct.count)", "variantSuffix": "\(view.variantSuffix)"]),
                    at: option.correctnessSpan ?? option.span,
                    labels: [Label(first.correctnessSpan ?? first.span, RuleMessages.text("QCUSingleCorrectOption.4"))],
                    notes: view.variantNotes,
                    help: Help(RuleMessages.text("QCUSingleCorrectOption.5"))
                )
            }
        }
        return []
    }
}
