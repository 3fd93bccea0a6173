import Diagnostics
import Model

/// A QCM has at least one correct option.
struct QCMCorrectOption: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0402", .error,
        title: "QCM without a correct option",
        explanation: """
        A QCM (question à choix multiples) is graded right when the learner picks exactly the set of
        correct options. With no option marked `correct: oui`, the only accepted answer would be an
        empty selection, which the Pix interface does not allow.
        """,
        wrong: RuleExamples.challenge("recherche-operateurs", type: "QCM", instruction: "Quels opérateurs restreignent une recherche sur Qwant ?", """
        options:
          - text: 'site:'
          - text: 'filetype:'
          - text: 'couleur:'
        tests:
          accept: ["1,2"]
          reject: ["3"]
        """),
        right: RuleExamples.challenge("recherche-operateurs", type: "QCM", instruction: "Quels opérateurs restreignent une recherche sur Qwant ?", """
        options:
          - text: 'site:'
            correct: oui
          - text: 'filetype:'
            correct: oui
          - text: 'couleur:'
        tests:
          accept: ["1,2"]
          reject: ["3"]
        """)
    )

    var checksVariants: Bool { true }

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        guard !view.form.hasSyntaxErrors, view.form.type == .qcm, !view.form.options.isEmpty, !view.form.options.contains(where: \.isCorrect) else { return [] }
        return [descriptor(
            RuleMessages.text("QCMCorrectOption.1", ["variantSuffix": "\(view.variantSuffix)"]),
            at: view.form.answersSpan ?? view.challenge.type.span,
            notes: view.variantNotes,
            help: Help(RuleMessages.text("QCMCorrectOption.2"))
        )]
    }
}
