import Diagnostics
import Model
import Vocabulary

/// Counts of skills and challenges by status, per framework, domain, competence, tube and level,
/// and the gaps a team should fill.
public struct Statistics: Sendable {
    public struct StatusCounts: Sendable, Equatable {
        public var byStatus: [(status: String, count: Int)]

        public var total: Int { byStatus.reduce(0) { $0 + $1.count } }

        init<Status: RawRepresentable & CaseIterable>(_ values: [Status]) where Status.RawValue == String {
            byStatus = Status.allCases.map { status in (status.rawValue, values.filter { $0.rawValue == status.rawValue }.count) }
        }

        public static func == (lhs: StatusCounts, rhs: StatusCounts) -> Bool {
            lhs.byStatus.map(\.status) == rhs.byStatus.map(\.status) && lhs.byStatus.map(\.count) == rhs.byStatus.map(\.count)
        }

        public func count(_ status: String) -> Int { byStatus.first { $0.status == status }?.count ?? 0 }
    }

    public struct LevelRow: Sendable {
        public let level: Int
        public let skillName: String
        public let skillStatus: String
        public let challenges: StatusCounts
    }

    public struct TubeRow: Sendable {
        public let name: String
        public let title: String
        public let thematic: String
        public let levels: [LevelRow]
        public let skills: StatusCounts
        public let challenges: StatusCounts
    }

    public struct CompetenceRow: Sendable {
        public let index: String
        public let name: String
        public let tubes: [TubeRow]
        public let skills: StatusCounts
        public let challenges: StatusCounts
    }

    public struct DomainRow: Sendable {
        public let code: String
        public let title: String
        public let competences: [CompetenceRow]
        public let skills: StatusCounts
        public let challenges: StatusCounts
    }

    public struct FrameworkRow: Sendable {
        public let id: String
        public let title: String
        public let levels: ClosedRange<Int>
        public let domains: [DomainRow]
        public let skills: StatusCounts
        public let challenges: StatusCounts
    }

    public struct Gaps: Sendable {
        /// "pix 1.1 Mener une recherche…"
        public var competencesWithoutValidatedChallenge: [String] = []
        /// "@recherche5"
        public var skillsWithoutChallenge: [String] = []
        /// "pix 1.1 level 7"
        public var levelsWithoutSkill: [String] = []
    }

    public let frameworks: [FrameworkRow]
    public let gaps: Gaps
    /// Challenges whose skill is not in any tube (reported by `check` too).
    public let unattachedChallenges: Int

    public init(_ index: ContentIndex) {
        let challengesBySkill = Dictionary(grouping: index.repository.challenges, by: { $0.skill.value })
        var gaps = Gaps()
        var attached = 0
        var frameworks: [FrameworkRow] = []
        let referentials = index.repository.referentials.sorted { $0.framework.id.value < $1.framework.id.value }
        for referential in referentials {
            let frameworkID = referential.framework.id.value
            var domainRows: [DomainRow] = []
            for domain in referential.domains {
                var competenceRows: [CompetenceRow] = []
                for competence in domain.competences {
                    let tubes = index.repository.tubes
                        .filter { ($0.framework?.value ?? ContentIndex.defaultFramework) == frameworkID && $0.competence.value == competence.index.value }
                        .sorted { $0.name.value < $1.name.value }
                    var tubeRows: [TubeRow] = []
                    for tube in tubes {
                        var levels: [LevelRow] = []
                        for skill in tube.skills.sorted(by: { ($0.level.value, $0.version?.value ?? 1) < ($1.level.value, $1.version?.value ?? 1) }) {
                            let name = tube.name.value + String(skill.level.value)
                            let challenges = challengesBySkill[name] ?? []
                            attached += challenges.count
                            if challenges.isEmpty, !gaps.skillsWithoutChallenge.contains(name) { gaps.skillsWithoutChallenge.append(name) }
                            levels.append(LevelRow(level: skill.level.value, skillName: name, skillStatus: skill.status.value.rawValue,
                                                   challenges: StatusCounts(challenges.map(\.status.value))))
                        }
                        let tubeChallenges = tube.skills.flatMap { challengesBySkill[tube.name.value + String($0.level.value)] ?? [] }
                        tubeRows.append(TubeRow(name: tube.name.value, title: tube.title.value, thematic: tube.thematic.value, levels: levels,
                                                skills: StatusCounts(tube.skills.map(\.status.value)),
                                                challenges: StatusCounts(Self.unique(tubeChallenges).map(\.status.value))))
                    }
                    let skills = tubes.flatMap { $0.skills.map(\.status.value) }
                    let challenges = Self.unique(tubes.flatMap { tube in tube.skills.flatMap { challengesBySkill[tube.name.value + String($0.level.value)] ?? [] } })
                    let row = CompetenceRow(index: competence.index.value, name: competence.name.value, tubes: tubeRows,
                                            skills: StatusCounts(skills), challenges: StatusCounts(challenges.map(\.status.value)))
                    if row.challenges.count(ChallengeStatus.validé.rawValue) == 0 {
                        gaps.competencesWithoutValidatedChallenge.append("\(frameworkID) \(competence.index.value) \(competence.name.value)")
                    }
                    let levelsWithSkills = Set(tubes.flatMap { $0.skills.map(\.level.value) })
                    for level in referential.levelRange where !levelsWithSkills.contains(level) {
                        gaps.levelsWithoutSkill.append("\(frameworkID) \(competence.index.value) level \(level)")
                    }
                    competenceRows.append(row)
                }
                domainRows.append(DomainRow(
                    code: domain.code.value, title: domain.title.value, competences: competenceRows,
                    skills: Self.sum(competenceRows.map(\.skills), SkillStatus.self),
                    challenges: Self.sum(competenceRows.map(\.challenges), ChallengeStatus.self)
                ))
            }
            frameworks.append(FrameworkRow(
                id: frameworkID, title: referential.framework.title.value, levels: referential.levelRange, domains: domainRows,
                skills: Self.sum(domainRows.map(\.skills), SkillStatus.self),
                challenges: Self.sum(domainRows.map(\.challenges), ChallengeStatus.self)
            ))
        }
        self.frameworks = frameworks
        self.gaps = gaps
        self.unattachedChallenges = max(0, index.repository.challenges.count - attached)
    }

    private static func unique(_ challenges: [Challenge]) -> [Challenge] {
        var seen = Set<String>()
        return challenges.filter { seen.insert($0.id.value + "\u{0}" + $0.file.path).inserted }
    }

    private static func sum<Status: RawRepresentable & CaseIterable>(_ counts: [StatusCounts], _ type: Status.Type) -> StatusCounts where Status.RawValue == String {
        var result = StatusCounts([Status]())
        result.byStatus = Status.allCases.map { status in
            (status.rawValue, counts.reduce(0) { $0 + $1.count(status.rawValue) })
        }
        return result
    }

    public var competencesCovered: Int {
        frameworks.flatMap { $0.domains.flatMap(\.competences) }.filter { $0.challenges.count(ChallengeStatus.validé.rawValue) > 0 }.count
    }
}
