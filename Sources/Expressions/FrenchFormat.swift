import Vocabulary

/// French typography for rendered values: decimal comma, narrow no-break space (U+202F) between
/// groups of thousands, French plurals, dates and alphabetical order.
public enum FrenchFormat {
    public static let thousandsSeparator = "\u{202F}"

    /// `-1234,5`: decimal comma, no grouping (a year stays `1978`).
    public static func plain(_ number: ExactDecimal) -> String {
        if number.scale == 0 { return String(number.significand) }
        return write(number, decimals: nil, grouping: false)
    }

    /// `1 234 567,5` (U+202F between groups); with `decimals`, exactly that many digits after the
    /// comma, rounded half away from zero (`format(2.5, 2)` is `2,50`).
    public static func grouped(_ number: ExactDecimal, decimals: Int? = nil) throws(ExactDecimal.Failure) -> String {
        var value = number
        if let decimals { value = try number.rounded(to: decimals) }
        return write(value, decimals: decimals, grouping: true)
    }

    /// Writes the digits as UTF-8 bytes: rendering runs for every variant of every text.
    package static func write(_ number: ExactDecimal, decimals: Int?, grouping: Bool) -> String {
        var digits = number.significand.magnitude
        var reversed: [UInt8] = []
        reversed.reserveCapacity(32)
        // Fraction digits first (the number is written backwards, then reversed).
        let fractionCount = max(number.scale, decimals ?? 0)
        for position in 0..<fractionCount {
            if position < fractionCount - number.scale {
                reversed.append(0x30)  // padding zero for a fixed number of decimals
            } else {
                reversed.append(0x30 + UInt8(digits % 10))
                digits /= 10
            }
        }
        if fractionCount > 0 { reversed.append(UInt8(ascii: ",")) }
        var count = 0
        repeat {
            if grouping, count > 0, count % 3 == 0 {
                // U+202F, reversed: its UTF-8 bytes are E2 80 AF.
                reversed.append(0xAF)
                reversed.append(0x80)
                reversed.append(0xE2)
            }
            reversed.append(0x30 + UInt8(digits % 10))
            digits /= 10
            count += 1
        } while digits > 0
        if number.significand < 0 { reversed.append(UInt8(ascii: "-")) }
        reversed.reverse()
        return String(decoding: reversed, as: UTF8.self)
    }

    /// French rule: the singular is used below 2 in absolute value (0, 1, 1,5), the plural from 2.
    public static func usesPlural(_ count: ExactDecimal) -> Bool {
        ExactDecimal.compare(count.magnitude, ExactDecimal(2)) >= 0
    }

    /// The regular French plural of one word: unchanged after s, x, z; -x after -au, -eau, -eu and
    /// the seven nouns in -ou that take it; -aux for -al; -s otherwise. Irregular words (and
    /// compound words) are given explicitly: `plural(n, "œil", "yeux")`.
    public static func regularPlural(_ word: String) -> String {
        let lower = word.lowercased()
        guard let last = lower.last else { return word }
        if "sxz".contains(last) { return word }
        if lower.hasSuffix("au") || lower.hasSuffix("eu") {
            return pluralWithS.contains(lower) ? word + "s" : word + "x"
        }
        if pluralOuWithX.contains(lower) { return word + "x" }
        if lower.hasSuffix("al"), !pluralAlWithS.contains(lower) {
            return String(word.dropLast(1)) + "ux"
        }
        return word + "s"
    }

    package static let pluralWithS: Set<String> = ["bleu", "pneu", "émeu", "landau", "sarrau"]
    package static let pluralOuWithX: Set<String> = ["bijou", "caillou", "chou", "genou", "hibou", "joujou", "pou"]
    package static let pluralAlWithS: Set<String> = ["bal", "carnaval", "chacal", "festival", "récital", "régal", "cal", "pal", "val", "cérémonial", "naval", "banal", "fatal", "final", "natal"]

    /// First character in upper case, the rest unchanged ("la CNIL" → "La CNIL").
    public static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Alphabetical order ignoring case and accents first ("école" between "eau" and "étude"),
    /// then the exact text so the order is total.
    public static func compareAlphabetically(_ a: String, _ b: String) -> Int {
        let foldedA = Folding.folded(a)
        let foldedB = Folding.folded(b)
        if foldedA != foldedB { return foldedA.lexicographicallyPrecedes(foldedB) ? -1 : 1 }
        if a == b { return 0 }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : 1
    }

    package static let monthNames = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    /// Indexed from Sunday, as `CivilDate.weekday`.
    package static let weekdayNames = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
}

/// A day of the proleptic Gregorian calendar, counted from 1970-01-01.
package struct CivilDate: Hashable, Sendable {
    package let year: Int
    package let month: Int
    package let day: Int

    package init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...Self.daysInMonth(year: year, month: month)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Civil date from a day count (the classic era/year-of-era decomposition).
    package init(days: Int32) {
        let z = Int(days) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    package var days: Int32 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return Int32(era * 146_097 + dayOfEra - 719_468)
    }

    package static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    package static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday).
    package static func weekday(days: Int32) -> Int {
        let value = (Int(days) + 4) % 7
        return value < 0 ? value + 7 : value
    }

    /// `2024-03-01` or `01/03/2024`.
    package init?(parsing text: String) {
        let parts: [Substring]
        let yearFirst: Bool
        if text.contains("-") {
            parts = text.split(separator: "-", omittingEmptySubsequences: false)
            yearFirst = true
        } else {
            parts = text.split(separator: "/", omittingEmptySubsequences: false)
            yearFirst = false
        }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        if yearFirst {
            guard parts[0].count == 4 else { return nil }
            self.init(year: numbers[0], month: numbers[1], day: numbers[2])
        } else {
            guard parts[2].count == 4 else { return nil }
            self.init(year: numbers[2], month: numbers[1], day: numbers[0])
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// `01/03/2024`.
    package var shortFrench: String { "\(Self.twoDigits(day))/\(Self.twoDigits(month))/\(year)" }

    /// `1er mars 2024`, `12 mars 2024`.
    package var longFrench: String { "\(day == 1 ? "1er" : String(day)) \(FrenchFormat.monthNames[month - 1]) \(year)" }

    /// `2024-03-01`, as dates are written in expressions.
    package var iso: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + Self.twoDigits(month) + "-" + Self.twoDigits(day)
    }
}
