import Diagnostics
import YAML

/// Collects the diagnostics of one decoding pass.
public final class DiagnosticSink {
    /// Bounded (`DiagnosticLimits`): a file can repeat a mistake a million times.
    private var collector = DiagnosticCollector()

    public init() {}

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

    /// Checks the keys right away. `known` lists every accepted key, in the order the
    /// documentation presents them.
    public init?(_ node: YAMLNode, as what: String, known: [String], sink: DiagnosticSink) {
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
        for entry in mapping.entries {
            guard let key = entry.keyText else {
                sink.report(ModelDiagnostics.wrongKind("keys must be plain words, not \(entry.key.kindDescription)", at: entry.key.span, help: "write the key as a word followed by `:`"))
                continue
            }
            if !known.contains(key) {
                var help = "the keys of \(what) are: \(known.joined(separator: ", "))"
                var replacement: Replacement?
                if let suggestion = Suggestion.closest(to: key, among: known) {
                    help = "did you mean `\(suggestion)`?"
                    replacement = Replacement(span: entry.key.span, text: suggestion)
                }
                sink.report(ModelDiagnostics.unknownKey(
                    "unknown key `\(key)` in \(what)",
                    at: entry.key.span,
                    help: Help(help, replacement: replacement)
                ))
            }
        }
    }

    public var span: Span { mapping.span }

    public subscript(_ key: String) -> YAMLNode? {
        guard let node = mapping[key] else { return nil }
        if case .scalar(let scalar) = node, scalar.isNull { return nil }
        return node
    }

    public func keySpan(_ key: String) -> Span? { mapping.entry(key)?.key.span }

    /// The value of a required key, or a diagnostic at the mapping's first line.
    public func required(_ key: String, hint: String) -> YAMLNode? {
        if let node = self[key] { return node }
        if let entry = mapping.entry(key) {
            sink.report(ModelDiagnostics.missingKey("`\(key)` has no value", at: entry.key.span, help: hint))
        } else {
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
            help = Help("did you mean `\(suggestion)`? (allowed: \(allowed.joined(separator: ", ")))", replacement: Replacement(span: text.span, text: suggestion))
        }
        sink.report(ModelDiagnostics.invalidValue("`\(text.value)` is not a valid `\(key)`", at: text.span, help: help))
        return nil
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// Lowercased, without accents: for "did you mean" and tolerant comparisons.
    var foldedForComparison: String {
        var result = String.UnicodeScalarView()
        for scalar in lowercased().unicodeScalars {
            if scalar.isASCII {
                result.append(scalar)
            } else if let replacement = Self.foldedLetters[scalar.value] {
                result.append(contentsOf: replacement.unicodeScalars)
            } else if !(0x300...0x36F).contains(scalar.value) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The Latin letters French uses, without their accents (enough for suggestions); combining
    /// accents are dropped after them. Built once: folding runs on every candidate of a suggestion.
    private static let foldedLetters: [UInt32: String] = {
        let table: [Character: String] = [
            "à": "a", "â": "a", "ä": "a", "á": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e",
            "î": "i", "ï": "i", "í": "i", "ô": "o", "ö": "o", "ó": "o", "ù": "u", "û": "u", "ü": "u", "ú": "u", "ÿ": "y",
            "œ": "oe", "æ": "ae",
        ]
        var result: [UInt32: String] = [:]
        for (letter, folded) in table {
            if let scalar = letter.unicodeScalars.first, letter.unicodeScalars.count == 1 { result[scalar.value] = folded }
        }
        return result
    }()
}

/// "Did you mean": the known name closest to a misspelled one, within a few edits.
public enum Suggestion {
    /// Nothing longer is looked up: it is not a misspelled name, and comparing it would cost
    /// time proportional to its length times every candidate's.
    public static let maximumWordLength = 200
    /// The most edits a suggestion may be away (fewer for short words).
    static let maximumDistance = 3

    public static func closest(to word: String, among candidates: [String]) -> String? {
        closest(to: word, in: SuggestionCandidates(candidates, indexed: false))
    }

    /// Among prepared candidates; `excluding` is never suggested.
    public static func closest(to word: String, in candidates: SuggestionCandidates, excluding: String? = nil) -> String? {
        let folded = Array(word.foldedForComparison.unicodeScalars)
        guard folded.count <= maximumWordLength else { return nil }
        let wordLength = word.count
        var best: (index: Int, distance: Int)?
        for index in candidates.indices(near: folded) {
            guard candidates.originals[index] != excluding,
                  let distance = boundedDistance(folded, candidates.folded[index], limit: maximumDistance) else { continue }
            if best == nil || distance < (best?.distance ?? Int.max) || (distance == best?.distance && index < (best?.index ?? 0)) {
                best = (index, distance)
            }
        }
        guard let best else { return nil }
        let candidate = candidates.originals[best.index]
        let limit = max(1, min(maximumDistance, (max(wordLength, candidate.count) + 2) / 4))
        return best.distance <= limit ? candidate : nil
    }

    public static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        boundedDistance(a, b, limit: nil) ?? 0
    }

    /// The edit distance, or nil when it is over `limit`; with a limit only the cells within it
    /// of the diagonal are computed.
    static func boundedDistance<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int?) -> Int? {
        if let limit, abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let band = limit ?? max(a.count, b.count)
        let ceiling = band + 1
        var previous = [Int](repeating: ceiling, count: b.count + 1)
        var current = [Int](repeating: ceiling, count: b.count + 1)
        for j in 0...min(b.count, band) { previous[j] = j }
        for i in 1...a.count {
            let low = max(1, i - band)
            let high = min(b.count, i + band)
            current[low - 1] = low == 1 ? min(i, ceiling) : ceiling
            var rowMinimum = current[low - 1]
            if low <= high {
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, ceiling)
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
            }
            if high < b.count { current[high + 1] = ceiling }
            if limit != nil, rowMinimum >= ceiling { return nil }
            swap(&previous, &current)
        }
        let distance = previous[b.count]
        if let limit, distance > limit { return nil }
        return distance
    }
}

/// Candidates for "did you mean", folded once. A long list (every challenge id of a large
/// repository) is also indexed by its single deletions (symmetric-delete lookup), so that a
/// lookup compares the word with the few candidates one edit or two away instead of with all of
/// them: a repository with thousands of broken references stays linear. Candidates farther away
/// are not suggested from a long list.
public struct SuggestionCandidates: Sendable {
    public static let indexedAbove = 256

    let originals: [String]
    let folded: [[Unicode.Scalar]]
    /// Hash of a folded candidate or of one of its single deletions → its first entry; entries
    /// hold the candidate's index and the next entry with the same hash (-1 ends the chain).
    private let heads: [UInt64: Int32]?
    private let entryCandidates: [Int32]
    private let nextEntries: [Int32]

    public init(_ candidates: [String], indexed: Bool = true) {
        originals = candidates
        folded = candidates.map { Array($0.foldedForComparison.unicodeScalars) }
        guard indexed, candidates.count > Self.indexedAbove else {
            heads = nil
            entryCandidates = []
            nextEntries = []
            return
        }
        var heads: [UInt64: Int32] = [:]
        var entryCandidates: [Int32] = []
        var nextEntries: [Int32] = []
        // Built backwards so that each chain lists candidates in list order.
        for (index, scalars) in folded.enumerated().reversed() where scalars.count <= Suggestion.maximumWordLength {
            for hash in Self.deletionHashes(scalars) {
                nextEntries.append(heads[hash] ?? -1)
                heads[hash] = Int32(entryCandidates.count)
                entryCandidates.append(Int32(index))
            }
        }
        self.heads = heads
        self.entryCandidates = entryCandidates
        self.nextEntries = nextEntries
    }

    /// Candidates to compare with `word`: all of a short list, else those sharing the word or one
    /// of its single deletions, in list order.
    func indices(near word: [Unicode.Scalar]) -> [Int] {
        guard let heads else { return Array(originals.indices) }
        var found = Set<Int>()
        for hash in Self.deletionHashes(word) {
            var entry = heads[hash] ?? -1
            while entry >= 0 {
                found.insert(Int(entryCandidates[Int(entry)]))
                entry = nextEntries[Int(entry)]
            }
        }
        return found.sorted()
    }

    /// A polynomial hash of the scalars, then of the scalars without each one of them, each in
    /// constant time from prefix and suffix sums (wrapping arithmetic; a collision only costs
    /// one comparison more).
    static func deletionHashes(_ scalars: [Unicode.Scalar]) -> [UInt64] {
        let base: UInt64 = 0x0000_0100_0000_01b3
        let count = scalars.count
        var prefix = [UInt64](repeating: 0, count: count + 1)
        for index in 0..<count { prefix[index + 1] = prefix[index] &* base &+ UInt64(scalars[index].value) }
        var powers = [UInt64](repeating: 1, count: count + 1)
        for index in 0..<count { powers[index + 1] = powers[index] &* base }
        var suffix = [UInt64](repeating: 0, count: count + 1)
        for index in stride(from: count - 1, through: 0, by: -1) {
            suffix[index] = UInt64(scalars[index].value) &* powers[count - 1 - index] &+ suffix[index + 1]
        }
        var hashes = [prefix[count]]
        hashes.reserveCapacity(count + 1)
        for position in 0..<count {
            hashes.append(prefix[position] &* powers[count - 1 - position] &+ suffix[position + 1])
        }
        return hashes
    }
}
