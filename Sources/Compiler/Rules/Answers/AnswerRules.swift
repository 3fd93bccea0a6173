/// Rules about options, inputs, answers and author tests (one file per rule in this folder).
enum AnswerRules {
    static let challengeRules: [any ChallengeRule] = [
    ]
}
