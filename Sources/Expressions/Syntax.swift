import Diagnostics

/// The expression language's syntax tree. Every node keeps the UTF-8 byte range it was read from,
/// relative to the text of the YAML scalar holding it, so any problem found later points at the
/// exact characters the author typed.
package struct Expression: Sendable {
    package indirect enum Kind: Sendable {
        case number(ExactDecimal)
        case text(String)
        case boolean(Bool)
        case name(String)
        case list([Expression])
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression, operatorRange: Range<Int>)
        case conditional(Expression, Expression, Expression)
        case call(String, nameRange: Range<Int>, [Argument])
        case field(Expression, String, nameRange: Range<Int>)
        case index(Expression, Expression)
    }

    package var kind: Kind
    package var range: Range<Int>
    /// Levels of the tree from this node down (a name or a number is 1): every walk over an
    /// expression recurses this deep, so the parser refuses more than
    /// `ExpressionLimits.maximumDepth` levels below the top (a height of `maximumDepth + 1`).
    package let height: Int

    package init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
        height = 1 + Self.childrenHeight(kind)
    }

    private static func childrenHeight(_ kind: Kind) -> Int {
        switch kind {
        case .number, .text, .boolean, .name: 0
        case .list(let items): items.reduce(0) { max($0, $1.height) }
        case .unary(_, let operand): operand.height
        case .binary(_, let lhs, let rhs, _): max(lhs.height, rhs.height)
        case .conditional(let condition, let then, let otherwise): max(condition.height, then.height, otherwise.height)
        case .call(_, _, let arguments): arguments.reduce(0) { max($0, $1.value.height) }
        case .field(let base, _, _): base.height
        case .index(let base, let position): max(base.height, position.height)
        }
    }

    /// Every name the expression reads (not function names), in order of appearance.
    package func collectNames(into names: inout [(String, Range<Int>)]) {
        switch kind {
        case .number, .text, .boolean: break
        case .name(let name): names.append((name, range))
        case .list(let items): for item in items { item.collectNames(into: &names) }
        case .unary(_, let operand): operand.collectNames(into: &names)
        case .binary(_, let lhs, let rhs, _):
            lhs.collectNames(into: &names)
            rhs.collectNames(into: &names)
        case .conditional(let condition, let then, let otherwise):
            condition.collectNames(into: &names)
            then.collectNames(into: &names)
            otherwise.collectNames(into: &names)
        case .call(_, _, let arguments): for argument in arguments { argument.value.collectNames(into: &names) }
        case .field(let base, _, _): base.collectNames(into: &names)
        case .index(let base, let position):
            base.collectNames(into: &names)
            position.collectNames(into: &names)
        }
    }
}

/// How deeply an expression may nest. The parser, the type checker, the evaluator and every other
/// walk over an expression recurse once per level; real expressions use a handful of levels.
public enum ExpressionLimits {
    /// Levels of parentheses, operators (a chain `a + b + c` counts one level per operator),
    /// calls, lists, indexing and `if` (a name alone is level 0; `(a)` and `a + b` are 1). Beyond
    /// it the expression is refused with PIX0501 at the place where the limit is passed; a list
    /// value nesting lists more deeply, built through derived values, likewise.
    public static let maximumDepth = 100
}

package struct Argument: Sendable {
    package var label: String?
    package var labelRange: Range<Int>?
    package var value: Expression
}

package enum UnaryOperator: String, Sendable {
    case negate = "-"
    case not
}

package enum BinaryOperator: String, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case and
    case or

    package var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: true
        default: false
        }
    }
}

/// A problem found while reading an expression, before it is located in a file.
package struct SyntaxProblem: Error, Sendable {
    package var message: String
    package var range: Range<Int>
    package var help: String?
    /// A fix: replace `range` (this problem's range unless given) with this text.
    package var replacement: String?
    package var replacementRange: Range<Int>?
    package var labels: [(Range<Int>, String)] = []
    /// True for problems with the `{{ … }}` delimiters rather than with the expression inside.
    package var concernsPlaceholder = false
    /// `.maybeIncorrect` when the replacement is one of several things the author may have meant.
    package var applicability: Applicability = .machineApplicable
}
