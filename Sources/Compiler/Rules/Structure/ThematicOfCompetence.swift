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

    func check(_ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for tube in context.index.repository.tubes {
            guard let referential = context.index.referential(for: tube),
                  let competence = referential.competence(tube.competence.value) else { continue }
            let written = tube.thematic
            guard competence.thematic(written.value) == nil else { continue }
            let keys = competence.thematics.map(\.key.value)
            let label = Label(tube.competence.span, "the thematics of competence \(competence.index.value) apply")
            let message = "the competence \(competence.index.value) has no thematic `\(written.value)`"
            if let suggestion = Suggestion.closest(to: written.value, among: keys) {
                diagnostics.append(descriptor(message, at: written.span, labels: [label],
                                              help: Help.didYouMean(suggestion, fix: written.span.scalarReplacement(suggestion).maybeIncorrect)))
                continue
            }
            let list = keys.isEmpty ? "the referential lists no thematic for this competence yet" : "its thematics are " + String.codeList(keys)
            if let owner = referential.competences.first(where: { $0.thematic(written.value) != nil }) {
                diagnostics.append(descriptor(
                    message + "; it is a thematic of competence \(owner.index.value)",
                    at: written.span, labels: [label],
                    help: Help("if the tube belongs to competence \(owner.index.value), write `competence: \"\(owner.index.value)\"`; otherwise \(list)")
                ))
                continue
            }
            diagnostics.append(descriptor(message, at: written.span, labels: [label],
                                          help: Help("give the key of one of the competence's thematics: \(list)")))
        }
        return diagnostics
    }
}
