import Diagnostics
import Model

/// Within a tube, a level and a version name one skill.
struct UniqueSkillVersions: RepositoryRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0303", .error,
        title: "Skill defined twice in a tube",
        explanation: """
        A skill is identified by its tube, its level and its version: `@recherche3` is the skill
        of level 3 of the tube `@recherche`. A tube lists each level once. When a skill is
        redefined (its scope changes so much that former results no longer mean the same thing),
        the new definition is written as another entry with the same level and `version: 2`; the
        old one stays, archived, so that the history of results keeps its meaning. Two entries
        with the same level and the same version (1 when not written) are a copy-and-paste
        mistake.
        """,
        wrong: Example([
            StructureExamples.requetesTube(skills: ["{level: 3, status: actif}", "{level: 4, status: actif}", "{level: 4, status: en construction}"]),
        ]),
        right: Example([
            StructureExamples.requetesTube(skills: ["{level: 3, status: actif}", "{level: 4, status: actif}", "{level: 5, status: en construction}"]),
        ])
    )

    let inputs: RepositoryInputs = .structure

    func check(_ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for tube in context.index.repository.tubes {
            for (skill, original) in Repeats.of(tube.skills, key: { SkillKey(level: $0.level.value, version: $0.effectiveVersion) }) {
                let key = SkillKey(level: skill.level.value, version: skill.effectiveVersion)
                let nextVersion = (tube.skill(level: key.level).map(\.effectiveVersion).max() ?? 1) + 1
                let name = tube.name.value + String(key.level)
                diagnostics.append(descriptor(
                    RuleMessages.text("UniqueSkillVersions.1", ["name": "\(name)", "version": "\(key.version)", "name2": "\(tube.name.value)"]),
                    at: skill.version?.span ?? skill.level.span,
                    labels: [Label(original.version?.span ?? original.level.span, RuleMessages.text("UniqueChallengeIDs.2"))],
                    help: Help(RuleMessages.text("UniqueSkillVersions.2", ["name": "\(name)", "nextVersion": "\(nextVersion)"]))
                ))
            }
        }
        return diagnostics
    }

    private struct SkillKey: Hashable {
        let level: Int
        let version: Int
    }
}
