/// The type of an expression, known before any variant is drawn.
public indirect enum ValueType: Hashable, Sendable, CustomStringConvertible {
    /// Every number: whole or decimal, always exact.
    case number
    case text
    case boolean
    case date
    case list(ValueType)
    /// The drawn row itself: only its fields can be used (`organisme.nom`).
    case row
    /// The type of something already reported as wrong, or of an empty list's items: accepted
    /// everywhere so one mistake gives one diagnostic.
    case unknown

    /// Levels of lists (a number is 0, a list of numbers 1).
    package var nesting: Int {
        var levels = 0
        var type = self
        while case .list(let element) = type {
            levels += 1
            type = element
        }
        return levels
    }

    public var description: String {
        switch self {
        case .number: ExpressionsMessages.text("type.number")
        case .text: ExpressionsMessages.text("type.text")
        case .boolean: ExpressionsMessages.text("type.boolean")
        case .date: ExpressionsMessages.text("type.date")
        case .list(.unknown): ExpressionsMessages.text("type.list")
        case .list(let element): ExpressionsMessages.text("type.listOf", ["items": element.pluralName])
        case .row: ExpressionsMessages.text("type.row")
        case .unknown: ExpressionsMessages.text("type.unknown")
        }
    }

    package var pluralName: String {
        switch self {
        case .number: ExpressionsMessages.text("types.number")
        case .text: ExpressionsMessages.text("types.text")
        case .boolean: ExpressionsMessages.text("types.boolean")
        case .date: ExpressionsMessages.text("types.date")
        case .list: ExpressionsMessages.text("types.list")
        case .row: ExpressionsMessages.text("types.row")
        case .unknown: ExpressionsMessages.text("types.unknown")
        }
    }

    /// The name used in `columns:` and in the documentation.
    package var columnName: String {
        switch self {
        case .number: "number"
        case .text: "text"
        case .boolean: "boolean"
        case .date: "date"
        case .list(let element): "list of \(element.columnName)"
        case .row: "row"
        case .unknown: "text"
        }
    }

    package var isUnknown: Bool {
        if case .unknown = self { return true }
        return false
    }

    /// True when a value of type `self` can be used where `other` is expected.
    package func fits(_ other: ValueType) -> Bool {
        switch (self, other) {
        case (.unknown, _), (_, .unknown): true
        case (.list(let a), .list(let b)): a.fits(b)
        default: self == other
        }
    }

    /// The more precise of two compatible types (`[]` and `[1]` give a list of numbers).
    package func merged(with other: ValueType) -> ValueType {
        switch (self, other) {
        case (.unknown, _): other
        case (_, .unknown): self
        case (.list(let a), .list(let b)): .list(a.merged(with: b))
        default: self
        }
    }

    package var isOrdered: Bool {
        switch self {
        case .number, .date, .text, .unknown: true
        default: false
        }
    }
}

/// A value computed for one variant.
public enum Value: Hashable, Sendable {
    case number(ExactDecimal)
    case text(String)
    case boolean(Bool)
    /// Days since 1970-01-01 (proleptic Gregorian calendar).
    case date(Int32)
    case list([Value])

    /// How the value reads in a rendered text: numbers with a decimal comma and no grouping
    /// (`1978`, `2,5`), yes/no as `oui`/`non`, dates as `dd/mm/yyyy`, lists joined by `, `.
    public var display: String {
        switch self {
        case .number(let number): FrenchFormat.plain(number)
        case .text(let text): text
        case .boolean(let value): value ? "oui" : "non"
        case .date(let days): CivilDate(days: days).shortFrench
        case .list(let items): items.map(\.display).joined(separator: ", ")
        }
    }

    package var number: ExactDecimal? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// Total order within one type, for `sort`, `min`, `max` and comparisons.
    package static func compare(_ lhs: Value, _ rhs: Value) -> Int {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return ExactDecimal.compare(a, b)
        case (.date(let a), .date(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        case (.text(let a), .text(let b)): return FrenchFormat.compareAlphabetically(a, b)
        case (.boolean(let a), .boolean(let b)): return a == b ? 0 : (a ? 1 : -1)
        case (.list(let a), .list(let b)):
            for (x, y) in zip(a, b) {
                let order = compare(x, y)
                if order != 0 { return order }
            }
            return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
        default:
            return rank(lhs) < rank(rhs) ? -1 : (rank(lhs) == rank(rhs) ? 0 : 1)
        }
    }

    private static func rank(_ value: Value) -> Int {
        switch value {
        case .number: 0
        case .text: 1
        case .boolean: 2
        case .date: 3
        case .list: 4
        }
    }
}
