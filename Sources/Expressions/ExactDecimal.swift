/// A decimal number held exactly: `significand × 10^-scale`, so `0.1 + 0.2 == 0.3` and the value
/// shown to a learner is the value the answer was computed from.
///
/// Values are normalized (no trailing zero after the point), so equal numbers are equal
/// structurally: `2.50` and `2.5` are the same value. At most 18 digits after the point and a
/// significand that fits in 64 bits (about 18 significant digits); any operation that would need
/// more reports an error instead of rounding silently.
public struct ExactDecimal: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let significand: Int64
    public let scale: Int

    public static let maximumScale = 18
    public static let zero = ExactDecimal(normalizing: 0, scale: 0)
    public static let one = ExactDecimal(normalizing: 1, scale: 0)

    /// Why an operation has no exact result.
    public enum Failure: Error, Equatable, Sendable {
        case overflow
        case divisionByZero
        /// The quotient does not terminate (or needs more than 18 decimals).
        case inexactDivision
        case tooManyDecimals
    }

    package static let powersOfTen: [Int64] = {
        var result: [Int64] = [1]
        for _ in 1...18 { result.append(result[result.count - 1] * 10) }
        return result
    }()

    package init(normalizing significand: Int64, scale: Int) {
        var value = significand
        var digits = scale
        while digits > 0, value % 10 == 0 {
            value /= 10
            digits -= 1
        }
        self.significand = value
        self.scale = value == 0 ? 0 : digits
    }

    public init(_ integer: Int) {
        self.init(normalizing: Int64(integer), scale: 0)
    }

    /// `significand × 10^-scale`; nil when `scale` is outside 0...18.
    public init?(significand: Int64, scale: Int) {
        guard (0...Self.maximumScale).contains(scale) else { return nil }
        self.init(normalizing: significand, scale: scale)
    }

    /// Reads `123`, `-4.05`, `0,5` (a decimal comma is accepted for values written in rows).
    /// Nil for anything else, including exponents and thousands separators.
    public init?(parsing text: Substring, allowComma: Bool = false) {
        var bytes = Array(text.utf8)
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes.removeFirst()
        } else if bytes.first == UInt8(ascii: "+") {
            bytes.removeFirst()
        }
        guard !bytes.isEmpty else { return nil }
        var value: Int64 = 0
        var scale = 0
        var seenPoint = false
        var digitCount = 0
        for byte in bytes {
            if byte >= 0x30, byte <= 0x39 {
                let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int64(byte - 0x30))
                guard !overflow1, !overflow2 else { return nil }
                value = sum
                digitCount += 1
                if seenPoint { scale += 1 }
            } else if byte == UInt8(ascii: ".") || (allowComma && byte == UInt8(ascii: ",")) {
                guard !seenPoint, digitCount > 0 else { return nil }
                seenPoint = true
            } else {
                return nil
            }
        }
        guard digitCount > 0, bytes.last != UInt8(ascii: "."), bytes.last != UInt8(ascii: ","), scale <= Self.maximumScale else { return nil }
        self.init(normalizing: negative ? -value : value, scale: scale)
    }

    public init?(_ text: String) { self.init(parsing: Substring(text)) }

    public var isZero: Bool { significand == 0 }
    public var isNegative: Bool { significand < 0 }
    public var isInteger: Bool { scale == 0 }

    /// The value as an `Int` when it is a whole number.
    public var integerValue: Int? { scale == 0 ? Int(significand) : nil }

    // MARK: Arithmetic

    public func adding(_ other: ExactDecimal) throws(Failure) -> ExactDecimal {
        let scale = max(self.scale, other.scale)
        let a = try Self.rescaled(significand, from: self.scale, to: scale)
        let b = try Self.rescaled(other.significand, from: other.scale, to: scale)
        let (sum, overflow) = a.addingReportingOverflow(b)
        // Int64.min has no opposite; treating it as an overflow keeps negation total.
        guard !overflow, sum != Int64.min else { throw .overflow }
        return ExactDecimal(normalizing: sum, scale: scale)
    }

    public func subtracting(_ other: ExactDecimal) throws(Failure) -> ExactDecimal {
        guard other.significand != Int64.min else { throw .overflow }
        return try adding(other.negated())
    }

    public func negated() -> ExactDecimal {
        // Int64.min is never produced (operations reaching it report an overflow).
        ExactDecimal(normalizing: significand == Int64.min ? Int64.max : -significand, scale: scale)
    }

    public var magnitude: ExactDecimal { isNegative ? negated() : self }

    public func multiplied(by other: ExactDecimal) throws(Failure) -> ExactDecimal {
        let (product, overflow) = significand.multipliedReportingOverflow(by: other.significand)
        guard !overflow, product != Int64.min else { throw .overflow }
        let scale = self.scale + other.scale
        let result = ExactDecimal(normalizing: product, scale: scale)
        guard result.scale <= Self.maximumScale else { throw .tooManyDecimals }
        return result
    }

    /// The exact quotient; throws `inexactDivision` when it does not terminate within 18 decimals
    /// (`1 / 3`): the author then writes `round(1 / 3, 2)`.
    public func divided(by other: ExactDecimal) throws(Failure) -> ExactDecimal {
        let quotient = try Self.longDivision(self, other, fractionDigits: Self.maximumScale + 1)
        guard quotient.remainderIsZero else { throw .inexactDivision }
        let result = try quotient.value(roundingTo: nil)
        guard result.scale <= Self.maximumScale else { throw .inexactDivision }
        return result
    }

    /// The quotient rounded to `digits` decimals, half away from zero (as taught at school).
    public func divided(by other: ExactDecimal, roundingTo digits: Int, mode: RoundingMode = .halfAwayFromZero) throws(Failure) -> ExactDecimal {
        guard (0...Self.maximumScale).contains(digits) else { throw .tooManyDecimals }
        let quotient = try Self.longDivision(self, other, fractionDigits: digits + 1)
        return try quotient.value(roundingTo: (digits, mode))
    }

    public enum RoundingMode: Sendable {
        case halfAwayFromZero
        case down  // toward minus infinity (floor)
        case up    // toward plus infinity (ceil)
    }

    /// Rounded to `digits` decimals (0...18).
    public func rounded(to digits: Int, mode: RoundingMode = .halfAwayFromZero) throws(Failure) -> ExactDecimal {
        guard digits >= 0 else { throw .tooManyDecimals }
        guard scale > digits else { return self }
        let divisor = Self.powersOfTen[scale - digits]
        var quotient = significand / divisor
        let remainder = significand % divisor
        if remainder != 0 {
            switch mode {
            case .halfAwayFromZero:
                if remainder.magnitude * 2 >= divisor.magnitude { quotient += significand < 0 ? -1 : 1 }
            case .down:
                if remainder < 0 { quotient -= 1 }
            case .up:
                if remainder > 0 { quotient += 1 }
            }
        }
        return ExactDecimal(normalizing: quotient, scale: digits)
    }

    /// The remainder of whole numbers, with the sign of the divisor (as a spreadsheet's MOD).
    public func modulo(_ other: ExactDecimal) throws(Failure) -> ExactDecimal {
        guard other.significand != 0 else { throw .divisionByZero }
        let floorQuotient = try divided(by: other, roundingTo: 0, mode: .down)
        return try subtracting(other.multiplied(by: floorQuotient))
    }

    package static func rescaled(_ value: Int64, from: Int, to: Int) throws(Failure) -> Int64 {
        guard to > from else { return value }
        let (result, overflow) = value.multipliedReportingOverflow(by: powersOfTen[to - from])
        guard !overflow else { throw .overflow }
        return result
    }

    /// A quotient computed digit by digit: `digits` holds the truncated magnitude with `scale`
    /// decimals, and `remainderIsZero` tells whether it is exact.
    package struct Quotient {
        package var negative: Bool
        package var digits: UInt64
        package var scale: Int
        package var remainderIsZero: Bool
        /// True when digits were missing before the requested precision was reached.
        package var truncated: Bool

        package func value(roundingTo target: (digits: Int, mode: RoundingMode)?) throws(Failure) -> ExactDecimal {
            var magnitude = digits
            var currentScale = scale
            if let target {
                guard !truncated else { throw .overflow }
                if currentScale > target.digits {
                    let divisor = UInt64(powersOfTen[currentScale - target.digits])
                    let dropped = magnitude % divisor
                    magnitude /= divisor
                    let exactlyTruncated = dropped == 0 && remainderIsZero
                    switch target.mode {
                    case .halfAwayFromZero:
                        if dropped * 2 >= divisor { magnitude += 1 }
                    case .down:
                        if negative, !exactlyTruncated { magnitude += 1 }
                    case .up:
                        if !negative, !exactlyTruncated { magnitude += 1 }
                    }
                    currentScale = target.digits
                } else if !remainderIsZero {
                    // Fewer digits than asked only happens for exact quotients.
                    switch target.mode {
                    case .halfAwayFromZero: break
                    case .down: if negative { magnitude += 1 }
                    case .up: if !negative { magnitude += 1 }
                    }
                }
            }
            guard magnitude <= UInt64(Int64.max) else { throw .overflow }
            let signed = negative ? -Int64(magnitude) : Int64(magnitude)
            return ExactDecimal(normalizing: signed, scale: currentScale)
        }
    }

    /// Divides, producing up to `fractionDigits` decimals beyond what the operands need.
    package static func longDivision(_ a: ExactDecimal, _ b: ExactDecimal, fractionDigits: Int) throws(Failure) -> Quotient {
        guard b.significand != 0 else { throw .divisionByZero }
        let negative = (a.significand < 0) != (b.significand < 0) && a.significand != 0
        let numerator = a.significand.magnitude
        let denominator = b.significand.magnitude
        // a / b = (numerator / denominator) × 10^(b.scale - a.scale)
        var quotient = numerator / denominator
        var remainder = numerator % denominator
        var produced = 0
        var truncated = false
        // Decimals of the result so far: produced digits, shifted by the operands' scales.
        let shift = a.scale - b.scale
        while remainder != 0, produced + shift < fractionDigits {
            // remainder < denominator, so remainder × 10 / denominator < 10 fits; the full-width
            // product keeps remainder × 10 exact even above 2^64.
            let wide = remainder.multipliedFullWidth(by: 10)
            let (digit, rest) = denominator.dividingFullWidth(wide)
            let (times, overflow1) = quotient.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(digit)
            guard !overflow1, !overflow2, sum <= UInt64(Int64.max) else {
                // No room for more digits: the quotient is not exact within 64 bits.
                truncated = true
                break
            }
            quotient = sum
            remainder = rest
            produced += 1
        }
        var scale = shift + produced
        if scale < 0 {
            let (scaled, overflow) = quotient.multipliedReportingOverflow(by: UInt64(powersOfTen[min(18, -scale)]))
            guard !overflow, -scale <= 18 else { throw .overflow }
            quotient = scaled
            scale = 0
        }
        return Quotient(negative: negative, digits: quotient, scale: scale, remainderIsZero: remainder == 0, truncated: truncated)
    }

    // MARK: Comparison

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        compare(lhs, rhs) < 0
    }

    /// -1, 0 or 1; never overflows (integer parts first, then fractions at a common scale).
    package static func compare(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Int {
        let lhsInteger = lhs.significand / powersOfTen[lhs.scale]
        let rhsInteger = rhs.significand / powersOfTen[rhs.scale]
        if lhsInteger != rhsInteger { return lhsInteger < rhsInteger ? -1 : 1 }
        let scale = max(lhs.scale, rhs.scale)
        let lhsFraction = (lhs.significand % powersOfTen[lhs.scale]) * powersOfTen[scale - lhs.scale]
        let rhsFraction = (rhs.significand % powersOfTen[rhs.scale]) * powersOfTen[scale - rhs.scale]
        if lhsFraction == rhsFraction { return 0 }
        return lhsFraction < rhsFraction ? -1 : 1
    }

    // MARK: Text

    /// Digits of the magnitude with the point inserted: ("1234", "5") for 1234.5.
    package var digitParts: (integer: String, fraction: String) {
        let digits = String(significand.magnitude)
        guard scale > 0 else { return (digits, "") }
        if digits.count > scale {
            let cut = digits.index(digits.endIndex, offsetBy: -scale)
            return (String(digits[..<cut]), String(digits[cut...]))
        }
        return ("0", String(repeating: "0", count: scale - digits.count) + digits)
    }

    /// As written in expressions: `-1234.5`.
    public var description: String {
        let (integer, fraction) = digitParts
        return (isNegative ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction)
    }
}
