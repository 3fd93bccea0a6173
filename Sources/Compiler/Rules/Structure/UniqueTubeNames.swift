import Diagnostics
import Model

/// A tube name names one tube in the whole repository.
struct UniqueTubeNames: RepositoryRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0302", .error,
        title: "Tube name used twice",
        explanation: """
        Challenges find their skill by its name, which is the tube's name followed by a level
        (`@recherche2`). If two `tube.yaml` files use the same `name`, pixc cannot tell which
        tube a challenge belongs to, and only the first one is used. Each tube name must be
        unique across the repository, whatever its competence or folder.
        """,
        wrong: Example([
            StructureExamples.file("Challenges/1.1/requetes/tube.yaml", """
            name: "@recherche"
            competence: "1.1"
            thematic: moteur-recherche
            title: Affiner une recherche
            description: Utiliser les opérateurs d’un moteur de recherche.
            skills:
              - {level: 4, status: en construction}
            """),
        ]),
        right: Example([
            StructureExamples.requetesTube(skills: ["{level: 4, status: en construction}"]),
        ])
    )

    let inputs: RepositoryInputs = .structure

    func check(_ context: RuleContext) -> [Diagnostic] {
        let tubes = context.index.repository.tubes.sorted { $0.file.path < $1.file.path }
        return Repeats.of(tubes, key: \.name.value).map { tube, original in
            descriptor(
                RuleMessages.text("UniqueTubeNames.1", ["name": "\(tube.name.value)", "original": "\(original.file.path)"]),
                at: tube.name.span,
                labels: [Label(original.name.span, RuleMessages.text("UniqueChallengeIDs.2"))],
                help: Help(RuleMessages.text("UniqueTubeNames.2"))
            )
        }
    }
}
