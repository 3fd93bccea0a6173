import Diagnostics
import Grading
import Model

/// With `format: nombre`, every accepted answer of a QROC is a number.
struct NumericAnswersFormat: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0405", .error,
        title: "Non-numeric answer with the nombre format",
        explanation: """
        With `format: nombre`, Pix compares a QROC answer as a number (so `1978`, `1978,0` and
        ` 1978` are the same) — but only when every accepted answer is a number. One non-numeric
        accepted answer silently switches the whole challenge back to text comparison. Write
        numbers with digits, a comma or a point for decimals, and no unit (put the unit after the
        input in `proposals`).
        """,
        wrong: RuleExamples.challenge("tableur-taille", type: "QROC", instruction: "Quelle est la taille du fichier, en Mo ?", """
        proposals: "${taille} Mo"
        answers: ["12 Mo"]
        format: nombre
        tests:
          accept: ["12"]
          reject: ["13"]
        """),
        right: RuleExamples.challenge("tableur-taille", type: "QROC", instruction: "Quelle est la taille du fichier, en Mo ?", """
        proposals: "${taille} Mo"
        answers: ["12"]
        format: nombre
        tests:
          accept: ["12"]
          reject: ["13"]
        """)
    )

    var checksVariants: Bool { true }

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        guard view.form.type == .qroc, view.form.format == .nombre else { return [] }
        return view.form.accepted.filter { !$0.value.isEmpty && !PixNumber.isNumeric($0.value) }.map { answer in
            descriptor(
                RuleMessages.text("NumericAnswersFormat.1", ["answer": "\(answer.value)", "variantSuffix": "\(view.variantSuffix)"]),
                at: answer.span,
                notes: view.variantNotes,
                help: Help(RuleMessages.text("NumericAnswersFormat.2"))
            )
        }
    }
}
