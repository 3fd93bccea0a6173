/// Referential integrity of a release: ids unique within their kind, every reference resolved,
/// and the links Pix stores both ways (pix-content.md §1.1) agreeing with each other.
///
/// Not checked: `area.competenceAirtableIds`, which hold Airtable record ids that appear nowhere
/// else in a release, and `course.competences`.
public enum ReleaseValidator {
    /// Every problem, grouped by check (duplicates, then references, then two-way links), each
    /// group in content order.
    public static func problems(in content: ReleaseContent) -> [ReleaseProblem] {
        var check = Check(content: content)
        check.duplicates()
        check.references()
        check.twoWayLinks()
        return check.problems
    }

    private struct Check {
        let content: ReleaseContent
        var problems: [ReleaseProblem] = []
        /// First index of each id, per kind.
        let indexes: [EntityKind: [String: Int]]

        init(content: ReleaseContent) {
            self.content = content
            var indexes: [EntityKind: [String: Int]] = [:]
            for kind in EntityKind.allCases {
                var firstIndex: [String: Int] = [:]
                for (index, id) in content.ids(of: kind).enumerated() where firstIndex[id] == nil {
                    firstIndex[id] = index
                }
                indexes[kind] = firstIndex
            }
            self.indexes = indexes
        }

        func index(_ kind: EntityKind, _ id: String) -> Int? { indexes[kind]?[id] }

        mutating func report<E: ReleaseEntity>(_ kind: ReleaseProblem.Kind, _ entity: E, at index: Int, field: String?, _ message: String) {
            problems.append(ReleaseProblem(kind: kind, location: entityLocation(E.kind, index: index, id: entity.entityId),
                                           entity: E.kind, index: index, id: entity.entityId, field: field, message: message))
        }

        // MARK: Duplicates

        mutating func duplicates() {
            for kind in EntityKind.allCases {
                for (index, id) in content.ids(of: kind).enumerated() {
                    guard let first = self.index(kind, id), first != index else { continue }
                    problems.append(ReleaseProblem(
                        kind: .duplicateId, location: entityLocation(kind, index: index, id: id), entity: kind, index: index,
                        id: id, field: "id",
                        message: "duplicate id \"\(id)\": \(kind.collection)[\(first)] has the same id"))
                }
            }
        }

        // MARK: References

        mutating func references() {
            for (i, area) in content.areas.enumerated() {
                reference(area, i, "frameworkId", area.frameworkId, to: .framework)
                references(area, i, "competenceIds", area.competenceIds, to: .competence)
            }
            for (i, competence) in content.competences.enumerated() {
                reference(competence, i, "areaId", competence.areaId, to: .area)
                references(competence, i, "skillIds", competence.skillIds, to: .skill)
                references(competence, i, "thematicIds", competence.thematicIds, to: .thematic)
            }
            for (i, thematic) in content.thematics.enumerated() {
                reference(thematic, i, "competenceId", thematic.competenceId, to: .competence)
                references(thematic, i, "tubeIds", thematic.tubeIds, to: .tube)
            }
            for (i, tube) in content.tubes.enumerated() {
                reference(tube, i, "competenceId", tube.competenceId, to: .competence)
                if let thematicId = tube.thematicId { reference(tube, i, "thematicId", thematicId, to: .thematic) }
                references(tube, i, "skillIds", tube.skillIds, to: .skill)
            }
            for (i, skill) in content.skills.enumerated() {
                reference(skill, i, "tubeId", skill.tubeId, to: .tube)
                reference(skill, i, "competenceId", skill.competenceId, to: .competence)
                references(skill, i, "tutorialIds", skill.tutorialIds, to: .tutorial)
                references(skill, i, "learningMoreTutorialIds", skill.learningMoreTutorialIds, to: .tutorial)
            }
            // By index: a release has a hundred thousand challenges, each a large value that
            // `enumerated()` would copy.
            for i in content.challenges.indices {
                // The challenge is handed over (copied) only when a reference is dangling.
                if index(.skill, content.challenges[i].skillId) == nil {
                    reference(content.challenges[i], i, "skillId", content.challenges[i].skillId, to: .skill)
                }
                if index(.competence, content.challenges[i].competenceId) == nil {
                    reference(content.challenges[i], i, "competenceId", content.challenges[i].competenceId, to: .competence)
                }
            }
            for (i, course) in content.courses.enumerated() {
                references(course, i, "challenges", course.challenges, to: .challenge)
            }
        }

        mutating func reference<E: ReleaseEntity>(_ entity: E, _ i: Int, _ field: String, _ id: String, to target: EntityKind) {
            guard index(target, id) == nil else { return }
            report(.danglingReference, entity, at: i, field: field, "\(field) \"\(id)\" does not match any \(target.rawValue)")
        }

        mutating func references<E: ReleaseEntity>(_ entity: E, _ i: Int, _ field: String, _ ids: [String], to target: EntityKind) {
            for (position, id) in ids.enumerated() where index(target, id) == nil {
                report(.danglingReference, entity, at: i, field: field, "\(field)[\(position)] \"\(id)\" does not match any \(target.rawValue)")
            }
        }

        // MARK: Two-way links

        mutating func twoWayLinks() {
            bothWays(content.areas, "competenceIds", \.competenceIds, content.competences, "areaId", { $0.areaId })
            bothWays(content.competences, "skillIds", \.skillIds, content.skills, "competenceId", { $0.competenceId })
            bothWays(content.competences, "thematicIds", \.thematicIds, content.thematics, "competenceId", { $0.competenceId })
            bothWays(content.thematics, "tubeIds", \.tubeIds, content.tubes, "thematicId", { $0.thematicId })
            bothWays(content.tubes, "skillIds", \.skillIds, content.skills, "tubeId", { $0.tubeId })

            // Lookups Pix computes through the hierarchy must give the stored value.
            for (i, tube) in content.tubes.enumerated() {
                guard let thematicId = tube.thematicId, let t = index(.thematic, thematicId) else { continue }
                let thematic = content.thematics[t]
                if thematic.competenceId != tube.competenceId, index(.competence, tube.competenceId) != nil {
                    report(.inconsistentLink, tube, at: i, field: "competenceId",
                           "competenceId is \"\(tube.competenceId)\", but its thematic \"\(thematicId)\" belongs to \"\(thematic.competenceId)\"")
                }
            }
            for (i, skill) in content.skills.enumerated() {
                guard let t = index(.tube, skill.tubeId) else { continue }
                let tube = content.tubes[t]
                if tube.competenceId != skill.competenceId, index(.competence, skill.competenceId) != nil {
                    report(.inconsistentLink, skill, at: i, field: "competenceId",
                           "competenceId is \"\(skill.competenceId)\", but its tube \"\(tube.id)\" belongs to \"\(tube.competenceId)\"")
                }
            }
            for i in content.challenges.indices {
                guard let s = index(.skill, content.challenges[i].skillId) else { continue }
                let competenceId = content.challenges[i].competenceId
                if content.skills[s].competenceId != competenceId, index(.competence, competenceId) != nil {
                    let skill = content.skills[s]
                    report(.inconsistentLink, content.challenges[i], at: i, field: "competenceId",
                           "competenceId is \"\(competenceId)\", but its skill \"\(skill.id)\" belongs to \"\(skill.competenceId)\"")
                }
            }
        }

        /// A parent lists children (`tube.skillIds`) and each child names its parent
        /// (`skill.tubeId`): both must say the same thing. References that do not resolve were
        /// reported already and are skipped here.
        mutating func bothWays<Parent: ReleaseEntity, Child: ReleaseEntity>(
            _ parents: [Parent], _ listField: String, _ list: KeyPath<Parent, [String]>,
            _ children: [Child], _ parentField: String, _ parentOf: (Child) -> String?
        ) {
            var listed: [String: Set<String>] = [:]
            for (i, parent) in parents.enumerated() where index(Parent.kind, parent.entityId) == i {
                listed[parent.entityId] = Set(parent[keyPath: list])
                for childId in parent[keyPath: list] {
                    guard let c = index(Child.kind, childId) else { continue }
                    let named = parentOf(children[c])
                    guard named != parent.entityId else { continue }
                    let namedText = named.map { "\"\($0)\"" } ?? "null"
                    report(.inconsistentLink, parent, at: i, field: listField,
                           "\(listField) lists \(Child.kind.rawValue) \"\(childId)\", but its \(parentField) is \(namedText)")
                }
            }
            for (i, child) in children.enumerated() {
                guard let parentId = parentOf(child), index(Parent.kind, parentId) != nil else { continue }
                if listed[parentId]?.contains(child.entityId) != true {
                    report(.inconsistentLink, child, at: i, field: parentField,
                           "\(Parent.kind.rawValue) \"\(parentId)\" does not list this \(Child.kind.rawValue) in its \(listField)")
                }
            }
        }
    }
}
