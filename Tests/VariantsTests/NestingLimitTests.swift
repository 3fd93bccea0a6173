import Testing
@testable import Expressions
@testable import Variants

/// Every walk over an expression (parser, type checker, evaluator) recurses once per level, and
/// the dependency order of derived values once per value in a chain: nesting is refused past
/// `ExpressionLimits.maximumDepth` with a diagnostic at the place, chains are ordered without
/// recursion. Inputs 10,000 deep would overflow the stack otherwise.
@Suite("Nesting limits of the expression language")
struct NestingLimitTests {
    static let limit = ExpressionLimits.maximumDepth
    static let tooDeep = "this expression is nested too deeply: more than \(limit) levels of parentheses, operators, calls or lists"

    /// Each shape, nested `levels` deep.
    static func shape(_ name: String, _ levels: Int) -> String {
        switch name {
        case "parentheses": String(repeating: "(", count: levels) + "1" + String(repeating: ")", count: levels)
        case "minus": String(repeating: "-", count: levels) + "1"
        case "not": String(repeating: "not ", count: levels) + "true"
        case "chain": "1" + String(repeating: " + 1", count: levels)
        case "calls": String(repeating: "abs(", count: levels) + "1" + String(repeating: ")", count: levels)
        case "lists": String(repeating: "[", count: levels) + "1" + String(repeating: "]", count: levels)
        case "conditionals": String(repeating: "if true then ", count: levels) + "1" + String(repeating: " else 0", count: levels)
        default: ""
        }
    }

    static let shapes = ["parentheses", "minus", "not", "chain", "calls", "lists", "conditionals"]

    @Test(arguments: shapes)
    func theLimitItselfIsAccepted(_ shape: String) {
        let outcome = Support.evaluate(Self.shape(shape, Self.limit))
        guard case .value = outcome else {
            Issue.record("\(shape) at \(Self.limit) levels: \(outcome)")
            return
        }
    }

    @Test(arguments: shapes)
    func tenThousandLevelsAreADiagnosticAtTheLevelPastTheLimit(_ shape: String) throws {
        let text = Self.shape(shape, 10_000)
        guard case .problem(let code, let message, let range) = Support.evaluate(text) else {
            Issue.record("\(shape): no problem reported")
            return
        }
        #expect(code == "PIX0501")
        #expect(message == Self.tooDeep)
        // The place is the level past the limit: the 101st opening, operator or call.
        let unit: String = switch shape {
        case "parentheses": "("
        case "minus": "-"
        case "not": "not"
        case "chain": "+"
        case "calls": "abs("
        case "lists": "["
        case "conditionals": "if"
        default: ""
        }
        let expected = Support.range(of: unit, in: text, occurrence: Self.limit + 1)
        #expect(range == expected, "\(shape): at \(range), expected \(expected)")
    }

    @Test func aLongChainOfDerivedValuesIsOrderedWithoutRecursion() throws {
        let count = 10_000
        var data = "values:\n  v\(count): integer(1, 3)\n"
        for index in stride(from: count - 1, through: 0, by: -1) { data += "  v\(index): v\(index + 1) + 1\n" }
        let plan = try Support.plan(data)
        #expect(plan.diagnostics.filter { $0.severity == .error }.isEmpty, "\(plan.diagnostics.prefix(3).map(\.message))")
        let order = plan.computedOrder.map { plan.slotNames[$0] }
        #expect(order.count == count)
        // Each value comes after the value it reads: v9999, v9998, … v0.
        #expect(order == (0..<count).reversed().map { "v\($0)" })
    }

    /// Each value of a chain is checked knowing the type of the value it reads, and the scope
    /// recording those types is updated in place: were it copied at each step (it was, while
    /// the checker of the step still held it), 50,000 values would copy 1.25 billion entries and
    /// take minutes; linear work takes a fraction of a second.
    @Test func aChainOfFiftyThousandDerivedValuesIsCheckedInLinearWork() throws {
        let count = 50_000
        var data = "values:\n  v\(count): pick([\"a\", \"b\"])\nderived:\n"
        for index in 0..<count { data += "  v\(index): v\(index + 1)\n" }
        let plan = try Support.plan(data)
        #expect(plan.diagnostics.filter { $0.severity == .error }.isEmpty, "\(plan.diagnostics.prefix(3).map(\.message))")
        #expect(plan.computedOrder.count == count)
        // The drawn value's type reached the far end of the chain.
        #expect(plan.scope.slots["v0"]?.type == .text)
        #expect(plan.scope.slots["v0"]?.variesWithDraws == true)
    }

    @Test func aCycleAtTheEndOfALongChainIsReportedOnce() throws {
        let count = 10_000
        var data = "values:\n  v\(count): v0 + 1\n"
        for index in stride(from: count - 1, through: 0, by: -1) { data += "  v\(index): v\(index + 1) + 1\n" }
        let plan = try Support.plan(data)
        let cycles = plan.diagnostics.filter { $0.code.rawValue == VariantDiagnostics.definitionCycle.code.rawValue }
        #expect(cycles.count == 1)
    }

    @Test func listsNestedThroughDerivedValuesStopAtTheLimit() throws {
        let count = 1_000
        var data = "values:\n  v\(count): integer(1, 3)\n"
        for index in stride(from: count - 1, through: 0, by: -1) { data += "  v\(index): \"[v\(index + 1)]\"\n" }
        let plan = try Support.plan(data)
        let nested = plan.diagnostics.filter { $0.message == "this list nests lists more than \(Self.limit) levels deep" }
        #expect(!nested.isEmpty)
        #expect(nested.allSatisfy { $0.code.rawValue == "PIX0501" })
    }
}
