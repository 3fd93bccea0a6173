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

    private mutating func report(_ descriptor: DiagnosticDescriptor, _ message: String, at range: Range<Int>, labels: [(Range<Int>, String)] = [], help: String? = nil, replacement: (Range<Int>, String)? = nil, applicability: Applicability = .machineApplicable) {
        let helpValue = help.map { Help($0, replacement: replacement.map { Replacement(span: span($0.0), text: $0.1, applicability: applicability) }) }
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
                    report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("list.mixedTypes", ["found": describe(type), "first": describe(elementType)]), at: item.range, labels: firstRange.map { [($0, ExpressionsMessages.text("list.firstItem"))] } ?? [])
                } else {
                    elementType = elementType.merged(with: type)
                    if firstRange == nil { firstRange = item.range }
                }
            }
            if case .row = elementType {
                report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("list.ofRow"), at: range, help: ExpressionsMessages.text("list.ofRow.help"))
            }
            // Lists of lists built through derived values nest without the expression nesting:
            // values are hashed, compared and shown by walks as deep as their type.
            if ValueType.list(elementType).nesting > ExpressionLimits.maximumDepth {
                report(ExpressionDiagnostics.expressionSyntax, ExpressionsMessages.text("list.tooDeep", ["depth": String(ExpressionLimits.maximumDepth)]), at: range,
                       help: ExpressionsMessages.text("list.tooDeep.help"))
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
                    report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("negate.notNumber", ["found": describe(type)]), at: operand.range)
                    return (Self.failed, .unknown)
                }
                return (.negate(code, range), .number)
            case .not:
                guard type.fits(.boolean) else {
                    report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("not.notCondition", ["found": describe(type)]), at: operand.range)
                    return (Self.failed, .unknown)
                }
                return (.not(code), .boolean)
            }
        case .binary(let op, let lhs, let rhs, let operatorRange):
            return checkBinary(op, lhs, rhs, operatorRange: operatorRange, range: range)
        case .conditional(let condition, let then, let otherwise):
            let (conditionCode, conditionType) = checkNode(condition)
            if !conditionType.fits(.boolean) {
                report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("if.condition", ["found": describe(conditionType)]), at: condition.range, help: ExpressionsMessages.text("condition.help"))
            }
            let (thenCode, thenType) = checkNode(then)
            let (elseCode, elseType) = checkNode(otherwise)
            guard thenType.fits(elseType) else {
                report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("if.branches", ["then": describe(thenType), "else": describe(elseType)]), at: otherwise.range, labels: [(then.range, ExpressionsMessages.text("thisIs", ["type": describe(thenType)]))])
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
                report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("position.notNumber", ["found": describe(positionType)]), at: position.range)
            }
            if case .number(let value) = constantValue(positionCode), let whole = value.integerValue, whole < 1 {
                report(ExpressionDiagnostics.evaluationError, ExpressionsMessages.text("position.zero", ["position": "\(whole)"]), at: position.range, help: ExpressionsMessages.text("position.zero.help"), replacement: (position.range, "1"), applicability: .maybeIncorrect)
            }
            switch baseType {
            case .list(let element):
                return (.index(baseCode, positionCode, range), element)
            case .unknown:
                return (.index(baseCode, positionCode, range), .unknown)
            default:
                report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("position.notList", ["found": describe(baseType)]), at: base.range)
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
                report(ExpressionDiagnostics.invalidGenerator, slot.variesWithDraws ? ExpressionsMessages.text("generator.dependsOnDraw", ["name": name]) : ExpressionsMessages.text("generator.dependsOnDerived", ["name": name]), at: range, help: ExpressionsMessages.text("generator.dependsOn.help"))
                return (Self.failed, .unknown)
            }
            slots.insert(slot.index)
            return (.slot(slot.index), slot.type)
        }
        if let rowName = scope.rowName, name == rowName {
            let fields = scope.columns.prefix(4).map { "`\(rowName).\($0.name)`" }.joined(separator: ", ")
            report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("row.whole", ["name": name]), at: range, help: fields.isEmpty ? nil : ExpressionsMessages.text("forExample", ["examples": fields]))
            return (Self.failed, .unknown)
        }
        reportUnknownName(name, at: range)
        return (Self.failed, .unknown)
    }

    private mutating func reportUnknownName(_ name: String, at range: Range<Int>) {
        guard scope.hasData else {
            report(ExpressionDiagnostics.unknownName, ExpressionsMessages.text("name.unknown.noData", ["name": name]), at: range, help: ExpressionsMessages.text("name.unknown.noData.help"))
            return
        }
        if let rowName = scope.rowName, scope.column(named: name) != nil {
            report(ExpressionDiagnostics.unknownName, ExpressionsMessages.text("name.unknown", ["name": name]), at: range, help: ExpressionsMessages.text("name.isField.help", ["name": name, "row": rowName]), replacement: (range, "\(rowName).\(name)"))
            return
        }
        if let suggestion = Suggestion.closest(to: name, among: scope.candidateNames) {
            report(ExpressionDiagnostics.unknownName, ExpressionsMessages.text("name.unknown", ["name": name]), at: range, help: ExpressionsMessages.text("didYouMean", ["suggestion": suggestion]), replacement: (range, suggestion), applicability: .maybeIncorrect)
            return
        }
        let known = scope.candidateNames
        report(ExpressionDiagnostics.unknownName, ExpressionsMessages.text("name.unknown", ["name": name]), at: range, help: known.isEmpty ? ExpressionsMessages.text("name.unknown.declare") : ExpressionsMessages.text("name.unknown.known", ["names": known.map { "`\($0)`" }.joined(separator: ", ")]))
    }

    private mutating func checkField(_ base: Expression, _ field: String, nameRange: Range<Int>, range: Range<Int>) -> (Code, ValueType) {
        guard case .name(let baseName) = base.kind, scope.slots[baseName] == nil else {
            let (_, baseType) = checkNode(base)
            if !baseType.isUnknown {
                report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("field.notRow", ["found": describe(baseType)]), at: base.range)
            }
            return (Self.failed, .unknown)
        }
        guard let rowName = scope.rowName, baseName == rowName else {
            if let rowName = scope.rowName, Suggestion.closest(to: baseName, among: [rowName]) != nil {
                report(ExpressionDiagnostics.unknownName, ExpressionsMessages.text("name.unknown", ["name": baseName]), at: base.range, help: ExpressionsMessages.text("didYouMean", ["suggestion": rowName]), replacement: (base.range, rowName), applicability: .maybeIncorrect)
            } else {
                reportUnknownName(baseName, at: base.range)
            }
            return (Self.failed, .unknown)
        }
        readsRow = true
        guard let (index, column) = scope.column(named: field) else {
            let names = scope.columns.map(\.name)
            if let suggestion = Suggestion.closest(to: field, among: names) {
                report(ExpressionDiagnostics.unknownName, ExpressionsMessages.text("field.unknown", ["field": field]), at: nameRange, help: ExpressionsMessages.text("didYouMean", ["suggestion": suggestion]), replacement: (nameRange, suggestion), applicability: .maybeIncorrect)
            } else {
                report(ExpressionDiagnostics.unknownName, ExpressionsMessages.text("field.unknown", ["field": field]), at: nameRange, help: names.isEmpty ? ExpressionsMessages.text("field.none") : ExpressionsMessages.text("field.known", ["fields": names.map { "`\($0)`" }.joined(separator: ", ")]))
            }
            return (Self.failed, .unknown)
        }
        return (.field(index), column.type)
    }

    // MARK: Operators

    /// A note on a text operand that comes from an undeclared column: the usual cause.
    private func columnHint(_ expression: Expression, _ type: ValueType, wanted: ValueType) -> String? {
        guard case .text = type, case .field(let base, let field, _) = expression.kind, case .name(let rowName) = base.kind, rowName == scope.rowName else { return nil }
        return ExpressionsMessages.text("column.isText", ["field": field, "type": wanted.columnName])
    }

    private mutating func checkBinary(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression, operatorRange: Range<Int>, range: Range<Int>) -> (Code, ValueType) {
        let (a, typeA) = checkNode(lhs)
        let (b, typeB) = checkNode(rhs)
        let labels = [(lhs.range, ExpressionsMessages.text("thisIs", ["type": describe(typeA)])), (rhs.range, ExpressionsMessages.text("thisIs", ["type": describe(typeB)]))]
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
                    return mismatch(ExpressionsMessages.text("add.mismatch", ["a": describe(typeA), "b": describe(typeB)]), help: ExpressionsMessages.text("add.numberToText.help"))
                }
                return mismatch(ExpressionsMessages.text("add.mismatch", ["a": describe(typeA), "b": describe(typeB)]))
            }
            if typeA.fits(.number), typeB.fits(.number) { return (.arithmetic(.add, a, b, operatorRange), .number) }
            if typeA == .date || typeB == .date {
                return mismatch(ExpressionsMessages.text("add.mismatch", ["a": describe(typeA), "b": describe(typeB)]), help: ExpressionsMessages.text("add.date.help"))
            }
            return mismatch(ExpressionsMessages.text("add.mismatch", ["a": describe(typeA), "b": describe(typeB)]))
        case .subtract, .multiply, .divide:
            if typeA.fits(.number), typeB.fits(.number) {
                let arithmetic: Code.Arithmetic = op == .subtract ? .subtract : (op == .multiply ? .multiply : .divide)
                return (.arithmetic(arithmetic, a, b, operatorRange), .number)
            }
            if op == .subtract, typeA == .date, typeB == .date {
                return mismatch(ExpressionsMessages.text("subtract.dates"), help: ExpressionsMessages.text("subtract.dates.help"))
            }
            let key = op == .subtract ? "subtract.mismatch" : (op == .multiply ? "multiply.mismatch" : "divide.mismatch")
            return mismatch(ExpressionsMessages.text(key, ["a": describe(typeA), "b": describe(typeB), "operator": op.rawValue]))
        case .equal, .notEqual:
            guard typeA.fits(typeB) else {
                return mismatch(ExpressionsMessages.text("compare.neverEqual", ["a": describe(typeA), "b": describe(typeB)]))
            }
            if typeA == .row || typeB == .row { return mismatch(ExpressionsMessages.text("compare.rows")) }
            return (.equal(a, b, negated: op == .notEqual), .boolean)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard typeA.fits(typeB) else {
                return mismatch(ExpressionsMessages.text("compare.mismatch", ["a": describe(typeA), "b": describe(typeB)]))
            }
            let merged = typeA.merged(with: typeB)
            guard merged.isOrdered else {
                return mismatch(ExpressionsMessages.text("compare.order", ["operator": op.rawValue, "found": merged.pluralName]))
            }
            return (.order(op, a, b), .boolean)
        case .and, .or:
            guard typeA.fits(.boolean), typeB.fits(.boolean) else {
                let wrong = typeA.fits(.boolean) ? rhs : lhs
                let wrongType = typeA.fits(.boolean) ? typeB : typeA
                report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("logic.notCondition", ["operator": op.rawValue, "found": describe(wrongType)]), at: wrong.range, help: ExpressionsMessages.text("logic.help", ["operator": op.rawValue]))
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
                report(ExpressionDiagnostics.wrongArguments, ExpressionsMessages.text("call.noNamed", ["function": builtin.rawValue]), at: labelRange, help: ExpressionsMessages.text("call.write", ["usage": builtin.usage]))
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
                    let help = Suggestion.closest(to: label, among: parameters.map(\.name)).map { ExpressionsMessages.text("didYouMean", ["suggestion": $0]) } ?? (parameters.isEmpty ? ExpressionsMessages.text("call.noParameters", ["function": builtin.rawValue]) : ExpressionsMessages.text("call.parameters", ["function": builtin.rawValue, "names": parameters.map(\.name).joined(separator: ", ")]))
                    report(ExpressionDiagnostics.wrongArguments, ExpressionsMessages.text("call.unknownLabel", ["function": builtin.rawValue, "label": label]), at: labelRange, help: help)
                    return nil
                }
                guard slots[index] == nil else {
                    report(ExpressionDiagnostics.wrongArguments, ExpressionsMessages.text("call.labelTwice", ["label": label]), at: labelRange)
                    return nil
                }
                slots[index] = argument
            } else {
                guard !seenLabel else {
                    report(ExpressionDiagnostics.wrongArguments, ExpressionsMessages.text("call.positionalAfterNamed"), at: argument.value.range, help: ExpressionsMessages.text("call.positionalAfterNamed.help"))
                    return nil
                }
                guard positional < parameters.count else {
                    report(ExpressionDiagnostics.wrongArguments, ExpressionsMessages.text("call.count", ["function": builtin.rawValue, "expected": Self.countText(parameters), "found": "\(arguments.count)"]), at: argument.value.range, help: ExpressionsMessages.text("call.count.help", ["usage": builtin.usage, "hint": Self.decimalCommaHint(arguments)]))
                    return nil
                }
                slots[positional] = argument
                positional += 1
            }
        }
        for (index, parameter) in parameters.enumerated() where slots[index] == nil && !parameter.optional {
            report(ExpressionDiagnostics.wrongArguments, ExpressionsMessages.text("call.missing", ["function": builtin.rawValue, "parameter": parameter.name]), at: range, help: ExpressionsMessages.text("call.write", ["usage": builtin.usage]))
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
        if required == parameters.count {
            return parameters.count == 1 ? ExpressionsMessages.text("count.one") : ExpressionsMessages.text("count.exactly", ["count": "\(parameters.count)"])
        }
        return ExpressionsMessages.text("count.range", ["low": "\(required)", "high": "\(parameters.count)"])
    }

    /// "3,5" split into two arguments is the usual cause of one argument too many.
    package static func decimalCommaHint(_ arguments: [Argument]) -> String {
        for (first, second) in zip(arguments, arguments.dropFirst()) {
            if case .number = first.value.kind, case .number = second.value.kind, first.value.range.upperBound + 1 == second.value.range.lowerBound {
                return ExpressionsMessages.text("call.decimalComma")
            }
        }
        return ""
    }

    package mutating func checkCall(_ name: String, nameRange: Range<Int>, arguments: [Argument], range: Range<Int>) -> (Code, ValueType) {
        guard let builtin = Builtin(rawValue: name) else {
            if scope.slots[name] != nil || scope.rowName == name {
                report(ExpressionDiagnostics.unknownName, ExpressionsMessages.text("call.valueNotFunction", ["name": name]), at: nameRange, help: ExpressionsMessages.text("call.valueNotFunction.help", ["name": name]))
            } else if let suggestion = Suggestion.closest(to: name, among: Builtin.names) {
                report(ExpressionDiagnostics.unknownName, ExpressionsMessages.text("function.unknown", ["name": name]), at: nameRange, help: ExpressionsMessages.text("didYouMean", ["suggestion": suggestion]), replacement: (nameRange, suggestion), applicability: .maybeIncorrect)
            } else {
                report(ExpressionDiagnostics.unknownName, ExpressionsMessages.text("function.unknown", ["name": name]), at: nameRange, help: ExpressionsMessages.text("function.unknown.help"))
            }
            for argument in arguments { _ = checkNode(argument.value) }
            return (Self.failed, .unknown)
        }
        if builtin.isGenerator(arity: arguments.count) {
            report(ExpressionDiagnostics.invalidGenerator, ExpressionsMessages.text("generator.notWhole", ["name": name]), at: nameRange, help: ExpressionsMessages.text("generator.notWhole.help", ["usage": builtin.usage]))
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
                report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("divide.byType", ["a": describe(typeA), "b": describe(typeB)]), at: arranged[0].value.range)
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
            report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("argument.type", ["position": Self.ordinal(position), "function": builtin.rawValue, "wanted": describe(wanted), "found": describe(type)]), at: argument.value.range, help: hint ?? ExpressionsMessages.text("call.write", ["usage": builtin.usage]))
            return false
        }
        return true
    }

    package static func ordinal(_ position: Int) -> String {
        switch position {
        case 1: ExpressionsMessages.text("ordinal.1")
        case 2: ExpressionsMessages.text("ordinal.2")
        case 3: ExpressionsMessages.text("ordinal.3")
        default: ExpressionsMessages.text("ordinal.n", ["position": "\(position)"])
        }
    }

    /// The element type of a list argument, or a diagnostic.
    private mutating func listElement(_ type: ValueType, _ argument: Argument, _ builtin: Builtin, position: Int) -> ValueType? {
        switch type {
        case .list(let element): return element
        case .unknown: return .unknown
        default:
            report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("argument.notList", ["position": Self.ordinal(position), "function": builtin.rawValue, "found": describe(type)]), at: argument.value.range, help: ExpressionsMessages.text("call.write", ["usage": builtin.usage]))
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
                report(ExpressionDiagnostics.wrongArguments, ExpressionsMessages.text("minmax.empty", ["function": builtin.rawValue]), at: callRange, help: ExpressionsMessages.text("call.write", ["usage": builtin.usage]))
                return nil
            }
            if arguments.count == 1 {
                guard let element = listElement(types[0], arguments[0], builtin, position: 1) else { return nil }
                guard element.isOrdered else {
                    report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("minmax.order", ["function": builtin.rawValue, "found": element.pluralName]), at: arguments[0].value.range)
                    return nil
                }
                return element
            }
            var merged = ValueType.unknown
            for (index, type) in types.enumerated() {
                guard type.fits(merged), type.isOrdered else {
                    report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("minmax.mixed", ["function": builtin.rawValue, "found": describe(type)]), at: arguments[index].value.range)
                    return nil
                }
                merged = merged.merged(with: type)
            }
            return merged
        case .sum:
            guard let element = listElement(types[0], arguments[0], builtin, position: 1) else { return nil }
            guard element.fits(.number) else {
                report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("sum.notNumbers", ["found": element.pluralName]), at: arguments[0].value.range)
                return nil
            }
            return .number
        case .len:
            switch types[0] {
            case .list, .text, .unknown: return .number
            default:
                report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("len.type", ["found": describe(types[0])]), at: arguments[0].value.range)
                return nil
            }
        case .sort:
            guard let element = listElement(types[0], arguments[0], builtin, position: 1) else { return nil }
            guard element.isOrdered else {
                report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("sort.order", ["found": element.pluralName]), at: arguments[0].value.range)
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
                    report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("contains.never", ["items": element.pluralName, "found": describe(types[1])]), at: arguments[1].value.range)
                    return nil
                }
                return .boolean
            case .text:
                return expect(types[1], .text, arguments[1], builtin, position: 2) ? .boolean : nil
            case .unknown:
                return .boolean
            default:
                report(ExpressionDiagnostics.typeMismatch, ExpressionsMessages.text("contains.type", ["found": describe(types[0])]), at: arguments[0].value.range)
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
