import Diagnostics
import Engine
import Foundation
import Release
import Vocabulary
import Localization

/// The challenges a simulation draws from, as the engine believes them: 2PL parameters and the
/// place of each challenge in the referential, in challenge-id order (code points).
public struct SimulationBank: Sendable {
    public struct Item: Sendable, Hashable {
        public let id: String
        public let discrimination: Double
        public let difficulty: Double
        /// The parameters are not a calibration but derived from the skill level.
        public let isProvisional: Bool
        /// The competence as people name it ("1.1"); empty when the items file has none.
        public let competence: String
        /// What tells competences apart (the competence id of a bundle).
        public let competenceKey: String
        public let tube: String
        public let skill: String
        public let skillName: String
        public let level: Int?
        public let pixValue: Double
        public let status: ChallengeStatus
        public let locales: [String]
        public let isTimed: Bool
    }

    /// Where the bank comes from, as the summary reports it.
    public enum Source: Sendable, Hashable {
        case bundle(path: String, framework: String?, statuses: [String], locale: String?, calibratedOnly: Bool)
        case items(path: String)
    }

    public let items: [Item]
    public let source: Source
    /// Challenges of the bundle left out (other status, framework or locale; not calibrated).
    public let skippedCount: Int

    public var count: Int { items.count }
    public var provisionalCount: Int { items.reduce(0) { $0 + ($1.isProvisional ? 1 : 0) } }

    init(items: [Item], source: Source, skippedCount: Int) {
        self.items = items
        self.source = source
        self.skippedCount = skippedCount
    }

    /// SHA-256 of the bank as the engine sees it (ids, parameters, provisional flags, places), so
    /// that two summaries can tell whether they simulated the same bank.
    public var digest: String {
        var text = ""
        for item in items {
            let fields = [item.id, JSONText.number(item.discrimination), JSONText.number(item.difficulty),
                          item.isProvisional ? "provisional" : "calibrated", item.competence, item.tube, item.skill,
                          item.level.map(String.init) ?? "", JSONText.number(item.pixValue), item.status.rawValue]
            text += fields.joined(separator: "\t") + "\n"
        }
        return SHA256Text.digest(text)
    }

    /// The validé (or `statuses`) challenges of a built bundle — a folder or a `release.json` —
    /// of one framework, with their calibration or provisional parameters.
    public static func load(bundle path: String, framework: String?, statuses: [String], locale: String?,
                            calibratedOnly: Bool) throws(SimulationFailure) -> SimulationBank {
        let release: Release
        do {
            release = try BundleReader.read(path).release
        } catch {
            throw .usage(error.description)
        }
        var wanted: [ChallengeStatus] = []
        for status in statuses {
            guard let known = ChallengeStatus(rawValue: status) else {
                throw .usage(SimulationMessages.catalogue.text("bank.status", ["status": status, "statuses": ChallengeStatus.allCases.map(\.rawValue).joined(separator: ", ")]))
            }
            wanted.append(known)
        }
        let selection = BundleSelection.select(release: release, locale: locale, framework: framework,
                                               statuses: Set(wanted.map(\.rawValue)), provisional: !calibratedOnly)
        var items: [Item] = []
        items.reserveCapacity(selection.selected.count)
        for selected in selection.selected {
            let challenge = selected.challenge
            guard selected.discrimination.isFinite, selected.difficulty.isFinite else {
                throw .usage(SimulationMessages.catalogue.text("bank.nonFinite", ["path": path, "id": challenge.id]))
            }
            guard let status = ChallengeStatus(rawValue: challenge.status) else {
                throw .usage(SimulationMessages.catalogue.text("bank.unknownStatus", ["path": path, "id": challenge.id, "status": challenge.status]))
            }
            items.append(Item(id: challenge.id, discrimination: selected.discrimination, difficulty: selected.difficulty,
                              isProvisional: !selected.isCalibrated, competence: selected.competence?.index ?? selected.skill.competenceId,
                              competenceKey: selected.skill.competenceId,
                              tube: selected.skill.tubeId, skill: selected.skill.id, skillName: selected.skill.name,
                              level: selected.skill.level, pixValue: selected.skill.pixValue, status: status,
                              locales: challenge.locales, isTimed: challenge.timer != nil))
        }
        guard !items.isEmpty else {
            let what = statuses.joined(separator: ", ")
            throw .usage(SimulationMessages.catalogue.text("bank.empty", ["path": path, "what": what, "framework": framework.map { SimulationMessages.catalogue.text("bank.empty.framework", ["id": $0]) } ?? "", "locale": locale.map { SimulationMessages.catalogue.text("bank.empty.locale", ["locale": $0]) } ?? "", "calibrated": calibratedOnly ? SimulationMessages.catalogue.text("bank.empty.calibrated") : ""]))
        }
        return SimulationBank(items: items, source: .bundle(path: path, framework: framework, statuses: statuses, locale: locale, calibratedOnly: calibratedOnly),
                              skippedCount: selection.skipped.count)
    }

    /// A synthetic bank from an items file (header `id,discrimination,difficulty`, optionally
    /// `competence,tube,skill,level`). Without a competence, all challenges share one; without a
    /// tube, a challenge's tube is its skill's (Pix's rule: `@recherche3` → `recherche`), or its
    /// own when it has no skill either; without a skill, a challenge is its own skill.
    public static func load(items path: String) throws(SimulationFailure) -> SimulationBank {
        let file = try SimulationFiles.source(path)
        let (records, diagnostics) = ItemsFile.read(file)
        guard let records else { throw .diagnostics(diagnostics) }
        return bank(records: records, source: .items(path: path))
    }

    static func bank(records: [ItemRecord], source: Source) -> SimulationBank {
        struct LevelKey: Hashable { let competence: String; let level: Int }
        // Pix's pix value of a skill: 8 pix per level of a competence, shared by its skills.
        var skillsByLevel: [LevelKey: Set<String>] = [:]
        for record in records {
            if let level = record.level {
                skillsByLevel[LevelKey(competence: record.competence ?? "", level: level), default: []].insert(record.skill ?? record.id)
            }
        }
        let items = records.map { record -> Item in
            let skill = record.skill ?? record.id
            let tube = record.tube ?? (record.skill.map { Skill.tubeName(ofSkillNamed: $0) } ?? record.id)
            let competence = record.competence ?? ""
            var pixValue = 0.0
            if let level = record.level, let skills = skillsByLevel[LevelKey(competence: competence, level: level)] {
                pixValue = min(PixScoring.maxPixValuePerSkill, Double(PixScoring.pixCountByLevel) / Double(skills.count))
            }
            return Item(id: record.id, discrimination: record.discrimination, difficulty: record.difficulty, isProvisional: false,
                        competence: competence, competenceKey: competence, tube: tube, skill: skill, skillName: skill, level: record.level, pixValue: pixValue,
                        status: .validé, locales: [], isTimed: false)
        }.sorted { $0.id.unicodeScalars.lexicographicallyPrecedes($1.id.unicodeScalars) }
        return SimulationBank(items: items, source: source, skippedCount: 0)
    }
}

/// Reading the files a simulation is given.
enum SimulationFiles {
    static func source(_ path: String) throws(SimulationFailure) -> SourceFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .usage(SimulationMessages.catalogue.text("bank.noFile", ["path": path]))
        }
        guard !isFolder.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw .usage(SimulationMessages.catalogue.text("bank.unreadable", ["path": path]))
        }
        return SourceFile(path: path, bytes: [UInt8](data))
    }
}

/// Why a simulation did not run.
public enum SimulationFailure: Error, Sendable, CustomStringConvertible {
    /// Options that do not fit together, a missing or unreadable file (exit code 2).
    case usage(String)
    /// Problems in the input files, at their place (exit code 1).
    case diagnostics([Diagnostic])
    /// The outputs could not be written.
    case output(String)

    public var description: String {
        switch self {
        case .usage(let message), .output(let message): return message
        case .diagnostics(let diagnostics): return diagnostics.count == 1 ? SimulationInputMessages.text("failure.problems.one") : SimulationInputMessages.text("failure.problems", ["count": "\(diagnostics.count)"])
        }
    }
}
