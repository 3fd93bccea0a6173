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
                "the challenge `\(challenge.id.value)` is declared a variant of itself",
                at: written.span,
                labels: [Label(challenge.id.span, "its id")],
                help: Help("give the id of its prototype, or remove `variantOf` if this challenge is a prototype")
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
                "no challenge has the id `\(written.value)`",
                at: written.span,
                help: Help.didYouMean(suggestion, fix: written.span.scalarReplacement(suggestion).maybeIncorrect)
            )]
        }
        let known = sameSkill.isEmpty
            ? "no prototype of `\(challenge.skill.value)` exists yet"
            : "the prototypes of `\(challenge.skill.value)` are " + String.codeList(Array(sameSkill.prefix(8))) + (sameSkill.count > 8 ? "…" : "")
        return [descriptor(
            "no challenge has the id `\(written.value)`",
            at: written.span,
            help: Help("give the `id` of the prototype; \(known)")
        )]
    }
}
