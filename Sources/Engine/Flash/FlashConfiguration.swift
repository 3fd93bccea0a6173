/// Pix's `FlashAssessmentAlgorithmConfiguration`, with the v3 certification values as defaults.
public struct FlashConfiguration: Sendable, Hashable {
    /// Fixed test length: the assessment ends after exactly this many answers.
    public var maximumAssessmentLength: Int
    /// Rule "challenges between same competence": a competence among the last N answers is
    /// avoided (0 disables the rule).
    public var challengesBetweenSameCompetence: Int
    /// `true`: one question per tube; `false`: one question per skill.
    public var limitToOneQuestionPerTube: Bool
    /// Rule "passage by all competences": every competence once before any is asked twice.
    public var enablePassageByAllCompetences: Bool
    /// Maximum relative step of the capacity per answer; `nil` or 0 disables clamping.
    public var variationPercent: Double?
    /// θ0, the first prior mean, when the caller gives none.
    public var defaultCandidateCapacity: Double
    /// p (in %) of the binary-tree pick among the top candidates.
    public var defaultProbabilityToPickChallenge: Double

    public init(
        maximumAssessmentLength: Int = 32,
        challengesBetweenSameCompetence: Int = 2,
        limitToOneQuestionPerTube: Bool = true,
        enablePassageByAllCompetences: Bool = true,
        variationPercent: Double? = 0.5,
        defaultCandidateCapacity: Double = -3,
        defaultProbabilityToPickChallenge: Double = 51
    ) {
        self.maximumAssessmentLength = maximumAssessmentLength
        self.challengesBetweenSameCompetence = challengesBetweenSameCompetence
        self.limitToOneQuestionPerTube = limitToOneQuestionPerTube
        self.enablePassageByAllCompetences = enablePassageByAllCompetences
        self.variationPercent = variationPercent
        self.defaultCandidateCapacity = defaultCandidateCapacity
        self.defaultProbabilityToPickChallenge = defaultProbabilityToPickChallenge
    }

    /// Pix's v3 certification configuration: 32 questions, θ0 = −3, variationPercent 0.5,
    /// one question per tube, passage by all competences, 2 challenges between the same
    /// competence, p = 51.
    public static let v3Certification = FlashConfiguration()
}
