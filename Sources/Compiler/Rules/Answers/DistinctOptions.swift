import Diagnostics
import Grading
import Model

/// Options of a QCU or QCM differ even once case, accents, spaces and punctuation are ignored.
struct DistinctOptions: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0403", .error,
        title: "Two options look the same",
        explanation: """
        Two options that differ only by case, accents, spaces or punctuation look identical to a
        learner, who cannot choose between them; if one is correct and the other not, the
        question is unfair. pixc compares options after Pix's t1 and t2 treatments (lower case,
        no accents, no spaces, no punctuation). With datasets, this is checked on every variant.
        """,
        wrong: RuleExamples.challenge("recherche-extension", type: "QCU", instruction: "Quelle est l’extension d’un document PDF ?", """
        options:
          - text: .pdf
            correct: oui
          - text: PDF
          - text: .docx
        tests:
          accept: ["1"]
          reject: ["3"]
        """),
        right: RuleExamples.challenge("recherche-extension", type: "QCU", instruction: "Quelle est l’extension d’un document PDF ?", """
        options:
          - text: .pdf
            correct: oui
          - text: .odt
          - text: .docx
        tests:
          accept: ["1"]
          reject: ["3"]
        """)
    )

    var checksVariants: Bool { true }

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        guard view.form.type.isChoice else { return [] }
        var seen: [String: PixForm.Option] = [:]
        var diagnostics: [Diagnostic] = []
        for option in view.form.options {
            let key = Treatments.apply(Treatments.preTreatment(option.text.value), t1: true, t2: true)
            if let first = seen[key] {
                diagnostics.append(descriptor(
                    RuleMessages.text("DistinctOptions.1", ["text": "\(option.text.value)", "text2": "\(first.text.value)", "variantSuffix": "\(view.variantSuffix)"]),
                    at: option.span,
                    labels: [Label(first.span, RuleMessages.text("DistinctOptions.2"))],
                    notes: view.variantNotes + [RuleMessages.text("DistinctOptions.3")],
                    help: Help(RuleMessages.text("DistinctOptions.4"))
                ))
            } else {
                seen[key] = option
            }
        }
        return diagnostics
    }
}
