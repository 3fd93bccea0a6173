import Release

/// Where each challenge sits in the content, for the content-aware flags: its skill, level and
/// tube, and the prototype it is a variant of.
public struct CalibrationContent: Sendable {
    public struct Entry: Sendable, Hashable {
        public let challengeID: String
        public let skillID: String
        public let skillName: String
        public let level: Int
        public let tubeID: String
        public let tubeName: String
        /// The challenge itself for a prototype; its prototype for a variant or déclinaison.
        public let prototypeID: String
        public let currentDiscrimination: Double?
        public let currentDifficulty: Double?

        public init(challengeID: String, skillID: String, skillName: String, level: Int, tubeID: String, tubeName: String, prototypeID: String,
                    currentDiscrimination: Double? = nil, currentDifficulty: Double? = nil) {
            self.challengeID = challengeID
            self.skillID = skillID
            self.skillName = skillName
            self.level = level
            self.tubeID = tubeID
            self.tubeName = tubeName
            self.prototypeID = prototypeID
            self.currentDiscrimination = currentDiscrimination
            self.currentDifficulty = currentDifficulty
        }
    }

    public let entries: [String: Entry]

    public init(entries: [Entry]) {
        self.entries = Dictionary(entries.map { ($0.challengeID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// From a bundle: generated variants name their prototype in the manifest; a hand-written
    /// déclinaison belongs to the prototype of its skill when the skill has exactly one.
    public init(release: Release, variants: [VariantRecord]) {
        let content = release.content
        let skills = Dictionary(content.skills.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let tubes = Dictionary(content.tubes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let prototypeOfVariant = Dictionary(variants.map { ($0.challengeId, $0.prototypeId) }, uniquingKeysWith: { first, _ in first })
        var prototypesBySkill: [String: [String]] = [:]
        for challenge in content.challenges where challenge.genealogy == ReleaseChallenge.prototypeGenealogy {
            prototypesBySkill[challenge.skillId, default: []].append(challenge.id)
        }
        var entries: [Entry] = []
        for challenge in content.challenges {
            guard let skill = skills[challenge.skillId] else { continue }
            var prototype = prototypeOfVariant[challenge.id] ?? challenge.id
            if prototypeOfVariant[challenge.id] == nil, challenge.genealogy != ReleaseChallenge.prototypeGenealogy,
               let candidates = prototypesBySkill[challenge.skillId], candidates.count == 1 {
                prototype = candidates[0]
            }
            entries.append(Entry(challengeID: challenge.id, skillID: skill.id, skillName: skill.name, level: skill.level, tubeID: skill.tubeId,
                                 tubeName: tubes[skill.tubeId]?.name ?? skill.tubeId, prototypeID: prototype,
                                 currentDiscrimination: challenge.alpha, currentDifficulty: challenge.delta))
        }
        self.init(entries: entries)
    }
}
