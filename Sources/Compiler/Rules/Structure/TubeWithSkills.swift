import Diagnostics
import Model

/// A tube lists at least one skill.
struct TubeWithSkills: RepositoryRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0316", .warning,
        title: "Tube without skills",
        explanation: """
        A tube is a progression: its skills, level by level, are what challenges assess. A tube
        whose `skills` list is empty can hold no challenge and adds an empty subject to the
        release. List its first skill (`- {level: 1, status: en construction}`), or remove the
        tube until it is ready.
        """,
        wrong: Example([
            StructureExamples.requetesTube(skills: []),
        ]),
        right: Example([
            StructureExamples.requetesTube(),
        ])
    )

    let inputs: RepositoryInputs = .structure

    func check(_ context: RuleContext) -> [Diagnostic] {
        // A tube whose skills could not be read already has errors; an empty list is only news
        // when it was written empty.
        let filesWithErrors = Set(context.index.repository.diagnostics.filter { $0.severity == .error }.compactMap(\.path))
        return context.index.repository.tubes.filter { $0.skills.isEmpty && !filesWithErrors.contains($0.file.path) }.map { tube in
            descriptor(
                RuleMessages.text("TubeWithSkills.1", ["name": "\(tube.name.value)"]),
                at: tube.name.span,
                help: Help(RuleMessages.text("TubeWithSkills.2"))
            )
        }
    }
}
