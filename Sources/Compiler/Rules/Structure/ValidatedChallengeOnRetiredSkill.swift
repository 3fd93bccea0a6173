import Diagnostics
import Model
import Vocabulary

/// A validated challenge assesses a live skill.
struct ValidatedChallengeOnRetiredSkill: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0315", .warning,
        title: "Validated challenge on a retired skill",
        explanation: """
        Only live skills (`actif` or `en construction`) are assessed. When a skill is archived
        or made obsolete, Pix Editor archives its challenges with it. A `validé` challenge on an
        `archivé` or `périmé` skill is therefore never served, though its status says it is in
        production: either the skill should be live again, or the challenge archived.
        """,
        wrong: Example([
            StructureExamples.requetesTube(skills: ["{level: 3, status: archivé}"]),
            StructureExamples.challengeFile("requetes-annee-cnil", in: "Challenges/1.1/requetes", skill: "@requetes3", status: "validé"),
        ]),
        right: Example([
            StructureExamples.requetesTube(skills: ["{level: 3, status: archivé}"]),
            StructureExamples.challengeFile("requetes-annee-cnil", in: "Challenges/1.1/requetes", skill: "@requetes3", status: "archivé"),
        ])
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        guard view.challenge.status.value == .validé, let skill = view.skill else { return [] }
        let status = skill.skill.status.value
        guard status == .archivé || status == .périmé else { return [] }
        let retired = status == .périmé ? ChallengeStatus.périmé.rawValue : ChallengeStatus.archivé.rawValue
        return [descriptor(
            RuleMessages.text("ValidatedChallengeOnRetiredSkill.1", ["name": "\(skill.name)", "status": "\(status.rawValue)"]),
            at: view.challenge.status.span,
            labels: [Label(skill.skill.status.span, RuleMessages.text("ValidatedChallengeOnRetiredSkill.2", ["status": "\(status.rawValue)"]))],
            help: Help(RuleMessages.text("ValidatedChallengeOnRetiredSkill.3", ["retired": "\(retired)"]),
                       replacement: view.challenge.status.span.scalarReplacement(retired))
        )]
    }
}
