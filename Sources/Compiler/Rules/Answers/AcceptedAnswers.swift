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
            return [descriptor("this auto-reply challenge has no accepted answer: the embed's answer is compared with `answers`\(view.variantSuffix)",
                               at: challenge.autoReply?.span ?? challenge.type.span, notes: view.variantNotes,
                               help: Help("write the value the simulator sends under `answers:`"))]
        }
        let place = form.answersSpan ?? challenge.type.span
        switch form.type {
        case .qcu, .qcm:
            return []
        case .qroc:
            guard !form.accepted.contains(where: { !$0.value.isEmpty }) else { return [] }
            return [descriptor("this QROC accepts no answer\(view.variantSuffix)", at: place, notes: view.variantNotes,
                               help: Help("list the accepted answers under `answers:`, for example `answers: [\"1978\"]`"))]
        case .qrocmInd:
            return form.byInput.filter { entry in !entry.accepted.contains { !$0.value.isEmpty } }.map { entry in
                descriptor("the input `\(entry.key.value)` accepts no answer\(view.variantSuffix)", at: entry.key.span, notes: view.variantNotes,
                           help: Help("list its accepted answers: `\(entry.key.value): [answer]`"))
            } + (form.byInput.isEmpty ? [descriptor("this QROCM-ind accepts no answer\(view.variantSuffix)", at: place, notes: view.variantNotes,
                                                     help: Help("give the accepted answers of each input under `answers:`"))] : [])
        case .qrocmDep:
            return form.groups.filter { group in !group.accepted.contains { !$0.value.isEmpty } }.map { group in
                descriptor("this group accepts no answer\(view.variantSuffix)", at: group.span, notes: view.variantNotes,
                           help: Help("list the answers of the group, or remove it"))
            } + (form.groups.isEmpty ? [descriptor("this QROCM-dep accepts no answer\(view.variantSuffix)", at: place, notes: view.variantNotes,
                                                    help: Help("list groups of accepted answers under `answers:`, one per line: `- [answer, other spelling]`"))] : [])
        }
    }
}
