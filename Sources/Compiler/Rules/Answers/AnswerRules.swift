/// Rules about options, inputs, answers and author tests (one file per rule in this folder).
enum AnswerRules {
    static let challengeRules: [any ChallengeRule] = [
        QCUSingleCorrectOption(),
        QCMCorrectOption(),
        DistinctOptions(),
        AcceptedAnswers(),
        NumericAnswersFormat(),
        NumbersWithoutNumberFormat(),
        QROCMIndKeys(),
        QROCMDepGroups(),
        SelectAnswers(),
        OptionCount(),
        AuthorTestsPass(),
        QROCSingleInput(),
        TolerancesOnSelect(),
        MissingAuthorTests(),
        AuthorTestShape(),
        TypoToleranceLimit(),
    ]
}
