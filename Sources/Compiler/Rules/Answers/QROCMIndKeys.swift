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
        let knownInputs = Set(inputKeys)
        let answerKeys = Set(form.byInput.map(\.key.value))
        // Sets and one prepared candidate list: a challenge with thousands of inputs is checked
        // in time proportional to their number.
        let unanswered = SuggestionCandidates(inputKeys.filter { !answerKeys.contains($0) })
        let listed = inputKeys.prefix(20).map { "`\($0)`" }.joined(separator: ", ") + (inputKeys.count > 20 ? "…" : "")
        var diagnostics: [Diagnostic] = []
        var explained = Set<String>()
        for entry in form.byInput where !knownInputs.contains(entry.key.value) {
            var help = Help(RuleMessages.text("QROCMIndKeys.1", ["listed": "\(listed)"]))
            if let near = Suggestion.closest(to: entry.key.value, in: unanswered) {
                help = Help.didYouMean(near, replacing: entry.key.span)
                explained.insert(near)
            }
            diagnostics.append(descriptor(RuleMessages.text("QROCMIndKeys.2", ["key": "\(entry.key.value)"]), at: entry.key.span, help: help))
        }
        for input in form.inputs where !answerKeys.contains(input.key) {
            // A typo reported above already explains this one.
            if explained.contains(input.key) { continue }
            diagnostics.append(descriptor(
                RuleMessages.text("QROCMIndKeys.3", ["key": "\(input.key)"]),
                at: input.span,
                labels: form.answersSpan.map { [Label($0, RuleMessages.text("QROCMIndKeys.4"))] } ?? [],
                help: Help(RuleMessages.text("QROCMIndKeys.5", ["key": "\(input.key)"]))
            ))
        }
        return diagnostics
    }
}
