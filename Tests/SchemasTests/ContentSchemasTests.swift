import Foundation
import JSON
import Model
import Schemas
import Testing

/// The repository's root, from this file's place (Tests/SchemasTests/…).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("JSON Schemas")
struct ContentSchemasTests {
    @Test func theCommittedSchemasAreWhatPixcSchemaWrites() throws {
        for file in ContentSchemas.files() {
            let committed = try Data(contentsOf: packageRoot.appendingPathComponent("schemas").appendingPathComponent(file.name))
            #expect(Array(committed) == file.bytes, "schemas/\(file.name) differs from `pixc schema`: run `swift run pixc schema --out schemas` and commit")
        }
    }

    @Test func oneSchemaPerKindOfFile() {
        #expect(ContentSchemas.files().map(\.name) == ["referential.schema.json", "tube.schema.json", "challenge.schema.json", "dataset.schema.json"])
    }

    @Test func theBytesAreDeterministic() {
        #expect(ContentSchemas.files().map(\.bytes) == ContentSchemas.files().map(\.bytes))
    }

    /// Every mapping of the committed schemas lists exactly the keys the decoders accept, with
    /// the same required keys and the same allowed values.
    @Test func theCommittedSchemasHaveTheDecodersKeys() throws {
        for (kind, table) in ContentKeys.files {
            let data = try Data(contentsOf: packageRoot.appendingPathComponent("schemas/\(kind).schema.json"))
            let schema = try JSONParser.parse(Array(data))
            for nested in table.reachableTables {
                let object = nested.id == table.id ? schema : schema["definitions"]?[nested.id]
                guard case .object(let properties)? = object?["properties"] else {
                    Issue.record("\(kind): no properties for \(nested.id)")
                    continue
                }
                #expect(Set(properties.keys) == Set(nested.names), "\(kind): \(nested.id)")
                #expect(object?["additionalProperties"] == .bool(false), "\(kind): \(nested.id) must refuse other keys")
                var required: Set<String> = []
                if case .array(let items)? = object?["required"] {
                    for case .string(let name) in items { required.insert(name) }
                }
                #expect(required == Set(nested.keys.filter(\.required).map(\.name)), "\(kind): \(nested.id)")
                for key in nested.keys {
                    if case .choice(let values) = key.shape {
                        #expect(properties[key.name]?["enum"] == .array(values.map { .string($0) }), "\(kind): \(nested.id).\(key.name)")
                    }
                }
            }
        }
    }

    @Test func theChallengeSchemaListsTheAllowedValues() throws {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent("schemas/challenge.schema.json"))
        let schema = try JSONParser.parse(Array(data))
        #expect(schema["properties"]?["type"]?["enum"] == .array(["QCU", "QCM", "QROC", "QROCM-ind", "QROCM-dep"].map { .string($0) }))
        #expect(schema["properties"]?["status"]?["enum"] == .array(["proposé", "validé", "archivé", "périmé"].map { .string($0) }))
        #expect(schema["definitions"]?["accessibility"]?["properties"]?["blind"]?["enum"] == .array(["RAS", "OK", "Acquis Non Pertinent", "KO", "A tester"].map { .string($0) }))
        let description = schema["properties"]?["instruction"]?["description"]
        #expect(description == .string("La consigne que lit l’apprenant (Markdown)."))
    }
}
