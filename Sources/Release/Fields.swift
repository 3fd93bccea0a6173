import Foundation
import JSON

/// One field of an entity: its JSON name, how it is written, how it is read back. Each entity
/// lists its fields once (`FieldTable.fields`), so the writer, the reader and the diff cannot
/// disagree on a name.
struct Field<Entity>: Sendable {
    let name: String
    let write: @Sendable (Entity) -> JSONValue
    let read: @Sendable (inout Entity, JSONValue?, inout FieldReader) -> Void
}

/// An entity described by a field table.
protocol FieldTable {
    static var fields: [Field<Self>] { get }
    /// Compact canonical JSON of the entity (a default writes it from `fields`).
    var canonicalCompactBytes: [UInt8] { get }
    /// The value a reader starts from before filling the fields in.
    static var blank: Self { get }
}

extension FieldTable {
    /// Compact canonical JSON written field by field in key order: the bytes
    /// `CanonicalJSON.bytes(fieldObject, layout: .compact)` gives, without building and sorting a
    /// dictionary for each entity (a large release has a hundred thousand of them).
    var canonicalCompactBytes: [UInt8] {
        let fields = Self.fields
        var writer = CanonicalJSON.Writer(pretty: false)
        writer.output.append(UInt8(ascii: "{"))
        for (position, index) in FieldOrder.sorted(Self.self, fields.map(\.name)).enumerated() {
            if position > 0 { writer.output.append(UInt8(ascii: ",")) }
            writer.writeString(fields[index].name)
            writer.output.append(UInt8(ascii: ":"))
            writer.write(fields[index].write(self), depth: 0)
        }
        writer.output.append(UInt8(ascii: "}"))
        return writer.output
    }

    var fieldObject: JSONValue {
        var members: [String: JSONValue] = [:]
        for field in Self.fields { members[field.name] = field.write(self) }
        return .object(members)
    }

    static func read(_ members: [String: JSONValue], reader: inout FieldReader) -> Self {
        var entity = blank
        for field in fields { field.read(&entity, members[field.name], &reader) }
        return entity
    }
}

/// Collects the problems met while reading the fields of one object.
struct FieldReader {
    let location: String
    let entity: EntityKind?
    let index: Int?
    let id: String?
    var problems: [ReleaseProblem] = []

    init(location: String, entity: EntityKind? = nil, index: Int? = nil, id: String? = nil) {
        self.location = location
        self.entity = entity
        self.index = index
        self.id = id
    }

    /// A field that must be present and not null.
    mutating func required<T>(_ raw: JSONValue?, _ field: String, _ expected: String, _ convert: (JSONValue) -> T?) -> T? {
        guard let raw else {
            report(.missingField, field, "field \"\(field)\" is missing")
            return nil
        }
        guard let value = convert(raw) else {
            report(.wrongType, field, "field \"\(field)\" must be \(expected), found \(describeFound(raw))")
            return nil
        }
        return value
    }

    /// A field that may be absent or null (nil then).
    mutating func optional<T>(_ raw: JSONValue?, _ field: String, _ expected: String, _ convert: (JSONValue) -> T?) -> T? {
        guard let raw, !raw.isNull else { return nil }
        guard let value = convert(raw) else {
            report(.wrongType, field, "field \"\(field)\" must be \(expected) or null, found \(describeFound(raw))")
            return nil
        }
        return value
    }

    mutating func report(_ kind: ReleaseProblem.Kind, _ field: String?, _ message: String) {
        problems.append(ReleaseProblem(kind: kind, location: location, entity: entity, index: index, id: id,
                                       field: field, message: message))
    }
}

/// Conversions from JSON to Swift values; nil when the JSON type does not fit.
enum JSONConvert {
    static func string(_ value: JSONValue) -> String? {
        if case .string(let text) = value { return text }
        return nil
    }

    static func bool(_ value: JSONValue) -> Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    /// An integer, also written with a zero fraction (`8.0`), as some tools print integral
    /// numbers.
    static func integer(_ value: JSONValue) -> Int? {
        switch value {
        case .integer(let number): return number
        case .double(let number):
            guard number.rounded() == number, abs(number) < 9.007_199_254_740_992e15 else { return nil }
            return Int(number)
        default: return nil
        }
    }

    static func double(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let number): return Double(number)
        case .double(let number): return number
        default: return nil
        }
    }

    static func strings(_ value: JSONValue) -> [String]? {
        guard case .array(let elements) = value else { return nil }
        var result: [String] = []
        result.reserveCapacity(elements.count)
        for element in elements {
            guard case .string(let text) = element else { return nil }
            result.append(text)
        }
        return result
    }

    /// Translations by locale; a null translation is treated as absent, as Pix's editor leaves
    /// untranslated locales null.
    static func i18n(_ value: JSONValue) -> I18nText? {
        guard case .object(let members) = value else { return nil }
        var translations: [String: String] = [:]
        for (locale, text) in members {
            switch text {
            case .string(let string): translations[locale] = string
            case .null: continue
            default: return nil
            }
        }
        return I18nText(translations)
    }
}

/// Field constructors, one per way a field can be typed and optional.
extension Field {
    /// A field that must be present, of the kind `expected` names.
    static func required<Value: Sendable>(_ name: String, _ path: SendableKeyPath<Entity, Value>, _ expected: String,
                                _ convert: @escaping @Sendable (JSONValue) -> Value?, write: @escaping @Sendable (Value) -> JSONValue) -> Field {
        Field(name: name, write: { write($0[keyPath: path]) }, read: { entity, raw, reader in
            if let value = reader.required(raw, name, expected, convert) { entity[keyPath: path] = value }
        })
    }

    /// A field that may be absent or null; `absent` is what it then reads as (written as is).
    static func optional<Value: Sendable>(_ name: String, _ path: SendableKeyPath<Entity, Value>, _ expected: String, absent: Value,
                                _ convert: @escaping @Sendable (JSONValue) -> Value?, write: @escaping @Sendable (Value) -> JSONValue) -> Field {
        Field(name: name, write: { write($0[keyPath: path]) }, read: { entity, raw, reader in
            entity[keyPath: path] = reader.optional(raw, name, expected, convert) ?? absent
        })
    }

    /// A field written `null` when the value is nil.
    static func nullable<Value: Sendable>(_ name: String, _ path: SendableKeyPath<Entity, Value?>, _ expected: String,
                                _ convert: @escaping @Sendable (JSONValue) -> Value?, write: @escaping @Sendable (Value) -> JSONValue) -> Field {
        // A conversion that fails must give nil, not a present nil.
        optional(name, path, expected, absent: nil, { json -> Value?? in convert(json).map { .some($0) } }, write: { $0.map(write) ?? .null })
    }

    static func string(_ name: String, _ path: SendableKeyPath<Entity, String>) -> Field {
        required(name, path, "a string", JSONConvert.string, write: JSONValue.string)
    }

    static func optionalString(_ name: String, _ path: SendableKeyPath<Entity, String?>) -> Field {
        nullable(name, path, "a string", JSONConvert.string, write: JSONValue.string)
    }

    static func bool(_ name: String, _ path: SendableKeyPath<Entity, Bool>) -> Field {
        required(name, path, "a boolean", JSONConvert.bool, write: JSONValue.bool)
    }

    /// A boolean Pix leaves out when it is false (an unticked Airtable checkbox): absent or null
    /// reads as false; always written.
    static func flag(_ name: String, _ path: SendableKeyPath<Entity, Bool>) -> Field {
        optional(name, path, "a boolean", absent: false, JSONConvert.bool, write: JSONValue.bool)
    }

    static func integer(_ name: String, _ path: SendableKeyPath<Entity, Int>) -> Field {
        required(name, path, "an integer", JSONConvert.integer, write: JSONValue.integer)
    }

    static func optionalInteger(_ name: String, _ path: SendableKeyPath<Entity, Int?>) -> Field {
        nullable(name, path, "an integer", JSONConvert.integer, write: JSONValue.integer)
    }

    static func number(_ name: String, _ path: SendableKeyPath<Entity, Double>) -> Field {
        required(name, path, "a number", JSONConvert.double, write: JSONValue.number)
    }

    static func optionalNumber(_ name: String, _ path: SendableKeyPath<Entity, Double?>) -> Field {
        nullable(name, path, "a number", JSONConvert.double, write: JSONValue.number)
    }

    static func strings(_ name: String, _ path: SendableKeyPath<Entity, [String]>) -> Field {
        required(name, path, "an array of strings", JSONConvert.strings, write: { .array($0.map(JSONValue.string)) })
    }

    /// An id list Pix leaves out when it is empty (an empty Airtable link field): absent or null
    /// reads as `[]`; always written.
    static func stringsOrEmpty(_ name: String, _ path: SendableKeyPath<Entity, [String]>) -> Field {
        optional(name, path, "an array of strings", absent: [], JSONConvert.strings, write: { .array($0.map(JSONValue.string)) })
    }

    static func i18n(_ name: String, _ path: SendableKeyPath<Entity, I18nText>) -> Field {
        required(name, path, "an object of translations by locale", JSONConvert.i18n, write: \.jsonValue)
    }
}

/// A key path the field tables can keep in their (shared, immutable) static tables.
typealias SendableKeyPath<Root, Value> = WritableKeyPath<Root, Value> & Sendable

/// The order in which each field table's keys are written (sorted once per type).
enum FieldOrder {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [ObjectIdentifier: [Int]] = [:]

    static func sorted<T>(_ type: T.Type, _ names: [String]) -> [Int] {
        let key = ObjectIdentifier(type)
        lock.lock()
        defer { lock.unlock() }
        if let order = cache[key], order.count == names.count { return order }
        let normalized = names.map(CanonicalJSON.normalized)
        let order = names.indices.sorted { CanonicalJSON.utf8Precedes(normalized[$0], normalized[$1]) }
        cache[key] = order
        return order
    }
}
