import Diagnostics
import Vocabulary
import YAML

/// The names an expression can read.
package struct Scope: Sendable {
    package struct Column: Sendable {
        package let name: String
        package let type: ValueType

        package init(name: String, type: ValueType) {
            self.name = name
            self.type = type
        }
    }

    package struct SlotInfo: Sendable {
        package let index: Int
        package var type: ValueType
        /// True for a drawn value or a value derived (directly or not) from one.
        package var variesWithDraws: Bool

        package init(index: Int, type: ValueType, variesWithDraws: Bool) {
            self.index = index
            self.type = type
            self.variesWithDraws = variesWithDraws
        }
    }

    package var rowName: String?
    package var columns: [Column] = []
    package var slots: [String: SlotInfo] = [:]
    /// False for a challenge with neither `dataset` nor `data`.
    package var hasData: Bool

    package init(rowName: String? = nil, columns: [Column] = [], slots: [String: SlotInfo] = [:], hasData: Bool) {
        self.rowName = rowName
        self.columns = columns
        self.slots = slots
        self.hasData = hasData
    }

    package func column(named name: String) -> (Int, Column)? {
        guard let index = columns.firstIndex(where: { $0.name == name }) else { return nil }
        return (index, columns[index])
    }

    /// Every name an author could have meant, for "did you mean".
    package var candidateNames: [String] {
        var names = slots.keys.sorted()
        if let rowName { names.append(rowName) }
        return names
    }
}

/// What checking an expression produced.
package struct CheckedExpression: Sendable {
    package var code: Code
    package var type: ValueType
    /// Slots read directly.
    package var slots: Set<Int>
    package var readsRow: Bool
}

/// Resolves names and checks types, producing `Code` or precise diagnostics at the characters
/// the author typed.
package struct Checker {
    package let scope: Scope
    package let source: YAMLScalar
    /// Set while checking the arguments of a generator: drawn and derived values are not readable.
    package var inGeneratorArguments = false
    package private(set) var diagnostics: [Diagnostic] = []
    package private(set) var slots: Set<Int> = []
    package private(set) var readsRow = false

    package init(scope: Scope, source: YAMLScalar) {
        self.scope = scope
        self.source = source
    }

    package func span(_ range: Range<Int>) -> Span { source.span(ofTextRange: range) }

    package static let failed = Code.constant(.boolean(false))

    package mutating func check(_ expression: Expression) -> CheckedExpression {
        let (code, type) = checkNode(expression)
        return CheckedExpression(code: code, type: type, slots: slots, readsRow: readsRow)
    }

    private mutating func report(_ descriptor: DiagnosticDescriptor, _ message: String, at range: Range<Int>, labels: [(Range<Int>, String)] = [], help: String? = nil, replacement: (Range<Int>, String)? = nil) {
        let helpValue = help.map { Help($0, replacement: replacement.map { Replacement(span: span($0.0), text: $0.1) }) }
        diagnostics.append(descriptor(message, at: span(range), labels: labels.map { Label(span($0.0), $0.1) }, help: helpValue))
    }

    private func describe(_ type: ValueType) -> String { type.description }

    // MARK: Nodes

    package mutating func checkNode(_ expression: Expression) -> (Code, ValueType) {
        let range = expression.range
        switch expression.kind {
        case .number(let value):
            return (.constant(.number(value)), .number)
        case .text(let text):
            return (.constant(.text(text)), .text)
        case .boolean(let value):
            return (.constant(.boolean(value)), .boolean)
        case .name(let name):
            return resolveName(name, at: range)
        case .list(let items):
            var codes: [Code] = []
            var elementType = ValueType.unknown
            var firstRange: Range<Int>?
            for item in items {
                let (code, type) = checkNode(item)
                codes.append(code)
                if !type.fits(elementType) {
                    report(ExpressionDiagnostics.typeMismatch, "the items of a list must have the same type: this one is \(describe(type)), the first is \(describe(elementType))", at: item.range, labels: firstRange.map { [($0, "first item")] } ?? [])
                } else {
                    elementType = elementType.merged(with: type)
                    if firstRange == nil { firstRange = item.range }
                }
            }
            if case .row = elementType {
                report(ExpressionDiagnostics.typeMismatch, "a list cannot hold the row itself", at: range, help: "list fields of the row instead")
            }
            // Lists of lists built through derived values nest without the expression nesting:
            // values are hashed, compared and shown by walks as deep as their type.
            if ValueType.list(elementType).nesting > ExpressionLimits.maximumDepth {
                report(ExpressionDiagnostics.expressionSyntax, "this list nests lists more than \(ExpressionLimits.maximumDepth) levels deep", at: range,
                       help: "use lists of numbers, texts or dates, or lists of such lists")
                return (Self.failed, .unknown)
            }
            if codes.allSatisfy(\.isConstant) {
                // Constant lists are built once, not for every variant.
                var evaluator = Evaluator(program: Self.emptyProgram, row: -1, slots: [])
                if let value = try? evaluator.evaluate(.list(codes, range)) {
                    return (.constant(value), .list(elementType))
                }
            }
            return (.list(codes, range), .list(elementType))
        case .unary(let op, let operand):
            let (code, type) = checkNode(operand)
            switch op {
            case .negate:
                guard type.fits(.number) else {
                    report(ExpressionDiagnostics.typeMismatch, "`-` needs a number, found \(describe(type))", at: operand.range)
                    return (Self.failed, .unknown)
                }
                return (.negate(code, range), .number)
            case .not:
                guard type.fits(.boolean) else {
                    report(ExpressionDiagnostics.typeMismatch, "`not` needs a condition (a yes/no value), found \(describe(type))", at: operand.range)
                    return (Self.failed, .unknown)
                }
                return (.not(code), .boolean)
            }
        case .binary(let op, let lhs, let rhs, let operatorRange):
            return checkBinary(op, lhs, rhs, operatorRange: operatorRange, range: range)
        case .conditional(let condition, let then, let otherwise):
            let (conditionCode, conditionType) = checkNode(condition)
            if !conditionType.fits(.boolean) {
                report(ExpressionDiagnostics.typeMismatch, "the condition of `if` must be a yes/no value, found \(describe(conditionType))", at: condition.range, help: "compare values to get a condition: `taille > 100`")
            }
            let (thenCode, thenType) = checkNode(then)
            let (elseCode, elseType) = checkNode(otherwise)
            guard thenType.fits(elseType) else {
                report(ExpressionDiagnostics.typeMismatch, "both branches of `if` must have the same type: `then` gives \(describe(thenType)), `else` gives \(describe(elseType))", at: otherwise.range, labels: [(then.range, "this is \(describe(thenType))")])
                return (Self.failed, .unknown)
            }
            return (.conditional(conditionCode, thenCode, elseCode), thenType.merged(with: elseType))
        case .call(let name, let nameRange, let arguments):
            return checkCall(name, nameRange: nameRange, arguments: arguments, range: range)
        case .field(let base, let field, let nameRange):
            return checkField(base, field, nameRange: nameRange, range: range)
        case .index(let base, let position):
            let (baseCode, baseType) = checkNode(base)
            let (positionCode, positionType) = checkNode(position)
            if !positionType.fits(.number) {
                report(ExpressionDiagnostics.typeMismatch, "a position must be a number, found \(describe(positionType))", at: position.range)
            }
            if case .number(let value) = constantValue(positionCode), let whole = value.integerValue, whole < 1 {
                report(ExpressionDiagnostics.evaluationError, "positions start at 1: `[\(whole)]` designates no item", at: position.range, help: "write `[1]` for the first item", replacement: (position.range, "1"))
            }
            switch baseType {
            case .list(let element):
                return (.index(baseCode, positionCode, range), element)
            case .unknown:
                return (.index(baseCode, positionCode, range), .unknown)
            default:
                report(ExpressionDiagnostics.typeMismatch, "only a list has positions `[…]`, this is \(describe(baseType))", at: base.range)
                return (Self.failed, .unknown)
            }
        }
    }

    package static let emptyProgram = Program(rows: [], slotNames: [], computed: [], slotSources: [], limits: .default)

    private func constantValue(_ code: Code) -> Value? {
        if case .constant(let value) = code { return value }
        return nil
    }

    private mutating func resolveName(_ name: String, at range: Range<Int>) -> (Code, ValueType) {
        if let slot = scope.slots[name] {
            if inGeneratorArguments {
                report(ExpressionDiagnostics.invalidGenerator, "the arguments of a drawn value can use fixed values and row fields only; `\(name)` \(slot.variesWithDraws ? "changes with each draw" : "is a derived value")", at: range, help: "draw both values independently and relate them with a constraint, for example `b > a`")
                return (Self.failed, .unknown)
            }
            slots.insert(slot.index)
            return (.slot(slot.index), slot.type)
        }
        if let rowName = scope.rowName, name == rowName {
            let fields = scope.columns.prefix(4).map { "`\(rowName).\($0.name)`" }.joined(separator: ", ")
            report(ExpressionDiagnostics.typeMismatch, "`\(name)` is the whole row; use one of its fields", at: range, help: fields.isEmpty ? nil : "for example \(fields)")
            return (Self.failed, .unknown)
        }
        reportUnknownName(name, at: range)
        return (Self.failed, .unknown)
    }

    private mutating func reportUnknownName(_ name: String, at range: Range<Int>) {
        guard scope.hasData else {
            report(ExpressionDiagnostics.unknownName, "unknown name `\(name)`: this challenge has no dataset", at: range, help: "declare the values under `data:` (or name a shared dataset with `dataset:`); to write `{{` itself, write `{{ \"{{\" }}`")
            return
        }
        if let rowName = scope.rowName, scope.column(named: name) != nil {
            report(ExpressionDiagnostics.unknownName, "unknown name `\(name)`", at: range, help: "`\(name)` is a field of the row: write `\(rowName).\(name)`", replacement: (range, "\(rowName).\(name)"))
            return
        }
        if let suggestion = Suggestion.closest(to: name, among: scope.candidateNames) {
            report(ExpressionDiagnostics.unknownName, "unknown name `\(name)`", at: range, help: "did you mean `\(suggestion)`?", replacement: (range, suggestion))
            return
        }
        let known = scope.candidateNames
        report(ExpressionDiagnostics.unknownName, "unknown name `\(name)`", at: range, help: known.isEmpty ? "declare it under `values` or `derived`" : "the names defined are: \(known.map { "`\($0)`" }.joined(separator: ", "))")
    }

    private mutating func checkField(_ base: Expression, _ field: String, nameRange: Range<Int>, range: Range<Int>) -> (Code, ValueType) {
        guard case .name(let baseName) = base.kind, scope.slots[baseName] == nil else {
            let (_, baseType) = checkNode(base)
            if !baseType.isUnknown {
                report(ExpressionDiagnostics.typeMismatch, "only a row has fields; this is \(describe(baseType))", at: base.range)
            }
            return (Self.failed, .unknown)
        }
        guard let rowName = scope.rowName, baseName == rowName else {
            if let rowName = scope.rowName, Suggestion.closest(to: baseName, among: [rowName]) != nil {
                report(ExpressionDiagnostics.unknownName, "unknown name `\(baseName)`", at: base.range, help: "did you mean `\(rowName)`?", replacement: (base.range, rowName))
            } else {
                reportUnknownName(baseName, at: base.range)
            }
            return (Self.failed, .unknown)
        }
        readsRow = true
        guard let (index, column) = scope.column(named: field) else {
            let names = scope.columns.map(\.name)
            if let suggestion = Suggestion.closest(to: field, among: names) {
                report(ExpressionDiagnostics.unknownName, "the rows have no field `\(field)`", at: nameRange, help: "did you mean `\(suggestion)`?", replacement: (nameRange, suggestion))
            } else {
                report(ExpressionDiagnostics.unknownName, "the rows have no field `\(field)`", at: nameRange, help: names.isEmpty ? "the rows have no fields" : "the fields are: \(names.map { "`\($0)`" }.joined(separator: ", "))")
            }
            return (Self.failed, .unknown)
        }
        return (.field(index), column.type)
    }

    // MARK: Operators

    /// A note on a text operand that comes from an undeclared column: the usual cause.
    private func columnHint(_ expression: Expression, _ type: ValueType, wanted: ValueType) -> String? {
        guard case .text = type, case .field(let base, let field, _) = expression.kind, case .name(let rowName) = base.kind, rowName == scope.rowName else { return nil }
        return "the column `\(field)` is text; declare its type in the dataset: `columns: { \(field): \(wanted.columnName) }`"
    }

    private mutating func checkBinary(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression, operatorRange: Range<Int>, range: Range<Int>) -> (Code, ValueType) {
        let (a, typeA) = checkNode(lhs)
        let (b, typeB) = checkNode(rhs)
        let labels = [(lhs.range, "this is \(describe(typeA))"), (rhs.range, "this is \(describe(typeB))")]
        func mismatch(_ message: String, help: String? = nil) -> (Code, ValueType) {
            let hint = columnHint(lhs, typeA, wanted: typeB.isUnknown ? .number : typeB) ?? columnHint(rhs, typeB, wanted: typeA.isUnknown ? .number : typeA)
            report(ExpressionDiagnostics.typeMismatch, message, at: operatorRange, labels: labels, help: hint ?? help)
            return (Self.failed, .unknown)
        }
        switch op {
        case .add:
            if typeA.isUnknown && typeB.isUnknown { return (Self.failed, .unknown) }
            if typeA == .text || typeB == .text {
                if typeA.fits(.text), typeB.fits(.text) { return (.concatenate(a, b, operatorRange), .text) }
                if typeA == .number || typeB == .number {
                    return mismatch("cannot add \(describe(typeA)) and \(describe(typeB))", help: "to put a number in a text, convert it: `text(x)` (or `format(x)` with thousands separators)")
                }
                return mismatch("cannot add \(describe(typeA)) and \(describe(typeB))")
            }
            if typeA.fits(.number), typeB.fits(.number) { return (.arithmetic(.add, a, b, operatorRange), .number) }
            if typeA == .date || typeB == .date {
                return mismatch("cannot add \(describe(typeA)) and \(describe(typeB))", help: "to move a date, write `add_days(date, n)`")
            }
            return mismatch("cannot add \(describe(typeA)) and \(describe(typeB))")
        case .subtract, .multiply, .divide:
            if typeA.fits(.number), typeB.fits(.number) {
                let arithmetic: Code.Arithmetic = op == .subtract ? .subtract : (op == .multiply ? .multiply : .divide)
                return (.arithmetic(arithmetic, a, b, operatorRange), .number)
            }
            if op == .subtract, typeA == .date, typeB == .date {
                return mismatch("cannot subtract two dates with `-`", help: "write `days_between(from, to)` to count the days")
            }
            let verb = op == .subtract ? "subtract" : (op == .multiply ? "multiply" : "divide")
            return mismatch("cannot \(verb) \(describe(typeA)) and \(describe(typeB)): `\(op.rawValue)` works on numbers")
        case .equal, .notEqual:
            guard typeA.fits(typeB) else {
                return mismatch("cannot compare \(describe(typeA)) with \(describe(typeB)): they are never equal")
            }
            if typeA == .row || typeB == .row { return mismatch("rows cannot be compared; compare one of their fields") }
            return (.equal(a, b, negated: op == .notEqual), .boolean)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard typeA.fits(typeB) else {
                return mismatch("cannot compare \(describe(typeA)) with \(describe(typeB))")
            }
            let merged = typeA.merged(with: typeB)
            guard merged.isOrdered else {
                return mismatch("`\(op.rawValue)` compares numbers, dates or texts, not \(merged.pluralName)")
            }
            return (.order(op, a, b), .boolean)
        case .and, .or:
            guard typeA.fits(.boolean), typeB.fits(.boolean) else {
                let wrong = typeA.fits(.boolean) ? rhs : lhs
                let wrongType = typeA.fits(.boolean) ? typeB : typeA
                report(ExpressionDiagnostics.typeMismatch, "`\(op.rawValue)` combines conditions (yes/no values), this is \(describe(wrongType))", at: wrong.range, help: "compare values to get a condition: `taille > 100 \(op.rawValue) unite == \"Mo\"`")
                return (Self.failed, .unknown)
            }
            return (op == .and ? .and(a, b) : .or(a, b), .boolean)
        }
    }

    // MARK: Calls

    /// Arguments matched to parameters: positional first, then `name=value`.
    package mutating func arrangeArguments(_ builtin: Builtin, _ arguments: [Argument], nameRange: Range<Int>, range: Range<Int>) -> [Argument]? {
        guard let parameters = builtin.parameters(arity: arguments.count) else {
            if let labelled = arguments.first(where: { $0.label != nil }), let labelRange = labelled.labelRange {
                report(ExpressionDiagnostics.wrongArguments, "`\(builtin.rawValue)` has no named arguments", at: labelRange, help: "write \(builtin.usage)")
                return nil
            }
            return arguments
        }
        var slots = [Argument?](repeating: nil, count: parameters.count)
        var seenLabel = false
        var positional = 0
        for argument in arguments {
            if let label = argument.label, let labelRange = argument.labelRange {
                seenLabel = true
                guard let index = parameters.firstIndex(where: { $0.name == label }) else {
                    let help = Suggestion.closest(to: label, among: parameters.map(\.name)).map { "did you mean `\($0)`?" } ?? (parameters.isEmpty ? "`\(builtin.rawValue)` takes no argument" : "the arguments of `\(builtin.rawValue)` are: \(parameters.map(\.name).joined(separator: ", "))")
                    report(ExpressionDiagnostics.wrongArguments, "`\(builtin.rawValue)` has no argument named `\(label)`", at: labelRange, help: help)
                    return nil
                }
                guard slots[index] == nil else {
                    report(ExpressionDiagnostics.wrongArguments, "the argument `\(label)` is given twice", at: labelRange)
                    return nil
                }
                slots[index] = argument
            } else {
                guard !seenLabel else {
                    report(ExpressionDiagnostics.wrongArguments, "an argument without a name cannot follow a named one", at: argument.value.range, help: "put the named arguments last")
                    return nil
                }
                guard positional < parameters.count else {
                    report(ExpressionDiagnostics.wrongArguments, "`\(builtin.rawValue)` takes \(Self.countText(parameters)), found \(arguments.count)", at: argument.value.range, help: "write \(builtin.usage)\(Self.decimalCommaHint(arguments))")
                    return nil
                }
                slots[positional] = argument
                positional += 1
            }
        }
        for (index, parameter) in parameters.enumerated() where slots[index] == nil && !parameter.optional {
            report(ExpressionDiagnostics.wrongArguments, "`\(builtin.rawValue)` needs its argument `\(parameter.name)`", at: range, help: "write \(builtin.usage)")
            return nil
        }
        // Trailing optional parameters stay absent; a missing optional one in the middle is not
        // possible with the parameter lists above (optional ones are last).
        var result: [Argument] = []
        for slot in slots {
            guard let slot else { break }
            result.append(slot)
        }
        return result
    }

    package static func countText(_ parameters: [Builtin.Parameter]) -> String {
        let required = parameters.filter { !$0.optional }.count
        let plural = parameters.count == 1 ? "argument" : "arguments"
        if required == parameters.count { return "\(parameters.count) \(plural)" }
        return "\(required) to \(parameters.count) arguments"
    }

    /// "3,5" split into two arguments is the usual cause of one argument too many.
    package static func decimalCommaHint(_ arguments: [Argument]) -> String {
        for (first, second) in zip(arguments, arguments.dropFirst()) {
            if case .number = first.value.kind, case .number = second.value.kind, first.value.range.upperBound + 1 == second.value.range.lowerBound {
                return "; decimal numbers are written with a point in expressions (`3.5`, not `3,5`)"
            }
        }
        return ""
    }

    package mutating func checkCall(_ name: String, nameRange: Range<Int>, arguments: [Argument], range: Range<Int>) -> (Code, ValueType) {
        guard let builtin = Builtin(rawValue: name) else {
            if scope.slots[name] != nil || scope.rowName == name {
                report(ExpressionDiagnostics.unknownName, "`\(name)` is a value, not a function", at: nameRange, help: "put an operator between `\(name)` and the parenthesis, for example `*`")
            } else if let suggestion = Suggestion.closest(to: name, among: Builtin.names) {
                report(ExpressionDiagnostics.unknownName, "unknown function `\(name)`", at: nameRange, help: "did you mean `\(suggestion)`?", replacement: (nameRange, suggestion))
            } else {
                report(ExpressionDiagnostics.unknownName, "unknown function `\(name)`", at: nameRange, help: "the functions are listed in docs/datasets.md")
            }
            for argument in arguments { _ = checkNode(argument.value) }
            return (Self.failed, .unknown)
        }
        if builtin.isGenerator(arity: arguments.count) {
            report(ExpressionDiagnostics.invalidGenerator, "`\(name)` draws a value: it can only be the whole expression of an entry of `values`", at: nameRange, help: "declare it under `values` (for example `taille: \(builtin.usage)`) and use its name here")
            return (Self.failed, .unknown)
        }
        guard let arranged = arrangeArguments(builtin, arguments, nameRange: nameRange, range: range) else {
            for argument in arguments { _ = checkNode(argument.value) }
            return (Self.failed, .unknown)
        }
        let site = CallSite(range: range, arguments: arranged.map(\.value.range))

        // A division rounded where it is computed need not be exact.
        if [.round, .floor, .ceil].contains(builtin), case .binary(.divide, let lhs, let rhs, _) = arranged[0].value.kind {
            let (a, typeA) = checkNode(lhs)
            let (b, typeB) = checkNode(rhs)
            var digits: Code?
            if arranged.count > 1 {
                let (code, type) = checkNode(arranged[1].value)
                expect(type, .number, arranged[1], builtin, position: 2)
                digits = code
            }
            guard typeA.fits(.number), typeB.fits(.number) else {
                report(ExpressionDiagnostics.typeMismatch, "cannot divide \(describe(typeA)) by \(describe(typeB)): `/` works on numbers", at: arranged[0].value.range)
                return (Self.failed, .unknown)
            }
            let mode: ExactDecimal.RoundingMode = builtin == .floor ? .down : (builtin == .ceil ? .up : .halfAwayFromZero)
            return (.roundedDivision(a, b, digits: digits, mode: mode, site), .number)
        }

        var codes: [Code] = []
        var types: [ValueType] = []
        for argument in arranged {
            let (code, type) = checkNode(argument.value)
            codes.append(code)
            types.append(type)
        }
        guard let result = resultType(builtin, arranged, types, callRange: range) else { return (Self.failed, .unknown) }
        let code = Code.call(builtin, codes, site)
        // Fixed arguments are checked now rather than at the first variant.
        if code.isConstant, [.date, .number].contains(builtin) {
            var evaluator = Evaluator(program: Self.emptyProgram, row: -1, slots: [])
            do throws(EvaluationError) {
                return (.constant(try evaluator.evaluate(code)), result)
            } catch {
                report(ExpressionDiagnostics.evaluationError, error.message, at: error.range, help: error.help)
                return (Self.failed, .unknown)
            }
        }
        return (code, result)
    }

    @discardableResult
    private mutating func expect(_ type: ValueType, _ wanted: ValueType, _ argument: Argument, _ builtin: Builtin, position: Int) -> Bool {
        guard type.fits(wanted) else {
            let hint = columnHint(argument.value, type, wanted: wanted)
            report(ExpressionDiagnostics.typeMismatch, "the \(Self.ordinal(position)) argument of `\(builtin.rawValue)` must be \(describe(wanted)), found \(describe(type))", at: argument.value.range, help: hint ?? "write \(builtin.usage)")
            return false
        }
        return true
    }

    package static func ordinal(_ position: Int) -> String {
        switch position {
        case 1: "first"
        case 2: "second"
        case 3: "third"
        default: "\(position)th"
        }
    }

    /// The element type of a list argument, or a diagnostic.
    private mutating func listElement(_ type: ValueType, _ argument: Argument, _ builtin: Builtin, position: Int) -> ValueType? {
        switch type {
        case .list(let element): return element
        case .unknown: return .unknown
        default:
            report(ExpressionDiagnostics.typeMismatch, "the \(Self.ordinal(position)) argument of `\(builtin.rawValue)` must be a list, found \(describe(type))", at: argument.value.range, help: "write \(builtin.usage)")
            return nil
        }
    }

    private mutating func resultType(_ builtin: Builtin, _ arguments: [Argument], _ types: [ValueType], callRange: Range<Int>) -> ValueType? {
        func all(_ wanted: ValueType) -> Bool {
            var ok = true
            for (index, argument) in arguments.enumerated() where !expect(types[index], wanted, argument, builtin, position: index + 1) { ok = false }
            return ok
        }
        switch builtin {
        case .round, .floor, .ceil, .abs, .mod:
            return all(.number) ? .number : nil
        case .min, .max:
            if arguments.isEmpty {
                report(ExpressionDiagnostics.wrongArguments, "`\(builtin.rawValue)` needs a list or several values", at: callRange, help: "write \(builtin.usage)")
                return nil
            }
            if arguments.count == 1 {
                guard let element = listElement(types[0], arguments[0], builtin, position: 1) else { return nil }
                guard element.isOrdered else {
                    report(ExpressionDiagnostics.typeMismatch, "`\(builtin.rawValue)` compares numbers, dates or texts, not \(element.pluralName)", at: arguments[0].value.range)
                    return nil
                }
                return element
            }
            var merged = ValueType.unknown
            for (index, type) in types.enumerated() {
                guard type.fits(merged), type.isOrdered else {
                    report(ExpressionDiagnostics.typeMismatch, "the values compared by `\(builtin.rawValue)` must be numbers, dates or texts of the same type; this one is \(describe(type))", at: arguments[index].value.range)
                    return nil
                }
                merged = merged.merged(with: type)
            }
            return merged
        case .sum:
            guard let element = listElement(types[0], arguments[0], builtin, position: 1) else { return nil }
            guard element.fits(.number) else {
                report(ExpressionDiagnostics.typeMismatch, "`sum` adds numbers, this is a list of \(element.pluralName)", at: arguments[0].value.range)
                return nil
            }
            return .number
        case .len:
            switch types[0] {
            case .list, .text, .unknown: return .number
            default:
                report(ExpressionDiagnostics.typeMismatch, "`len` counts the items of a list or the characters of a text, this is \(describe(types[0]))", at: arguments[0].value.range)
                return nil
            }
        case .sort:
            guard let element = listElement(types[0], arguments[0], builtin, position: 1) else { return nil }
            guard element.isOrdered else {
                report(ExpressionDiagnostics.typeMismatch, "`sort` orders numbers, dates or texts, not \(element.pluralName)", at: arguments[0].value.range)
                return nil
            }
            return types[0]
        case .join:
            guard listElement(types[0], arguments[0], builtin, position: 1) != nil else { return nil }
            for index in 1..<arguments.count where !expect(types[index], .text, arguments[index], builtin, position: index + 1) { return nil }
            return .text
        case .contains:
            switch types[0] {
            case .list(let element):
                guard types[1].fits(element) else {
                    report(ExpressionDiagnostics.typeMismatch, "this list holds \(element.pluralName), it never contains \(describe(types[1]))", at: arguments[1].value.range)
                    return nil
                }
                return .boolean
            case .text:
                return expect(types[1], .text, arguments[1], builtin, position: 2) ? .boolean : nil
            case .unknown:
                return .boolean
            default:
                report(ExpressionDiagnostics.typeMismatch, "the first argument of `contains` must be a list or a text, found \(describe(types[0]))", at: arguments[0].value.range)
                return nil
            }
        case .upper, .lower, .capitalize, .de, .au, .le, .la, .que:
            return all(.text) ? .text : nil
        case .format:
            return all(.number) ? .text : nil
        case .text:
            if case .row = types[0] { return nil }
            return .text
        case .number:
            return all(.text) ? .number : nil
        case .plural:
            guard expect(types[0], .number, arguments[0], builtin, position: 1) else { return nil }
            for index in 1..<arguments.count where !expect(types[index], .text, arguments[index], builtin, position: index + 1) { return nil }
            return .text
        case .date:
            return all(.text) ? .date : nil
        case .day, .month, .year:
            return all(.date) ? .number : nil
        case .weekday, .monthName, .longDate:
            return all(.date) ? .text : nil
        case .addDays:
            guard expect(types[0], .date, arguments[0], builtin, position: 1), expect(types[1], .number, arguments[1], builtin, position: 2) else { return nil }
            return .date
        case .daysBetween:
            return all(.date) ? .number : nil
        case .integer, .decimal, .pick, .sample, .shuffle, .firstName, .lastName:
            return nil
        }
    }
}
