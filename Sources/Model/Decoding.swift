import Diagnostics
import Localization
import Vocabulary
import YAML

/// Collects the diagnostics of one decoding pass.
public final class DiagnosticSink {
    /// Bounded (`DiagnosticLimits`): a file can repeat a mistake a million times.
    private var collector = DiagnosticCollector()

    public init() {}

    /// The keys the decoders looked up, as `table.key`: the test that every key of a table is
    /// read by its decoder (and no other) compares them with `ContentKeys`.
    /// Only when `recordsReadKeys` is set (by that test): decoding stays free of it otherwise.
    public private(set) var readKeys: Set<String> = []
    public var recordsReadKeys = false

    func noteRead(_ key: String, in table: String) {
        guard recordsReadKeys else { return }
        readKeys.insert(table + "." + key)
    }

    public var diagnostics: [Diagnostic] { collector.diagnostics }
    public func report(_ diagnostic: Diagnostic) { collector.append(diagnostic) }
    public func report(contentsOf list: [Diagnostic]) { collector.append(contentsOf: list) }
    public var hasErrors: Bool { collector.hasErrors }

}

/// Reads the keys of one YAML mapping against a schema: every key must be known (an unknown key
/// gets a "did you mean" suggestion), required keys must be present, and each value is decoded
/// with a precise diagnostic when it has the wrong shape.
public struct Fields {
    public let mapping: YAMLMapping
    let sink: DiagnosticSink
    /// What the mapping is, for messages: "a challenge", "a skill".
    let what: String
    let table: KeyTable
    var tableID: String { table.id }
    /// Whether the mapping has a key outside the table (most have none: `unknownKeys()` is then free).
    let hasUnknownKeys: Bool

    /// Checks the keys right away against `table`: an unknown key gets the key its author meant
    /// (a French word, `consigne` → `instruction`, or a near spelling), with the fix.
    public init?(_ node: YAMLNode, table: KeyTable, sink: DiagnosticSink) {
        let what = table.whatText
        guard case .mapping(let mapping) = node else {
            sink.report(ModelDiagnostics.wrongKind(
                ModelMessages.text("mapping.expected", ["what": what, "kind": node.kindDescription]),
                at: node.span,
                help: ModelMessages.text("mapping.expected.help", ["what": what])
            ))
            return nil
        }
        self.mapping = mapping
        self.sink = sink
        self.what = what
        self.table = table
        let known = table.names
        var hasUnknownKeys = false
        for entry in mapping.entries {
            guard let key = entry.keyText else {
                sink.report(ModelDiagnostics.wrongKind(ModelMessages.text("key.notWord", ["kind": entry.key.kindDescription]), at: entry.key.span, help: ModelMessages.text("key.notWord.help")))
                continue
            }
            if !known.contains(key) {
                hasUnknownKeys = true
                sink.report(Self.unknownKey(key, at: entry.key.span, in: table, mapping: mapping))
            }
        }
        self.hasUnknownKeys = hasUnknownKeys
    }

    /// The unknown keys of the mapping that stand for a known key (a French word or a near
    /// spelling), with that key.
    public func unknownKeys() -> [MisspelledKey] {
        guard hasUnknownKeys else { return [] }
        return mapping.entries.compactMap { entry in
            guard let key = entry.keyText, !table.names.contains(key),
                  let intended = Self.intendedKey(key, in: table, mapping: mapping) else { return nil }
            return MisspelledKey(written: Located(key, span: entry.key.span), intended: intended)
        }
    }

    static func intendedKey(_ key: String, in table: KeyTable, mapping: YAMLMapping) -> String? {
        let type = mapping["type"]?.scalar.flatMap { ChallengeType(rawValue: $0.text.trimmingWhitespace()) }
        return table.intendedKey(forFrenchWord: key, type: type) ?? Suggestion.closest(to: key, among: table.names)
    }

    /// PIX0202 for `key`, written at `span` in a mapping of `table`.
    static func unknownKey(_ key: String, at span: Span, in table: KeyTable, mapping: YAMLMapping) -> Diagnostic {
        let type = mapping["type"]?.scalar.flatMap { ChallengeType(rawValue: $0.text.trimmingWhitespace()) }
        let help: Help
        if let intended = table.intendedKey(forFrenchWord: key, type: type) {
            help = Help(
                ModelMessages.catalogue.text("unknownKey.frenchWord", ["word": key, "key": intended]),
                replacement: Replacement(span: span, text: intended)
            )
        } else {
            help = .didYouMean(Suggestion.closest(to: key, among: table.names), replacing: span,
                               otherwise: ModelMessages.text("unknownKey.keys", ["what": table.whatText, "keys": table.names.joined(separator: ", ")]))
        }
        return ModelDiagnostics.unknownKey(ModelMessages.text("unknownKey", ["key": key, "what": table.whatText]), at: span, help: help)
    }

    public var span: Span { mapping.span }

    public subscript(_ key: String) -> YAMLNode? {
        sink.noteRead(key, in: tableID)
        guard let node = mapping[key] else { return nil }
        if case .scalar(let scalar) = node, scalar.isNull { return nil }
        return node
    }

    public func keySpan(_ key: String) -> Span? {
        sink.noteRead(key, in: tableID)
        return mapping.entry(key)?.key.span
    }

    /// The value of a required key, or a diagnostic at the mapping's first line.
    public func required(_ key: String, hint: String) -> YAMLNode? {
        if let node = self[key] { return node }
        if let entry = mapping.entry(key) {
            sink.report(ModelDiagnostics.missingKey(ModelMessages.text("missingKey.noValue", ["key": key]), at: entry.key.span, help: hint))
        } else if !unknownKeys().contains(where: { $0.intended == key }) {
            // A key written for this one (`consigne` for `instruction`) already has its PIX0202
            // with the fix: the missing key is that same mistake.
            sink.report(ModelDiagnostics.missingKey(ModelMessages.text("missingKey.absent", ["what": what, "key": key]), at: headSpan, help: hint))
        }
        return nil
    }

    /// The first key of the mapping: where "missing key" problems are shown.
    var headSpan: Span {
        mapping.entries.first?.key.span ?? mapping.span
    }

    // MARK: Typed values

    public func text(_ key: String) -> Text? {
        guard let node = self[key] else { return nil }
        return Self.text(node, key: key, sink: sink)
    }

    public func requiredText(_ key: String, hint: String) -> Text? {
        guard let node = required(key, hint: hint) else { return nil }
        return Self.text(node, key: key, sink: sink)
    }

    public func string(_ key: String) -> Located<String>? {
        text(key).map { Located($0.value, span: $0.span) }
    }

    public func requiredString(_ key: String, hint: String) -> Located<String>? {
        requiredText(key, hint: hint).map { Located($0.value, span: $0.span) }
    }

    public func integer(_ key: String, in range: ClosedRange<Int>? = nil, unit: String = "") -> Located<Int>? {
        guard let node = self[key] else { return nil }
        return Self.integer(node, key: key, in: range, unit: unit, sink: sink)
    }

    public func bool(_ key: String) -> Located<Bool>? {
        guard let node = self[key] else { return nil }
        return Self.bool(node, key: key, sink: sink)
    }

    public func choice<Value: RawRepresentable & CaseIterable & Sendable & Hashable>(_ key: String, _ type: Value.Type) -> Located<Value>? where Value.RawValue == String {
        guard let node = self[key] else { return nil }
        return Self.choice(node, key: key, type, sink: sink)
    }

    public func requiredChoice<Value: RawRepresentable & CaseIterable & Sendable & Hashable>(_ key: String, _ type: Value.Type, hint: String) -> Located<Value>? where Value.RawValue == String {
        guard let node = required(key, hint: hint) else { return nil }
        return Self.choice(node, key: key, type, sink: sink)
    }

    /// A list of texts; a single text is accepted as a list of one.
    public func texts(_ key: String) -> [Text]? {
        guard let node = self[key] else { return nil }
        return Self.texts(node, key: key, sink: sink)
    }

    /// A list of mappings or values, decoded item by item.
    public func list<Item>(_ key: String, _ decode: (YAMLNode) -> Item?) -> [Item]? {
        guard let node = self[key] else { return nil }
        guard case .sequence(let sequence) = node else {
            sink.report(ModelDiagnostics.wrongKind(ModelMessages.text("list.expected", ["key": key, "kind": node.kindDescription]), at: node.span, help: ModelMessages.text("list.expected.help")))
            return nil
        }
        return sequence.items.compactMap(decode)
    }

    // MARK: Static decoders

    public static func text(_ node: YAMLNode, key: String, sink: DiagnosticSink) -> Text? {
        guard case .scalar(let scalar) = node else {
            sink.report(ModelDiagnostics.wrongKind(ModelMessages.text("text.expected", ["key": key, "kind": node.kindDescription]), at: node.span, help: ModelMessages.text("text.expected.help", ["key": key])))
            return nil
        }
        return Text(scalar)
    }

    public static func texts(_ node: YAMLNode, key: String, sink: DiagnosticSink) -> [Text]? {
        switch node {
        case .scalar(let scalar):
            return [Text(scalar)]
        case .sequence(let sequence):
            var result: [Text] = []
            for item in sequence.items {
                if let text = text(item, key: key, sink: sink) { result.append(text) }
            }
            return result
        case .mapping:
            sink.report(ModelDiagnostics.wrongKind(ModelMessages.text("texts.expected", ["key": key, "kind": node.kindDescription]), at: node.span, help: ModelMessages.text("texts.expected.help")))
            return nil
        }
    }

    public static func integer(_ node: YAMLNode, key: String, in range: ClosedRange<Int>?, unit: String = "", sink: DiagnosticSink) -> Located<Int>? {
        guard let text = text(node, key: key, sink: sink) else { return nil }
        let trimmed = text.value.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) || (trimmed.first == "-" && trimmed.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) && trimmed.count > 1),
              let value = Int(trimmed) else {
            sink.report(ModelDiagnostics.invalidValue(
                unit.isEmpty ? ModelMessages.text("integer.expected", ["key": key, "value": text.value])
                    : ModelMessages.text("integer.expected.unit", ["key": key, "unit": ModelMessages.text("unit." + unit), "value": text.value]),
                at: text.span, help: ModelMessages.text("integer.expected.help", ["key": key, "example": String(range?.lowerBound ?? 1)])))
            return nil
        }
        if let range, !range.contains(value) {
            sink.report(ModelDiagnostics.invalidValue(ModelMessages.text("integer.range", ["key": key, "lower": String(range.lowerBound), "upper": String(range.upperBound), "value": String(value)]),
                                                      at: text.span, help: ModelMessages.text("integer.range.help", ["lower": String(range.lowerBound), "upper": String(range.upperBound)])))
            return nil
        }
        return Located(value, span: text.span)
    }

    static let trueWords: Set<String> = ["true", "oui", "yes", "vrai", "on"]
    static let falseWords: Set<String> = ["false", "non", "no", "faux", "off"]

    public static func bool(_ node: YAMLNode, key: String, sink: DiagnosticSink) -> Located<Bool>? {
        guard let text = text(node, key: key, sink: sink) else { return nil }
        let word = text.value.trimmingWhitespace().lowercased()
        if trueWords.contains(word) { return Located(true, span: text.span) }
        if falseWords.contains(word) { return Located(false, span: text.span) }
        sink.report(ModelDiagnostics.invalidValue(ModelMessages.text("bool.expected", ["key": key, "value": text.value]), at: text.span, help: ModelMessages.text("bool.expected.help")))
        return nil
    }

    public static func choice<Value: RawRepresentable & CaseIterable & Sendable & Hashable>(_ node: YAMLNode, key: String, _ type: Value.Type, sink: DiagnosticSink) -> Located<Value>? where Value.RawValue == String {
        guard let text = text(node, key: key, sink: sink) else { return nil }
        if let value = Value(rawValue: text.value) { return Located(value, span: text.span) }
        let allowed = Value.allCases.map(\.rawValue)
        // Accept a difference of case or accents only when it is unambiguous.
        if let folded = allowed.first(where: { $0.foldedForComparison == text.value.foldedForComparison }), let value = Value(rawValue: folded) {
            sink.report(ModelDiagnostics.invalidValue(
                ModelMessages.text("choice.spelling", ["value": text.value, "folded": folded]),
                at: text.span,
                help: Help(ModelMessages.text("choice.spelling.help", ["folded": folded]), replacement: Replacement(span: text.span, text: folded))
            ))
            return Located(value, span: text.span)
        }
        var help = Help(ModelMessages.text("choice.allowed", ["values": allowed.map { "`\($0)`" }.joined(separator: ", ")]))
        if let suggestion = Suggestion.closest(to: text.value, among: allowed) {
            help = Help(ModelMessages.text("choice.didYouMean", ["suggestion": suggestion, "values": allowed.joined(separator: ", ")]), replacement: Replacement(span: text.span, text: suggestion))
        }
        sink.report(ModelDiagnostics.invalidValue(ModelMessages.text("choice.invalid", ["value": text.value, "key": key]), at: text.span, help: help))
        return nil
    }
}
