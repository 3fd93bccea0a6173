import Diagnostics
import Model
import Vocabulary

/// The accepted answers of a select input are among its options.
struct SelectAnswers: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0409", .error,
        title: "Select answer not among its options",
        explanation: """
        A select input lets the learner pick one of its options, and Pix compares the pick exactly
        (no tolerance applies to a select in a QROC or QROCM-ind). An accepted answer that is not
        exactly one of the options can never be chosen.
        """,
        wrong: RuleExamples.challenge("recherche-unite", type: "QROC", instruction: "Quelle unité convient pour la taille d’une photo prise avec un téléphone ?", """
        proposals: "La photo pèse environ 3 ${unite}"
        inputs:
          - key: unite
            options: [Ko, Mo, Go]
        answers: [mo]
        tests:
          accept: [Mo]
          reject: [Go]
        """),
        right: RuleExamples.challenge("recherche-unite", type: "QROC", instruction: "Quelle unité convient pour la taille d’une photo prise avec un téléphone ?", """
        proposals: "La photo pèse environ 3 ${unite}"
        inputs:
          - key: unite
            options: [Ko, Mo, Go]
        answers: [Mo]
        tests:
          accept: [Mo]
          reject: [Go]
        """)
    )

    var checksVariants: Bool { true }

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let form = view.form
        var diagnostics: [Diagnostic] = []
        func verify(_ answers: [Text], against input: PixForm.Input, treated: Bool) {
            guard let options = input.selectOptions else { return }
            let values = Set(options.map { treated ? form.treated($0.value) : $0.value })
            let listed = RuleMessages.text("SelectAnswers.1") + options.prefix(20).map { "`\($0.value)`" }.joined(separator: ", ") + (options.count > 20 ? "…" : "")
            var candidates: SuggestionCandidates?
            for answer in answers where !answer.value.isEmpty {
                let value = treated ? form.treated(answer.value) : answer.value
                guard !values.contains(value) else { continue }
                var help = Help(listed)
                // Prepared once per select, and only when an answer is not one of its options.
                if candidates == nil { candidates = SuggestionCandidates(options.map(\.value)) }
                if let candidates, let near = Suggestion.closest(to: answer.value, in: candidates) {
                    help = Help(RuleMessages.text("SelectAnswers.2", ["near": "\(near)"]), replacement: answer.isAsWritten ? Replacement(span: answer.span, text: near) : nil)
                }
                diagnostics.append(descriptor(
                    RuleMessages.text("SelectAnswers.3", ["answer": "\(answer.value)", "key": "\(input.key)", "variantSuffix": "\(view.variantSuffix)"]),
                    at: answer.span, labels: [Label(input.span, RuleMessages.text("SelectAnswers.4"))], notes: view.variantNotes, help: help))
            }
        }
        switch form.type {
        case .qroc:
            if let input = form.inputs.first { verify(form.accepted, against: input, treated: false) }
        case .qrocmInd:
            let inputs = Dictionary(form.inputs.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            for entry in form.byInput {
                if let input = inputs[entry.key.value] { verify(entry.accepted, against: input, treated: false) }
            }
        case .qrocmDep:
            // Pix applies the tolerances to every input of a QROCM-dep, selects included; a group
            // only needs one answer a select can produce when all inputs are selects.
            let selects = form.inputs.filter(\.isSelect)
            guard !selects.isEmpty, selects.count == form.inputs.count else { break }
            let reachable = Set(selects.flatMap { $0.selectOptions ?? [] }.map { form.treated($0.value) })
            for group in form.groups where !group.accepted.contains(where: { reachable.contains(form.treated($0.value)) }) {
                diagnostics.append(descriptor(
                    RuleMessages.text("SelectAnswers.5", ["variantSuffix": "\(view.variantSuffix)"]),
                    at: group.span, notes: view.variantNotes,
                    help: Help(RuleMessages.text("SelectAnswers.6"))))
            }
        case .qcu, .qcm:
            break
        }
        return diagnostics
    }
}
