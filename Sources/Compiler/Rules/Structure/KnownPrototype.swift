import Diagnostics
import Model
import Vocabulary

/// `variantOf` names a challenge of the repository, other than the variant itself.
struct KnownPrototype: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0310", .error,
        title: "Unknown prototype",
        explanation: """
        A hand-written variant (a « déclinaison ») says which challenge it is a variant of with
        `variantOf:`, giving the `id` of its prototype. That id must be the id of another
        challenge of the repository; ids are compared exactly, so check the spelling, or whether
        the prototype was renamed.
        """,
        wrong: Example([
            StructureExamples.challengeFile("recherche-annee-cnil"),
            StructureExamples.challengeFile("recherche-annee-arcom", question: .arcom, extra: "variantOf: recherche-anne-cnil"),
        ]),
        right: Example([
            StructureExamples.challengeFile("recherche-annee-cnil"),
            StructureExamples.challengeFile("recherche-annee-arcom", question: .arcom, extra: "variantOf: recherche-annee-cnil"),
        ])
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let challenge = view.challenge
        guard let written = challenge.variantOf else { return [] }
        if written.value == challenge.id.value {
            return [descriptor(
                RuleMessages.text("KnownPrototype.1", ["id": "\(challenge.id.value)"]),
                at: written.span,
                labels: [Label(challenge.id.span, RuleMessages.text("KnownPrototype.2"))],
                help: Help(RuleMessages.text("KnownPrototype.3"))
            )]
        }
        guard context.index.challengesByID[written.value] == nil else { return [] }
        // Prototypes of the same skill first: the likely meant ones.
        let sameSkill = context.index.challengesByID.values
            .filter { $0.id.value != challenge.id.value && $0.skill.value == challenge.skill.value && $0.isPrototype }.map(\.id.value).sorted()
        let suggestion = Suggestion.closest(to: written.value, among: sameSkill)
            ?? Suggestion.closest(to: written.value, in: context.index.challengeIDCandidates, excluding: challenge.id.value)
        if let suggestion {
            return [descriptor(
                RuleMessages.text("KnownPrototype.4", ["written": "\(written.value)"]),
                at: written.span,
                help: Help.didYouMean(suggestion, fix: written.span.scalarReplacement(suggestion))
            )]
        }
        let known = sameSkill.isEmpty
            ? RuleMessages.text("KnownPrototype.5", ["skill": "\(challenge.skill.value)"])
            : RuleMessages.text("KnownPrototype.6", ["skill": "\(challenge.skill.value)"]) + String.codeList(Array(sameSkill.prefix(8))) + (sameSkill.count > 8 ? "…" : "")
        return [descriptor(
            RuleMessages.text("KnownPrototype.4", ["written": "\(written.value)"]),
            at: written.span,
            help: Help(RuleMessages.text("KnownPrototype.7", ["known": "\(known)"]))
        )]
    }
}
