import Diagnostics
import Model

/// A challenge id names one challenge in the whole repository.
struct UniqueChallengeIDs: RepositoryRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0301", .error,
        title: "Challenge id used twice",
        explanation: """
        The `id` of a challenge is its identity for ever: learners' answers, calibration and
        variants are attached to it. Two files with the same id would be mixed up, so each id must
        be unique across the whole repository, in every folder. This usually happens when a file
        is copied to start a new challenge: give the copy a new id. Never reuse the id of a
        deleted or archived challenge either.
        """,
        wrong: Example([
            StructureExamples.challengeFile("recherche-annee-cnil"),
            StructureExamples.file("\(StructureExamples.recherche)/recherche-annee-wikipedia.yaml",
                                   StructureExamples.challenge("recherche-annee-cnil", question: .wikipedia)),
        ]),
        right: Example([
            StructureExamples.challengeFile("recherche-annee-cnil"),
            StructureExamples.challengeFile("recherche-annee-wikipedia", question: .wikipedia),
        ])
    )

    let inputs: RepositoryInputs = .challengeIdentities

    func check(_ context: RuleContext) -> [Diagnostic] {
        let challenges = context.index.repository.challenges.sorted { $0.file.path < $1.file.path }
        return Repeats.of(challenges, key: \.id.value).map { challenge, original in
            descriptor(
                RuleMessages.text("UniqueChallengeIDs.1", ["id": "\(challenge.id.value)", "original": "\(original.file.path)"]),
                at: challenge.id.span,
                labels: [Label(original.id.span, RuleMessages.text("UniqueChallengeIDs.2"))],
                help: Help(RuleMessages.text("UniqueChallengeIDs.3"))
            )
        }
    }
}
