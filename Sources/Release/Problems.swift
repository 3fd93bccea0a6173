import JSON

/// One thing wrong with a release or manifest file, located precisely enough to find it:
/// the collection, the index in it, the entity's id when it has one, and the field.
public struct ReleaseProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// A required field is absent.
        case missingField
        /// A field holds a value of the wrong JSON type.
        case wrongType
        /// A value has the right type but is not acceptable (an unknown format version, a
        /// malformed digest, a count that does not match).
        case invalidValue
        /// Two entities of the same kind share an id.
        case duplicateId
        /// An id reference that matches no entity.
        case danglingReference
        /// Two links that Pix stores both ways disagree.
        case inconsistentLink
        /// A manifest digest that does not match the file or entity it describes.
        case digestMismatch
    }

    public let kind: Kind
    /// Where: `challenges[3] (id "c1")`, `content`, `manifest.sources.files[2]`.
    public let location: String
    public let entity: EntityKind?
    public let index: Int?
    public let id: String?
    public let field: String?
    public let message: String

    public init(kind: Kind, location: String, entity: EntityKind? = nil, index: Int? = nil, id: String? = nil,
                field: String? = nil, message: String) {
        self.kind = kind
        self.location = location
        self.entity = entity
        self.index = index
        self.id = id
        self.field = field
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}

/// Why a release or manifest could not be read.
public enum ReleaseReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes are not JSON (for instance a truncated file).
    case invalidJSON(JSONSyntaxError)
    /// Valid JSON, but not the document expected (`[]`, `{"foo": 1}`, a manifest given as a
    /// release…). The text says what was expected.
    case foreignDocument(String)
    /// The document has the expected outline, but fields are missing or wrong, or references do
    /// not resolve: every problem found, in file order.
    case problems([ReleaseProblem])

    public var description: String {
        switch self {
        case .invalidJSON(let error): return error.description
        case .foreignDocument(let reason): return reason
        case .problems(let problems):
            let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
            return ([count + ":"] + problems.map { "  " + $0.description }).joined(separator: "\n")
        }
    }

    public var problems: [ReleaseProblem] {
        if case .problems(let problems) = self { return problems }
        return []
    }
}

/// Describes where an entity sits in its collection, for messages.
func entityLocation(_ kind: EntityKind, index: Int, id: String?) -> String {
    if let id { return "\(kind.collection)[\(index)] (id \"\(id)\")" }
    return "\(kind.collection)[\(index)]"
}

/// A short rendering of a JSON value for a message: `a string ("12")`, `an array`, `null`.
func describeFound(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return "a boolean (\(flag))"
    case .integer, .double: return "a number (\(value.numberText ?? ""))"
    case .string(let text): return "a string (\(quoteShortened(text, limit: 40)))"
    case .array: return "an array"
    case .object: return "an object"
    }
}

/// A string quoted as JSON, shortened to about `limit` characters with `…` so a message stays on one line.
func quoteShortened(_ text: String, limit: Int) -> String {
    let quoted = CanonicalJSON.string(.string(text), layout: .compact)
    guard quoted.count > limit else { return quoted }
    return String(quoted.prefix(limit - 2)) + "…\""
}
