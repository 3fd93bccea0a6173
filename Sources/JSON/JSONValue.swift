/// A JSON document held as a tree: what the canonical writer prints, what the reader parses,
/// and what the diff compares field by field.
///
/// Numbers compare by their canonical text (`JSONNumberText`), so `8` read from a file equals
/// `8.0` produced by the compiler: two values are equal exactly when the writer prints them the
/// same way. Object keys are unordered; the writer sorts them.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    /// A finite double. Non-finite values cannot be written in JSON; `JSONValue.number(_:)` turns
    /// them into `null`, as JavaScript's `JSON.stringify` does.
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// A double as JSON can hold it: `null` for NaN and infinities.
    public static func number(_ value: Double) -> JSONValue {
        value.isFinite ? .double(value) : .null
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// What kind of JSON value this is, in the words an error message uses.
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .integer, .double: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}

extension JSONValue: Hashable {
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)): return a == b
        default:
            if let a = lhs.numberText, let b = rhs.numberText { return a == b }
            return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(1); hasher.combine(value)
        case .integer, .double: hasher.combine(2); hasher.combine(numberText)
        case .string(let value): hasher.combine(3); hasher.combine(value)
        case .array(let values): hasher.combine(4); hasher.combine(values)
        case .object(let members): hasher.combine(5); hasher.combine(members)
        }
    }

    /// The canonical text of a number, nil for any other value.
    public var numberText: String? {
        switch self {
        case .integer(let value): return String(value)
        case .double(let value): return JSONNumberText.canonical(value)
        default: return nil
        }
    }
}

extension JSONValue: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let values): try container.encode(values)
        case .object(let members): try container.encode(members)
        }
    }
}

/// Numbers printed the way JavaScript prints them (ECMAScript `Number::toString`, which
/// `JSON.stringify` uses): integral values without a fraction, the shortest digits that read
/// back to the same double, and an exponent only below 1e-6 or from 1e21 on. Pix's own tools are
/// JavaScript, so a value prints the same here and there; the text never depends on the locale.
public enum JSONNumberText {
    public static func canonical(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == 0 { return "0" }
        if value < 0 { return "-" + canonical(-value) }
        let (digits, n) = shortestDigits(value)
        let k = digits.count
        if k <= n && n <= 21 {
            return digits + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            let split = digits.index(digits.startIndex, offsetBy: n)
            return digits[..<split] + "." + digits[split...]
        }
        if -6 < n && n <= 0 {
            return "0." + String(repeating: "0", count: -n) + digits
        }
        let exponent = n - 1
        let exponentText = (exponent < 0 ? "e-" : "e+") + String(abs(exponent))
        if k == 1 { return digits + exponentText }
        return digits.prefix(1) + "." + digits.dropFirst() + exponentText
    }

    /// The shortest decimal digits `d1…dk` (no leading or trailing zero) and the position `n` of
    /// the decimal point such that `0.d1…dk × 10^n` is `value`. Swift's `description` already
    /// produces the shortest round-trip digits (its own algorithm, not the C library's); only
    /// their layout is taken apart here.
    static func shortestDigits(_ value: Double) -> (digits: String, pointPosition: Int) {
        let text = value.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let integerPart: Substring
        let fractionPart: Substring
        if let dot = mantissa.firstIndex(of: ".") {
            integerPart = mantissa[..<dot]
            fractionPart = mantissa[mantissa.index(after: dot)...]
        } else {
            integerPart = mantissa
            fractionPart = ""
        }
        var digits = Array(integerPart + fractionPart)
        var point = integerPart.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        return (String(digits), point)
    }
}
