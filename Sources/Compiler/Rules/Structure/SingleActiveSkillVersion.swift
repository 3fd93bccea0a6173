import Diagnostics
import Model

/// At most one version of a skill (tube and level) is active.
struct SingleActiveSkillVersion: RepositoryRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0314", .error,
        title: "Several active versions of a skill",
        explanation: """
        When a skill is redefined, the tube lists it again at the same level with a new
        `version`. Only one version can be `actif` (the one learners are assessed on): when a
        new version becomes active, Pix Editor archives the other one (« l’autre version de
        l’acquis est archivée »). Set the older version to `archivé`.
        """,
        wrong: Example([
            StructureExamples.requetesTube(skills: ["{level: 3, status: actif}", "{level: 3, status: actif, version: 2}"]),
        ]),
        right: Example([
            StructureExamples.requetesTube(skills: ["{level: 3, status: archivé}", "{level: 3, status: actif, version: 2}"]),
        ])
    )

    let inputs: RepositoryInputs = .structure

    func check(_ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for tube in context.index.repository.tubes {
            let levels = Set(tube.skills.map(\.level.value)).sorted()
            for level in levels {
                // The newest version stays active; ties keep the first written.
                let active = tube.skill(level: level).enumerated()
                    .filter { $0.element.status.value == .actif }
                    .sorted { ($1.element.effectiveVersion, $0.offset) < ($0.element.effectiveVersion, $1.offset) }
                    .map(\.element)
                guard let kept = active.first, active.count > 1 else { continue }
                let name = tube.name.value + String(level)
                for other in active.dropFirst() {
                    let isOlder = other.effectiveVersion < kept.effectiveVersion
                    diagnostics.append(descriptor(
                        RuleMessages.text("SingleActiveSkillVersion.1", ["effectiveVersion": "\(other.effectiveVersion)", "name": "\(name)", "effectiveVersion2": "\(kept.effectiveVersion)"]),
                        at: other.status.span,
                        labels: [Label(kept.status.span, RuleMessages.text("SingleActiveSkillVersion.2", ["effectiveVersion": "\(kept.effectiveVersion)"]))],
                        help: isOlder
                            ? Help(RuleMessages.text("SingleActiveSkillVersion.3"), replacement: other.status.span.scalarReplacement(SkillStatus.archivé.rawValue).maybeIncorrect)
                            : Help(RuleMessages.text("SingleActiveSkillVersion.4"))
                    ))
                }
            }
        }
        return diagnostics
    }
}
