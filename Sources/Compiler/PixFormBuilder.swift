import Diagnostics
import Model

/// Builds the Pix form of a challenge from what the author wrote.
public enum PixFormBuilder {
    public struct Result: Sendable {
        public let form: PixForm
        public let diagnostics: [Diagnostic]
    }

    public static func build(_ challenge: Challenge) -> Result {
        let type = challenge.type.value
        var form = PixForm(
            type: type,
            tolerances: challenge.effectiveTolerances,
            format: challenge.format?.value ?? .mots,
            shuffled: challenge.shuffled?.value ?? type.isChoice
        )
        var diagnostics: [Diagnostic] = []
        if type.isChoice, let options = challenge.options {
            form.options = options.map {
                PixForm.Option(text: $0.text, isCorrect: $0.isCorrect, span: $0.span, correctnessSpan: $0.correct?.span)
            }
            form.answersSpan = challenge.options.flatMap { $0.first?.span }
            form.proposals = form.options.map { "- " + $0.text.value }.joined(separator: "\n")
            form.solution = form.options.indices.filter { form.options[$0].isCorrect }.map { String($0 + 1) }.joined(separator: ",")
        }
        _ = diagnostics
        diagnostics = []
        return Result(form: form, diagnostics: diagnostics)
    }
}
