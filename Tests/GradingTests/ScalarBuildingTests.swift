@testable import Grading
import Testing

/// Pix's number reading and the scalar-to-string building were rewritten to build each string
/// once instead of scalar by scalar. These tests hold them to the first versions (the
/// `Reference` below, as they were written) on many seeded inputs; the V8 vectors hold both to
/// JavaScript.
@Suite struct ScalarBuildingTests {
    /// Pieces of numbers, of JavaScript whitespace and of what stops a number.
    static let fragments: [String] = [
        "0", "1", "2", "5", "9", "10", "000", "12345678901234567890", ",", ".", " ", "  ", "\u{A0}", "\t", "\n",
        "\u{2028}", "\u{FEFF}", "\u{3000}", "e", "E", "e-", "e+", "+", "-", "Infinity", "infinity", "Inf", "NaN",
        "0x", "0X", "0b", "0o", "1A", "ff", "g", "a", "é", "\u{301}", "١", "５", "€", "%", "1e400", "1e-400", "😀",
        "5.", ".5", "1,5", "1 000", "0.1", "2e3",
    ]

    static let inputs: [String] = {
        var texts = fragments + ["", " ", "1 000 000", " 1 000", "0x1A", "0b102", "1e", "-Infinity", "+.5e-3", ".", "e5"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<6_000 {
            texts.append((0...next(6)).map { _ in fragments[next(fragments.count)] }.joined())
        }
        return texts
    }()

    @Test func numbersReadAsTheFirstVersionReadThem() {
        for text in Self.inputs {
            #expect(PixNumber.isNumeric(text) == Reference.isNumeric(text), "\(visible(text))")
            let value = PixNumber.cleanStringAndParseFloat(text), expected = Reference.cleanStringAndParseFloat(text)
            #expect(value.bitPattern == expected.bitPattern || (value.isNaN && expected.isNaN), "\(visible(text)): \(value) \(expected)")
        }
    }

    @Test func numbersOfTheV8Examples() {
        #expect(PixNumber.isNumeric("1 000") && !PixNumber.isNumeric("1 000 000"))
        #expect(PixNumber.cleanStringAndParseFloat(" 1 000") == 1)
        #expect(PixNumber.cleanStringAndParseFloat("1,5e-3") == 0.0015)
        #expect(PixNumber.cleanStringAndParseFloat("0x1A") == 0)
        #expect(PixNumber.isNumeric("0x1A") && !PixNumber.isNumeric("0x1G") && !PixNumber.isNumeric("   "))
        #expect(PixNumber.cleanStringAndParseFloat("-Infinity") == -.infinity)
    }

    @Test func stringsOfScalarsAreTheScalars() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        // One, two, three and four UTF-8 bytes, and combining marks that join the previous scalar.
        let pool: [Unicode.Scalar] = ["a", "Z", " ", "\n", "\r", "é", "e", "\u{301}", "\u{A0}", "€", "\u{2028}", "😀", "\u{1F1EB}", "\u{1F1F7}", "\u{0}", "\u{10FFFF}"]
        for _ in 0..<3_000 {
            let scalars = (0..<next(40)).map { _ in pool[next(pool.count)] }
            let text = Scalars.string(scalars)
            #expect(Array(text.unicodeScalars) == scalars)
            #expect(sameUnits(text, Reference.string(scalars)))
            let from = next(scalars.count + 1), to = from + next(scalars.count - from + 1)
            #expect(Array(Scalars.string(scalars[from..<to]).unicodeScalars) == Array(scalars[from..<to]))
        }
        #expect(Scalars.string([Unicode.Scalar]()).isEmpty)
    }

    @Test func treatmentsAreThoseOfTheFirstVersion() {
        var state: UInt64 = 0xD1B5_4A32_D192_ED03
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        // Every scalar below U+0100 (the Latin-1 path of t1), and beyond it: combining marks,
        // Greek sigma, ligatures, JavaScript whitespace, the no-break space of the pre-treatment.
        let pool: [Unicode.Scalar] = (0..<0x100).compactMap { Unicode.Scalar(UInt32($0)) }
            + ["\u{301}", "\u{300}", "\u{3A3}", "\u{3C3}", "œ", "ﬁ", "\u{2028}", "\u{3000}", "\u{FEFF}", "😀", "İ", "Ω"]
        for round in 0..<4_000 {
            // Half the texts stay below U+0100.
            let limit = round % 2 == 0 ? 0x100 : pool.count
            let text = Scalars.string((0..<next(24)).map { _ in pool[next(limit)] })
            #expect(sameUnits(Treatments.t1(text), Reference.t1(text)), "\(visible(text))")
            #expect(sameUnits(Treatments.preTreatment(text), Reference.preTreatment(text)), "\(visible(text))")
        }
    }

    /// The functions as first written.
    enum Reference {
        static func preTreatment(_ text: String) -> String {
            let composed = JavaScript.nfc(text)
            guard composed.unicodeScalars.contains("\u{A0}") else { return composed }
            return String(String.UnicodeScalarView(composed.unicodeScalars.map { $0 == "\u{A0}" ? " " : $0 }))
        }

        static func t1(_ text: String) -> String {
            let trimmed = JavaScript.trim(text)
            if trimmed.unicodeScalars.allSatisfy({ $0.value < 0x100 }) { return latin1T1(trimmed) }
            let decomposed = JavaScript.nfd(JavaScript.toLowerCase(trimmed))
            var result = String.UnicodeScalarView()
            for scalar in decomposed.unicodeScalars {
                let value = scalar.value
                if (0x300...0x36F).contains(value) || JavaScript.isWhitespace(value) { continue }
                result.append(scalar)
            }
            return String(result)
        }

        private static func latin1T1(_ text: String) -> String {
            var bytes: [UInt8] = []
            var result = String.UnicodeScalarView()
            var isASCII = true
            for scalar in text.unicodeScalars {
                var value = scalar.value
                if JavaScript.isWhitespace(value) { continue }
                if (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7) { value += 0x20 }
                if value >= 0xE0 { value = latin1BaseLetters[Int(value - 0xE0)] }
                if isASCII, value < 0x80 {
                    bytes.append(UInt8(value))
                    continue
                }
                if isASCII {
                    isASCII = false
                    result.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars)
                }
                if let mapped = Unicode.Scalar(value) { result.append(mapped) }
            }
            return isASCII ? String(decoding: bytes, as: UTF8.self) : String(result)
        }

        private static let latin1BaseLetters: [UInt32] = [
            0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0xE6, 0x63, 0x65, 0x65, 0x65, 0x65, 0x69, 0x69, 0x69, 0x69,
            0xF0, 0x6E, 0x6F, 0x6F, 0x6F, 0x6F, 0x6F, 0xF7, 0xF8, 0x75, 0x75, 0x75, 0x75, 0x79, 0xFE, 0x79,
        ]

        static func string(_ scalars: [Unicode.Scalar]) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }

        static func replacingFirst(_ search: Unicode.Scalar, with replacement: String, in text: String) -> String {
            let scalars = text.unicodeScalars
            guard let index = scalars.firstIndex(of: search) else { return text }
            var result = String.UnicodeScalarView(scalars[..<index])
            result.append(contentsOf: replacement.unicodeScalars)
            result.append(contentsOf: scalars[scalars.index(after: index)...])
            return String(result)
        }

        static func isNumeric(_ text: String) -> Bool {
            let withDot = replacingFirst(",", with: ".", in: text)
            let trimmed = JavaScript.trim(withDot)
            let candidate = replacingFirst(" ", with: "", in: trimmed)
            let scalars = Array(candidate.unicodeScalars)
            return isValidNumberLiteral(scalars) && !parseFloat(scalars).isNaN
        }

        static func cleanStringAndParseFloat(_ text: String) -> Double {
            let withoutSpace = replacingFirst(" ", with: "", in: text)
            let withDot = replacingFirst(",", with: ".", in: withoutSpace)
            return parseFloat(Array(withDot.unicodeScalars))
        }

        private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

        private static func decimalLiteral(_ s: [Unicode.Scalar], from start: Int) -> (end: Int, value: Double)? {
            var i = start
            var negative = false
            if i < s.count, s[i] == "+" || s[i] == "-" {
                negative = s[i] == "-"
                i += 1
            }
            let infinity: [Unicode.Scalar] = ["I", "n", "f", "i", "n", "i", "t", "y"]
            if i + infinity.count <= s.count, Array(s[i..<(i + infinity.count)]) == infinity {
                return (i + infinity.count, negative ? -.infinity : .infinity)
            }
            let integerStart = i
            while i < s.count, isDigit(s[i]) { i += 1 }
            let integerDigits = s[integerStart..<i]
            var fractionDigits = s[i..<i]
            if i < s.count, s[i] == "." {
                let fractionStart = i + 1
                var j = fractionStart
                while j < s.count, isDigit(s[j]) { j += 1 }
                if !integerDigits.isEmpty || j > fractionStart {
                    fractionDigits = s[fractionStart..<j]
                    i = j
                }
            }
            guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { return nil }
            var exponent = ""
            if i < s.count, s[i] == "e" || s[i] == "E" {
                var j = i + 1
                var sign = ""
                if j < s.count, s[j] == "+" || s[j] == "-" {
                    sign = s[j] == "-" ? "-" : ""
                    j += 1
                }
                let exponentStart = j
                while j < s.count, isDigit(s[j]) { j += 1 }
                if j > exponentStart {
                    exponent = "e" + sign + String(String.UnicodeScalarView(s[exponentStart..<j]))
                    i = j
                }
            }
            let integerText = integerDigits.isEmpty ? "0" : String(String.UnicodeScalarView(integerDigits))
            let fractionText = fractionDigits.isEmpty ? "" : "." + String(String.UnicodeScalarView(fractionDigits))
            let magnitude = Double(integerText + fractionText + exponent) ?? .nan
            return (i, negative ? -magnitude : magnitude)
        }

        private static func asciiDigitValue(_ scalar: Unicode.Scalar) -> UInt32? {
            switch scalar.value {
            case 0x30...0x39: scalar.value - 0x30
            case 0x41...0x5A: scalar.value - 0x41 + 10
            case 0x61...0x7A: scalar.value - 0x61 + 10
            default: nil
            }
        }

        static func parseFloat(_ s: [Unicode.Scalar]) -> Double {
            var i = 0
            while i < s.count, JavaScript.isWhitespace(s[i]) { i += 1 }
            return decimalLiteral(s, from: i)?.value ?? .nan
        }

        static func isValidNumberLiteral(_ s: [Unicode.Scalar]) -> Bool {
            var start = 0
            var end = s.count
            while start < end, JavaScript.isWhitespace(s[start]) { start += 1 }
            while end > start, JavaScript.isWhitespace(s[end - 1]) { end -= 1 }
            if start == end { return true }
            let body = Array(s[start..<end])
            if body.count > 2, body[0] == "0" {
                let radix: UInt32? = switch body[1] {
                case "x", "X": 16
                case "o", "O": 8
                case "b", "B": 2
                default: nil
                }
                if let radix {
                    return body[2...].allSatisfy { scalar in
                        guard let digit = asciiDigitValue(scalar) else { return false }
                        return digit < radix
                    }
                }
            }
            guard let literal = decimalLiteral(body, from: 0) else { return false }
            return literal.end == body.count
        }
    }
}
