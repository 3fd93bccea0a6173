import Diagnostics
import Model

/// Pix's editor warns against tolerances on a QROCM-dep with a select.
struct TolerancesOnSelect: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0415", .warning,
        title: "Tolerances on a QROCM-dep with a select",
        explanation: """
        A QROCM-dep applies the enabled tolerances to every input, selects included (unlike QROC
        and QROCM-ind, where selects are compared exactly). Pix's editor therefore says: do not
        enable T1, T2 or T3 when a select list is used. Set `tolerances: aucune`.
        """,
        wrong: RuleExamples.challenge("recherche-unites", type: "QROCM-dep", instruction: "Choisissez deux unités de taille de fichier.", """
        proposals: "${u1} ${u2}"
        inputs:
          - {key: u1, options: [Ko, Mo, km]}
          - {key: u2, options: [Ko, Mo, km]}
        answers:
          - [Ko]
          - [Mo]
        tests:
          accept:
            - {u1: Mo, u2: Ko}
        """),
        right: RuleExamples.challenge("recherche-unites", type: "QROCM-dep", instruction: "Choisissez deux unités de taille de fichier.", """
        proposals: "${u1} ${u2}"
        inputs:
          - {key: u1, options: [Ko, Mo, km]}
          - {key: u2, options: [Ko, Mo, km]}
        answers:
          - [Ko]
          - [Mo]
        tolerances: aucune
        tests:
          accept:
            - {u1: Mo, u2: Ko}
        """)
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let form = view.form
        guard form.type == .qrocmDep, !form.tolerances.isEmpty, let select = form.inputs.first(where: \.isSelect) else { return [] }
        let place = view.challenge.tolerances?.span ?? view.challenge.type.span
        return [descriptor(
            RuleMessages.text("TolerancesOnSelect.1", ["tolerances": "\(form.tolerances.map(\.rawValue).joined(separator: ", "))", "key": "\(select.key)"]),
            at: place,
            labels: [Label(select.span, RuleMessages.text("TolerancesOnSelect.2"))],
            help: Help(view.challenge.tolerances == nil ? RuleMessages.text("TolerancesOnSelect.3") : RuleMessages.text("TolerancesOnSelect.4"),
                       replacement: view.challenge.tolerances.map { Replacement(span: $0.span, text: "aucune") })
        )]
    }
}
