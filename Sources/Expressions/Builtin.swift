/// The functions of the expression language. Names are English words (like the keys of the
/// files); what they produce is French (formatting, plurals, dates).
package enum Builtin: String, Sendable, CaseIterable {
    // Numbers
    case round, floor, ceil, abs, mod
    // Lists (min and max also take two or more values)
    case min, max, sum, len, sort, join, contains
    // Texts
    case upper, lower, capitalize, format, text, number, plural
    // French elision and contraction: « d’Adèle » / « de Paul », « du clavier », « l’écran »
    case de, au, le, la, que
    // Dates (`date` with one argument reads a date; with two it draws one)
    case date, day, month, year, weekday
    case monthName = "month_name"
    case longDate = "long_date"
    case addDays = "add_days"
    case daysBetween = "days_between"
    // Generators: only as the whole expression of a `values` entry
    case integer, decimal, pick, sample, shuffle
    case firstName = "first_name"
    case lastName = "last_name"

    package struct Parameter {
        package let name: String
        package let optional: Bool

        package init(_ name: String, optional: Bool = false) {
            self.name = name
            self.optional = optional
        }
    }

    /// True for functions that draw a value for each variant.
    package func isGenerator(arity: Int) -> Bool {
        switch self {
        case .integer, .decimal, .pick, .sample, .shuffle, .firstName, .lastName: true
        case .date: arity == 2
        default: false
        }
    }

    /// Parameters in order; nil for `min` and `max`, which take a list or several values.
    package func parameters(arity: Int) -> [Parameter]? {
        switch self {
        case .round: [Parameter("value"), Parameter("digits", optional: true)]
        case .floor, .ceil, .abs: [Parameter("value")]
        case .mod: [Parameter("value"), Parameter("divisor")]
        case .min, .max: nil
        case .sum, .sort: [Parameter("list")]
        case .len: [Parameter("value")]
        case .join: [Parameter("list"), Parameter("separator", optional: true), Parameter("last", optional: true)]
        case .contains: [Parameter("container"), Parameter("item")]
        case .upper, .lower, .capitalize, .de, .au, .le, .la, .que: [Parameter("text")]
        case .format: [Parameter("value"), Parameter("decimals", optional: true)]
        case .text: [Parameter("value")]
        case .number: [Parameter("text")]
        case .plural: [Parameter("count"), Parameter("singular"), Parameter("plural", optional: true)]
        case .date: arity >= 2 ? [Parameter("from"), Parameter("to")] : [Parameter("text")]
        case .day, .month, .year, .weekday, .monthName, .longDate: [Parameter("date")]
        case .addDays: [Parameter("date"), Parameter("days")]
        case .daysBetween: [Parameter("from"), Parameter("to")]
        case .integer: [Parameter("min"), Parameter("max"), Parameter("step", optional: true)]
        case .decimal: [Parameter("min"), Parameter("max"), Parameter("step")]
        case .pick, .shuffle: [Parameter("list")]
        case .sample: [Parameter("list"), Parameter("count")]
        case .firstName: [Parameter("gender", optional: true)]
        case .lastName: []
        }
    }

    /// How the call is written, for messages.
    package var usage: String {
        switch self {
        case .round: "round(value, digits)"
        case .floor: "floor(value)"
        case .ceil: "ceil(value)"
        case .abs: "abs(value)"
        case .mod: "mod(value, divisor)"
        case .min: ExpressionsMessages.text("usage.min")
        case .max: ExpressionsMessages.text("usage.max")
        case .sum: "sum(list)"
        case .len: ExpressionsMessages.text("usage.len")
        case .sort: "sort(list)"
        case .join: "join(list, \", \", \" et \")"
        case .contains: "contains(list, item)"
        case .upper: "upper(text)"
        case .lower: "lower(text)"
        case .capitalize: "capitalize(text)"
        case .de: "de(text)"
        case .au: "au(text)"
        case .le: "le(text)"
        case .la: "la(text)"
        case .que: "que(text)"
        case .format: "format(number, decimals)"
        case .text: "text(value)"
        case .number: "number(text)"
        case .plural: "plural(count, \"singular\", \"plural\")"
        case .date: ExpressionsMessages.text("usage.date")
        case .day: "day(date)"
        case .month: "month(date)"
        case .year: "year(date)"
        case .weekday: "weekday(date)"
        case .monthName: "month_name(date)"
        case .longDate: "long_date(date)"
        case .addDays: "add_days(date, days)"
        case .daysBetween: "days_between(from, to)"
        case .integer: "integer(min, max, step=1)"
        case .decimal: "decimal(min, max, step=0.5)"
        case .pick: "pick([\"a\", \"b\"])"
        case .sample: "sample(list, count)"
        case .shuffle: "shuffle(list)"
        case .firstName: ExpressionsMessages.text("usage.firstName")
        case .lastName: "last_name()"
        }
    }

    package static let names: [String] = allCases.map(\.rawValue)
}
