import CalibrationFiles
import Crypto
import Diagnostics
import Foundation
import Model
import Release
import Vocabulary

/// Which content goes into the bundle.
public struct BuildFilters: Sendable {
    /// Challenge statuses to keep; nil keeps all (Pix releases export every status).
    public var statuses: Set<ChallengeStatus>?
    /// Keep only challenges with this locale.
    public var locale: String?
    /// Keep only this framework's content.
    public var framework: String?

    public init(statuses: Set<ChallengeStatus>? = nil, locale: String? = nil, framework: String? = nil) {
        self.statuses = statuses
        self.locale = locale
        self.framework = framework
    }
}

/// A file copied into the bundle, named by its content.
public struct BundledFile: Sendable {
    /// Path in the bundle: `attachments/<sha256>.<extension>`.
    public let bundlePath: String
    public let bytes: [UInt8]
}

/// What `ReleaseBuilder` produces: the release, the files it references, and the manifest's
/// variant records.
public struct BuiltRelease: Sendable {
    public let release: Release
    public let files: [BundledFile]
    public let variants: [VariantRecord]
    public let sources: [SourceFileDigest]
}

/// Turns a checked repository into a Pix learning-content release: every entity with Pix's field
/// names, back-references both ways, computed values (area name, tube device flags, skill pix
/// values), one row per challenge and per generated variant (as déclinaisons of their prototype),
/// calibration merged, attachments referenced by content hash.
public enum ReleaseBuilder {
    /// `assetsBaseURL` (normalized by `AssetsBaseURL.parse`) makes the attachment and
    /// illustration URLs absolute; without it they are bundle paths (`attachments/<sha>.png`).
    public static func build(_ result: CheckResult, fileSystem: ContentFileSystem, filters: BuildFilters = BuildFilters(), releaseDate: String? = nil,
                             assetsBaseURL: String? = nil) -> BuiltRelease {
        var builder = Assembly(result: result, fileSystem: fileSystem, filters: filters)
        builder.assetsBaseURL = assetsBaseURL
        builder.run()
        let release = Release(id: nil, createdAt: releaseDate, content: builder.content)
        let files = builder.files.sorted { $0.key < $1.key }.map { BundledFile(bundlePath: $0.key, bytes: $0.value) }
        // Every source file is hashed: on both cores (20,000 files of a large repository).
        let repositorySources = result.repository.sources
        var sources = ParallelMap.map(count: repositorySources.count) { index in
            SourceFileDigest(path: repositorySources[index].path, sha256: SHA256Hex.digest(bytes: repositorySources[index].bytes))
        } + result.repository.streamedSources
        sources.append(contentsOf: builder.readFiles.map { SourceFileDigest(path: $0.key, contents: Data($0.value)) })
        var seen = Set<String>()
        sources = sources.filter { seen.insert($0.path).inserted }.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return BuiltRelease(release: release, files: files, variants: builder.variantRecords, sources: sources)
    }

    static func areaID(_ framework: String, _ code: String) -> String { "area-\(framework)-\(code)" }
    static func competenceID(_ framework: String, _ index: String) -> String { "competence-\(framework)-\(index)" }
    static func thematicID(_ framework: String, _ index: String, _ key: String) -> String { "thematic-\(framework)-\(index)-\(key)" }
    static func tubeID(_ tube: Tube) -> String { "tube-\(tube.bareName)" }
}

private struct Assembly {
    let result: CheckResult
    let fileSystem: ContentFileSystem
    let filters: BuildFilters
    var content = ReleaseContent()
    /// Bundle path → bytes.
    var files: [String: [UInt8]] = [:]
    /// Repository path → bytes of attachments read (for the sources digest).
    var readFiles: [String: [UInt8]] = [:]
    var variantRecords: [VariantRecord] = []
    /// Repository path → bundle path of the files copied.
    var bundledPaths: [String: String] = [:]
    /// The URL the bundle's files are served under, without a final `/`.
    var assetsBaseURL: String?

    init(result: CheckResult, fileSystem: ContentFileSystem, filters: BuildFilters) {
        self.result = result
        self.fileSystem = fileSystem
        self.filters = filters
    }

    var index: ContentIndex { result.index }

    mutating func run() {
        let referentials = result.repository.referentials
            .filter { filters.framework == nil || $0.framework.id.value == filters.framework }
            .sorted { $0.framework.id.value < $1.framework.id.value }
        let challenges = challengeRows(referentials: referentials)
        // Validé prototypes by skill, for the tubes' device flags.
        var prototypes: [String: [String?]] = [:]
        // Read in place: each row is a large value a `for` loop would copy.
        challenges.withUnsafeBufferPointer { rows in
            for index in rows.indices where rows[index].isPrototype && rows[index].status == ChallengeStatus.validé.rawValue {
                prototypes[rows[index].skillId, default: []].append(rows[index].responsive)
            }
        }
        for referential in referentials {
            addFramework(referential, prototypeResponsives: prototypes)
        }
        content.challenges = challenges
    }

    // MARK: Referential and tubes

    mutating func addFramework(_ referential: Referential, prototypeResponsives: [String: [String?]]) {
        let framework = referential.framework.id.value
        let isPixOrigin = referential.framework.origin.value == "Pix"
        content.frameworks.append(ReleaseFramework(id: framework, name: referential.framework.name.value))
        let tubes = result.repository.tubes.filter { ($0.framework?.value ?? ContentIndex.defaultFramework) == framework }
        for domain in referential.domains {
            let areaID = ReleaseBuilder.areaID(framework, domain.code.value)
            let competenceIDs = domain.competences.map { ReleaseBuilder.competenceID(framework, $0.index.value) }
            content.areas.append(ReleaseArea(
                id: areaID, code: domain.code.value, name: "\(domain.code.value). \(domain.title.value)",
                title_i18n: I18nText(fr: domain.title.value), competenceIds: competenceIDs, competenceAirtableIds: competenceIDs,
                color: domain.color?.value.rawValue ?? "", frameworkId: framework))
            for competence in domain.competences {
                let competenceID = ReleaseBuilder.competenceID(framework, competence.index.value)
                let competenceTubes = tubes.filter { $0.competence.value == competence.index.value }
                var skillIDs: [String] = []
                let pixValues = isPixOrigin ? Self.pixValues(competenceTubes) : [:]
                for (position, thematic) in competence.thematics.enumerated() {
                    let thematicID = ReleaseBuilder.thematicID(framework, competence.index.value, thematic.key.value)
                    let thematicTubes = competenceTubes.filter { $0.thematic.value == thematic.key.value }
                    content.thematics.append(ReleaseThematic(
                        id: thematicID, name_i18n: I18nText(fr: thematic.name.value), index: position + 1,
                        competenceId: competenceID, tubeIds: thematicTubes.map(ReleaseBuilder.tubeID).sorted()))
                }
                for tube in competenceTubes {
                    let tubeID = ReleaseBuilder.tubeID(tube)
                    var tubeSkillIDs: [String] = []
                    for skill in tube.skills {
                        let name = tube.name.value + String(skill.level.value)
                        let resolved = ResolvedSkill(name: name, tube: tube, skill: skill, referential: referential, competence: competence)
                        tubeSkillIDs.append(resolved.id)
                        content.skills.append(ReleaseSkill(
                            id: resolved.id, name: name, hint_i18n: skill.hint.map { I18nText(fr: $0.value) } ?? I18nText(),
                            hintStatus: skill.hintStatus?.value.rawValue, tutorialIds: skill.tutorials.map(\.value).sorted(),
                            learningMoreTutorialIds: [], competenceId: competenceID,
                            pixValue: pixValues[resolved.id] ?? 0, status: skill.status.value.rawValue,
                            tubeId: tubeID, version: skill.version?.value ?? 1, level: skill.level.value))
                    }
                    skillIDs.append(contentsOf: tubeSkillIDs)
                    let responsives = tubeSkillIDs.flatMap { prototypeResponsives[$0] ?? [] }
                    let covers = { (device: String) in !responsives.isEmpty && responsives.allSatisfy { ($0 ?? "").contains(device) } }
                    content.tubes.append(ReleaseTube(
                        id: tubeID, name: tube.name.value, practicalTitle_i18n: I18nText(fr: tube.title.value),
                        practicalDescription_i18n: I18nText(fr: tube.description.value), competenceId: competenceID,
                        thematicId: competence.thematic(tube.thematic.value).map { ReleaseBuilder.thematicID(framework, competence.index.value, $0.key.value) },
                        skillIds: tubeSkillIDs.sorted(), isMobileCompliant: covers("Smartphone"), isTabletCompliant: covers("Tablette"),
                        title: tube.title.value, description: tube.description.value))
                }
                content.competences.append(ReleaseCompetence(
                    id: competenceID, index: competence.index.value, name_i18n: I18nText(fr: competence.name.value),
                    description_i18n: I18nText(fr: competence.description.value), areaId: areaID, skillIds: skillIDs.sorted(),
                    thematicIds: competence.thematics.map { ReleaseBuilder.thematicID(framework, competence.index.value, $0.key.value) },
                    origin: referential.framework.origin.value))
            }
        }
    }

    /// Pix's `pixValue` (pix-editor `compute-pix-values-by-skill.js`): 8 pix per level of a
    /// competence, shared by its active skills, at most 4 each; other skills are worth 0.
    static func pixValues(_ tubes: [Tube]) -> [String: Double] {
        var activeByLevel: [Int: [String]] = [:]
        for tube in tubes {
            for skill in tube.skills where skill.status.value == .actif {
                let resolved = ResolvedSkill(name: tube.name.value + String(skill.level.value), tube: tube, skill: skill, referential: nil, competence: nil)
                activeByLevel[skill.level.value, default: []].append(resolved.id)
            }
        }
        var values: [String: Double] = [:]
        for (_, ids) in activeByLevel {
            let value = min(4.0, 8.0 / Double(ids.count))
            for id in ids { values[id] = value }
        }
        return values
    }

    // MARK: Challenges

    func frameworkOf(_ skill: ResolvedSkill) -> String { skill.tube.framework?.value ?? ContentIndex.defaultFramework }

    mutating func challengeRows(referentials: [Referential]) -> [ReleaseChallenge] {
        let frameworks = Set(referentials.map(\.framework.id.value))
        let calibration = Dictionary(result.repository.calibration.map { ($0.challengeID, $0) }, uniquingKeysWith: { first, _ in first })
        let positions = Dictionary(result.challenges.indices.map { (result.challenges[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        // Déclinaisons are numbered per prototype: hand-written ones first (by id), then the
        // generated variants of the prototype, then those of each déclinaison. A first pass
        // numbers them and bundles the files; the rows are then made in parallel.
        let order = result.challenges.indices.sorted { left, right in
            let lp = result.challenges[left].view.challenge.isPrototype
            let rp = result.challenges[right].view.challenge.isPrototype
            return lp != rp ? lp : result.challenges[left].id < result.challenges[right].id
        }
        var nextVersion: [String: Int] = [:]
        var plans: [RowPlan] = []
        for position in order {
            let compiled = result.challenges[position]
            let challenge = compiled.view.challenge
            guard let skill = compiled.view.skill, frameworks.contains(frameworkOf(skill)) else { continue }
            let prototypeID = challenge.variantOf?.value ?? challenge.id.value
            let instances = compiled.isRandomized ? compiled.variants.count : 1
            let declinaisons = challenge.isPrototype ? max(0, instances - 1) : instances
            let first = (nextVersion[prototypeID] ?? 0) + 1
            nextVersion[prototypeID] = first + declinaisons - 1
            for file in challenge.attachments { _ = bundle(file.value, next: challenge) }
            if let file = challenge.illustration?.file { _ = bundle(file.value, next: challenge) }
            plans.append(RowPlan(position: position, skill: skill, prototypeID: prototypeID, prototypePosition: positions[prototypeID] ?? position, firstVersion: first))
        }
        // Each challenge's rows are made on both cores straight into their place in the array of
        // all rows (its size is known: `rowCount`), never copied afterwards: a hundred thousand
        // rows of forty fields each would take a while to copy, on one core.
        let assembly = self
        var offsets: [Int] = []
        offsets.reserveCapacity(plans.count)
        var total = 0
        for plan in plans {
            offsets.append(total)
            total += rowCount(for: plan)
        }
        var made: [[VariantRecord]] = []
        let planned = plans
        let starts = offsets
        let rows = [ReleaseChallenge](unsafeUninitializedCapacity: total) { buffer, initialized in
            let destination = RowDestination(buffer)
            made = ParallelMap.map(count: planned.count) { index in
                assembly.rows(for: planned[index], calibration: calibration, into: destination, at: starts[index])
            }
            initialized = total
        }
        variantRecords.reserveCapacity(variantRecords.count + made.reduce(0) { $0 + $1.count })
        for position in made.indices {
            variantRecords.append(contentsOf: made[position])
            made[position] = []
        }
        return rows
    }

    /// Where the rows are made: each challenge writes its own range of the buffer, so the
    /// threads never write the same place.
    struct RowDestination: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<ReleaseChallenge>
        init(_ buffer: UnsafeMutableBufferPointer<ReleaseChallenge>) { self.buffer = buffer }
    }

    /// How many rows a challenge makes: one per variant (or one), none when the filters leave it
    /// out. `rows(for:into:at:)` writes exactly these.
    func rowCount(for plan: RowPlan) -> Int {
        let compiled = result.challenges[plan.position]
        guard keeps(compiled.view.challenge) else { return 0 }
        return compiled.isRandomized ? compiled.variants.count : 1
    }

    struct RowPlan: Sendable {
        let position: Int
        let skill: ResolvedSkill
        let prototypeID: String
        let prototypePosition: Int
        let firstVersion: Int
    }

    /// The release rows of one challenge (the challenge, or each of its variants), written from
    /// `start` in `destination` (`rowCount(for:)` of them), and its variant records.
    func rows(for plan: RowPlan, calibration: [String: CalibrationRecord], into destination: RowDestination, at start: Int) -> [VariantRecord] {
        let compiled = result.challenges[plan.position]
        let challenge = compiled.view.challenge
        let prototype = result.challenges[plan.prototypePosition].view.challenge
        let count = compiled.isRandomized ? compiled.variants.count : 1
        let kept = keeps(challenge)
        var records: [VariantRecord] = []
        records.reserveCapacity(compiled.isRandomized ? count : 0)
        var version = plan.firstVersion
        for position in 0..<count {
            let variant = compiled.isRandomized ? compiled.variants[position] : nil
            let id = position == 0 ? challenge.id.value : (variant?.id ?? challenge.id.value)
            let isPrototypeRow = challenge.isPrototype && position == 0
            var alternativeVersion: Int?
            if !isPrototypeRow {
                alternativeVersion = version
                version += 1
            }
            if let variant {
                records.append(VariantRecord(
                    challengeId: id, variantId: variant.id, prototypeId: plan.prototypeID,
                    values: Dictionary(variant.values.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })))
            }
            // Every position of a kept challenge is written: `rowCount(for:)` counted them.
            guard kept else { continue }
            var row = releaseRow(variant?.challenge ?? challenge, id: id, form: variant?.form ?? compiled.view.form, skill: plan.skill, prototype: prototype,
                                 genealogy: isPrototypeRow ? ReleaseChallenge.prototypeGenealogy : ReleaseChallenge.declinaisonGenealogy,
                                 alternativeVersion: alternativeVersion)
            if let record = calibration[id] {
                row.alpha = record.discrimination
                row.delta = record.difficulty
            }
            destination.buffer.initializeElement(at: start + position, to: row)
        }
        return records
    }

    func keeps(_ challenge: Challenge) -> Bool {
        if let statuses = filters.statuses, !statuses.contains(challenge.status.value) { return false }
        if let locale = filters.locale, !locales(challenge).contains(locale) { return false }
        return true
    }

    func locales(_ challenge: Challenge) -> [String] {
        let written = challenge.locales.map(\.value)
        return (written.isEmpty ? ["fr"] : Array(Set(written))).sorted()
    }

    func releaseRow(_ challenge: Challenge, id: String, form: PixForm, skill: ResolvedSkill, prototype: Challenge,
                             genealogy: String, alternativeVersion: Int?) -> ReleaseChallenge {
        let framework = frameworkOf(skill)
        let competenceID = ReleaseBuilder.competenceID(framework, skill.tube.competence.value)
        var illustrationURL: String?
        if let illustration = challenge.illustration {
            if let file = illustration.file { illustrationURL = bundledPath(file.value, next: challenge) }
            else { illustrationURL = illustration.url?.value }
        }
        // Quality fields belong to the prototype (Pix copies them to its déclinaisons).
        return ReleaseChallenge(
            id: id, type: challenge.type.value.rawValue, instruction: challenge.instruction.value,
            alternativeInstruction: challenge.alternativeInstruction?.value,
            proposals: form.proposals, solution: form.solution, solutionToDisplay: challenge.solutionToDisplay?.value,
            t1Status: form.tolerances.contains(.t1), t2Status: form.tolerances.contains(.t2), t3Status: form.tolerances.contains(.t3),
            status: challenge.status.value.rawValue, skillId: skill.id, competenceId: competenceID,
            timer: challenge.timer?.value, embedUrl: challenge.embed?.url.value, embedTitle: challenge.embed?.title?.value,
            embedHeight: challenge.embed?.height?.value, autoReply: challenge.autoReply?.value ?? false,
            focusable: challenge.focus?.value ?? false, format: form.format.rawValue, shuffled: form.shuffled,
            locales: locales(challenge), illustrationUrl: illustrationURL, illustrationAlt: challenge.illustration?.alt?.value,
            attachments: challenge.attachments.compactMap { bundledPath($0.value, next: challenge) },
            genealogy: genealogy, alternativeVersion: alternativeVersion,
            responsive: (prototype.responsive ?? challenge.responsive)?.value.rawValue,
            accessibility1: (prototype.accessibility?.blind ?? challenge.accessibility?.blind)?.value.rawValue,
            accessibility2: (prototype.accessibility?.colorBlind ?? challenge.accessibility?.colorBlind)?.value.rawValue,
            requireGafamWebsiteAccess: (prototype.requireGafamWebsiteAccess ?? challenge.requireGafamWebsiteAccess)?.value ?? false,
            isIncompatibleIpadCertif: (prototype.isIncompatibleIpadCertif ?? challenge.isIncompatibleIpadCertif)?.value ?? false,
            isAwarenessChallenge: (prototype.isAwarenessChallenge ?? challenge.isAwarenessChallenge)?.value ?? false,
            toRephrase: (prototype.toRephrase ?? challenge.toRephrase)?.value ?? false,
            deafAndHardOfHearing: (prototype.deafAndHardOfHearing ?? challenge.deafAndHardOfHearing)?.value.rawValue,
            hasEmbedInternalValidation: challenge.hasEmbedInternalValidation?.value ?? false,
            noValidationNeeded: challenge.noValidationNeeded?.value ?? false)
    }

    /// The repository path of a file named relative to a challenge.
    static func repositoryPath(_ relative: String, next challenge: Challenge) -> String {
        let folder = challenge.file.path.split(separator: "/").dropLast().joined(separator: "/")
        return folder.isEmpty ? relative : folder + "/" + relative
    }

    /// The bundle path of a file `bundle` copied (nil if it could not be read).
    func bundledPath(_ relative: String, next challenge: Challenge) -> String? {
        bundledPaths[Self.repositoryPath(relative, next: challenge)].map { path in assetsBaseURL.map { $0 + "/" + path } ?? path }
    }

    /// Copies a file next to the challenge into the bundle, named by its SHA-256, and returns its
    /// path in the bundle (nil if it cannot be read: the rules have reported it).
    mutating func bundle(_ relative: String, next challenge: Challenge) -> String? {
        let path = Self.repositoryPath(relative, next: challenge)
        if let known = bundledPaths[path] { return known }
        guard DiskFileSystem.isSafeRelative(relative), fileSystem.kind(of: path) == .file,
              let bytes = try? fileSystem.read(path, maximumSize: FileLimits.maximumAttachmentSize) else { return nil }
        readFiles[path] = bytes
        let digest = SHA256Hex.digest(bytes: bytes)
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        let ext = name.contains(".") ? "." + (name.split(separator: ".").last.map(String.init) ?? "") : ""
        let bundlePath = "attachments/\(digest)\(ext.lowercased())"
        files[bundlePath] = bytes
        bundledPaths[path] = bundlePath
        return bundlePath
    }
}

/// `pixc build --assets-base-url`: where the bundle's files will be served, so that the release
/// carries absolute URLs (Pix's front end uses attachment and illustration URLs as they are).
public enum AssetsBaseURL {
    /// The URL without its final `/`, or nil when it is not an absolute http(s) URL with a host
    /// and without query or fragment (a file name is appended to it).
    public static func parse(_ text: String) -> String? {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil,
              !text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) else { return nil }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
