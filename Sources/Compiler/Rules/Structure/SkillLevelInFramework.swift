import Diagnostics
import Model

/// A skill's level is one of the levels of its tube's framework.
struct SkillLevelInFramework: RepositoryRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0305", .error,
        title: "Skill level outside the framework",
        explanation: """
        A skill's level says how far in the competence it sits. The CRCN (framework `pix`) has 8
        levels, from 1 (novice) to 8 (expert); the CRCNÉ has 4. A level outside the levels listed
        in the tube's referential (`Referential/*.yaml`) cannot be reached by any learner and
        breaks the computation of pix scores. Pix's own editor only creates skills up to level 7.
        """,
        wrong: Example([
            StructureExamples.requetesTube(skills: ["{level: 3, status: actif}", "{level: 9, status: en construction}"]),
        ]),
        right: Example([
            StructureExamples.requetesTube(skills: ["{level: 3, status: actif}", "{level: 6, status: en construction}"]),
        ])
    )

    /// Used when the tube's referential is unknown (that problem is reported on its own).
    static let widestLevels = Array(1...8)

    let inputs: RepositoryInputs = .structure

    func check(_ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for tube in context.index.repository.tubes {
            let referential = context.index.referential(for: tube)
            let declared = referential.map { Set($0.levels.map(\.level.value)).sorted() } ?? []
            let levels = declared.isEmpty ? Self.widestLevels : declared
            let framework = referential.map { RuleMessages.text("SkillLevelInFramework.1", ["id": "\($0.framework.id.value)"]) } ?? RuleMessages.text("SkillLevelInFramework.2")
            for skill in tube.skills where !levels.contains(skill.level.value) {
                diagnostics.append(descriptor(
                    RuleMessages.text("SkillLevelInFramework.3", ["level": "\(skill.level.value)", "framework": "\(framework)"]),
                    at: skill.level.span,
                    help: Help(RuleMessages.text("SkillLevelInFramework.4", ["levels": "\(Self.describe(levels))"]))
                ))
            }
        }
        return diagnostics
    }

    /// `1 to 8` for a run of levels, `1, 3, 5` otherwise.
    static func describe(_ levels: [Int]) -> String {
        guard let low = levels.first, let high = levels.last else { return "none" }
        if levels == Array(low...high), levels.count > 2 { return RuleMessages.text("SkillLevelInFramework.5", ["low": "\(low)", "high": "\(high)"]) }
        return levels.map(String.init).joined(separator: ", ")
    }
}
