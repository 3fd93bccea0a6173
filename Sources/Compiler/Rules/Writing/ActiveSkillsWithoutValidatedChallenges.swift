import Diagnostics
import Localization
import Model

/// An `actif` skill shares its level's 8 pix with the other active skills of its competence,
/// whether or not a learner can be assessed on it.
struct ActiveSkillsWithoutValidatedChallenges: RepositoryRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0317", .warning,
        title: "Active skill without a validated challenge changes other skills' pix",
        explanation: """
        Each level of a competence is worth 8 pix, shared by its active skills (at most 4 pix
        each; pix-editor's `compute-pix-values-by-skill`). A new skill set to `actif` takes its
        share at once, even while none of its challenges is `validé` and no learner can be
        assessed on it: the other skills of that level lose pix (two skills at 4 pix become three
        at 2,67), and learners' scores change with the next release. Keep a new skill
        `en construction` until one of its challenges is validated.
        """,
        wrong: Example([
            StructureExamples.requetesTube(skills: ["{level: 3, status: actif}"]),
            StructureExamples.file("Challenges/1.1/recherche/annee-cnil.yaml", StructureExamples.challenge("recherche-annee-cnil", skill: "@recherche3", status: "validé")),
            StructureExamples.file("Challenges/1.1/veille/tube.yaml", Self.veilleTube),
            StructureExamples.file("Challenges/1.1/veille/annee-arcom.yaml", StructureExamples.challenge("veille-annee-arcom", skill: "@veille3", status: "validé", question: .arcom)),
            StructureExamples.file("Challenges/1.1/requetes/annee-wikipedia.yaml", StructureExamples.challenge("requetes-annee-wikipedia", skill: "@requetes3", question: .wikipedia)),
        ]),
        right: Example([
            StructureExamples.requetesTube(skills: ["{level: 3, status: en construction}"]),
            StructureExamples.file("Challenges/1.1/recherche/annee-cnil.yaml", StructureExamples.challenge("recherche-annee-cnil", skill: "@recherche3", status: "validé")),
            StructureExamples.file("Challenges/1.1/veille/tube.yaml", Self.veilleTube),
            StructureExamples.file("Challenges/1.1/veille/annee-arcom.yaml", StructureExamples.challenge("veille-annee-arcom", skill: "@veille3", status: "validé", question: .arcom)),
            StructureExamples.file("Challenges/1.1/requetes/annee-wikipedia.yaml", StructureExamples.challenge("requetes-annee-wikipedia", skill: "@requetes3", question: .wikipedia)),
        ])
    )

    static let veilleTube = """
    name: "@veille"
    competence: "1.1"
    thematic: evaluation-information
    title: Suivre l’actualité d’un domaine
    description: S’abonner à des sources et trier ce qu’elles publient.
    skills:
      - {level: 3, status: actif}
    """

    let inputs: RepositoryInputs = [.structure, .challengePlacements]

    func check(_ context: RuleContext) -> [Diagnostic] {
        var validated = Set<String>()
        for challenge in context.index.repository.challenges where challenge.status.value == .validé {
            if let skill = context.index.skill(named: challenge.skill.value) { validated.insert(skill.id) }
        }
        let catalogue = WritingMessages.catalogue
        var diagnostics: [Diagnostic] = []
        for referential in context.index.repository.referentials where referential.framework.origin.value == "Pix" {
            let framework = referential.framework.id.value
            let tubes = context.index.repository.tubes.filter { ($0.framework?.value ?? ContentIndex.defaultFramework) == framework }
            for competence in Set(tubes.map(\.competence.value)).sorted() {
                let competenceTubes = tubes.filter { $0.competence.value == competence }
                var active: [(name: String, id: String, skill: Skill)] = []
                for tube in competenceTubes {
                    for skill in tube.skills where skill.status.value == .actif {
                        let resolved = ResolvedSkill(name: tube.name.value + String(skill.level.value), tube: tube, skill: skill, referential: nil, competence: nil)
                        active.append((resolved.name, resolved.id, skill))
                    }
                }
                for level in Set(active.map(\.skill.level.value)).sorted() {
                    let atLevel = active.filter { $0.skill.level.value == level }
                    let unassessed = atLevel.filter { !validated.contains($0.id) }
                    let assessed = atLevel.filter { validated.contains($0.id) }
                    guard !unassessed.isEmpty, !assessed.isEmpty else { continue }
                    let before = min(4, 8 / Double(assessed.count))
                    let after = min(4, 8 / Double(atLevel.count))
                    guard before != after else { continue }
                    let changes = assessed.map { "\($0.name) \(Self.pix(before)) → \(Self.pix(after))" }.joined(separator: ", ")
                    for skill in unassessed {
                        diagnostics.append(descriptor(
                            catalogue.text("activeWithoutValidated.message", ["skill": skill.name, "changes": changes]),
                            at: skill.skill.status.span,
                            labels: [],
                            help: Help(catalogue.text("activeWithoutValidated.help"), replacement: skill.skill.status.span.scalarReplacement("en construction"))
                        ))
                    }
                }
            }
        }
        return diagnostics
    }

    /// 2.67 in English, 2,67 in French: two decimals at most, none when whole.
    static func pix(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, rest = hundredths % 100
        guard rest != 0 else { return String(whole) }
        let decimals = rest % 10 == 0 ? String(rest / 10) : (rest < 10 ? "0\(rest)" : String(rest))
        return String(whole) + (Localization.current == .fr ? "," : ".") + decimals
    }
}
