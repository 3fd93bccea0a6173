import JSON
import Model

/// The JSON Schemas of the files authors write (`pixc schema`), generated from the key tables
/// the decoders read (`ContentKeys`), so that what an editor proposes and what pixc accepts
/// cannot drift apart. Draft-07, the draft every yaml-language-server version understands.
///
/// The schemas describe the YAML as an editor's YAML 1.2 parser sees it: pixc reads every value
/// as text, so a whole number is accepted as a number or as digits in quotes, a yes/no as a
/// boolean or as `oui`/`non`, and a text as any scalar.
public enum ContentSchemas {
    public struct File: Sendable {
        /// `challenge.schema.json`.
        public let name: String
        /// The schema's bytes: canonical JSON (sorted keys, two-space indent), newline-terminated.
        public let bytes: [UInt8]
    }

    /// One schema per kind of file, in a stable order.
    public static func files() -> [File] {
        ContentKeys.files.map { kind, table in
            File(name: fileName(of: kind), bytes: CanonicalJSON.bytes(schema(of: table, title: titles[kind] ?? kind), layout: .pretty))
        }
    }

    public static func fileName(of kind: String) -> String { "\(kind).schema.json" }

    static let titles = [
        "referential": "Référentiel pixc",
        "tube": "Sujet pixc (tube.yaml)",
        "challenge": "Épreuve pixc",
        "dataset": "Jeu de données pixc",
    ]

    /// The schema of a file whose top is a mapping of `table`.
    static func schema(of table: KeyTable, title: String) -> JSONValue {
        var root = object(of: table)
        root["$schema"] = .string("http://json-schema.org/draft-07/schema#")
        root["title"] = .string(title)
        var definitions: [String: JSONValue] = [:]
        for nested in table.reachableTables.dropFirst() {
            definitions[nested.id] = .object(object(of: nested))
        }
        if !definitions.isEmpty { root["definitions"] = .object(definitions) }
        return .object(root)
    }

    static func object(of table: KeyTable) -> [String: JSONValue] {
        var properties: [String: JSONValue] = [:]
        for key in table.keys {
            var property = shape(key.shape)
            property["description"] = .string(key.description)
            properties[key.name] = .object(property)
        }
        var result: [String: JSONValue] = [
            "type": .string("object"),
            "description": .string(table.description),
            "properties": .object(properties),
            "additionalProperties": .bool(false),
        ]
        let required = table.keys.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { result["required"] = .array(required) }
        return result
    }

    /// A scalar as pixc reads it: any string, number or boolean is a text.
    static let scalarTypes = JSONValue.array([.string("string"), .string("number"), .string("boolean")])

    static func shape(_ shape: ValueShape) -> [String: JSONValue] {
        switch shape {
        case .text:
            return ["type": scalarTypes]
        case .integer(let range):
            var result: [String: JSONValue] = [
                "type": .array([.string("integer"), .string("string")]),
                "pattern": .string("^\\s*-?[0-9]+\\s*$"),
            ]
            if let range {
                result["minimum"] = .integer(range.lowerBound)
                result["maximum"] = .integer(range.upperBound)
            }
            return result
        case .boolean:
            let words = Fields.booleanWords
            let spelled = (words.yes + words.no).flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst()] }
            return ["enum": .array([.bool(true), .bool(false)] + spelled.map { .string($0) })]
        case .choice(let values):
            return ["enum": .array(values.map { .string($0) })]
        case .list(let item):
            return ["type": .string("array"), "items": .object(self.shape(item))]
        case .oneOrMore(let item):
            let single = self.shape(item)
            return ["anyOf": .array([.object(single), .object(["type": .string("array"), "items": .object(single)])])]
        case .mapping(let table):
            return ["allOf": .array([.object(["$ref": .string("#/definitions/\(table.id)")])])]
        case .namedValues(let value):
            return ["type": .string("object"), "additionalProperties": .object(self.shape(value))]
        case .anyOf(let shapes):
            return ["anyOf": .array(shapes.map { .object(self.shape($0)) })]
        }
    }
}
