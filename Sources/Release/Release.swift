import Foundation
import JSON

/// The learning content of a release: Pix's `Content` (`api/lib/domain/models/release/Content.js`).
public struct ReleaseContent: Sendable, Hashable, Codable {
    public var frameworks: [ReleaseFramework]
    public var areas: [ReleaseArea]
    public var competences: [ReleaseCompetence]
    public var thematics: [ReleaseThematic]
    public var tubes: [ReleaseTube]
    public var skills: [ReleaseSkill]
    public var challenges: [ReleaseChallenge]
    public var tutorials: [ReleaseTutorial]
    public var courses: [ReleaseCourse]
    public var missions: [ReleaseMission]

    public init(frameworks: [ReleaseFramework] = [], areas: [ReleaseArea] = [], competences: [ReleaseCompetence] = [],
                thematics: [ReleaseThematic] = [], tubes: [ReleaseTube] = [], skills: [ReleaseSkill] = [],
                challenges: [ReleaseChallenge] = [], tutorials: [ReleaseTutorial] = [], courses: [ReleaseCourse] = [],
                missions: [ReleaseMission] = []) {
        self.frameworks = frameworks
        self.areas = areas
        self.competences = competences
        self.thematics = thematics
        self.tubes = tubes
        self.skills = skills
        self.challenges = challenges
        self.tutorials = tutorials
        self.courses = courses
        self.missions = missions
    }

    /// Collections that must be present when reading; the others default to `[]` (older Pix
    /// releases have no tutorials, courses or missions collection at all).
    public static let requiredCollections: [EntityKind] = [.framework, .area, .competence, .thematic, .tube, .skill, .challenge]

    public func count(of kind: EntityKind) -> Int {
        switch kind {
        case .framework: return frameworks.count
        case .area: return areas.count
        case .competence: return competences.count
        case .thematic: return thematics.count
        case .tube: return tubes.count
        case .skill: return skills.count
        case .challenge: return challenges.count
        case .tutorial: return tutorials.count
        case .course: return courses.count
        case .mission: return missions.count
        }
    }

    /// The ids of a kind, in the order of the content.
    public func ids(of kind: EntityKind) -> [String] {
        switch kind {
        case .framework: return frameworks.map(\.id)
        case .area: return areas.map(\.id)
        case .competence: return competences.map(\.id)
        case .thematic: return thematics.map(\.id)
        case .tube: return tubes.map(\.id)
        case .skill: return skills.map(\.id)
        case .challenge: return challenges.map(\.id)
        case .tutorial: return tutorials.map(\.id)
        case .course: return courses.map(\.id)
        case .mission: return missions.map(\.entityId)
        }
    }

    /// Every entity of a kind as `(id, JSON)`, in the order of the content (not sorted).
    public func entities(of kind: EntityKind) -> [(id: String, value: JSONValue)] {
        func pairs<E: ReleaseEntity>(_ entities: [E]) -> [(id: String, value: JSONValue)] {
            entities.map { ($0.entityId, $0.jsonValue) }
        }
        switch kind {
        case .framework: return pairs(frameworks)
        case .area: return pairs(areas)
        case .competence: return pairs(competences)
        case .thematic: return pairs(thematics)
        case .tube: return pairs(tubes)
        case .skill: return pairs(skills)
        case .challenge: return pairs(challenges)
        case .tutorial: return pairs(tutorials)
        case .course: return pairs(courses)
        case .mission: return pairs(missions)
        }
    }

    /// The `index`-th entity of a kind as `(id, compact canonical JSON)` (to encode entities in
    /// parallel).
    public func encodedEntity(of kind: EntityKind, at index: Int) -> (id: String, compact: [UInt8]) {
        func pair<E: ReleaseEntity & FieldTable>(_ entities: [E]) -> (id: String, compact: [UInt8]) {
            (entities[index].entityId, entities[index].canonicalCompactBytes)
        }
        switch kind {
        case .framework: return pair(frameworks)
        case .area: return pair(areas)
        case .competence: return pair(competences)
        case .thematic: return pair(thematics)
        case .tube: return pair(tubes)
        case .skill: return pair(skills)
        // Read in place (the generic `pair` copies each challenge, a large value).
        case .challenge: return (challenges[index].id, challenges[index].canonicalCompactBytes)
        case .tutorial: return pair(tutorials)
        case .course: return pair(courses)
        case .mission: return (missions[index].entityId, CanonicalJSON.bytes(missions[index].jsonValue, layout: .compact))
        }
    }

    /// The content with every collection in id order, the order `release.json` uses.
    public var sortedById: ReleaseContent {
        ReleaseContent(
            frameworks: Self.sorted(frameworks), areas: Self.sorted(areas), competences: Self.sorted(competences),
            thematics: Self.sorted(thematics), tubes: Self.sorted(tubes), skills: Self.sorted(skills),
            challenges: Self.sorted(challenges), tutorials: Self.sorted(tutorials), courses: Self.sorted(courses),
            missions: Self.sorted(missions))
    }

    /// The positions of a kind's entities in id order (the order `release.json` uses).
    func sortedPositions(of kind: EntityKind) -> [Int] {
        switch kind {
        case .framework: return Self.order(frameworks)
        case .area: return Self.order(areas)
        case .competence: return Self.order(competences)
        case .thematic: return Self.order(thematics)
        case .tube: return Self.order(tubes)
        case .skill: return Self.order(skills)
        case .challenge: return Self.order(challenges)
        case .tutorial: return Self.order(tutorials)
        case .course: return Self.order(courses)
        case .mission: return Self.order(missions)
        }
    }

    /// Entities by id (UTF-8 byte order); entities sharing an id (an invalid release) by their
    /// canonical JSON, so that even then the order does not depend on the input order.
    static func sorted<E: ReleaseEntity>(_ entities: [E]) -> [E] {
        order(entities).map { entities[$0] }
    }

    static func order<E: ReleaseEntity>(_ entities: [E]) -> [Int] {
        // Positions are sorted, not the (large) entities themselves.
        let ids = entities.map { Array($0.entityId.utf8) }
        let order = entities.indices.sorted { a, b in
            if ids[a] != ids[b] { return ids[a].lexicographicallyPrecedes(ids[b]) }
            // Only reached for a duplicated id, which a valid release never has.
            return CanonicalJSON.bytes(entities[a].jsonValue, layout: .compact)
                .lexicographicallyPrecedes(CanonicalJSON.bytes(entities[b].jsonValue, layout: .compact))
        }
        return order
    }

    /// The content as written: collections keyed by their Pix name, entities in id order.
    public var jsonValue: JSONValue {
        let sorted = sortedById
        var members: [String: JSONValue] = [:]
        for kind in EntityKind.allCases {
            members[kind.collection] = .array(sorted.entities(of: kind).map(\.value))
        }
        return .object(members)
    }

    public init(from decoder: Decoder) throws {
        let value = try JSONValue(from: decoder)
        var problems: [ReleaseProblem] = []
        guard case .object(let members) = value else {
            throw DecodingError.typeMismatch(ReleaseContent.self, .init(codingPath: decoder.codingPath, debugDescription: "the content must be an object"))
        }
        self = ReleaseReader.readContent(members, location: "content", problems: &problems)
        if let problem = problems.first {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: problem.description))
        }
    }

    public func encode(to encoder: Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}

/// A Pix learning-content release: `{ "id", "createdAt", "content" }` (table `releases`).
/// pixc never reads a clock: `createdAt` is whatever the caller sets (a release date given on
/// the command line) or null.
public struct Release: Sendable, Hashable, Codable {
    /// Pix's release number (a serial integer); nil for a pixc build.
    public var id: Int?
    /// ISO 8601 text, or nil.
    public var createdAt: String?
    public var content: ReleaseContent

    public init(id: Int? = nil, createdAt: String? = nil, content: ReleaseContent) {
        self.id = id
        self.createdAt = createdAt
        self.content = content
    }

    /// The id of a release whose entities have these digests: the first 48 bits of the SHA-256
    /// of their `kind id sha256` lines, plus one. Pix's release ids are integers; 48 bits stay
    /// exact in JavaScript and differ between two contents but for a chance of one in 2⁴⁸.
    /// The same content always gets the same id; `createdAt` plays no part.
    public static func contentID(entities: [EntityDigest]) -> Int {
        var text = ""
        text.reserveCapacity(entities.count * 100)
        for entity in entities.sorted(by: { ($0.kind, $0.id, $0.sha256) < ($1.kind, $1.id, $1.sha256) }) {
            text += "\(entity.kind.rawValue) \(entity.id) \(entity.sha256)\n"
        }
        let digest = SHA256Hex.digest(bytes: Array(text.utf8))
        let bits = digest.prefix(12).reduce(0) { $0 << 4 | ($1.hexDigitValue ?? 0) }
        return bits + 1
    }

    public var jsonValue: JSONValue {
        .object([
            "id": id.map(JSONValue.integer) ?? .null,
            "createdAt": createdAt.map(JSONValue.string) ?? .null,
            "content": content.jsonValue,
        ])
    }

    /// `release.json`: canonical JSON (sorted keys, two-space indentation, final newline),
    /// entities in id order. Equal releases give identical bytes.
    public func jsonData() -> Data {
        CanonicalJSON.data(jsonValue, layout: .pretty)
    }

    /// Reads and checks a release.
    ///
    /// Accepts both a whole release (`{"id", "createdAt", "content": {…}}`, what
    /// `GET /api/releases/latest` stores) and a bare content object (`{"frameworks": […], …}`,
    /// what `GET /api/current-content` returns); the latter reads with a nil id and date.
    /// Throws `.invalidJSON` for bytes that are not JSON, `.foreignDocument` for JSON that is not
    /// a release, `.problems` with every missing or mistyped field — or, once the shape is right
    /// and `checkingReferences` is true, every duplicate id and unresolved or inconsistent link.
    public static func read(from data: Data, checkingReferences: Bool = true) throws(ReleaseReadError) -> Release {
        let json: JSONValue
        do throws(JSONSyntaxError) {
            json = try JSONParser.parse(data)
        } catch {
            throw .invalidJSON(error)
        }
        return try read(json: json, checkingReferences: checkingReferences)
    }

    public static func read(json: JSONValue, checkingReferences: Bool = true) throws(ReleaseReadError) -> Release {
        let release = try ReleaseReader.readRelease(json)
        if checkingReferences {
            let problems = ReleaseValidator.problems(in: release.content)
            if !problems.isEmpty { throw .problems(problems) }
        }
        return release
    }

    public init(from decoder: Decoder) throws {
        let value = try JSONValue(from: decoder)
        do throws(ReleaseReadError) {
            self = try ReleaseReader.readRelease(value)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}

/// Turns a JSON tree into a `Release`, collecting every shape problem.
enum ReleaseReader {
    static func readRelease(_ json: JSONValue) throws(ReleaseReadError) -> Release {
        guard case .object(let members) = json else {
            throw .foreignDocument("this is not a Pix release: the document is \(json.kindDescription), "
                + "but a release is an object with a \"content\" object (or the collections \(collectionList) directly)")
        }
        var problems: [ReleaseProblem] = []
        let release: Release
        if let rawContent = members["content"] {
            var reader = FieldReader(location: "release")
            let id = reader.optional(members["id"], "id", "an integer", JSONConvert.integer)
            let createdAt = reader.optional(members["createdAt"], "createdAt", "a string", JSONConvert.string)
            problems += reader.problems
            guard case .object(let contentMembers) = rawContent else {
                throw .problems(problems + [ReleaseProblem(kind: .wrongType, location: "release", field: "content",
                                                           message: "field \"content\" must be an object, found \(describeFound(rawContent))")])
            }
            guard looksLikeContent(contentMembers) else {
                throw .foreignDocument("this is not a Pix release: its \"content\" object has none of the collections \(collectionList)")
            }
            release = Release(id: id, createdAt: createdAt, content: readContent(contentMembers, location: "content", problems: &problems))
        } else if looksLikeContent(members) {
            release = Release(content: readContent(members, location: "content", problems: &problems))
        } else {
            let keys = CanonicalJSON.sortedKeys(members.keys).prefix(5).map { "\"\($0)\"" }.joined(separator: ", ")
            throw .foreignDocument("this is not a Pix release: expected an object with \"content\" or the collections "
                + "\(collectionList), found " + (keys.isEmpty ? "an empty object" : "the keys \(keys)"))
        }
        if !problems.isEmpty { throw .problems(problems) }
        return release
    }

    static var collectionList: String {
        EntityKind.allCases.prefix(7).map(\.collection).joined(separator: ", ")
    }

    static func looksLikeContent(_ members: [String: JSONValue]) -> Bool {
        EntityKind.allCases.contains { members[$0.collection] != nil }
    }

    static func readContent(_ members: [String: JSONValue], location: String, problems: inout [ReleaseProblem]) -> ReleaseContent {
        ReleaseContent(
            frameworks: readCollection(members, location, &problems),
            areas: readCollection(members, location, &problems),
            competences: readCollection(members, location, &problems),
            thematics: readCollection(members, location, &problems),
            tubes: readCollection(members, location, &problems),
            skills: readCollection(members, location, &problems),
            challenges: readCollection(members, location, &problems),
            tutorials: readCollection(members, location, &problems),
            courses: readCollection(members, location, &problems),
            missions: readMissions(members, location, &problems))
    }

    /// The elements of a collection, or nil (with a problem) when the collection is not an array.
    static func elements(_ kind: EntityKind, _ members: [String: JSONValue], _ location: String,
                         _ problems: inout [ReleaseProblem]) -> [JSONValue]? {
        switch members[kind.collection] {
        case .array(let elements)?:
            return elements
        case nil:
            if ReleaseContent.requiredCollections.contains(kind) {
                problems.append(ReleaseProblem(kind: .missingField, location: location, entity: kind, field: kind.collection,
                                               message: "the collection \"\(kind.collection)\" is missing"))
            }
            return nil
        case let other?:
            problems.append(ReleaseProblem(kind: .wrongType, location: location, entity: kind, field: kind.collection,
                                           message: "the collection \"\(kind.collection)\" must be an array, found \(describeFound(other))"))
            return nil
        }
    }

    static func readCollection<E: ReleaseEntity & FieldTable>(_ members: [String: JSONValue], _ location: String,
                                                             _ problems: inout [ReleaseProblem]) -> [E] {
        guard let elements = elements(E.kind, members, location, &problems) else { return [] }
        var entities: [E] = []
        entities.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard case .object(let fields) = element else {
                problems.append(ReleaseProblem(kind: .wrongType, location: entityLocation(E.kind, index: index, id: nil), entity: E.kind,
                                               index: index, message: "a \(E.kind.rawValue) must be an object, found \(describeFound(element))"))
                continue
            }
            var id: String?
            if case .string(let text)? = fields["id"] { id = text }
            var reader = FieldReader(location: entityLocation(E.kind, index: index, id: id), entity: E.kind, index: index, id: id)
            entities.append(E.read(fields, reader: &reader))
            problems += reader.problems
        }
        return entities
    }

    static func readMissions(_ members: [String: JSONValue], _ location: String, _ problems: inout [ReleaseProblem]) -> [ReleaseMission] {
        guard let elements = elements(.mission, members, location, &problems) else { return [] }
        var missions: [ReleaseMission] = []
        for (index, element) in elements.enumerated() {
            let place = entityLocation(.mission, index: index, id: nil)
            guard case .object(let fields) = element else {
                problems.append(ReleaseProblem(kind: .wrongType, location: place, entity: .mission, index: index,
                                               message: "a mission must be an object, found \(describeFound(element))"))
                continue
            }
            switch fields["id"] {
            case .string?, .integer?:
                missions.append(ReleaseMission(fields: fields))
            case nil:
                problems.append(ReleaseProblem(kind: .missingField, location: place, entity: .mission, index: index, field: "id",
                                               message: "field \"id\" is missing"))
            case let other?:
                problems.append(ReleaseProblem(kind: .wrongType, location: place, entity: .mission, index: index, field: "id",
                                               message: "field \"id\" must be a string or an integer, found \(describeFound(other))"))
            }
        }
        return missions
    }
}
