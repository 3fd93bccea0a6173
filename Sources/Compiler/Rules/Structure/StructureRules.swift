/// Rules about references, statuses, files and settings (one file per rule in this folder).
enum StructureRules {
    static let repositoryRules: [any RepositoryRule] = [
        UniqueChallengeIDs(),
        UniqueTubeNames(),
        UniqueSkillVersions(),
        SkillLevelInFramework(),
        KnownFramework(),
        KnownCompetence(),
        ThematicOfCompetence(),
        SingleValidatedPrototype(),
        SingleActiveSkillVersion(),
        TubeWithSkills(),
    ]

    static let challengeRules: [any ChallengeRule] = [
        KnownSkill(),
        KnownPrototype(),
        PrototypeIsNotVariant(),
        VariantMatchesPrototype(),
        ValidatedVariantNeedsValidatedPrototype(),
        ValidatedChallengeOnRetiredSkill(),
        KnownLocales(),
        DistinctLocales(),
        FrenchOnlyLocale(),
        PositiveTimer(),
        AutoReplyNeedsEmbed(),
        WebAddresses(),
        IllustrationSource(),
        IllustrationAltText(),
        ReferencedFilesExist(),
        ReferencedFilesStayInside(),
    ]
}
