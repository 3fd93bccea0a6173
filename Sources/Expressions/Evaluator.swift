import Vocabulary
import YAML

/// What evaluation needs from a checked dataset: row cells, and how to compute derived values.
package final class Program: Sendable {
    package let rows: [[Value]]
    package let slotNames: [String]
    /// For computed slots (derived values and constant `values:` entries), their code; nil for drawn ones.
    package let computed: [Code?]
    package let slotSources: [YAMLScalar]
    package let limits: EvaluationLimits

    package init(rows: [[Value]], slotNames: [String], computed: [Code?], slotSources: [YAMLScalar], limits: EvaluationLimits) {
        self.rows = rows
        self.slotNames = slotNames
        self.computed = computed
        self.slotSources = slotSources
        self.limits = limits
    }
}

/// Evaluates code for one candidate: a row (or none), drawn values in `slots`, derived values
/// computed on first use and kept, and a budget of steps shared by everything computed.
package struct Evaluator {
    package let program: Program
    package let row: Int
    package var slots: [Value?]
    package var steps: Int
    private var currentRange: Range<Int> = 0..<0

    package init(program: Program, row: Int, slots: [Value?]) {
        self.program = program
        self.row = row
        self.slots = slots
        self.steps = program.limits.steps
    }

    /// The value of a slot, computing a derived one (and what it needs) on first use.
    package mutating func slot(_ index: Int) throws(EvaluationError) -> Value {
        if let value = slots[index] { return value }
        guard let code = program.computed[index] else {
            throw EvaluationError(.invalidArgument, ExpressionsMessages.text("eval.noValue", ["name": program.slotNames[index]]), at: currentRange)
        }
        let saved = currentRange
        do throws(EvaluationError) {
            let value = try evaluate(code)
            slots[index] = value
            currentRange = saved
            return value
        } catch {
            var located = error
            if located.source == nil { located.source = program.slotSources[index] }
            throw located
        }
    }

    /// Evaluates code from `source` (a constraint, a template placeholder…).
    package mutating func evaluate(_ code: Code, from source: YAMLScalar) throws(EvaluationError) -> Value {
        do throws(EvaluationError) {
            return try evaluate(code)
        } catch {
            var located = error
            if located.source == nil { located.source = source }
            throw located
        }
    }

    private mutating func spend(_ cost: Int) throws(EvaluationError) {
        steps -= cost
        if steps < 0 {
            throw EvaluationError(
                .budgetExhausted,
                ExpressionsMessages.text("eval.budget", ["steps": "\(program.limits.steps)"]),
                at: currentRange,
                help: ExpressionsMessages.text("eval.budget.help")
            )
        }
    }

    package mutating func evaluate(_ code: Code) throws(EvaluationError) -> Value {
        try spend(1)
        switch code {
        case .constant(let value):
            return value
        case .slot(let index):
            return try slot(index)
        case .field(let index):
            guard row >= 0, row < program.rows.count, index < program.rows[row].count else {
                throw EvaluationError(.invalidArgument, ExpressionsMessages.text("eval.noRow"), at: currentRange)
            }
            return program.rows[row][index]
        case .negate(let operand, let range):
            currentRange = range
            let value = try number(operand)
            return .number(value.negated())
        case .not(let operand):
            return .boolean(!(try boolean(operand)))
        case .arithmetic(let op, let lhs, let rhs, let range):
            let a = try number(lhs)
            let b = try number(rhs)
            currentRange = range
            do throws(ExactDecimal.Failure) {
                switch op {
                case .add: return .number(try a.adding(b))
                case .subtract: return .number(try a.subtracting(b))
                case .multiply: return .number(try a.multiplied(by: b))
                case .divide: return .number(try a.divided(by: b))
                }
            } catch {
                throw EvaluationError.arithmetic(error, at: range)
            }
        case .concatenate(let lhs, let rhs, let range):
            let a = try text(lhs)
            let b = try text(rhs)
            currentRange = range
            try checkLength(a.utf8.count + b.utf8.count)
            try spend((a.utf8.count + b.utf8.count) / 64)
            return .text(a + b)
        case .equal(let lhs, let rhs, let negated):
            let equal = try evaluate(lhs) == evaluate(rhs)
            return .boolean(equal != negated)
        case .order(let op, let lhs, let rhs):
            let order = Value.compare(try evaluate(lhs), try evaluate(rhs))
            switch op {
            case .less: return .boolean(order < 0)
            case .lessOrEqual: return .boolean(order <= 0)
            case .greater: return .boolean(order > 0)
            default: return .boolean(order >= 0)
            }
        case .and(let lhs, let rhs):
            guard try boolean(lhs) else { return .boolean(false) }
            return .boolean(try boolean(rhs))
        case .or(let lhs, let rhs):
            if try boolean(lhs) { return .boolean(true) }
            return .boolean(try boolean(rhs))
        case .conditional(let condition, let then, let otherwise):
            return try boolean(condition) ? evaluate(then) : evaluate(otherwise)
        case .list(let items, let range):
            currentRange = range
            try spend(items.count)
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try evaluate(item)) }
            return .list(values)
        case .index(let base, let position, let range):
            let items = try list(base)
            let at = try number(position)
            currentRange = range
            guard let whole = at.integerValue, whole >= 1, whole <= items.count else {
                let help = items.isEmpty ? ExpressionsMessages.text("eval.index.empty") : ExpressionsMessages.text("eval.index.range", ["count": "\(items.count)"])
                let message = items.count == 1
                    ? ExpressionsMessages.text("eval.index.outside.one", ["position": FrenchFormat.plain(at)])
                    : ExpressionsMessages.text("eval.index.outside", ["position": FrenchFormat.plain(at), "count": "\(items.count)"])
                throw EvaluationError(.indexOutOfRange, message, at: range, help: help)
            }
            return items[whole - 1]
        case .call(let builtin, let arguments, let site):
            currentRange = site.range
            return try call(builtin, arguments, site)
        case .roundedDivision(let lhs, let rhs, let digitsCode, let mode, let site):
            let a = try number(lhs)
            let b = try number(rhs)
            var digits = 0
            if let digitsCode {
                digits = try wholeNumber(digitsCode, site.argument(1), in: 0...ExactDecimal.maximumScale, what: ExpressionsMessages.text("eval.what.decimals"))
            }
            currentRange = site.range
            do throws(ExactDecimal.Failure) {
                return .number(try a.divided(by: b, roundingTo: digits, mode: mode))
            } catch {
                throw EvaluationError.arithmetic(error, at: site.argument(0))
            }
        }
    }

    // MARK: Typed helpers (types are checked beforehand; a mismatch here is reported, not trapped)

    package mutating func number(_ code: Code) throws(EvaluationError) -> ExactDecimal {
        if case .number(let value) = try evaluate(code) { return value }
        throw EvaluationError(.invalidArgument, ExpressionsMessages.text("eval.expected.number"), at: currentRange)
    }

    package mutating func text(_ code: Code) throws(EvaluationError) -> String {
        if case .text(let value) = try evaluate(code) { return value }
        throw EvaluationError(.invalidArgument, ExpressionsMessages.text("eval.expected.text"), at: currentRange)
    }

    package mutating func boolean(_ code: Code) throws(EvaluationError) -> Bool {
        if case .boolean(let value) = try evaluate(code) { return value }
        throw EvaluationError(.invalidArgument, ExpressionsMessages.text("eval.expected.boolean"), at: currentRange)
    }

    package mutating func date(_ code: Code) throws(EvaluationError) -> Int32 {
        if case .date(let value) = try evaluate(code) { return value }
        throw EvaluationError(.invalidArgument, ExpressionsMessages.text("eval.expected.date"), at: currentRange)
    }

    package mutating func list(_ code: Code) throws(EvaluationError) -> [Value] {
        if case .list(let value) = try evaluate(code) { return value }
        throw EvaluationError(.invalidArgument, ExpressionsMessages.text("eval.expected.list"), at: currentRange)
    }

    package mutating func wholeNumber(_ code: Code, _ range: Range<Int>, in bounds: ClosedRange<Int>, what: String) throws(EvaluationError) -> Int {
        let value = try number(code)
        guard let whole = value.integerValue, bounds.contains(whole) else {
            throw EvaluationError(.invalidArgument, ExpressionsMessages.text("eval.wholeNumber", ["what": what, "low": "\(bounds.lowerBound)", "high": "\(bounds.upperBound)", "found": FrenchFormat.plain(value)]), at: range)
        }
        return whole
    }

    package func checkLength(_ length: Int) throws(EvaluationError) {
        guard length <= program.limits.textLength else {
            throw EvaluationError(.tooLong, ExpressionsMessages.text("eval.textTooLong", ["limit": "\(program.limits.textLength)"]), at: currentRange)
        }
    }

    package func checkCount(_ count: Int) throws(EvaluationError) {
        guard count <= program.limits.listLength else {
            throw EvaluationError(.tooLong, ExpressionsMessages.text("eval.listTooLong", ["limit": "\(program.limits.listLength)"]), at: currentRange)
        }
    }

    // MARK: Functions

    private mutating func call(_ builtin: Builtin, _ arguments: [Code], _ site: CallSite) throws(EvaluationError) -> Value {
        func argumentRange(_ index: Int) -> Range<Int> { site.argument(index) }
        switch builtin {
        case .round, .floor, .ceil:
            let value = try number(arguments[0])
            var digits = 0
            if builtin == .round, arguments.count > 1 {
                digits = try wholeNumber(arguments[1], argumentRange(1), in: 0...ExactDecimal.maximumScale, what: ExpressionsMessages.text("eval.what.decimals"))
            }
            let mode: ExactDecimal.RoundingMode = builtin == .floor ? .down : (builtin == .ceil ? .up : .halfAwayFromZero)
            do throws(ExactDecimal.Failure) {
                return .number(try value.rounded(to: digits, mode: mode))
            } catch {
                throw EvaluationError.arithmetic(error, at: site.range)
            }
        case .abs:
            return .number(try number(arguments[0]).magnitude)
        case .mod:
            let a = try number(arguments[0])
            let b = try number(arguments[1])
            do throws(ExactDecimal.Failure) {
                return .number(try a.modulo(b))
            } catch {
                throw EvaluationError.arithmetic(error, at: site.range)
            }
        case .min, .max:
            var values: [Value]
            if arguments.count == 1 {
                values = try list(arguments[0])
                try spend(values.count)
            } else {
                values = []
                for argument in arguments { values.append(try evaluate(argument)) }
            }
            guard var best = values.first else {
                throw EvaluationError(.invalidArgument, ExpressionsMessages.text("eval.emptyList", ["function": builtin.rawValue]), at: site.range)
            }
            for value in values.dropFirst() {
                let order = Value.compare(value, best)
                if builtin == .min ? order < 0 : order > 0 { best = value }
            }
            return best
        case .sum:
            let values = try list(arguments[0])
            try spend(values.count)
            var total = ExactDecimal.zero
            for value in values {
                guard case .number(let number) = value else { continue }
                do throws(ExactDecimal.Failure) {
                    total = try total.adding(number)
                } catch {
                    throw EvaluationError.arithmetic(error, at: site.range)
                }
            }
            return .number(total)
        case .len:
            switch try evaluate(arguments[0]) {
            case .list(let items): return .number(ExactDecimal(items.count))
            case .text(let text):
                try spend(text.utf8.count / 64)
                return .number(ExactDecimal(text.count))
            default: throw EvaluationError(.invalidArgument, ExpressionsMessages.text("eval.len"), at: site.range)
            }
        case .sort:
            let values = try list(arguments[0])
            try spend(values.count * max(1, Int.bitWidth - values.count.leadingZeroBitCount))
            return .list(values.sorted { Value.compare($0, $1) < 0 })
        case .join:
            let values = try list(arguments[0])
            let separator = arguments.count > 1 ? try text(arguments[1]) : ", "
            let last = arguments.count > 2 ? try text(arguments[2]) : separator
            try spend(values.count)
            var result = ""
            for (offset, value) in values.enumerated() {
                if offset > 0 { result += offset == values.count - 1 ? last : separator }
                result += value.display
                try checkLength(result.utf8.count)
            }
            return .text(result)
        case .contains:
            let container = try evaluate(arguments[0])
            let item = try evaluate(arguments[1])
            switch (container, item) {
            case (.list(let items), _):
                try spend(items.count)
                return .boolean(items.contains(item))
            case (.text(let text), .text(let part)):
                try spend(text.utf8.count / 64)
                return .boolean(part.isEmpty || text.contains(part))
            default:
                throw EvaluationError(.invalidArgument, ExpressionsMessages.text("eval.contains"), at: site.range)
            }
        case .upper:
            return .text(try text(arguments[0]).uppercased())
        case .lower:
            return .text(try text(arguments[0]).lowercased())
        case .capitalize:
            return .text(FrenchFormat.capitalized(try text(arguments[0])))
        case .de:
            return .text(FrenchElision.de(try text(arguments[0])))
        case .au:
            return .text(FrenchElision.au(try text(arguments[0])))
        case .le, .la, .que:
            return .text(FrenchElision.elided(builtin.rawValue, try text(arguments[0])))
        case .format:
            let value = try number(arguments[0])
            var decimals: Int?
            if arguments.count > 1 {
                decimals = try wholeNumber(arguments[1], argumentRange(1), in: 0...ExactDecimal.maximumScale, what: ExpressionsMessages.text("eval.what.decimals"))
            }
            do throws(ExactDecimal.Failure) {
                return .text(try FrenchFormat.grouped(value, decimals: decimals))
            } catch {
                throw EvaluationError.arithmetic(error, at: site.range)
            }
        case .text:
            return .text(try evaluate(arguments[0]).display)
        case .number:
            let raw = try text(arguments[0])
            let trimmed = raw.trimmingWhitespace()
            guard let value = ExactDecimal(parsing: Substring(trimmed), allowComma: true) else {
                throw EvaluationError(.invalidArgument, ExpressionsMessages.text("eval.notNumber", ["text": raw]), at: argumentRange(0), help: ExpressionsMessages.text("eval.notNumber.help"))
            }
            return .number(value)
        case .plural:
            let count = try number(arguments[0])
            let singular = try text(arguments[1])
            guard FrenchFormat.usesPlural(count) else { return .text(singular) }
            if arguments.count > 2 { return .text(try text(arguments[2])) }
            return .text(FrenchFormat.regularPlural(singular))
        case .date:
            let raw = try text(arguments[0])
            guard let date = CivilDate(parsing: raw) else {
                throw EvaluationError(.invalidArgument, ExpressionsMessages.text("eval.notDate", ["text": raw]), at: argumentRange(0), help: ExpressionsMessages.text("eval.notDate.help"))
            }
            return .date(date.days)
        case .day:
            return .number(ExactDecimal(CivilDate(days: try date(arguments[0])).day))
        case .month:
            return .number(ExactDecimal(CivilDate(days: try date(arguments[0])).month))
        case .year:
            return .number(ExactDecimal(CivilDate(days: try date(arguments[0])).year))
        case .weekday:
            return .text(FrenchFormat.weekdayNames[CivilDate.weekday(days: try date(arguments[0]))])
        case .monthName:
            return .text(FrenchFormat.monthNames[CivilDate(days: try date(arguments[0])).month - 1])
        case .longDate:
            return .text(CivilDate(days: try date(arguments[0])).longFrench)
        case .addDays:
            let start = try date(arguments[0])
            let days = try wholeNumber(arguments[1], argumentRange(1), in: -3_000_000...3_000_000, what: ExpressionsMessages.text("eval.what.days"))
            let result = Int(start) + days
            guard let first = CivilDate(year: 1, month: 1, day: 1), let last = CivilDate(year: 9999, month: 12, day: 31),
                  result >= Int(first.days), result <= Int(last.days) else {
                throw EvaluationError(.invalidArgument, ExpressionsMessages.text("eval.dateOutside"), at: site.range)
            }
            return .date(Int32(result))
        case .daysBetween:
            let from = try date(arguments[0])
            let to = try date(arguments[1])
            return .number(ExactDecimal(Int(to) - Int(from)))
        case .integer, .decimal, .pick, .sample, .shuffle, .firstName, .lastName:
            throw EvaluationError(.invalidArgument, ExpressionsMessages.text("generator.notWhole", ["name": builtin.rawValue]), at: site.range)
        }
    }
}
