import Vocabulary

/// How the value of a key is written. The decoders read values through `Fields`, which applies
/// these shapes; `pixc schema` turns them into JSON Schema. Values are read as text (no YAML
/// implicit typing), so a number or a yes/no is a text with a constraint.
public indirect enum ValueShape: Sendable {
    /// Any one-line or block text.
    case text
    /// A whole number, optionally within a range.
    case integer(ClosedRange<Int>?)
    /// Yes or no: `oui`, `non`, `true`, `false`…
    case boolean
    /// One of a closed list of words, spelled exactly.
    case choice([String])
    /// A YAML list (`- item` lines or `[a, b]`).
    case list(ValueShape)
    /// A single value or a list of them (`answers: "1978"` or `answers: ["1978", "1 978"]`).
    case oneOrMore(ValueShape)
    /// A mapping with a fixed set of keys.
    case mapping(KeyTable)
    /// A mapping whose keys the author chooses (input keys, column names, value names).
    case namedValues(ValueShape)
    /// Any of these shapes.
    case anyOf([ValueShape])
}

/// One key of a kind of mapping: its name, whether it is required, what it means (in French:
/// editors show it to authors on hover), how its value is written, and the French words an
/// author may write instead of it (they get a "did you mean" with a fix).
public struct KeySpec: Sendable {
    public let name: String
    public let required: Bool
    public let description: String
    public let shape: ValueShape
    public let frenchWords: [String]
    /// For challenge keys that fit only some types: the types where a French word shared by
    /// several keys (`propositions`) means this key.
    public let types: [ChallengeType]?

    public init(_ name: String, required: Bool = false, _ description: String, _ shape: ValueShape, french: [String] = [], types: [ChallengeType]? = nil) {
        self.name = name
        self.required = required
        self.description = description
        self.shape = shape
        self.frenchWords = french
        self.types = types
    }
}

/// The keys of one kind of mapping (a challenge, an option, a skill…), in the order the
/// documentation presents them. The decoders accept exactly these keys; `pixc schema` writes
/// them as JSON Schema, so the two cannot drift apart.
public struct KeyTable: Sendable {
    /// What the mapping is, for messages: "a challenge", "a skill".
    public let what: String
    /// Its name in the JSON Schema's `$defs` (and in tests).
    public let id: String
    /// What it is, in French, for the schema.
    public let description: String
    public let keys: [KeySpec]

    public init(_ id: String, what: String, description: String, keys: [KeySpec]) {
        self.id = id
        self.what = what
        self.description = description
        self.keys = keys
        self.names = keys.map(\.name)
    }

    /// The keys' names, in order (kept: every decoded mapping checks its keys against them).
    public let names: [String]

    public func key(_ name: String) -> KeySpec? { keys.first { $0.name == name } }

    /// The key an author meant by `word`, when `word` is one of the French words of the table
    /// (or a key written with accents or another case): compared without case, accents, spaces,
    /// `-`, `_` or `'`. `type` chooses among keys that share a word (`propositions` is
    /// `options` in a QCU or QCM, `proposals` otherwise).
    public func intendedKey(forFrenchWord word: String, type: ChallengeType? = nil) -> String? {
        let normalized = Self.normalized(word)
        guard !normalized.isEmpty else { return nil }
        if let key = keys.first(where: { Self.normalized($0.name) == normalized }), key.name != word { return key.name }
        let candidates = keys.filter { $0.frenchWords.contains { Self.normalized($0) == normalized } }
        if candidates.count > 1, let type, let fitting = candidates.first(where: { $0.types?.contains(type) ?? false }) {
            return fitting.name
        }
        return candidates.first?.name
    }

    /// `word` without case, accents, spaces, `-`, `_` or apostrophes.
    public static func normalized(_ word: String) -> String {
        String(word.foldedForComparison.filter { $0.isLetter || $0.isNumber })
    }

    /// Every table reachable from this one (itself first), each once, in a stable order.
    public var reachableTables: [KeyTable] {
        var seen: Set<String> = []
        var result: [KeyTable] = []
        func visit(_ table: KeyTable) {
            guard seen.insert(table.id).inserted else { return }
            result.append(table)
            for key in table.keys { visitShape(key.shape) }
        }
        func visitShape(_ shape: ValueShape) {
            switch shape {
            case .text, .integer, .boolean, .choice: break
            case .list(let item), .oneOrMore(let item), .namedValues(let item): visitShape(item)
            case .mapping(let table): visit(table)
            case .anyOf(let shapes): shapes.forEach(visitShape)
            }
        }
        visit(self)
        return result
    }
}

extension Fields {
    /// The words `Fields.bool` reads as yes and no, for the schema.
    public static var booleanWords: (yes: [String], no: [String]) { (trueWords.sorted(), falseWords.sorted()) }
}
