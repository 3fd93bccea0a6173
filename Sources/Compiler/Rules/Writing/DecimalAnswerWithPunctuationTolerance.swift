import Diagnostics
import Localization
import Model
import Vocabulary

/// t2 deletes every character but letters, digits and spaces: in a QROCM input, "6,5" and "65"
/// become the same answer.
struct DecimalAnswerWithPunctuationTolerance: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0428", .warning,
        title: "Decimal answer in a QROCM input with the t2 tolerance",
        explanation: """
        The t2 tolerance deletes punctuation before comparing, the decimal comma included: with t2,
        the accepted answer `6,5` becomes `65`, so a learner who types 65 is graded right. A QROC
        with `format: nombre` compares numbers and is safe; a QROCM-ind or QROCM-dep input is
        always compared as text, so a challenge with decimal answers in its inputs must not use t2
        (keep t1 and t3 if you want them).
        """,
        wrong: RuleExamples.challenge("tableur-moyennes", type: "QROCM-ind", instruction: "Quelles moyennes affichent les cellules B4 et C4\u{A0}?", """
        proposals: |
          B4\u{A0}: ${b4}
          C4\u{A0}: ${c4}
        answers:
          b4: ["6,5"]
          c4: ["12"]
        tests:
          accept:
            - {b4: "6,5", c4: "12"}
          reject:
            - {b4: "7", c4: "12"}
        """),
        right: RuleExamples.challenge("tableur-moyennes", type: "QROCM-ind", instruction: "Quelles moyennes affichent les cellules B4 et C4\u{A0}?", """
        proposals: |
          B4\u{A0}: ${b4}
          C4\u{A0}: ${c4}
        answers:
          b4: ["6,5"]
          c4: ["12"]
        tolerances: [t1, t3]
        tests:
          accept:
            - {b4: "6,5", c4: "12"}
          reject:
            - {b4: "65", c4: "12"}
        """)
    )

    var checksVariants: Bool { true }

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let form = view.form
        guard form.type == .qrocmInd || form.type == .qrocmDep, form.tolerances.contains(.t2) else { return [] }
        var candidates: [(key: String, text: Text)] = []
        for entry in form.byInput { candidates += entry.accepted.map { (entry.key.value, $0) } }
        for group in form.groups { candidates += group.accepted.map { (group.name?.value ?? "", $0) } }
        guard let (key, answer) = candidates.first(where: { Self.isDecimal($0.text.value) }) else { return [] }
        let kept = form.tolerances.filter { $0 != .t2 }.sorted()
        let written = "[" + kept.map(\.rawValue).joined(separator: ", ") + "]"
        let replacement: Replacement = if let tolerances = view.challenge.tolerances {
            Replacement(span: tolerances.span, text: written)
        } else {
            Replacement(span: view.challenge.type.span.afterLine, text: "tolerances: \(written)\n")
        }
        let catalogue = WritingMessages.catalogue
        let value = answer.value.trimmingWhitespace()
        return [descriptor(
            catalogue.text("decimalT2.message", ["key": key, "value": value, "erased": value.filter { $0 != "," && $0 != "." }, "variant": view.variantSuffix]),
            at: view.challenge.tolerances?.span ?? answer.span,
            labels: view.challenge.tolerances == nil || !answer.isAsWritten ? [] : [Label(answer.span, value)],
            help: Help(catalogue.text("decimalT2.help", ["tolerances": "tolerances: \(written)"]), replacement: replacement)
        )]
    }

    /// Digits, one comma or point, digits (a sign allowed): what t2 turns into another number.
    static func isDecimal(_ text: String) -> Bool {
        var digits = Substring(text.trimmingWhitespace())
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ",", omittingEmptySubsequences: false).flatMap { $0.split(separator: ".", omittingEmptySubsequences: false) }
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }
}
