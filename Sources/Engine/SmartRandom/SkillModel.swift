import Vocabulary

/// A skill ("acquis"), e.g. `@sourceImage2`: level 2 of the tube `sourceImage`.
public struct Skill: Sendable, Hashable {
    public var id: String
    public var name: String
    /// The tube the skill belongs to. Pix derives it from the name (`@sourceImage2` →
    /// `sourceImage`); ``Skill/init(id:name:difficulty:pixValue:competenceId:tube:version:)``
    /// does the same when no tube is given.
    public var tube: String
    /// The level, 1…8 ("difficulty" in Pix).
    public var difficulty: Int
    public var pixValue: Double
    public var competenceId: String
    /// Redefined skills keep their name and get a new version.
    public var version: Int

    public init(
        id: String,
        name: String,
        difficulty: Int,
        pixValue: Double = 0,
        competenceId: String = "",
        tube: String? = nil,
        version: Int = 1
    ) {
        self.id = id
        self.name = name
        self.difficulty = difficulty
        self.pixValue = pixValue
        self.competenceId = competenceId
        self.tube = tube ?? Skill.tubeName(ofSkillNamed: name)
        self.version = version
    }

    /// Pix's `tubeNameWithoutPrefix`: the name without its leading `@` and its last character.
    public static func tubeName(ofSkillNamed name: String) -> String {
        var tube = Substring(name)
        if tube.first == "@" { tube = tube.dropFirst() }
        return String(tube.dropLast())
    }
}

/// A challenge of the learning content as the profile-based engines (smart random, v2
/// certification) see it.
public struct ContentChallenge: Sendable, Hashable {
    public var id: String
    public var skillId: String
    public var status: ChallengeStatus
    public var locales: [String]
    /// Has a timer (Pix: numeric `timer`).
    public var isTimed: Bool

    public init(id: String, skillId: String, status: ChallengeStatus = .validé, locales: [String], isTimed: Bool = false) {
        self.id = id
        self.skillId = skillId
        self.status = status
        self.locales = locales
        self.isTimed = isTimed
    }
}

/// What the profile knows about one skill.
public struct KnowledgeElement: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, Codable {
        case validated
        case invalidated
        case reset
    }

    public enum Source: String, Sendable, Hashable, Codable {
        /// From an answer to a challenge of that skill.
        case direct
        /// Deduced from an answer on another skill of the same tube.
        case inferred
    }

    public var skillId: String
    public var status: Status
    public var source: Source
    /// The skill's pix value when validated, 0 otherwise.
    public var earnedPix: Double
    public var competenceId: String

    public init(skillId: String, status: Status, source: Source, earnedPix: Double, competenceId: String) {
        self.skillId = skillId
        self.status = status
        self.source = source
        self.earnedPix = earnedPix
        self.competenceId = competenceId
    }
}

/// A tube as smart random builds it: the target skills of one tube that have at least one
/// challenge, sorted by difficulty.
public struct SkillTube: Sendable, Hashable {
    public var name: String
    public var skills: [Skill]

    public var maxLevel: Int? { skills.map(\.difficulty).max() }

    /// Skills of difficulty ≤ the skill's (the skill included).
    public func easierThan(_ skill: Skill) -> [Skill] { skills.filter { $0.difficulty <= skill.difficulty } }
    /// Skills of difficulty ≥ the skill's (the skill included).
    public func harderThan(_ skill: Skill) -> [Skill] { skills.filter { $0.difficulty >= skill.difficulty } }

    /// Pix's `computeTubesFromSkills`: tubes in order of first appearance; a skill whose name
    /// is already in its tube is ignored; skills sorted by difficulty (stable).
    public static func tubes(from skills: [Skill]) -> [SkillTube] {
        var tubes: [SkillTube] = []
        for skill in skills {
            if let index = tubes.firstIndex(where: { $0.name == skill.tube }) {
                if !tubes[index].skills.contains(where: { $0.name == skill.name }) {
                    tubes[index].skills.append(skill)
                }
            } else {
                tubes.append(SkillTube(name: skill.tube, skills: [skill]))
            }
        }
        for index in tubes.indices {
            tubes[index].skills = stableSorted(tubes[index].skills) { $0.difficulty < $1.difficulty }
        }
        return tubes
    }
}

/// A stable sort (Swift's `sorted` does not promise stability).
func stableSorted<T>(_ values: [T], by areInIncreasingOrder: (T, T) -> Bool) -> [T] {
    values.enumerated()
        .sorted { lhs, rhs in
            if areInIncreasingOrder(lhs.element, rhs.element) { return true }
            if areInIncreasingOrder(rhs.element, lhs.element) { return false }
            return lhs.offset < rhs.offset
        }
        .map(\.element)
}
