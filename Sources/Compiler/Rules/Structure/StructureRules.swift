/// Rules about references, statuses, files and settings (one file per rule in this folder).
enum StructureRules {
    static let repositoryRules: [any RepositoryRule] = [
    ]

    static let challengeRules: [any ChallengeRule] = [
    ]
}
