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
        let what = table.what
        guard case .mapping(let mapping) = node else {
            sink.report(ModelDiagnostics.wrongKind(
                "expected \(what) written as a mapping (`key: value` lines), found \(node.kindDescription)",
                at: node.span,
                help: "write \(what) as lines of `key: value`"
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
                sink.report(ModelDiagnostics.wrongKind("keys must be plain words, not \(entry.key.kindDescription)", at: entry.key.span, help: "write the key as a word followed by `:`"))
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
            // A near spelling of a key the mapping lacks can only be that key; when the mapping
            // has it already, renaming would write it twice.
            let closest = Suggestion.closest(to: key, among: table.names)
            help = .didYouMean(closest, replacing: span,
                               otherwise: "the keys of \(table.what) are: \(table.names.joined(separator: ", "))",
                               applicability: closest.map { mapping[$0] == nil } == true ? .machineApplicable : .maybeIncorrect)
        }
        return ModelDiagnostics.unknownKey("unknown key `\(key)` in \(table.what)", at: span, help: help)
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
            sink.report(ModelDiagnostics.missingKey("`\(key)` has no value", at: entry.key.span, help: hint))
        } else if !unknownKeys().contains(where: { $0.intended == key }) {
            // A key written for this one (`consigne` for `instruction`) already has its PIX0202
            // with the fix: the missing key is that same mistake.
            sink.report(ModelDiagnostics.missingKey("\(what) needs a `\(key)`", at: headSpan, help: hint))
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
            sink.report(ModelDiagnostics.wrongKind("`\(key)` must be a list, found \(node.kindDescription)", at: node.span, help: "write one item per line, each starting with `- `"))
            return nil
        }
        return sequence.items.compactMap(decode)
    }

    // MARK: Static decoders

    public static func text(_ node: YAMLNode, key: String, sink: DiagnosticSink) -> Text? {
        guard case .scalar(let scalar) = node else {
            sink.report(ModelDiagnostics.wrongKind("`\(key)` must be text, found \(node.kindDescription)", at: node.span, help: "write the value on the same line as `\(key):`, in quotes if it contains `:` or starts with a special character"))
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
            sink.report(ModelDiagnostics.wrongKind("`\(key)` must be a list of texts, found \(node.kindDescription)", at: node.span, help: "write one value per line, each starting with `- `"))
            return nil
        }
    }

    public static func integer(_ node: YAMLNode, key: String, in range: ClosedRange<Int>?, unit: String = "", sink: DiagnosticSink) -> Located<Int>? {
        guard let text = text(node, key: key, sink: sink) else { return nil }
        let trimmed = text.value.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) || (trimmed.first == "-" && trimmed.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) && trimmed.count > 1),
              let value = Int(trimmed) else {
            sink.report(ModelDiagnostics.invalidValue("`\(key)` must be a whole number\(unit.isEmpty ? "" : " of \(unit)"), found `\(text.value)`", at: text.span, help: "write digits only, for example `\(key): \(range?.lowerBound ?? 1)`"))
            return nil
        }
        if let range, !range.contains(value) {
            sink.report(ModelDiagnostics.invalidValue("`\(key)` must be between \(range.lowerBound) and \(range.upperBound), found \(value)", at: text.span, help: "choose a value from \(range.lowerBound) to \(range.upperBound)"))
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
        sink.report(ModelDiagnostics.invalidValue("`\(key)` must be yes or no, found `\(text.value)`", at: text.span, help: "write `oui` or `non` (or `true` / `false`)"))
        return nil
    }

    public static func choice<Value: RawRepresentable & CaseIterable & Sendable & Hashable>(_ node: YAMLNode, key: String, _ type: Value.Type, sink: DiagnosticSink) -> Located<Value>? where Value.RawValue == String {
        guard let text = text(node, key: key, sink: sink) else { return nil }
        if let value = Value(rawValue: text.value) { return Located(value, span: text.span) }
        let allowed = Value.allCases.map(\.rawValue)
        // Accept a difference of case or accents only when it is unambiguous.
        if let folded = allowed.first(where: { $0.foldedForComparison == text.value.foldedForComparison }), let value = Value(rawValue: folded) {
            sink.report(ModelDiagnostics.invalidValue(
                "`\(text.value)` is not written as pixc expects: `\(folded)`",
                at: text.span,
                help: Help("write `\(folded)`", replacement: Replacement(span: text.span, text: folded))
            ))
            return Located(value, span: text.span)
        }
        var help = Help("allowed values: " + allowed.map { "`\($0)`" }.joined(separator: ", "))
        if let suggestion = Suggestion.closest(to: text.value, among: allowed) {
            help = Help("did you mean `\(suggestion)`? (allowed: \(allowed.joined(separator: ", ")))", replacement: Replacement(span: text.span, text: suggestion, applicability: .maybeIncorrect))
        }
        sink.report(ModelDiagnostics.invalidValue("`\(text.value)` is not a valid `\(key)`", at: text.span, help: help))
        return nil
    }
}
