import JSON

/// What changed between two releases, for a reviewer: entities added, removed and modified (with
/// the fields that changed), déclinaisons grouped under their prototype, calibration changes, and
/// the calibrated challenges whose content changed while their calibration did not.
///
/// Everything is listed in a fixed order: kinds in `EntityKind` order, ids and field paths in
/// UTF-8 byte order. When a release holds the same id twice (read without checking references),
/// the first one counts.
public struct ReleaseDiff: Sendable, Hashable {
    public static let formatVersion = 1

    /// One entry per kind, every kind, in `EntityKind` order (empty entries included).
    public var entities: [EntityChanges]
    public var variants: [VariantGroupChange]
    public var calibration: [CalibrationChange]
    public var needsRecalibration: [RecalibrationNeed]

    public init(entities: [EntityChanges], variants: [VariantGroupChange], calibration: [CalibrationChange],
                needsRecalibration: [RecalibrationNeed]) {
        self.entities = entities
        self.variants = variants
        self.calibration = calibration
        self.needsRecalibration = needsRecalibration
    }

    public var isEmpty: Bool {
        entities.allSatisfy(\.isEmpty) && variants.isEmpty && calibration.isEmpty && needsRecalibration.isEmpty
    }

    public func changes(of kind: EntityKind) -> EntityChanges {
        entities.first { $0.kind == kind } ?? EntityChanges(kind: kind)
    }

    /// Challenge fields whose change alters what a learner sees or how the answer is graded, and
    /// so may change the difficulty the calibration measured. Text alternatives, quality flags,
    /// status, locales and links to the referential do not.
    public static let recalibrationFields: [String] = [
        "attachments", "autoReply", "embedUrl", "format", "illustrationUrl", "instruction", "proposals",
        "solution", "t1Status", "t2Status", "t3Status", "timer", "type",
    ]

    /// - Parameters:
    ///   - oldVariants, newVariants: the variant records of each build's manifest, when known; they
    ///     name the prototype of generated déclinaisons. Without them a déclinaison is grouped
    ///     under the only prototype of its skill, or under its skill when there is not exactly one.
    public static func compute(old: Release, new: Release, oldVariants: [VariantRecord] = [],
                               newVariants: [VariantRecord] = []) -> ReleaseDiff {
        let oldLabels = Labeler(old.content, new.content)
        let newLabels = Labeler(new.content, old.content)
        let entities = EntityKind.allCases.map { kind in
            entityChanges(kind, old: old.content, new: new.content, oldLabels: oldLabels, newLabels: newLabels)
        }
        let oldChallenges = firstById(old.content.challenges)
        let newChallenges = firstById(new.content.challenges)
        let challengeChanges = entities.first { $0.kind == .challenge } ?? EntityChanges(kind: .challenge)
        return ReleaseDiff(
            entities: entities,
            variants: variantChanges(challengeChanges, old: VariantContext(old.content, oldVariants),
                                     new: VariantContext(new.content, newVariants)),
            calibration: calibrationChanges(old: oldChallenges, new: newChallenges),
            needsRecalibration: recalibrationNeeds(challengeChanges, old: oldChallenges, new: newChallenges))
    }

    // MARK: Entities

    static func entityChanges(_ kind: EntityKind, old: ReleaseContent, new: ReleaseContent,
                              oldLabels: Labeler, newLabels: Labeler) -> EntityChanges {
        let oldEntities = firstById(old.entities(of: kind))
        let newEntities = firstById(new.entities(of: kind))
        var changes = EntityChanges(kind: kind)
        for id in sortedIds(Set(oldEntities.keys).union(newEntities.keys)) {
            switch (oldEntities[id], newEntities[id]) {
            case (nil, let value?):
                changes.added.append(EntityRef(id: id, label: newLabels.label(kind, value)))
            case (let value?, nil):
                changes.removed.append(EntityRef(id: id, label: oldLabels.label(kind, value)))
            case (let before?, let after?) where before != after:
                changes.modified.append(EntityModification(id: id, label: newLabels.label(kind, after),
                                                           fields: fieldChanges(before, after)))
            default:
                break
            }
        }
        return changes
    }

    /// Changed fields; objects (the `*_i18n` translations) are compared key by key, as
    /// `name_i18n.en`; arrays and other values as a whole.
    static func fieldChanges(_ old: JSONValue?, _ new: JSONValue?, prefix: String = "") -> [FieldChange] {
        if case .object(let before)? = old, case .object(let after)? = new {
            return sortedIds(Set(before.keys).union(after.keys)).flatMap { key in
                fieldChanges(before[key], after[key], prefix: prefix + key + ".")
            }
        }
        guard old != new else { return [] }
        return [FieldChange(field: String(prefix.dropLast()), old: old, new: new)]
    }

    // MARK: Variants

    struct VariantContext {
        let challenges: [String: ReleaseChallenge]
        let records: [String: VariantRecord]
        /// Prototype ids by skill id.
        let prototypesBySkill: [String: [String]]

        init(_ content: ReleaseContent, _ records: [VariantRecord]) {
            challenges = firstById(content.challenges)
            var byChallenge: [String: VariantRecord] = [:]
            for record in records where byChallenge[record.challengeId] == nil { byChallenge[record.challengeId] = record }
            self.records = byChallenge
            var prototypes: [String: [String]] = [:]
            for challenge in content.challenges where challenge.isPrototype {
                prototypes[challenge.skillId, default: []].append(challenge.id)
            }
            prototypesBySkill = prototypes
        }

        func isVariant(_ id: String) -> Bool {
            records[id] != nil || challenges[id]?.isDeclinaison == true
        }

        /// The group of a déclinaison: its prototype when known, else its skill.
        func group(of id: String) -> VariantGroupKey? {
            if let record = records[id] {
                return VariantGroupKey(prototypeId: record.prototypeId, skillId: challenges[record.prototypeId]?.skillId ?? challenges[id]?.skillId)
            }
            guard let challenge = challenges[id] else { return nil }
            if let candidates = prototypesBySkill[challenge.skillId], candidates.count == 1, let prototypeId = candidates.first {
                return VariantGroupKey(prototypeId: prototypeId, skillId: challenge.skillId)
            }
            return VariantGroupKey(prototypeId: nil, skillId: challenge.skillId)
        }
    }

    struct VariantGroupKey: Hashable {
        let prototypeId: String?
        let skillId: String?

        /// Known prototypes first, by id; then groups by skill.
        static func precedes(_ a: VariantGroupKey, _ b: VariantGroupKey) -> Bool {
            switch (a.prototypeId, b.prototypeId) {
            case (let x?, let y?) where x != y: return CanonicalJSON.utf8Precedes(x, y)
            case (.some, nil): return true
            case (nil, .some): return false
            default: return CanonicalJSON.utf8Precedes(a.skillId ?? "", b.skillId ?? "")
            }
        }
    }

    static func variantChanges(_ challenges: EntityChanges, old: VariantContext, new: VariantContext) -> [VariantGroupChange] {
        var groups: [VariantGroupKey: VariantGroupChange] = [:]
        func update(_ key: VariantGroupKey?, _ change: (inout VariantGroupChange) -> Void) {
            guard let key else { return }
            var group = groups[key] ?? VariantGroupChange(prototypeId: key.prototypeId, skillId: key.skillId)
            change(&group)
            groups[key] = group
        }
        for added in challenges.added where new.isVariant(added.id) {
            update(new.group(of: added.id)) { $0.added.append(added.id) }
        }
        for removed in challenges.removed where old.isVariant(removed.id) {
            update(old.group(of: removed.id)) { $0.removed.append(removed.id) }
        }
        for modified in challenges.modified where new.isVariant(modified.id) || old.isVariant(modified.id) {
            update(new.group(of: modified.id) ?? old.group(of: modified.id)) { $0.modified.append(modified.id) }
        }
        for id in sortedIds(Set(old.records.keys).intersection(new.records.keys)) {
            guard let before = old.records[id], let after = new.records[id],
                  before.values != after.values || before.variantId != after.variantId else { continue }
            update(new.group(of: id)) {
                $0.valueChanges.append(VariantValuesChange(challengeId: id, oldVariantId: before.variantId, newVariantId: after.variantId,
                                                           oldValues: before.values, newValues: after.values))
            }
        }
        return groups.keys.sorted(by: VariantGroupKey.precedes).compactMap { groups[$0] }
    }

    // MARK: Calibration

    static func calibrationChanges(old: [String: ReleaseChallenge], new: [String: ReleaseChallenge]) -> [CalibrationChange] {
        sortedIds(Set(old.keys).intersection(new.keys)).compactMap { id in
            guard let before = old[id], let after = new[id], before.alpha != after.alpha || before.delta != after.delta else { return nil }
            let change: CalibrationChange.Change
            if before.alpha == nil && before.delta == nil {
                change = .added
            } else if after.alpha == nil && after.delta == nil {
                change = .removed
            } else {
                change = .changed
            }
            return CalibrationChange(challengeId: id, change: change, oldAlpha: before.alpha, oldDelta: before.delta,
                                     newAlpha: after.alpha, newDelta: after.delta)
        }
    }

    static func recalibrationNeeds(_ challenges: EntityChanges, old: [String: ReleaseChallenge],
                                   new: [String: ReleaseChallenge]) -> [RecalibrationNeed] {
        let watched = Set(recalibrationFields)
        return challenges.modified.compactMap { modification in
            guard let before = old[modification.id], let after = new[modification.id], before.isCalibrated,
                  before.alpha == after.alpha, before.delta == after.delta else { return nil }
            let fields = modification.fields.map(\.field).filter(watched.contains)
            return fields.isEmpty ? nil : RecalibrationNeed(challengeId: modification.id, fields: fields)
        }
    }

    // MARK: Helpers

    static func firstById<E: ReleaseEntity>(_ entities: [E]) -> [String: E] {
        var result: [String: E] = [:]
        for entity in entities where result[entity.entityId] == nil { result[entity.entityId] = entity }
        return result
    }

    static func firstById(_ entities: [(id: String, value: JSONValue)]) -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for entity in entities where result[entity.id] == nil { result[entity.id] = entity.value }
        return result
    }

    static func sortedIds<S: Sequence>(_ ids: S) -> [String] where S.Element == String {
        ids.sorted(by: CanonicalJSON.utf8Precedes)
    }
}

/// The changes to one kind of entity.
public struct EntityChanges: Sendable, Hashable {
    public var kind: EntityKind
    public var added: [EntityRef]
    public var removed: [EntityRef]
    public var modified: [EntityModification]

    public init(kind: EntityKind, added: [EntityRef] = [], removed: [EntityRef] = [], modified: [EntityModification] = []) {
        self.kind = kind
        self.added = added
        self.removed = removed
        self.modified = modified
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && modified.isEmpty }
}

/// An entity, with a few words that help a reviewer recognise it (a skill's name, a
/// competence's index and name, a challenge's skill and type).
public struct EntityRef: Sendable, Hashable {
    public var id: String
    public var label: String?

    public init(id: String, label: String?) {
        self.id = id
        self.label = label
    }
}

public struct EntityModification: Sendable, Hashable {
    public var id: String
    public var label: String?
    /// Sorted by field path.
    public var fields: [FieldChange]

    public init(id: String, label: String?, fields: [FieldChange]) {
        self.id = id
        self.label = label
        self.fields = fields
    }
}

/// One changed field: `instruction`, or `name_i18n.en` inside a translation object. A nil value
/// means the key is absent on that side.
public struct FieldChange: Sendable, Hashable {
    public var field: String
    public var old: JSONValue?
    public var new: JSONValue?

    public init(field: String, old: JSONValue?, new: JSONValue?) {
        self.field = field
        self.old = old
        self.new = new
    }
}

/// The déclinaisons of one prototype that were added, removed or modified.
public struct VariantGroupChange: Sendable, Hashable {
    /// Nil when the prototype is unknown (no variant record, and the skill has no single
    /// prototype): the group is then the skill's.
    public var prototypeId: String?
    public var skillId: String?
    public var added: [String] = []
    public var removed: [String] = []
    public var modified: [String] = []
    /// Generated variants whose drawn values (or variant id) changed.
    public var valueChanges: [VariantValuesChange] = []

    public init(prototypeId: String?, skillId: String?, added: [String] = [], removed: [String] = [], modified: [String] = [],
                valueChanges: [VariantValuesChange] = []) {
        self.prototypeId = prototypeId
        self.skillId = skillId
        self.added = added
        self.removed = removed
        self.modified = modified
        self.valueChanges = valueChanges
    }
}

public struct VariantValuesChange: Sendable, Hashable {
    public var challengeId: String
    public var oldVariantId: String
    public var newVariantId: String
    public var oldValues: [String: String]
    public var newValues: [String: String]

    public init(challengeId: String, oldVariantId: String, newVariantId: String, oldValues: [String: String], newValues: [String: String]) {
        self.challengeId = challengeId
        self.oldVariantId = oldVariantId
        self.newVariantId = newVariantId
        self.oldValues = oldValues
        self.newValues = newValues
    }
}

/// A challenge present in both releases whose `alpha`/`delta` changed. Challenges added or
/// removed with their calibration are not listed here (they are in the entity changes).
public struct CalibrationChange: Sendable, Hashable {
    public enum Change: String, Sendable, Hashable {
        /// Uncalibrated before (alpha and delta null).
        case added
        /// Uncalibrated after.
        case removed
        case changed
    }

    public var challengeId: String
    public var change: Change
    public var oldAlpha: Double?
    public var oldDelta: Double?
    public var newAlpha: Double?
    public var newDelta: Double?

    public init(challengeId: String, change: Change, oldAlpha: Double?, oldDelta: Double?, newAlpha: Double?, newDelta: Double?) {
        self.challengeId = challengeId
        self.change = change
        self.oldAlpha = oldAlpha
        self.oldDelta = oldDelta
        self.newAlpha = newAlpha
        self.newDelta = newDelta
    }
}

/// A challenge calibrated in the old release, still carrying the same calibration, whose
/// content changed in fields of `ReleaseDiff.recalibrationFields`: its parameters describe a
/// challenge that no longer exists.
public struct RecalibrationNeed: Sendable, Hashable {
    public var challengeId: String
    /// The content fields that changed, sorted.
    public var fields: [String]

    public init(challengeId: String, fields: [String]) {
        self.challengeId = challengeId
        self.fields = fields
    }
}

/// Builds the short labels of `EntityRef`.
struct Labeler {
    let skillNames: [String: String]

    /// Skill names come from `content`, else from `other` (a challenge modified in the new
    /// release may name a skill that only the old one has).
    init(_ content: ReleaseContent, _ other: ReleaseContent) {
        var names: [String: String] = [:]
        for skill in content.skills + other.skills where names[skill.id] == nil { names[skill.id] = skill.name }
        skillNames = names
    }

    func label(_ kind: EntityKind, _ value: JSONValue) -> String? {
        func text(_ key: String) -> String? {
            if case .string(let text)? = value[key], !text.isEmpty { return text }
            return nil
        }
        func french(_ key: String) -> String? {
            if case .string(let text)? = value[key]?["fr"], !text.isEmpty { return text }
            return nil
        }
        switch kind {
        case .framework, .area, .tube, .skill, .course: return text("name")
        case .competence: return [text("index"), french("name_i18n")].compactMap { $0 }.joined(separator: " ").nilIfEmpty
        case .thematic, .mission: return french("name_i18n")
        case .tutorial: return text("title")
        case .challenge:
            let skill = text("skillId").flatMap { skillNames[$0] }
            return [skill, text("type"), text("status")].compactMap { $0 }.joined(separator: " ").nilIfEmpty
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
