/// A competence of the candidate's profile, as v2 certification needs it.
public struct ProfileCompetence: Sendable, Hashable {
    public var id: String
    /// The profile level ("estimatedLevel").
    public var level: Int
    /// The profile pix score of the competence.
    public var pixScore: Int
    /// The skills of challenges the candidate answered correctly and directly.
    public var directlyValidatedSkills: [Skill]

    public init(id: String, level: Int, pixScore: Int, directlyValidatedSkills: [Skill]) {
        self.id = id
        self.level = level
        self.pixScore = pixScore
        self.directlyValidatedSkills = directlyValidatedSkills
    }
}

/// A challenge put into a v2 certification test.
public struct CertificationChallengeV2: Sendable, Hashable {
    public var challengeId: String
    public var competenceId: String
    public var skillId: String
    public var skillName: String
}

/// Certification v2: the test built from the profile, 3 challenges per certifiable competence.
public enum CertificationV2 {
    public static let maxChallengesPerCompetence = 3
    /// `MINIMUM_COMPETENCE_LEVEL_FOR_CERTIFIABILITY`.
    public static let minimumCompetenceLevelForCertifiability = 1
    /// `MINIMUM_CERTIFIABLE_COMPETENCES_FOR_CERTIFIABILITY`.
    public static let minimumCertifiableCompetences = 5

    public static func isCertifiable(_ competence: ProfileCompetence) -> Bool {
        competence.level >= minimumCompetenceLevelForCertifiability
    }

    /// A candidate may take the certification with at least 5 certifiable competences.
    public static func isCandidateCertifiable(_ competences: [ProfileCompetence]) -> Bool {
        competences.filter(isCertifiable).count >= minimumCertifiableCompetences
    }

    /// Pix's `pickCertificationChallenges`: for each certifiable competence (in the given
    /// order), walk the levels of its directly validated skills (latest version of each skill
    /// name) from hardest to easiest; at each level pick one challenge per skill, those of tubes
    /// not used by a harder level first; stop at 3, keep 3 — so at most 48 for 16 competences.
    ///
    /// - Parameters:
    ///   - operativeChallenges: the challenges that may be served (`validé` + `archivé`, in the
    ///     candidate's locale).
    ///   - alreadyAnsweredChallengeIds: a skill's challenge the candidate never saw (another
    ///     variant) is preferred.
    ///   - random: chooses among a skill's challenges (lodash `_.sample`:
    ///     index ⌊draw · count⌋).
    public static func pickChallenges<R: RandomSource>(
        competences: [ProfileCompetence],
        operativeChallenges: [ContentChallenge],
        alreadyAnsweredChallengeIds: Set<String>,
        random: inout R
    ) -> [CertificationChallengeV2] {
        var picked: [CertificationChallengeV2] = []
        for competence in competences where isCertifiable(competence) {
            picked += pickForCompetence(
                competence,
                operativeChallenges: operativeChallenges,
                alreadyAnsweredChallengeIds: alreadyAnsweredChallengeIds,
                random: &random
            )
        }
        return picked
    }

    /// Pix's `getSkillsAtLatestVersion`: sorted by name (code points) then version descending,
    /// one skill per name.
    static func skillsAtLatestVersion(_ skills: [Skill]) -> [Skill] {
        let sorted = stableSorted(skills) { lhs, rhs in
            if lhs.name != rhs.name { return lhs.name.unicodeScalars.lexicographicallyPrecedes(rhs.name.unicodeScalars) }
            return lhs.version > rhs.version
        }
        var seen = Set<String>()
        return sorted.filter { seen.insert($0.name).inserted }
    }

    private static func pickForCompetence<R: RandomSource>(
        _ competence: ProfileCompetence,
        operativeChallenges: [ContentChallenge],
        alreadyAnsweredChallengeIds: Set<String>,
        random: inout R
    ) -> [CertificationChallengeV2] {
        let skills = skillsAtLatestVersion(competence.directlyValidatedSkills)
        let levels = Set(skills.map(\.difficulty)).sorted(by: >)
        var result: [CertificationChallengeV2] = []
        var resultTubes: [String] = []
        for level in levels {
            var forLevel: [(challenge: CertificationChallengeV2, tube: String)] = []
            for skill in skills where skill.difficulty == level {
                let ofSkill = operativeChallenges.filter { $0.skillId == skill.id }
                let unanswered = ofSkill.filter { !alreadyAnsweredChallengeIds.contains($0.id) }
                let pool = unanswered.isEmpty ? ofSkill : unanswered
                guard !pool.isEmpty else { continue }
                let index = min(pool.count - 1, flooredInt(random.nextUnit() * Double(pool.count)))
                forLevel.append((
                    CertificationChallengeV2(
                        challengeId: pool[max(0, index)].id,
                        competenceId: competence.id,
                        skillId: skill.id,
                        skillName: skill.name
                    ),
                    skill.tube
                ))
            }
            let newTubes = forLevel.filter { !resultTubes.contains($0.tube) }
            let usedTubes = forLevel.filter { resultTubes.contains($0.tube) }
            for entry in newTubes + usedTubes {
                result.append(entry.challenge)
                resultTubes.append(entry.tube)
            }
            if result.count >= maxChallengesPerCompetence { break }
        }
        return Array(result.prefix(maxChallengesPerCompetence))
    }
}
