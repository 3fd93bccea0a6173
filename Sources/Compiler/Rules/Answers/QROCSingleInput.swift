import Diagnostics
import Model

/// A QROC has exactly one input; QROCM-ind and QROCM-dep have at least one.
struct QROCSingleInput: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0414", .error,
        title: "Wrong number of inputs",
        explanation: """
        A QROC asks for one typed answer: its `proposals` has exactly one `${key}` input. Several
        inputs need a QROCM-ind (graded input by input) or a QROCM-dep (interchangeable inputs).
        A QROCM without any input cannot be answered.
        """,
        wrong: RuleExamples.challenge("recherche-fichier", type: "QROC", instruction: "Donnez le nom et l’extension du fichier rapport.pdf.", """
        proposals: "Nom : ${nom} Extension : ${extension}"
        answers: [rapport]
        tests:
          accept: [rapport]
        """),
        right: RuleExamples.challenge("recherche-fichier", type: "QROCM-ind", instruction: "Donnez le nom et l’extension du fichier rapport.pdf.", """
        proposals: "Nom : ${nom} Extension : ${extension}"
        answers:
          nom: [rapport]
          extension: [pdf]
        tests:
          accept:
            - {nom: rapport, extension: pdf}
        """)
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let form = view.form
        guard let proposals = view.challenge.proposals, !form.type.isChoice else { return [] }
        if form.type == .qroc, form.inputs.count > 1 {
            return [descriptor(
                RuleMessages.text("QROCSingleInput.1", ["inputs": "\(form.inputs.count)"]),
                at: form.inputs[1].span,
                labels: [Label(form.inputs[0].span, RuleMessages.text("QROCSingleInput.2"))],
                help: Help(RuleMessages.text("QROCSingleInput.3"))
            )]
        }
        if form.inputs.isEmpty, view.challenge.autoReply?.value != true {
            return [descriptor(
                RuleMessages.text("QROCSingleInput.4"),
                at: proposals.span,
                help: Help(RuleMessages.text("QROCSingleInput.5"))
            )]
        }
        return []
    }
}
