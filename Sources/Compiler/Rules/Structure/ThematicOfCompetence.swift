import Diagnostics
import Model
import Vocabulary

/// A tube's thematic is one of its competence's thematics.
struct ThematicOfCompetence: RepositoryRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0308", .error,
        title: "Thematic not in the competence",
        explanation: """
        Within a competence, tubes are grouped by thematic (« Moteur de recherche et requête »,
        « Évaluation de l’information »…). `thematic` gives the `key` of one of the thematics the
        referential lists under the tube's competence. A thematic of another competence does not
        fit: either the key is misspelled, or the tube belongs to that other competence.
        """,
        wrong: Example([
            StructureExamples.requetesTube(thematic: "moteur-de-recherche"),
        ]),
        right: Example([
            StructureExamples.requetesTube(),
        ])
    )

    let inputs: RepositoryInputs = .structure

    func check(_ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for tube in context.index.repository.tubes {
            guard let referential = context.index.referential(for: tube),
                  let competence = referential.competence(tube.competence.value) else { continue }
            let written = tube.thematic
            guard competence.thematic(written.value) == nil else { continue }
            let keys = competence.thematics.map(\.key.value)
            let label = Label(tube.competence.span, RuleMessages.text("ThematicOfCompetence.1", ["index": "\(competence.index.value)"]))
            let message = RuleMessages.text("ThematicOfCompetence.2", ["index": "\(competence.index.value)", "written": "\(written.value)"])
            if let suggestion = Suggestion.closest(to: written.value, among: keys) {
                diagnostics.append(descriptor(message, at: written.span, labels: [label],
                                              help: Help.didYouMean(suggestion, fix: written.span.scalarReplacement(suggestion).maybeIncorrect)))
                continue
            }
            let list = keys.isEmpty ? RuleMessages.text("ThematicOfCompetence.3") : RuleMessages.text("ThematicOfCompetence.4") + String.codeList(keys)
            if let owner = referential.competences.first(where: { $0.thematic(written.value) != nil }) {
                diagnostics.append(descriptor(
                    message + RuleMessages.text("ThematicOfCompetence.5", ["index": "\(owner.index.value)"]),
                    at: written.span, labels: [label],
                    help: Help(RuleMessages.text("ThematicOfCompetence.6", ["index": "\(owner.index.value)", "list": "\(list)"]))
                ))
                continue
            }
            diagnostics.append(descriptor(message, at: written.span, labels: [label],
                                          help: Help(RuleMessages.text("ThematicOfCompetence.7", ["list": "\(list)"]))))
        }
        return diagnostics
    }
}
