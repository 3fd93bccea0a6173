import Diagnostics
import YAML

/// A value read from a source file, with the span it was read from.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public let span: Span

    public init(_ value: Value, span: Span) {
        self.value = value
        self.span = span
    }
}

/// A piece of author-written text (an instruction, an option, an answer). It keeps its YAML
/// scalar so that a problem found inside it (a template expression, a `${…}` block) can be
/// reported at the exact column. Rendering a variant replaces `value` and keeps `source`.
public struct Text: Sendable, Hashable, CustomStringConvertible {
    public var value: String
    public let source: YAMLScalar

    public init(_ scalar: YAMLScalar) {
        self.value = scalar.text
        self.source = scalar
    }

    public init(value: String, source: YAMLScalar) {
        self.value = value
        self.source = source
    }

    public var span: Span { source.span }

    /// True while `value` is still the text the author wrote (not a rendered variant).
    public var isAsWritten: Bool { value == source.text }

    /// The span of a byte range of `value`; exact while the text is as written, otherwise the
    /// whole scalar (a rendered value no longer lines up with the source).
    public func span(ofTextRange range: Range<Int>) -> Span {
        isAsWritten ? source.span(ofTextRange: range) : source.span
    }

    public var description: String { value }

    /// `span(ofTextRange:)` for many ranges of one text, with the work done once.
    public var sourceMap: TextSourceMap { TextSourceMap(map: isAsWritten ? source.sourceMap : nil, whole: source.span) }
}

/// Maps many ranges of a `Text` to source spans (see `Text.sourceMap`).
public struct TextSourceMap: Sendable {
    let map: ScalarSourceMap?
    let whole: Span

    public func span(ofTextRange range: Range<Int>) -> Span {
        map?.span(of: range) ?? whole
    }
}
