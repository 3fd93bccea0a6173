import Diagnostics
import Foundation
import Model
import Vocabulary

/// A skill with what it belongs to, found by its name (`@recherche2`).
public struct ResolvedSkill: Sendable {
    public let name: String
    public let tube: Tube
    public let skill: Skill
    public let referential: Referential?
    public let competence: Competence?

    /// Stable id in the release: `skill-<tube><level>`, plus the version when it is not the first.
    public var id: String {
        let version = skill.version?.value ?? 1
        return "skill-\(tube.bareName)\(skill.level.value)" + (version > 1 ? "-v\(version)" : "")
    }
}

/// Lookup tables over a loaded repository. Duplicates are kept (first one wins in lookups) so that
/// rules can report them.
public struct ContentIndex: Sendable {
    public static let defaultFramework = "pix"

    public let repository: Repository
    public let referentialsByFramework: [String: Referential]
    public let tubesByName: [String: Tube]
    public let skillsByName: [String: [ResolvedSkill]]
    public let challengesByID: ChallengesByID
    public let datasetsByID: [String: DatasetSource]
    private let suggestions = OnceCache<SuggestionCandidates>()

    public init(_ repository: Repository) {
        self.init(repository, challengePositions: nil)
    }

    /// `challengePositions`, when given, are those of an index of a repository whose challenges
    /// had the same ids at the same positions (`pixc check --watch` after an edit that renamed,
    /// added or removed none).
    init(_ repository: Repository, challengePositions: [String: Int]?) {
        self.repository = repository
        var referentials: [String: Referential] = [:]
        for referential in repository.referentials where referentials[referential.framework.id.value] == nil {
            referentials[referential.framework.id.value] = referential
        }
        self.referentialsByFramework = referentials

        var tubes: [String: Tube] = [:]
        var skills: [String: [ResolvedSkill]] = [:]
        for tube in repository.tubes where tubes[tube.name.value] == nil {
            tubes[tube.name.value] = tube
            let referential = referentials[tube.framework?.value ?? Self.defaultFramework]
            let competence = referential?.competence(tube.competence.value)
            for skill in tube.skills {
                let name = tube.name.value + String(skill.level.value)
                skills[name, default: []].append(ResolvedSkill(name: name, tube: tube, skill: skill, referential: referential, competence: competence))
            }
        }
        self.tubesByName = tubes
        self.skillsByName = skills

        if let challengePositions {
            self.challengesByID = ChallengesByID(challenges: repository.challenges, positions: challengePositions)
        } else {
            var positions: [String: Int] = [:]
            positions.reserveCapacity(repository.challenges.count)
            for (position, challenge) in repository.challenges.enumerated() where positions[challenge.id.value] == nil {
                positions[challenge.id.value] = position
            }
            self.challengesByID = ChallengesByID(challenges: repository.challenges, positions: positions)
        }

        var datasets: [String: DatasetSource] = [:]
        for dataset in repository.datasets where datasets[dataset.id] == nil {
            datasets[dataset.id] = dataset
        }
        self.datasetsByID = datasets
    }

    /// The skill a challenge assesses. When a tube defines several versions of a level, the live
    /// one (actif, else en construction) is preferred.
    public func skill(named name: String) -> ResolvedSkill? {
        guard let candidates = skillsByName[name] else { return nil }
        return candidates.first { $0.skill.status.value == .actif }
            ?? candidates.first { $0.skill.status.value == .enConstruction }
            ?? candidates.first
    }

    public func referential(for tube: Tube) -> Referential? {
        referentialsByFramework[tube.framework?.value ?? Self.defaultFramework]
    }

    /// The prototype of a challenge: itself when it is one, else the challenge named by `variantOf`.
    public func prototype(of challenge: Challenge) -> Challenge? {
        guard let parent = challenge.variantOf?.value else { return challenge }
        return challengesByID[parent]
    }

    public var allSkillNames: [String] { skillsByName.keys.sorted() }

    /// Every challenge id, prepared for "did you mean" (built on first use).
    public var challengeIDCandidates: SuggestionCandidates {
        suggestions.value(for: "challenges") { SuggestionCandidates(challengesByID.keys.sorted()) }
    }

    /// Every skill name, prepared for "did you mean" (built on first use).
    public var skillNameCandidates: SuggestionCandidates {
        suggestions.value(for: "skills") { SuggestionCandidates(allSkillNames) }
    }
}

/// Values computed once, on first use, whichever thread asks first: what a rule needs on a
/// failure only (suggestion candidates, the files of a folder) is not recomputed for each one.
final class OnceCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    func value(for key: String, make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value = values[key] { return value }
        let value = make()
        values[key] = value
        return value
    }
}

/// Challenges by id (the first one in path order), as positions in the repository's list: a
/// dictionary of the challenges themselves would hold a copy of each (about 2 KB apiece, 65 MB on
/// 20,000 challenges).
public struct ChallengesByID: Sendable {
    let challenges: [Challenge]
    let positions: [String: Int]

    public subscript(id: String) -> Challenge? {
        positions[id].map { challenges[$0] }
    }

    public var keys: Dictionary<String, Int>.Keys { positions.keys }

    /// The challenges, one per id, in no particular order.
    public var values: [Challenge] { positions.values.map { challenges[$0] } }

    public var count: Int { positions.count }
}
