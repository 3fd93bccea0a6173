import Diagnostics

/// How a scalar was written. The schema that reads a value may care ("a date written in quotes").
public enum ScalarStyle: String, Sendable, Hashable {
    case plain
    case singleQuoted = "single-quoted"
    case doubleQuoted = "double-quoted"
    case literal
    case folded
}

/// A scalar exactly as the author wrote it: YAML's implicit typing is never applied, so `non`,
/// `0612`, `1.10` and `2024-01-01` stay text until the schema that reads them decides.
public struct YAMLScalar: Sendable, Hashable {
    public let text: String
    public let style: ScalarStyle
    public let tag: String?
    /// From the first to the last character of the scalar in the source, quotes and block headers
    /// included.
    public let span: Span

    public init(text: String, style: ScalarStyle, tag: String? = nil, span: Span) {
        self.text = text
        self.style = style
        self.tag = tag
        self.span = span
    }

    /// True for a plain scalar that YAML would read as null (`~`, `null`, or nothing at all).
    public var isNull: Bool {
        style == .plain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }

    /// The source span of a UTF-8 byte range of `text`, accounting for quotes, escapes, line
    /// folding and block indentation, so a problem found inside a value (an expression, a
    /// placeholder) is reported at the exact column the author typed it.
    public func span(ofTextRange range: Range<Int>) -> Span {
        ScalarSourceMap(scalar: self).span(of: range)
    }

    /// A map to turn many ranges of `text` into source spans, aligning text and source once.
    public var sourceMap: ScalarSourceMap { ScalarSourceMap(scalar: self) }
}

public struct YAMLSequence: Sendable, Hashable {
    public let items: [YAMLNode]
    public let tag: String?
    public let isFlow: Bool
    public let span: Span

    public init(items: [YAMLNode], tag: String? = nil, isFlow: Bool = false, span: Span) {
        self.items = items
        self.tag = tag
        self.isFlow = isFlow
        self.span = span
    }
}

public struct YAMLMappingEntry: Sendable, Hashable {
    public let key: YAMLNode
    public let value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }

    /// The key's text when it is a scalar (the only kind of key pixc schemas use).
    public var keyText: String? {
        if case .scalar(let scalar) = key { return scalar.text }
        return nil
    }
}

/// A mapping with its keys in source order, each key keeping its own span.
public struct YAMLMapping: Sendable, Hashable {
    public let entries: [YAMLMappingEntry]
    public let tag: String?
    public let isFlow: Bool
    public let span: Span

    public init(entries: [YAMLMappingEntry], tag: String? = nil, isFlow: Bool = false, span: Span) {
        self.entries = entries
        self.tag = tag
        self.isFlow = isFlow
        self.span = span
    }

    /// The entry of a scalar key (keys are unique once read: duplicates are reported and dropped).
    public func entry(_ key: String) -> YAMLMappingEntry? {
        entries.first { $0.keyText == key }
    }

    public subscript(_ key: String) -> YAMLNode? { entry(key)?.value }
}

/// A located YAML node. Aliases are resolved: an alias yields the anchored node itself (with the
/// spans of where the anchor was written).
public indirect enum YAMLNode: Sendable, Hashable {
    case scalar(YAMLScalar)
    case sequence(YAMLSequence)
    case mapping(YAMLMapping)

    public var span: Span {
        switch self {
        case .scalar(let node): node.span
        case .sequence(let node): node.span
        case .mapping(let node): node.span
        }
    }

    public var tag: String? {
        switch self {
        case .scalar(let node): node.tag
        case .sequence(let node): node.tag
        case .mapping(let node): node.tag
        }
    }

    /// What an author calls this kind of value, for messages ("expected a list, found text").
    public var kindDescription: String {
        switch self {
        case .scalar(let scalar): YAMLMessages.text(scalar.isNull ? "kind.nothing" : "kind.text")
        case .sequence: YAMLMessages.text("kind.list")
        case .mapping: YAMLMessages.text("kind.mapping")
        }
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let node) = self { return node }
        return nil
    }

    public var sequence: YAMLSequence? {
        if case .sequence(let node) = self { return node }
        return nil
    }

    public var mapping: YAMLMapping? {
        if case .mapping(let node) = self { return node }
        return nil
    }
}

/// One YAML document of a file. `root` is nil for a document with no content.
public struct YAMLDocument: Sendable {
    public let root: YAMLNode?
    /// Where the document starts (its `---` when written, or its first node).
    public let span: Span

    public init(root: YAMLNode?, span: Span) {
        self.root = root
        self.span = span
    }
}
