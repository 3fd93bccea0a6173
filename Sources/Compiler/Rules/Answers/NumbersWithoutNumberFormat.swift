import Diagnostics
import Grading
import Model

/// A QROC whose accepted answers are all numbers should use `format: nombre`.
struct NumbersWithoutNumberFormat: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0406", .warning,
        title: "Numeric answers without the nombre format",
        explanation: """
        Every accepted answer of this QROC is a number, but the challenge does not use
        `format: nombre`. Answers are then compared as text: `12,0` or `12.0` would be graded wrong
        while `12` is right. With `format: nombre`, Pix compares the values.
        """,
        wrong: RuleExamples.challenge("tableur-somme", type: "QROC", instruction: "Quel résultat affiche la cellule A3 ?", """
        proposals: "Résultat : ${resultat}"
        answers: ["12"]
        tests:
          accept: ["12"]
          reject: ["13"]
        """),
        right: RuleExamples.challenge("tableur-somme", type: "QROC", instruction: "Quel résultat affiche la cellule A3 ?", """
        proposals: "Résultat : ${resultat}"
        answers: ["12"]
        format: nombre
        tests:
          accept: ["12"]
          reject: ["13"]
        """)
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let form = view.form
        guard form.type == .qroc, form.format != .nombre, !form.firstInputIsSelect,
              !form.accepted.isEmpty, form.accepted.allSatisfy({ PixNumber.isNumeric($0.value) }) else { return [] }
        let place = view.challenge.format?.span ?? form.answersSpan ?? view.challenge.type.span
        let replacement = view.challenge.format.map { Replacement(span: $0.span, text: "nombre") }
        return [descriptor(
            RuleMessages.text("NumbersWithoutNumberFormat.1"),
            at: place,
            help: Help(view.challenge.format == nil ? RuleMessages.text("NumbersWithoutNumberFormat.2") : RuleMessages.text("NumbersWithoutNumberFormat.3"), replacement: replacement)
        )]
    }
}
