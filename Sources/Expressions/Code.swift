import YAML

/// An expression after type checking: names resolved to slots and row fields, operators resolved
/// by type. Built once per challenge, evaluated for every candidate variant. Ranges are kept only
/// where evaluation can fail, to point at the exact characters.
package indirect enum Code: Sendable {
    case constant(Value)
    /// A generated or derived value of the current candidate.
    case slot(Int)
    /// A field of the current row.
    case field(Int)
    case negate(Code, Range<Int>)
    case not(Code)
    case arithmetic(Arithmetic, Code, Code, Range<Int>)
    case concatenate(Code, Code, Range<Int>)
    case equal(Code, Code, negated: Bool)
    case order(BinaryOperator, Code, Code)
    case and(Code, Code)
    case or(Code, Code)
    case conditional(Code, Code, Code)
    case list([Code], Range<Int>)
    case index(Code, Code, Range<Int>)
    case call(Builtin, [Code], CallSite)
    /// `round(a / b, n)`, `floor(a / b)`, `ceil(a / b)`: a division rounded as it is computed, so
    /// it need not be exact.
    case roundedDivision(Code, Code, digits: Code?, mode: ExactDecimal.RoundingMode, CallSite)

    package enum Arithmetic: Sendable {
        case add, subtract, multiply, divide
    }

    /// True when the code reads no slot and no row field (it has the same value for every variant).
    package var isConstant: Bool {
        switch self {
        case .constant: true
        case .slot, .field: false
        case .negate(let a, _), .not(let a): a.isConstant
        case .arithmetic(_, let a, let b, _), .concatenate(let a, let b, _), .equal(let a, let b, _), .order(_, let a, let b), .and(let a, let b), .or(let a, let b), .index(let a, let b, _):
            a.isConstant && b.isConstant
        case .conditional(let a, let b, let c): a.isConstant && b.isConstant && c.isConstant
        case .list(let items, _): items.allSatisfy(\.isConstant)
        case .call(_, let arguments, _): arguments.allSatisfy(\.isConstant)
        case .roundedDivision(let a, let b, let digits, _, _): a.isConstant && b.isConstant && (digits?.isConstant ?? true)
        }
    }
}

/// Where a call was written: the whole call and each argument.
package struct CallSite: Sendable {
    package var range: Range<Int>
    package var arguments: [Range<Int>]

    package init(range: Range<Int>, arguments: [Range<Int>]) {
        self.range = range
        self.arguments = arguments
    }

    package func argument(_ index: Int) -> Range<Int> {
        index < arguments.count ? arguments[index] : range
    }
}

/// How much work one evaluation may do. There are no loops in the language, but lists and texts
/// from rows can be long and derived values can double a text at each step: the budget keeps any
/// expression bounded.
public struct EvaluationLimits: Sendable, Hashable {
    /// Steps for computing one candidate variant (every operation costs one step, list and text
    /// operations one more per item).
    public var steps: Int
    public var textLength: Int
    public var listLength: Int

    public init(steps: Int = 20_000, textLength: Int = 20_000, listLength: Int = 10_000) {
        self.steps = steps
        self.textLength = textLength
        self.listLength = listLength
    }

    public static let `default` = EvaluationLimits()
}

/// A problem found while computing a value for a variant.
package struct EvaluationError: Error, Sendable {
    package enum Kind: Sendable, Equatable {
        case divisionByZero
        case inexactDivision
        case overflow
        case tooManyDecimals
        case indexOutOfRange
        case invalidArgument
        case budgetExhausted
        case tooLong
    }

    package var kind: Kind
    package var message: String
    package var range: Range<Int>
    package var help: String?
    /// The scalar the failing expression was written in; set by the evaluation that knows it.
    package var source: YAMLScalar?

    package init(_ kind: Kind, _ message: String, at range: Range<Int>, help: String? = nil) {
        self.kind = kind
        self.message = message
        self.range = range
        self.help = help
    }

    package static func arithmetic(_ failure: ExactDecimal.Failure, at range: Range<Int>) -> EvaluationError {
        switch failure {
        case .divisionByZero:
            EvaluationError(.divisionByZero, ExpressionsMessages.text("eval.divisionByZero"), at: range, help: ExpressionsMessages.text("eval.divisionByZero.help"))
        case .inexactDivision:
            EvaluationError(.inexactDivision, ExpressionsMessages.text("eval.inexact"), at: range, help: ExpressionsMessages.text("eval.inexact.help"))
        case .overflow:
            EvaluationError(.overflow, ExpressionsMessages.text("eval.overflow"), at: range)
        case .tooManyDecimals:
            EvaluationError(.tooManyDecimals, ExpressionsMessages.text("eval.tooManyDecimals"), at: range, help: ExpressionsMessages.text("eval.round.help"))
        }
    }
}
