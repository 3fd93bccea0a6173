import Foundation
import JSON
import Vocabulary

/// `manifest.json`: what a build was made from and what it contains, so that two builds can be
/// compared without opening `release.json`, and a bundle can be checked against its manifest.
/// It never holds a time stamp taken from a clock: `releaseDate` is given by the caller.
public struct Manifest: Sendable, Hashable, Codable {
    /// The manifest format this module writes and reads.
    public static let currentFormatVersion = 1
    public static let toolName = "pixc"

    public var formatVersion: Int
    public var tool: String
    public var toolVersion: String
    public var releaseDate: String?
    public var sources: SourceDigest
    /// SHA-256 of the `release.json` bytes.
    public var release: FileDigest
    /// Number of entities of each kind in the release (every kind, zero included).
    public var counts: [EntityKind: Int]
    /// SHA-256 of each entity's compact canonical JSON, by kind then id.
    public var entities: [EntityDigest]
    /// Generated variants (déclinaisons), by challenge id.
    public var variants: [VariantRecord]

    public init(formatVersion: Int = Manifest.currentFormatVersion, tool: String = Manifest.toolName, toolVersion: String,
                releaseDate: String?, sources: SourceDigest, release: FileDigest, counts: [EntityKind: Int],
                entities: [EntityDigest], variants: [VariantRecord]) {
        self.formatVersion = formatVersion
        self.tool = tool
        self.toolVersion = toolVersion
        self.releaseDate = releaseDate
        self.sources = sources
        self.release = release
        self.counts = counts
        self.entities = entities
        self.variants = variants
    }

    /// The manifest of a release, its lists in canonical order.
    /// - Parameter releaseJSON: the bytes of `release.json`; `release.jsonData()` when nil.
    public static func make(for release: Release, releaseJSON: Data? = nil, toolVersion: String,
                            sources: [SourceFileDigest], releaseDate: String? = nil,
                            variants: [VariantRecord] = []) -> Manifest {
        let data = releaseJSON ?? release.jsonData()
        var counts: [EntityKind: Int] = [:]
        for kind in EntityKind.allCases { counts[kind] = release.content.count(of: kind) }
        return Manifest(toolVersion: toolVersion, releaseDate: releaseDate, sources: SourceDigest(files: sources),
                        release: FileDigest(path: ReleaseBundle.releaseFileName, sha256: SHA256Hex.digest(data)),
                        counts: counts, entities: EntityDigest.all(in: release.content),
                        variants: VariantRecord.sorted(variants))
    }

    public var jsonValue: JSONValue {
        var members = headerMembers
        members["entities"] = .array(entities.map(\.fieldObject))
        members["variants"] = .array(variants.map(\.fieldObject))
        return .object(members)
    }

    /// Every member but the two large lists.
    private var headerMembers: [String: JSONValue] {
        var countMembers: [String: JSONValue] = [:]
        for kind in EntityKind.allCases { countMembers[kind.collection] = .integer(counts[kind] ?? 0) }
        return [
            "formatVersion": .integer(formatVersion),
            "tool": .string(tool),
            "toolVersion": .string(toolVersion),
            "releaseDate": releaseDate.map(JSONValue.string) ?? .null,
            "sources": sources.jsonValue,
            "release": release.fieldObject,
            "counts": .object(countMembers),
        ]
    }

    /// `manifest.json` bytes: canonical JSON, like `release.json`, with its two large lists
    /// (entities, variants) encoded in parallel; the bytes are exactly
    /// `CanonicalJSON.data(jsonValue)`.
    public func jsonData() -> Data {
        // The pieces are released before the copy into `Data`: never held together with it.
        Data(jsonBytes())
    }

    private func jsonBytes() -> [UInt8] {
        var parts = headerMembers.mapValues { CanonicalJSON.Part.value($0) }
        let entities = self.entities
        let variants = self.variants
        let entityPieces = CanonicalJSON.parallelElements(count: entities.count, depth: 2) { entities[$0].canonicalCompactBytes }
        let variantPieces = CanonicalJSON.parallelElements(count: variants.count, depth: 2) { variants[$0].canonicalCompactBytes }
        // Room for the pieces, their separators and indentation, and the header: the document is
        // written once, never grown by copying.
        let capacity = variantPieces.reduce(entityPieces.reduce(1 << 16) { $0 + $1.count + 8 }) { $0 + $1.count + 8 }
        parts["entities"] = .elements(entityPieces)
        parts["variants"] = .elements(variantPieces)
        return CanonicalJSON.prettyBytes(.object(parts), capacity: capacity)
    }

    public init(from decoder: Decoder) throws {
        let value = try JSONValue(from: decoder)
        do throws(ReleaseReadError) {
            self = try ManifestReader.read(value)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: Encoder) throws {
        try jsonValue.encode(to: encoder)
    }

    /// Reads a manifest and checks it on its own: shape, digests written as 64 lowercase hex
    /// digits, the overall source digest recomputed from the file list, no duplicate source path,
    /// entity or variant, counts equal to the number of entity digests of each kind.
    public static func read(from data: Data) throws(ReleaseReadError) -> Manifest {
        let json: JSONValue
        do throws(JSONSyntaxError) {
            json = try JSONParser.parse(data)
        } catch {
            throw .invalidJSON(error)
        }
        return try ManifestReader.read(json)
    }

    /// Checks `release.json` bytes against this manifest: the file digest, then each entity's
    /// digest (missing, extra or different entities) and the counts. Empty when they agree.
    public func problems(verifying releaseJSON: Data) -> [ReleaseProblem] {
        var problems: [ReleaseProblem] = []
        let actual = SHA256Hex.digest(releaseJSON)
        if actual != release.sha256 {
            problems.append(ReleaseProblem(kind: .digestMismatch, location: "manifest.release", field: "sha256",
                                           message: "\(release.path) has SHA-256 \(actual), the manifest records \(release.sha256)"))
        }
        let content: ReleaseContent
        do throws(ReleaseReadError) {
            content = try Release.read(from: releaseJSON, checkingReferences: false).content
        } catch {
            problems.append(ReleaseProblem(kind: .invalidValue, location: release.path, message: "cannot be read: \(error.description)"))
            return problems
        }
        for kind in EntityKind.allCases where (counts[kind] ?? 0) != content.count(of: kind) {
            problems.append(ReleaseProblem(kind: .digestMismatch, location: "manifest.counts", entity: kind, field: kind.collection,
                                           message: "the manifest counts \(counts[kind] ?? 0) \(kind.collection), \(release.path) has \(content.count(of: kind))"))
        }
        var recorded: [EntityDigest.Key: String] = [:]
        for entity in entities { recorded[entity.key] = entity.sha256 }
        var seen = Set<EntityDigest.Key>()
        for entity in EntityDigest.all(in: content) {
            seen.insert(entity.key)
            let place = "\(release.path): \(entity.kind.rawValue) \"\(entity.id)\""
            switch recorded[entity.key] {
            case nil:
                problems.append(ReleaseProblem(kind: .digestMismatch, location: place, entity: entity.kind, id: entity.id,
                                               message: "not listed in the manifest"))
            case let digest? where digest != entity.sha256:
                problems.append(ReleaseProblem(kind: .digestMismatch, location: place, entity: entity.kind, id: entity.id,
                                               message: "its content differs from the manifest's digest"))
            default:
                break
            }
        }
        for entity in entities where !seen.contains(entity.key) {
            problems.append(ReleaseProblem(kind: .digestMismatch, location: "manifest.entities", entity: entity.kind, id: entity.id,
                                           message: "\(entity.kind.rawValue) \"\(entity.id)\" is listed but absent from \(release.path)"))
        }
        return problems
    }
}

/// A file and its SHA-256.
public struct FileDigest: Sendable, Hashable, FieldTable {
    public var path: String
    public var sha256: String

    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }

    static let fields: [Field<Self>] = [.string("path", \.path), .string("sha256", \.sha256)]
    static var blank: Self { Self(path: "", sha256: "") }
}

/// One source file of a build: its path relative to the project root, with `/` separators.
public typealias SourceFileDigest = FileDigest

extension FileDigest {
    /// The digest of a file's bytes.
    public init(path: String, contents: Data) {
        self.init(path: path, sha256: SHA256Hex.digest(contents))
    }
}

/// Every source file of a build and one digest for all of them.
public struct SourceDigest: Sendable, Hashable {
    /// Sorted by path (UTF-8 byte order).
    public var files: [SourceFileDigest]
    /// SHA-256 of the lines `<sha256>  <path>\n`, one per file in path order: what
    /// `LC_ALL=C sort`ed `sha256sum` output looks like, so it can be checked with shell tools.
    public var sha256: String

    public init(files: [SourceFileDigest]) {
        self.files = files.sorted {
            $0.path != $1.path ? CanonicalJSON.utf8Precedes($0.path, $1.path) : CanonicalJSON.utf8Precedes($0.sha256, $1.sha256)
        }
        self.sha256 = SourceDigest.overallDigest(of: self.files)
    }

    public init(files: [SourceFileDigest], sha256: String) {
        self.files = files
        self.sha256 = sha256
    }

    static func overallDigest(of sortedFiles: [SourceFileDigest]) -> String {
        SHA256Hex.digest(sortedFiles.map { "\($0.sha256)  \($0.path)\n" }.joined())
    }

    var jsonValue: JSONValue {
        .object(["files": .array(files.map(\.fieldObject)), "sha256": .string(sha256)])
    }
}

/// The digest of one entity's compact canonical JSON.
public struct EntityDigest: Sendable, Hashable, FieldTable {
    public var kind: EntityKind
    public var id: String
    public var sha256: String

    public init(kind: EntityKind, id: String, sha256: String) {
        self.kind = kind
        self.id = id
        self.sha256 = sha256
    }

    struct Key: Hashable {
        let kind: EntityKind
        let id: String
    }

    var key: Key { Key(kind: kind, id: id) }

    /// The digests of every entity, by kind (content order) then id.
    public static func all(in content: ReleaseContent) -> [EntityDigest] {
        EntityKind.allCases.flatMap { kind in digests(kind: kind, content.entities(of: kind)) }
    }

    /// The digests of entities already turned into JSON, sorted by id (computed on both cores:
    /// a large release has a hundred thousand of them).
    static func digests(kind: EntityKind, _ pairs: [(id: String, value: JSONValue)]) -> [EntityDigest] {
        let hashes = ParallelMap.map(pairs.map(\.value)) { SHA256Hex.digest(canonical: $0) }
        return zip(pairs, hashes).map { EntityDigest(kind: kind, id: $0.id, sha256: $1) }
            .sorted { $0.id != $1.id ? CanonicalJSON.utf8Precedes($0.id, $1.id) : $0.sha256 < $1.sha256 }
    }

    static let fields: [Field<Self>] = [
            Field(name: "kind", write: { .string($0.kind.rawValue) }, read: { entity, raw, reader in
                guard let text = reader.required(raw, "kind", "a string", JSONConvert.string) else { return }
                if let kind = EntityKind(rawValue: text) {
                    entity.kind = kind
                } else {
                    reader.report(.invalidValue, "kind", "field \"kind\" is \"\(text)\", which is not an entity kind ("
                                  + EntityKind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                }
            }),
            .string("id", \.id), .string("sha256", \.sha256),
    ]

    static var blank: Self { Self(kind: .framework, id: "", sha256: "") }

    /// The bytes the field table gives, written directly (a large manifest lists a hundred
    /// thousand entities); `ManifestTests` holds it to the field table's encoding.
    var canonicalCompactBytes: [UInt8] {
        var writer = CanonicalJSON.Writer(pretty: false, capacity: 128 + id.utf8.count)
        writer.output.append(UInt8(ascii: "{"))
        writer.writeKey("id")
        writer.writeString(id)
        writer.output.append(UInt8(ascii: ","))
        writer.writeKey("kind")
        writer.writeString(kind.rawValue)
        writer.output.append(UInt8(ascii: ","))
        writer.writeKey("sha256")
        writer.writeString(sha256)
        writer.output.append(UInt8(ascii: "}"))
        return writer.output
    }
}

/// A challenge the compiler generated from a prototype and a dataset: which prototype, which
/// variant (a content-derived id), and the values drawn, as text.
public struct VariantRecord: Sendable, Hashable, FieldTable {
    public var challengeId: String
    public var variantId: String
    public var prototypeId: String
    /// Variable name → value as displayed; written with sorted keys.
    public var values: [String: String]

    public init(challengeId: String, variantId: String, prototypeId: String, values: [String: String]) {
        self.challengeId = challengeId
        self.variantId = variantId
        self.prototypeId = prototypeId
        self.values = values
    }

    /// By challenge id, then variant id (UTF-8 order). The positions are sorted rather than the
    /// records (four strings and a dictionary each, moved at every step of the sort), with the
    /// same comparisons, so the order is the one sorting the records would give.
    static func sorted(_ records: [VariantRecord]) -> [VariantRecord] {
        let order = records.indices.sorted {
            records[$0].challengeId != records[$1].challengeId ? CanonicalJSON.utf8Precedes(records[$0].challengeId, records[$1].challengeId)
                : CanonicalJSON.utf8Precedes(records[$0].variantId, records[$1].variantId)
        }
        return order.map { records[$0] }
    }

    static let fields: [Field<Self>] = [
            .string("challengeId", \.challengeId), .string("variantId", \.variantId), .string("prototypeId", \.prototypeId),
            Field(name: "values", write: { .object($0.values.mapValues(JSONValue.string)) }, read: { record, raw, reader in
                guard let object = reader.required(raw, "values", "an object of strings", JSONConvert.i18n) else { return }
                record.values = object.translations
            }),
    ]

    static var blank: Self { Self(challengeId: "", variantId: "", prototypeId: "", values: [:]) }

    /// The bytes the field table gives, written directly (a large manifest lists a hundred
    /// thousand variants); `ManifestTests` holds it to the field table's encoding.
    var canonicalCompactBytes: [UInt8] {
        var writer = CanonicalJSON.Writer(pretty: false, capacity: 256)
        writer.output.append(UInt8(ascii: "{"))
        writer.writeKey("challengeId")
        writer.writeString(challengeId)
        writer.output.append(UInt8(ascii: ","))
        writer.writeKey("prototypeId")
        writer.writeString(prototypeId)
        writer.output.append(UInt8(ascii: ","))
        writer.writeKey("values")
        writer.write(.object(values.mapValues(JSONValue.string)), depth: 0)
        writer.output.append(UInt8(ascii: ","))
        writer.writeKey("variantId")
        writer.writeString(variantId)
        writer.output.append(UInt8(ascii: "}"))
        return writer.output
    }
}

/// `release.json` encoded, before its manifest: its bytes (in parts), the digest of each entity,
/// and the release with its id. `pixc build` writes the parts while it makes the manifest.
public struct EncodedRelease: Sendable {
    /// The release, with `Release.contentID` of its entities as id when it had none.
    public let release: Release
    /// The bytes of `release.json`, in order: one part for a small release, blocks of
    /// `ReleaseBundle.blockSize` for a large one (never gathered into one buffer here).
    public let parts: [Data]
    /// The digest of each entity, in the manifest's order.
    let entities: [EntityDigest]

    public init(_ release: Release) {
        self.init(release, blockSize: ReleaseBundle.blockSize)
    }

    /// `blockSize` is the size of the parts (tests make several parts of a small release).
    init(_ release: Release, blockSize: Int) {
        let (parts, entities, id) = ReleaseBundle.encode(release, blockSize: blockSize)
        var release = release
        release.id = id
        self.release = release
        self.parts = parts
        self.entities = entities
    }
}

/// The two files of a build, made together so that the manifest describes exactly the bytes of
/// `release.json`.
public struct ReleaseBundle: Sendable {
    public static let releaseFileName = "release.json"
    public static let manifestFileName = "manifest.json"

    public let release: Release
    public let manifest: Manifest
    /// The bytes of `release.json` in parts, to be written one after the other.
    public let releaseParts: [Data]
    public let manifestJSON: Data

    /// The bytes of `release.json`, joined from `releaseParts` (a copy when there are several:
    /// a large bundle is better written part by part).
    public var releaseJSON: Data {
        if releaseParts.count == 1 { return releaseParts[0] }
        var joined = Data(capacity: releaseParts.reduce(0) { $0 + $1.count })
        for part in releaseParts { joined.append(part) }
        return joined
    }

    /// A release without an id gets `Release.contentID` of its entities.
    public init(release: Release, toolVersion: String, sources: [SourceFileDigest], releaseDate: String? = nil,
                variants: [VariantRecord] = []) {
        self.init(encoded: EncodedRelease(release), toolVersion: toolVersion, sources: sources, releaseDate: releaseDate, variants: variants)
    }

    /// The bundle of a release already encoded: its manifest is made here.
    public init(encoded: EncodedRelease, toolVersion: String, sources: [SourceFileDigest], releaseDate: String? = nil,
                variants: [VariantRecord] = []) {
        release = encoded.release
        releaseParts = encoded.parts
        var counts: [EntityKind: Int] = [:]
        for kind in EntityKind.allCases { counts[kind] = release.content.count(of: kind) }
        manifest = Manifest(toolVersion: toolVersion, releaseDate: releaseDate, sources: SourceDigest(files: sources),
                            release: FileDigest(path: ReleaseBundle.releaseFileName, sha256: SHA256Hex.digest(parts: encoded.parts)),
                            counts: counts, entities: encoded.entities, variants: VariantRecord.sorted(variants))
        manifestJSON = manifest.jsonData()
    }

    /// Entities encoded at once: enough for both cores, few enough that their pieces stay small.
    static let encodingChunk = 2_048
    /// `release.json` is gathered in blocks of this size, each allocated on its own and never
    /// grown by copying.
    static let blockSize = 32 << 20

    /// `release.json` in parts and the digest of every entity. Each entity is turned into JSON
    /// once, for release.json and for its digest, a chunk of entities at a time; the chunk's
    /// pieces are copied into blocks and released: the document is never held twice.
    ///
    /// The document's frame (braces, keys, `createdAt`, `id`) is written by the canonical writer
    /// with one marker element in each non-empty collection; the entities go where the markers
    /// are, separated as the writer separates array elements, so the bytes are exactly those of
    /// the canonical pretty form.
    ///
    /// A release without an id gets `Release.contentID` of its entities, known only once they are
    /// encoded: the frame holds `idPlaceholder` in its place, which comes after every collection
    /// (keys are sorted: `content`, `createdAt`, `id`), so it is replaced in the frame's tail.
    fileprivate static func encode(_ release: Release, blockSize: Int) -> (parts: [Data], entities: [EntityDigest], id: Int) {
        let content = release.content
        var collections: [String: CanonicalJSON.Part] = [:]
        for kind in EntityKind.allCases {
            collections[kind.collection] = content.count(of: kind) == 0 ? .elements([]) : .elements([marker(kind)])
        }
        let frame = CanonicalJSON.prettyBytes(.object([
            "content": .object(collections),
            "createdAt": .value(release.createdAt.map(JSONValue.string) ?? .null),
            "id": .value(.integer(release.id ?? idPlaceholder)),
        ]))
        var blocks = BlockWriter(blockSize: blockSize)
        var digestsByKind: [EntityKind: [EntityDigest]] = [:]
        var cursor = 0
        // Markers appear in the frame in the writer's key order; find each kind's.
        let placed = EntityKind.allCases.compactMap { kind -> (kind: EntityKind, at: Int)? in
            guard content.count(of: kind) > 0, let at = find(marker(kind), in: frame) else { return nil }
            return (kind, at)
        }.sorted { $0.at < $1.at }
        for (kind, at) in placed {
            blocks.append(frame[cursor..<at])
            // What the writer puts before each element: a newline and the element's indentation.
            var lineStart = at
            while lineStart > 0, frame[lineStart - 1] != UInt8(ascii: "[") { lineStart -= 1 }
            let separator = [UInt8(ascii: ",")] + frame[lineStart..<at]
            let positions = content.sortedPositions(of: kind)
            var digests: [EntityDigest] = []
            digests.reserveCapacity(positions.count)
            var first = true
            for chunkStart in stride(from: 0, to: positions.count, by: encodingChunk) {
                let chunk = Array(positions[chunkStart..<min(positions.count, chunkStart + encodingChunk)])
                let encoded = ParallelMap.map(chunk) { position in
                    let (id, compact) = content.encodedEntity(of: kind, at: position)
                    return EncodedEntity(id: id, pretty: CanonicalJSON.pretty(fromCompact: compact, depth: 3), digest: SHA256Hex.digest(bytes: compact))
                }
                for entity in encoded {
                    if !first { blocks.append(separator[...]) }
                    first = false
                    blocks.append(entity.pretty[...])
                    digests.append(EntityDigest(kind: kind, id: entity.id, sha256: entity.digest))
                }
            }
            // Already in order (the positions are sorted by id) unless an id is repeated.
            let precedes = { (a: EntityDigest, b: EntityDigest) in a.id != b.id ? CanonicalJSON.utf8Precedes(a.id, b.id) : a.sha256 < b.sha256 }
            let ordered = digests.indices.dropFirst().allSatisfy { !precedes(digests[$0], digests[$0 - 1]) }
            digestsByKind[kind] = ordered ? digests : digests.sorted(by: precedes)
            cursor = at + marker(kind).count
        }
        // The manifest lists the digests by kind in the kinds' order (not the document's).
        let entities = EntityKind.allCases.flatMap { digestsByKind[$0] ?? [] }
        let id = release.id ?? Release.contentID(entities: entities)
        var tail = Array(frame[cursor...])
        if release.id == nil {
            let placeholder = Array(String(idPlaceholder).utf8)
            if let at = find(placeholder, in: tail) {
                tail.replaceSubrange(at..<(at + placeholder.count), with: Array(String(id).utf8))
            }
        }
        blocks.append(tail[...])
        return (blocks.finished(), entities, id)
    }

    /// Written in the frame where the content's id goes until it is known: no other number of
    /// the frame's tail (closing brackets, `createdAt`) can be written with these digits.
    private static let idPlaceholder = Int.max

    /// Stands for a collection's elements in the frame: NUL bytes never appear in JSON text.
    private static func marker(_ kind: EntityKind) -> [UInt8] {
        [0] + Array("pixc-elements:\(kind.collection)".utf8) + [0]
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Writes `release.json` and `manifest.json` into a directory, creating it if needed.
    public func write(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try releaseJSON.write(to: directory.appendingPathComponent(Self.releaseFileName), options: .atomic)
        try manifestJSON.write(to: directory.appendingPathComponent(Self.manifestFileName), options: .atomic)
    }
}

/// Turns a JSON tree into a `Manifest`, collecting every problem.
enum ManifestReader {
    static func read(_ json: JSONValue) throws(ReleaseReadError) -> Manifest {
        guard case .object(let members) = json, members["formatVersion"] != nil, members["entities"] != nil || members["sources"] != nil else {
            let found: String
            if case .object(let members) = json, members["content"] != nil || members["challenges"] != nil {
                found = "it looks like a release (release.json), not a manifest"
            } else {
                found = "expected an object with \"formatVersion\", \"sources\" and \"entities\", found \(json.kindDescription)"
            }
            throw .foreignDocument("this is not a pixc manifest: \(found)")
        }
        var reader = FieldReader(location: "manifest")
        guard let formatVersion = reader.required(members["formatVersion"], "formatVersion", "an integer", JSONConvert.integer) else {
            throw .problems(reader.problems)
        }
        guard formatVersion == Manifest.currentFormatVersion else {
            reader.report(.invalidValue, "formatVersion",
                          "format version \(formatVersion) is not supported; this pixc reads version \(Manifest.currentFormatVersion)")
            throw .problems(reader.problems)
        }
        let tool = reader.required(members["tool"], "tool", "a string", JSONConvert.string) ?? ""
        let toolVersion = reader.required(members["toolVersion"], "toolVersion", "a string", JSONConvert.string) ?? ""
        let releaseDate = reader.optional(members["releaseDate"], "releaseDate", "a string", JSONConvert.string)
        var problems = reader.problems

        let release = readObject(FileDigest.self, members["release"], "manifest", "release", &problems) ?? FileDigest.blank
        var files: [FileDigest] = []
        var overall = ""
        if let sourceMembers = objectMembers(members["sources"], "manifest", "sources", &problems) {
            files = readArray(FileDigest.self, sourceMembers["files"], "manifest.sources", "files", &problems)
            var sourceReader = FieldReader(location: "manifest.sources")
            overall = sourceReader.required(sourceMembers["sha256"], "sha256", "a string", JSONConvert.string) ?? ""
            problems += sourceReader.problems
        }
        let entities = readArray(EntityDigest.self, members["entities"], "manifest", "entities", &problems)
        let variants = readArray(VariantRecord.self, members["variants"], "manifest", "variants", &problems)
        var counts: [EntityKind: Int] = [:]
        if let countMembers = objectMembers(members["counts"], "manifest", "counts", &problems) {
            var countReader = FieldReader(location: "manifest.counts")
            for (name, value) in countMembers.sorted(by: { CanonicalJSON.utf8Precedes($0.key, $1.key) }) {
                guard let kind = EntityKind(collection: name) else {
                    countReader.report(.invalidValue, name, "\"\(name)\" is not a collection of a release")
                    continue
                }
                counts[kind] = countReader.required(value, name, "an integer", JSONConvert.integer)
            }
            problems += countReader.problems
        }
        guard problems.isEmpty else { throw .problems(problems) }

        let manifest = Manifest(formatVersion: formatVersion, tool: tool, toolVersion: toolVersion, releaseDate: releaseDate,
                                sources: SourceDigest(files: files, sha256: overall), release: release, counts: counts,
                                entities: entities, variants: variants)
        problems = consistencyProblems(manifest)
        guard problems.isEmpty else { throw .problems(problems) }
        return manifest
    }

    static func consistencyProblems(_ manifest: Manifest) -> [ReleaseProblem] {
        var problems: [ReleaseProblem] = []
        func digest(_ text: String, _ location: String) {
            if !SHA256Hex.isWellFormed(text) {
                problems.append(ReleaseProblem(kind: .invalidValue, location: location, field: "sha256",
                                               message: "\(quoteShortened(text, limit: 70)) is not a SHA-256 digest (64 lowercase hexadecimal digits)"))
            }
        }
        digest(manifest.release.sha256, "manifest.release")
        digest(manifest.sources.sha256, "manifest.sources")
        var paths: [String: Int] = [:]
        for (index, file) in manifest.sources.files.enumerated() {
            digest(file.sha256, "manifest.sources.files[\(index)]")
            if let first = paths[file.path] {
                problems.append(ReleaseProblem(kind: .duplicateId, location: "manifest.sources.files[\(index)]", index: index, id: file.path,
                                               field: "path", message: "the path \"\(file.path)\" is listed twice (first at files[\(first)])"))
            } else {
                paths[file.path] = index
            }
        }
        let sorted = SourceDigest(files: manifest.sources.files)
        if SHA256Hex.isWellFormed(manifest.sources.sha256), sorted.sha256 != manifest.sources.sha256 {
            problems.append(ReleaseProblem(kind: .digestMismatch, location: "manifest.sources", field: "sha256",
                                           message: "the overall digest \(manifest.sources.sha256) does not match the file list (which gives \(sorted.sha256))"))
        }
        var seen: [EntityDigest.Key: Int] = [:]
        var perKind: [EntityKind: Int] = [:]
        for (index, entity) in manifest.entities.enumerated() {
            digest(entity.sha256, "manifest.entities[\(index)]")
            perKind[entity.kind, default: 0] += 1
            if let first = seen[entity.key] {
                problems.append(ReleaseProblem(kind: .duplicateId, location: "manifest.entities[\(index)]", entity: entity.kind, index: index,
                                               id: entity.id, message: "\(entity.kind.rawValue) \"\(entity.id)\" is listed twice (first at entities[\(first)])"))
            } else {
                seen[entity.key] = index
            }
        }
        for kind in EntityKind.allCases where (manifest.counts[kind] ?? 0) != (perKind[kind] ?? 0) {
            problems.append(ReleaseProblem(kind: .invalidValue, location: "manifest.counts", entity: kind, field: kind.collection,
                                           message: "counts \(manifest.counts[kind] ?? 0) \(kind.collection), but \(perKind[kind] ?? 0) are listed in entities"))
        }
        var variantIndex: [String: Int] = [:]
        for (index, variant) in manifest.variants.enumerated() {
            if let first = variantIndex[variant.challengeId] {
                problems.append(ReleaseProblem(kind: .duplicateId, location: "manifest.variants[\(index)]", index: index, id: variant.challengeId,
                                               field: "challengeId", message: "challenge \"\(variant.challengeId)\" has two variant records (first at variants[\(first)])"))
            } else {
                variantIndex[variant.challengeId] = index
            }
        }
        return problems
    }

    static func objectMembers(_ raw: JSONValue?, _ location: String, _ field: String, _ problems: inout [ReleaseProblem]) -> [String: JSONValue]? {
        var reader = FieldReader(location: location)
        let members = reader.required(raw, field, "an object") { value -> [String: JSONValue]? in
            if case .object(let members) = value { return members }
            return nil
        }
        problems += reader.problems
        return members
    }

    static func readObject<T: FieldTable>(_ type: T.Type, _ raw: JSONValue?, _ location: String, _ field: String,
                                          _ problems: inout [ReleaseProblem]) -> T? {
        guard let members = objectMembers(raw, location, field, &problems) else { return nil }
        var reader = FieldReader(location: "\(location).\(field)")
        let value = T.read(members, reader: &reader)
        problems += reader.problems
        return value
    }

    static func readArray<T: FieldTable>(_ type: T.Type, _ raw: JSONValue?, _ location: String, _ field: String,
                                         _ problems: inout [ReleaseProblem]) -> [T] {
        var reader = FieldReader(location: location)
        let elements = reader.required(raw, field, "an array") { value -> [JSONValue]? in
            if case .array(let elements) = value { return elements }
            return nil
        }
        problems += reader.problems
        guard let elements else { return [] }
        var values: [T] = []
        for (index, element) in elements.enumerated() {
            let place = "\(location).\(field)[\(index)]"
            guard case .object(let members) = element else {
                problems.append(ReleaseProblem(kind: .wrongType, location: place, index: index,
                                               message: "must be an object, found \(describeFound(element))"))
                continue
            }
            var elementReader = FieldReader(location: place, index: index)
            values.append(T.read(members, reader: &elementReader))
            problems += elementReader.problems
        }
        return values
    }
}

private struct EncodedEntity: Sendable {
    let id: String
    let pretty: [UInt8]
    let digest: String
}

/// Bytes gathered in blocks of a fixed size (larger for a piece that does not fit in one), each
/// allocated once and handed over as `Data` without a copy.
private struct BlockWriter {
    let blockSize: Int
    private var finishedBlocks: [Data] = []
    private var current: UnsafeMutableRawPointer?
    private var capacity = 0
    private var used = 0

    init(blockSize: Int) {
        self.blockSize = blockSize
    }

    mutating func append(_ bytes: ArraySlice<UInt8>) {
        guard !bytes.isEmpty else { return }
        if current == nil || used + bytes.count > capacity {
            closeBlock()
            let size = max(blockSize, bytes.count)
            // Like any Swift allocation, stops the process if memory is exhausted.
            current = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
            capacity = size
        }
        guard let current else { return }
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress { (current + used).copyMemory(from: base, byteCount: source.count) }
        }
        used += bytes.count
    }

    private mutating func closeBlock() {
        guard let block = current else { return }
        if used > 0 {
            finishedBlocks.append(Data(bytesNoCopy: block, count: used, deallocator: .custom { pointer, _ in pointer.deallocate() }))
        } else {
            block.deallocate()
        }
        current = nil
        capacity = 0
        used = 0
    }

    /// The blocks written, in order; the writer is empty afterwards.
    mutating func finished() -> [Data] {
        closeBlock()
        defer { finishedBlocks = [] }
        return finishedBlocks
    }
}
