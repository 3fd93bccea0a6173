import Diagnostics
import Model
import Vocabulary

/// The answers of a QROCM-ind have exactly the keys of its inputs.
struct QROCMIndKeys: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0407", .error,
        title: "QROCM-ind answers do not match the inputs",
        explanation: """
        In a QROCM-ind each input is graded on its own, against the accepted answers listed under
        its key. Every `${key}` of `proposals` needs its entry in `answers`, and every entry of
        `answers` must be an input: Pix fails with an error on an answer key missing from the
        solution, and an extra key is usually a typo.
        """,
        wrong: RuleExamples.fileNameAndExtension(answerKey: "extention"),
        right: RuleExamples.fileNameAndExtension()
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let form = view.form
        guard form.type == .qrocmInd, !form.byInput.isEmpty || !form.inputs.isEmpty else { return [] }
        let inputKeys = form.inputs.map(\.key)
        let answerKeys = form.byInput.map(\.key.value)
        var diagnostics: [Diagnostic] = []
        for entry in form.byInput where !inputKeys.contains(entry.key.value) {
            var help = Help("the inputs of `proposals` are: \(inputKeys.map { "`\($0)`" }.joined(separator: ", "))")
            if let near = Suggestion.closest(to: entry.key.value, among: inputKeys.filter { !answerKeys.contains($0) }) {
                help = Help.didYouMean(near, replacing: entry.key.span)
            }
            diagnostics.append(descriptor("`\(entry.key.value)` is not an input of `proposals`", at: entry.key.span, help: help))
        }
        for input in form.inputs where !answerKeys.contains(input.key) {
            // A typo reported above already explains this one.
            if form.byInput.contains(where: { !inputKeys.contains($0.key.value) && Suggestion.closest(to: $0.key.value, among: [input.key]) != nil }) { continue }
            diagnostics.append(descriptor(
                "the input `\(input.key)` has no accepted answers",
                at: input.span,
                labels: form.answersSpan.map { [Label($0, "answers are listed here")] } ?? [],
                help: Help("add `\(input.key): [answer]` under `answers:`")
            ))
        }
        return diagnostics
    }
}
