import JSON

/// The kinds of entity a Pix release holds, in the order of `ReleaseContent` (and of every
/// listing this module prints).
public enum EntityKind: String, CaseIterable, Sendable, Hashable, Comparable, Codable {
    case framework
    case area
    case competence
    case thematic
    case tube
    case skill
    case challenge
    case tutorial
    case course
    case mission

    /// The name of the collection in `release.json` (`"challenges"`).
    public var collection: String {
        switch self {
        case .framework: return "frameworks"
        case .area: return "areas"
        case .competence: return "competences"
        case .thematic: return "thematics"
        case .tube: return "tubes"
        case .skill: return "skills"
        case .challenge: return "challenges"
        case .tutorial: return "tutorials"
        case .course: return "courses"
        case .mission: return "missions"
        }
    }

    public init?(collection: String) {
        guard let kind = EntityKind.allCases.first(where: { $0.collection == collection }) else { return nil }
        self = kind
    }

    var order: Int { EntityKind.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool { lhs.order < rhs.order }
}

/// An entity of a release: it has a kind, an id unique within its kind, and a JSON form.
public protocol ReleaseEntity: Sendable, Hashable, Codable {
    static var kind: EntityKind { get }
    /// The id as text (a mission's integer id is printed as digits).
    var entityId: String { get }
    /// The entity as written in `release.json`: every field present, `null` when absent.
    var jsonValue: JSONValue { get }
}

/// Texts by locale (`{"fr": "…", "en": "…"}`), the `*_i18n` fields of Pix.
public struct I18nText: Sendable, Hashable, Codable, ExpressibleByDictionaryLiteral {
    public var translations: [String: String]

    public init(_ translations: [String: String] = [:]) {
        self.translations = translations
    }

    public init(fr: String?, en: String? = nil) {
        var translations: [String: String] = [:]
        translations["fr"] = fr
        translations["en"] = en
        self.translations = translations
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.translations = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    public subscript(locale: String) -> String? { translations[locale] }
    public var fr: String? { translations["fr"] }
    public var en: String? { translations["en"] }

    public var jsonValue: JSONValue { .object(translations.mapValues(JSONValue.string)) }

    public init(from decoder: Decoder) throws {
        translations = try [String: String?](from: decoder).compactMapValues { $0 }
    }

    public func encode(to encoder: Encoder) throws {
        try translations.encode(to: encoder)
    }
}

// MARK: - Framework, area, competence, thematic, tube

/// A référentiel (`FrameworkForRelease`): "Pix", "Pix 1D", Pix+ frameworks.
public struct ReleaseFramework: ReleaseEntity, FieldTable {
    public static let kind = EntityKind.framework
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    static let fields: [Field<Self>] = [.string("id", \.id), .string("name", \.name)]
    static var blank: Self { Self(id: "", name: "") }
}

/// A domain (`AreaForRelease`). `name` is `"<code>. <title fr>"` in Pix.
public struct ReleaseArea: ReleaseEntity, FieldTable {
    public static let kind = EntityKind.area
    public var id: String
    public var code: String
    public var name: String
    public var title_i18n: I18nText
    public var competenceIds: [String]
    /// Airtable record ids of the competences (`rec…`) in Pix; not resolved against anything.
    public var competenceAirtableIds: [String]
    public var color: String
    public var frameworkId: String

    public init(id: String, code: String, name: String, title_i18n: I18nText, competenceIds: [String],
                competenceAirtableIds: [String], color: String, frameworkId: String) {
        self.id = id
        self.code = code
        self.name = name
        self.title_i18n = title_i18n
        self.competenceIds = competenceIds
        self.competenceAirtableIds = competenceAirtableIds
        self.color = color
        self.frameworkId = frameworkId
    }

    static let fields: [Field<Self>] = [
            .string("id", \.id), .string("code", \.code), .string("name", \.name), .i18n("title_i18n", \.title_i18n),
            .stringsOrEmpty("competenceIds", \.competenceIds),
            .stringsOrEmpty("competenceAirtableIds", \.competenceAirtableIds),
            .string("color", \.color), .string("frameworkId", \.frameworkId),
    ]

    static var blank: Self {
        Self(id: "", code: "", name: "", title_i18n: [:], competenceIds: [], competenceAirtableIds: [], color: "", frameworkId: "")
    }
}

/// A competence (`CompetenceForRelease`); `origin` is `"Pix"` for the core CRCN.
public struct ReleaseCompetence: ReleaseEntity, FieldTable {
    public static let kind = EntityKind.competence
    public var id: String
    public var index: String
    public var name_i18n: I18nText
    public var description_i18n: I18nText
    public var areaId: String
    public var skillIds: [String]
    public var thematicIds: [String]
    public var origin: String

    public init(id: String, index: String, name_i18n: I18nText, description_i18n: I18nText, areaId: String,
                skillIds: [String], thematicIds: [String], origin: String) {
        self.id = id
        self.index = index
        self.name_i18n = name_i18n
        self.description_i18n = description_i18n
        self.areaId = areaId
        self.skillIds = skillIds
        self.thematicIds = thematicIds
        self.origin = origin
    }

    static let fields: [Field<Self>] = [
            .string("id", \.id), .string("index", \.index), .i18n("name_i18n", \.name_i18n),
            .i18n("description_i18n", \.description_i18n), .string("areaId", \.areaId),
            .stringsOrEmpty("skillIds", \.skillIds), .stringsOrEmpty("thematicIds", \.thematicIds),
            .string("origin", \.origin),
    ]

    static var blank: Self {
        Self(id: "", index: "", name_i18n: [:], description_i18n: [:], areaId: "", skillIds: [], thematicIds: [], origin: "")
    }
}

/// A thematic (`ThematicForRelease`): groups the tubes of a competence; `index` orders them.
public struct ReleaseThematic: ReleaseEntity, FieldTable {
    public static let kind = EntityKind.thematic
    public var id: String
    public var name_i18n: I18nText
    public var index: Int
    public var competenceId: String
    public var tubeIds: [String]

    public init(id: String, name_i18n: I18nText, index: Int, competenceId: String, tubeIds: [String]) {
        self.id = id
        self.name_i18n = name_i18n
        self.index = index
        self.competenceId = competenceId
        self.tubeIds = tubeIds
    }

    static let fields: [Field<Self>] = [
            .string("id", \.id), .i18n("name_i18n", \.name_i18n), .integer("index", \.index),
            .string("competenceId", \.competenceId), .stringsOrEmpty("tubeIds", \.tubeIds),
    ]

    static var blank: Self { Self(id: "", name_i18n: [:], index: 0, competenceId: "", tubeIds: []) }
}

/// A tube ("sujet", `TubeForRelease` after `tube-transformer.js`). `thematicId` is null when no
/// thematic lists the tube; the device flags are true when every validated prototype of the
/// tube is responsive on that device and there is at least one.
public struct ReleaseTube: ReleaseEntity, FieldTable {
    public static let kind = EntityKind.tube
    public var id: String
    public var name: String
    /// The tube's title and description: the Pix API stores them (`tube-repository.js`, NULL
    /// when absent); pixc writes the French practical title and description.
    public var title: String?
    public var description: String?
    public var practicalTitle_i18n: I18nText
    public var practicalDescription_i18n: I18nText
    public var competenceId: String
    public var thematicId: String?
    public var skillIds: [String]
    public var isMobileCompliant: Bool
    public var isTabletCompliant: Bool

    public init(id: String, name: String, practicalTitle_i18n: I18nText, practicalDescription_i18n: I18nText,
                competenceId: String, thematicId: String?, skillIds: [String], isMobileCompliant: Bool,
                isTabletCompliant: Bool, title: String? = nil, description: String? = nil) {
        self.id = id
        self.name = name
        self.title = title
        self.description = description
        self.practicalTitle_i18n = practicalTitle_i18n
        self.practicalDescription_i18n = practicalDescription_i18n
        self.competenceId = competenceId
        self.thematicId = thematicId
        self.skillIds = skillIds
        self.isMobileCompliant = isMobileCompliant
        self.isTabletCompliant = isTabletCompliant
    }

    static let fields: [Field<Self>] = [
            .string("id", \.id), .string("name", \.name), .i18n("practicalTitle_i18n", \.practicalTitle_i18n),
            .i18n("practicalDescription_i18n", \.practicalDescription_i18n), .string("competenceId", \.competenceId),
            .optionalString("thematicId", \.thematicId), .stringsOrEmpty("skillIds", \.skillIds),
            .bool("isMobileCompliant", \.isMobileCompliant), .bool("isTabletCompliant", \.isTabletCompliant),
            .optionalString("title", \.title), .optionalString("description", \.description),
    ]

    static var blank: Self {
        Self(id: "", name: "", practicalTitle_i18n: [:], practicalDescription_i18n: [:], competenceId: "", thematicId: nil,
             skillIds: [], isMobileCompliant: false, isTabletCompliant: false)
    }
}

// MARK: - Skill

/// A skill ("acquis", `SkillForRelease`). `pixValue` may be fractional (8 Pix shared by the
/// active skills of a level in a competence).
public struct ReleaseSkill: ReleaseEntity, FieldTable {
    public static let kind = EntityKind.skill
    public var id: String
    public var name: String
    public var hint_i18n: I18nText
    public var hintStatus: String?
    public var tutorialIds: [String]
    public var learningMoreTutorialIds: [String]
    public var competenceId: String
    public var pixValue: Double
    public var status: String
    public var tubeId: String
    public var version: Int
    public var level: Int

    public init(id: String, name: String, hint_i18n: I18nText, hintStatus: String?, tutorialIds: [String],
                learningMoreTutorialIds: [String], competenceId: String, pixValue: Double, status: String,
                tubeId: String, version: Int, level: Int) {
        self.id = id
        self.name = name
        self.hint_i18n = hint_i18n
        self.hintStatus = hintStatus
        self.tutorialIds = tutorialIds
        self.learningMoreTutorialIds = learningMoreTutorialIds
        self.competenceId = competenceId
        self.pixValue = pixValue
        self.status = status
        self.tubeId = tubeId
        self.version = version
        self.level = level
    }

    static let fields: [Field<Self>] = [
            .string("id", \.id), .string("name", \.name), .i18n("hint_i18n", \.hint_i18n),
            .optionalString("hintStatus", \.hintStatus), .stringsOrEmpty("tutorialIds", \.tutorialIds),
            .stringsOrEmpty("learningMoreTutorialIds", \.learningMoreTutorialIds),
            .string("competenceId", \.competenceId), .number("pixValue", \.pixValue), .string("status", \.status),
            .string("tubeId", \.tubeId), .integer("version", \.version), .integer("level", \.level),
    ]

    static var blank: Self {
        Self(id: "", name: "", hint_i18n: [:], hintStatus: nil, tutorialIds: [], learningMoreTutorialIds: [],
             competenceId: "", pixValue: 0, status: "", tubeId: "", version: 0, level: 0)
    }
}

// MARK: - Tutorial, course, mission

/// A tutorial (`TutorialForRelease`); `duration` is `"HH:MM:SS"`.
public struct ReleaseTutorial: ReleaseEntity, FieldTable {
    public static let kind = EntityKind.tutorial
    public var id: String
    public var duration: String
    public var format: String
    public var link: String
    public var source: String
    public var title: String
    public var locale: String

    public init(id: String, duration: String, format: String, link: String, source: String, title: String, locale: String) {
        self.id = id
        self.duration = duration
        self.format = format
        self.link = link
        self.source = source
        self.title = title
        self.locale = locale
    }

    static let fields: [Field<Self>] = [
            .string("id", \.id), .string("duration", \.duration), .string("format", \.format), .string("link", \.link),
            .string("source", \.source), .string("title", \.title), .string("locale", \.locale),
    ]

    static var blank: Self { Self(id: "", duration: "", format: "", link: "", source: "", title: "", locale: "") }
}

/// A static test (`CourseForRelease`): an ordered list of challenge ids.
public struct ReleaseCourse: ReleaseEntity, FieldTable {
    public static let kind = EntityKind.course
    public var id: String
    public var name: String
    public var description: String
    public var isActive: Bool
    public var competences: [String]
    public var challenges: [String]

    public init(id: String, name: String, description: String, isActive: Bool, competences: [String] = [], challenges: [String]) {
        self.id = id
        self.name = name
        self.description = description
        self.isActive = isActive
        self.competences = competences
        self.challenges = challenges
    }

    static let fields: [Field<Self>] = [
            .string("id", \.id), .string("name", \.name), .string("description", \.description),
            .bool("isActive", \.isActive), .stringsOrEmpty("competences", \.competences),
            .strings("challenges", \.challenges),
    ]

    static var blank: Self { Self(id: "", name: "", description: "", isActive: false, challenges: []) }
}

/// A Pix Junior mission (`MissionForRelease`). pixc does not author missions; they are kept as
/// the JSON object they were read from, so reading and writing a release does not lose them.
public struct ReleaseMission: ReleaseEntity {
    public static let kind = EntityKind.mission
    /// Every field of the mission; `id` is a string or an integer.
    public var fields: [String: JSONValue]

    public init(fields: [String: JSONValue]) {
        self.fields = fields
    }

    public var entityId: String {
        switch fields["id"] {
        case .string(let text): return text
        case let value?: return value.numberText ?? ""
        case nil: return ""
        }
    }

    public var jsonValue: JSONValue { .object(fields) }

    public init(from decoder: Decoder) throws {
        let value = try JSONValue(from: decoder)
        guard case .object(let members) = value else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a mission must be an object"))
        }
        fields = members
    }
}

// MARK: - Codable through the field tables

extension ReleaseEntity {
    public func encode(to encoder: Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}

extension FieldTable where Self: ReleaseEntity {
    /// Decodes through the field table, so `JSONDecoder` and `Release.read` accept the same
    /// documents; the first problem becomes the decoding error.
    static func decoded(from decoder: Decoder) throws -> Self {
        let value = try JSONValue(from: decoder)
        guard case .object(let members) = value else {
            throw DecodingError.typeMismatch(Self.self, .init(codingPath: decoder.codingPath,
                                                              debugDescription: "a \(Self.kind.rawValue) must be a JSON object"))
        }
        var reader = FieldReader(location: Self.kind.rawValue, entity: Self.kind)
        let entity = Self.read(members, reader: &reader)
        if let problem = reader.problems.first {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: problem.description))
        }
        return entity
    }
}

extension ReleaseFramework {
    public var entityId: String { id }
    public var jsonValue: JSONValue { fieldObject }
    public init(from decoder: Decoder) throws { self = try Self.decoded(from: decoder) }
}

extension ReleaseArea {
    public var entityId: String { id }
    public var jsonValue: JSONValue { fieldObject }
    public init(from decoder: Decoder) throws { self = try Self.decoded(from: decoder) }
}

extension ReleaseCompetence {
    public var entityId: String { id }
    public var jsonValue: JSONValue { fieldObject }
    public init(from decoder: Decoder) throws { self = try Self.decoded(from: decoder) }
}

extension ReleaseThematic {
    public var entityId: String { id }
    public var jsonValue: JSONValue { fieldObject }
    public init(from decoder: Decoder) throws { self = try Self.decoded(from: decoder) }
}

extension ReleaseTube {
    public var entityId: String { id }
    public var jsonValue: JSONValue { fieldObject }
    public init(from decoder: Decoder) throws { self = try Self.decoded(from: decoder) }
}

extension ReleaseSkill {
    public var entityId: String { id }
    public var jsonValue: JSONValue { fieldObject }
    public init(from decoder: Decoder) throws { self = try Self.decoded(from: decoder) }
}

extension ReleaseTutorial {
    public var entityId: String { id }
    public var jsonValue: JSONValue { fieldObject }
    public init(from decoder: Decoder) throws { self = try Self.decoded(from: decoder) }
}

extension ReleaseCourse {
    public var entityId: String { id }
    public var jsonValue: JSONValue { fieldObject }
    public init(from decoder: Decoder) throws { self = try Self.decoded(from: decoder) }
}
