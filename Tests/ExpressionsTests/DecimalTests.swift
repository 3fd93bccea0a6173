import Testing
@testable import Expressions

@Suite("Exact decimals")
struct DecimalTests {
    func d(_ text: String) throws -> ExactDecimal { try #require(ExactDecimal(text)) }

    @Test func additionIsExact() throws {
        #expect(try d("0.1").adding(d("0.2")) == d("0.3"))
        #expect(try d("0.1").adding(d("0.2")).description == "0.3")
        #expect(try d("1.05").subtracting(d("0.05")) == d("1"))
        #expect(try d("-2.5").adding(d("2.5")) == .zero)
    }

    @Test func valuesAreNormalized() throws {
        #expect(try d("2.50") == d("2.5"))
        #expect(try d("2.50").scale == 1)
        #expect(try d("100").scale == 0)
        #expect(try d("0.000").description == "0")
    }

    @Test func parsing() throws {
        #expect(ExactDecimal("-4.05")?.description == "-4.05")
        #expect(ExactDecimal(parsing: "3,5", allowComma: true)?.description == "3.5")
        #expect(ExactDecimal("3,5") == nil)
        #expect(ExactDecimal("1e5") == nil)
        #expect(ExactDecimal("12.") == nil)
        #expect(ExactDecimal(".5") == nil)
        #expect(ExactDecimal("") == nil)
        #expect(ExactDecimal("99999999999999999999") == nil, "more than 64 bits is refused, not wrapped")
        #expect(ExactDecimal("0.1234567890123456789") == nil, "19 decimals")
    }

    @Test func multiplication() throws {
        #expect(try d("0.5").multiplied(by: d("0.2")) == d("0.1"))
        #expect(try d("12.5").multiplied(by: d("8")) == d("100"))
        #expect(try d("-1.5").multiplied(by: d("1.5")) == d("-2.25"))
    }

    @Test func overflowIsAnErrorNotACrash() throws {
        let big = try d("9000000000000000000")
        #expect(throws: ExactDecimal.Failure.overflow) { try big.multiplied(by: d("2")) }
        #expect(throws: ExactDecimal.Failure.overflow) { try big.adding(big) }
        #expect(throws: ExactDecimal.Failure.tooManyDecimals) { try d("0.000000001").multiplied(by: d("0.0000000001")) }
    }

    @Test func exactDivision() throws {
        #expect(try d("1").divided(by: d("8")) == d("0.125"))
        #expect(try d("10").divided(by: d("4")) == d("2.5"))
        #expect(try d("7.5").divided(by: d("0.25")) == d("30"))
        #expect(try d("-3").divided(by: d("0.5")) == d("-6"))
        #expect(throws: ExactDecimal.Failure.inexactDivision) { try d("1").divided(by: d("3")) }
        #expect(throws: ExactDecimal.Failure.divisionByZero) { try d("1").divided(by: .zero) }
    }

    @Test func roundedDivisionRoundsHalfAwayFromZero() throws {
        #expect(try d("2").divided(by: d("3"), roundingTo: 2) == d("0.67"))
        #expect(try d("-2").divided(by: d("3"), roundingTo: 2) == d("-0.67"))
        #expect(try d("1").divided(by: d("8"), roundingTo: 2) == d("0.13"))
        #expect(try d("-1").divided(by: d("8"), roundingTo: 2) == d("-0.13"))
        #expect(try d("10").divided(by: d("3"), roundingTo: 0) == d("3"))
        #expect(try d("7").divided(by: d("2"), roundingTo: 0, mode: .down) == d("3"))
        #expect(try d("-7").divided(by: d("2"), roundingTo: 0, mode: .down) == d("-4"))
        #expect(try d("7").divided(by: d("2"), roundingTo: 0, mode: .up) == d("4"))
        #expect(try d("-7").divided(by: d("2"), roundingTo: 0, mode: .up) == d("-3"))
        #expect(try d("6").divided(by: d("2"), roundingTo: 0, mode: .up) == d("3"))
    }

    @Test func rounding() throws {
        #expect(try d("2.345").rounded(to: 2) == d("2.35"))
        #expect(try d("-2.345").rounded(to: 2) == d("-2.35"))
        #expect(try d("2.344").rounded(to: 2) == d("2.34"))
        #expect(try d("2.5").rounded(to: 0) == d("3"))
        #expect(try d("2.7").rounded(to: 0, mode: .down) == d("2"))
        #expect(try d("-2.1").rounded(to: 0, mode: .down) == d("-3"))
        #expect(try d("-2.9").rounded(to: 0, mode: .up) == d("-2"))
        #expect(try d("4").rounded(to: 2) == d("4"))
    }

    @Test func comparison() throws {
        #expect(try d("0.3") < d("0.31"))
        #expect(try d("-1.5") < d("-1.25"))
        #expect(try d("1000000") > d("999999.999999"))
        #expect(try d("2") == d("2.000"))
        #expect(try d("-0.5") < .zero)
    }

    @Test func modulo() throws {
        #expect(try d("17").modulo(d("5")) == d("2"))
        #expect(try d("-17").modulo(d("5")) == d("3"))
        #expect(try d("7.5").modulo(d("2")) == d("1.5"))
        #expect(throws: ExactDecimal.Failure.divisionByZero) { try d("3").modulo(.zero) }
    }
}
