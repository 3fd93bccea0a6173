import Diagnostics
import Localization
import Model
import Vocabulary

/// `format: nombre` changes the grading of a QROC only.
struct NumberFormatWithoutEffect: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0429", .warning,
        title: "format: nombre without effect",
        explanation: """
        Pix compares answers as numbers (`1978`, `1978,0` and ` 1978` alike) only in a QROC with
        `format: nombre`. In a QROCM-ind or a QROCM-dep, the format changes nothing: answers are
        compared as text, with the tolerances. The line gives a false sense of safety: write the
        accepted forms of each number in `answers`, and see PIX0428 about t2 and decimal commas.
        """,
        wrong: RuleExamples.challenge("tableur-cellules", type: "QROCM-ind", instruction: "Quelles valeurs affichent les cellules B4 et C4\u{A0}?", """
        proposals: |
          B4\u{A0}: ${b4}
          C4\u{A0}: ${c4}
        answers:
          b4: ["7"]
          c4: ["12"]
        format: nombre
        tests:
          accept:
            - {b4: "7", c4: "12"}
          reject:
            - {b4: "8", c4: "12"}
        """),
        right: RuleExamples.challenge("tableur-cellules", type: "QROCM-ind", instruction: "Quelles valeurs affichent les cellules B4 et C4\u{A0}?", """
        proposals: |
          B4\u{A0}: ${b4}
          C4\u{A0}: ${c4}
        answers:
          b4: ["7"]
          c4: ["12"]
        tests:
          accept:
            - {b4: "7", c4: "12"}
          reject:
            - {b4: "8", c4: "12"}
        """)
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        guard let format = view.challenge.format, format.value == .nombre,
              view.challenge.type.value == .qrocmInd || view.challenge.type.value == .qrocmDep else { return [] }
        let catalogue = WritingMessages.catalogue
        let line = format.span.wholeLines
        // Delete the line only when it holds nothing but the key and its value (and a comment).
        let before = format.span.file.text(in: line.start..<format.span.start).trimmingWhitespace()
        let replacement = before == "format:" ? Replacement(span: line, text: "") : nil
        return [descriptor(
            catalogue.text("formatNoEffect.message", ["type": view.challenge.type.value.rawValue]),
            at: format.span,
            help: Help(catalogue.text("formatNoEffect.help"), replacement: replacement)
        )]
    }
}
