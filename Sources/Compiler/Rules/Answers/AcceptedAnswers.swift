import Diagnostics
import Model

/// QROC challenges accept at least one answer; every QROCM input and group accepts at least one.
struct AcceptedAnswers: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0404", .error,
        title: "No accepted answer",
        explanation: """
        A typed answer is graded right when it matches one of the accepted answers. A QROC without
        `answers`, or a QROCM input or group with an empty list, can never be answered right. An
        empty accepted answer does not count: Pix ignores empty lines.
        """,
        wrong: RuleExamples.challenge("recherche-annee-cnil", type: "QROC", instruction: "En quelle année la CNIL a-t-elle été créée ?", """
        proposals: "Année : ${annee}"
        format: nombre
        tests:
          reject: ["1987"]
        """),
        right: RuleExamples.challenge("recherche-annee-cnil", type: "QROC", instruction: "En quelle année la CNIL a-t-elle été créée ?", """
        proposals: "Année : ${annee}"
        answers: ["1978"]
        format: nombre
        tests:
          accept: ["1978"]
          reject: ["1987"]
        """)
    )

    var checksVariants: Bool { true }

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let form = view.form
        let challenge = view.challenge
        guard !form.hasSyntaxErrors else { return [] }
        if challenge.autoReply?.value == true, form.type == .qroc, form.accepted.isEmpty, challenge.answers == nil, challenge.solution == nil {
            return [descriptor(RuleMessages.text("AcceptedAnswers.1", ["variantSuffix": "\(view.variantSuffix)"]),
                               at: challenge.autoReply?.span ?? challenge.type.span, notes: view.variantNotes,
                               help: Help(RuleMessages.text("AcceptedAnswers.2")))]
        }
        let place = form.answersSpan ?? challenge.type.span
        switch form.type {
        case .qcu, .qcm:
            return []
        case .qroc:
            guard !form.accepted.contains(where: { !$0.value.isEmpty }) else { return [] }
            return [descriptor(RuleMessages.text("AcceptedAnswers.3", ["variantSuffix": "\(view.variantSuffix)"]), at: place, notes: view.variantNotes,
                               help: Help(RuleMessages.text("AcceptedAnswers.4")))]
        case .qrocmInd:
            return form.byInput.filter { entry in !entry.accepted.contains { !$0.value.isEmpty } }.map { entry in
                descriptor(RuleMessages.text("AcceptedAnswers.5", ["key": "\(entry.key.value)", "variantSuffix": "\(view.variantSuffix)"]), at: entry.key.span, notes: view.variantNotes,
                           help: Help(RuleMessages.text("AcceptedAnswers.6", ["key": "\(entry.key.value)"])))
            } + (form.byInput.isEmpty ? [descriptor(RuleMessages.text("AcceptedAnswers.7", ["variantSuffix": "\(view.variantSuffix)"]), at: place, notes: view.variantNotes,
                                                     help: Help(RuleMessages.text("AcceptedAnswers.8")))] : [])
        case .qrocmDep:
            return form.groups.filter { group in !group.accepted.contains { !$0.value.isEmpty } }.map { group in
                descriptor(RuleMessages.text("AcceptedAnswers.9", ["variantSuffix": "\(view.variantSuffix)"]), at: group.span, notes: view.variantNotes,
                           help: Help(RuleMessages.text("AcceptedAnswers.10")))
            } + (form.groups.isEmpty ? [descriptor(RuleMessages.text("AcceptedAnswers.11", ["variantSuffix": "\(view.variantSuffix)"]), at: place, notes: view.variantNotes,
                                                    help: Help(RuleMessages.text("AcceptedAnswers.12")))] : [])
        }
    }
}
