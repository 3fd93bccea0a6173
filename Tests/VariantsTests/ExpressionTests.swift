import Testing
@testable import Expressions
@testable import Variants

@Suite("Expression language")
struct ExpressionTests {
    typealias Outcome = Support.Outcome

    func value(_ text: String) -> Value? {
        if case .value(let value) = Support.evaluate(text) { return value }
        Issue.record("`\(text)` gave \(Support.evaluate(text))")
        return nil
    }

    func n(_ text: String) -> Value { Support.number(text) }

    // MARK: Arithmetic and logic

    @Test func arithmeticIsExact() {
        #expect(value("0.1 + 0.2") == n("0.3"))
        #expect(value("0.1 + 0.2 == 0.3") == .boolean(true))
        #expect(value("2 + 3 * 4") == n("14"))
        #expect(value("(2 + 3) * 4") == n("20"))
        #expect(value("10 - 2 - 3") == n("5"))
        #expect(value("-3 * -2") == n("6"))
        #expect(value("-(1 + 2)") == n("-3"))
        #expect(value("1 / 8") == n("0.125"))
        #expect(value("7.5 / 2.5") == n("3"))
    }

    @Test func comparisonsAndLogic() {
        #expect(value("3 < 4 and 4 <= 4") == .boolean(true))
        #expect(value("3 > 4 or not (2 >= 3)") == .boolean(true))
        #expect(value("\"Mo\" != \"Go\"") == .boolean(true))
        #expect(value("\"abc\" < \"abd\"") == .boolean(true))
        #expect(value("date(\"2024-01-01\") < date(\"2024-02-01\")") == .boolean(true))
        #expect(value("3 ≠ 4 and 3 ≤ 3 and 4 ≥ 3") == .boolean(true))
        #expect(value("[1, 2] == [1, 2]") == .boolean(true))
    }

    @Test func precedence() {
        #expect(value("true or false and false") == .boolean(true))
        #expect(value("not 1 == 2") == .boolean(true))
        #expect(value("1 + 2 * 3 == 7 and 10 / 4 == 2.5") == .boolean(true))
        #expect(value("-2 * -3 + 1") == n("7"))
    }

    @Test func conditionals() {
        #expect(value("if 3 > 2 then \"oui\" else \"non\"") == .text("oui"))
        #expect(value("if false then 1 else if true then 2 else 3") == n("2"))
        // The branch not taken is not computed: no division by zero.
        #expect(value("if 0 == 0 then 0 else 1 / 0") == n("0"))
    }

    @Test func listsAndIndexing() {
        #expect(value("[10, 20, 30][1]") == n("10"))
        #expect(value("[10, 20, 30][3]") == n("30"))
        #expect(value("[\"a\", \"b\"][2]") == .text("b"))
        #expect(value("[]") == .list([]))
        #expect(value("[-1, -2]") == .list([n("-1"), n("-2")]))
    }

    @Test func textsConcatenate() {
        #expect(value("\"taille : \" + text(2.5) + \" Mo\"") == .text("taille : 2,5 Mo"))
        #expect(value("'l’été' + \" l'hiver\"") == .text("l’été l'hiver"))
        #expect(value("\"a\\\"b\\\\c\"") == .text("a\"b\\c"))
    }

    // MARK: Every function

    @Test func numberFunctions() {
        #expect(value("round(2.345, 2)") == n("2.35"))
        #expect(value("round(2.5)") == n("3"))
        #expect(value("round(-2.5)") == n("-3"))
        #expect(value("round(10 / 3, 2)") == n("3.33"))
        #expect(value("round(2 / 3, digits=1)") == n("0.7"))
        #expect(value("floor(2.7)") == n("2"))
        #expect(value("floor(-7 / 2)") == n("-4"))
        #expect(value("ceil(2.1)") == n("3"))
        #expect(value("ceil(10 / 3)") == n("4"))
        #expect(value("abs(-4.5)") == n("4.5"))
        #expect(value("mod(17, 5)") == n("2"))
        #expect(value("number(\"3,5\")") == n("3.5"))
        #expect(value("number(\" 12 \")") == n("12"))
    }

    @Test func listFunctions() {
        #expect(value("len([1, 2, 3])") == n("3"))
        #expect(value("len(\"été\")") == n("3"))
        #expect(value("sum([1.5, 2.5, 3])") == n("7"))
        #expect(value("sum([])") == n("0"))
        #expect(value("min([3, 1, 2])") == n("1"))
        #expect(value("max(3, 7, 5)") == n("7"))
        #expect(value("min(\"poire\", \"abricot\")") == .text("abricot"))
        #expect(value("sort([3, 1, 2])") == .list([n("1"), n("2"), n("3")]))
        #expect(value("sort([\"étude\", \"eau\", \"zèbre\"])") == .list([.text("eau"), .text("étude"), .text("zèbre")]))
        #expect(value("join([\"a\", \"b\", \"c\"])") == .text("a, b, c"))
        #expect(value("join([\"Ko\", \"Mo\", \"Go\"], \", \", \" et \")") == .text("Ko, Mo et Go"))
        #expect(value("join([1.5, 2])") == .text("1,5, 2"))
        #expect(value("contains([1, 2], 2)") == .boolean(true))
        #expect(value("contains(\"Bonjour\", \"jour\")") == .boolean(true))
        #expect(value("contains([\"a\"], \"b\")") == .boolean(false))
    }

    @Test func textFunctions() {
        #expect(value("upper(\"école\")") == .text("ÉCOLE"))
        #expect(value("lower(\"CNIL\")") == .text("cnil"))
        #expect(value("capitalize(\"la CNIL\")") == .text("La CNIL"))
        #expect(value("de(\"Adèle\")") == .text("d’Adèle"))
        #expect(value("capitalize(de(\"le clavier\"))") == .text("Du clavier"))
        #expect(value("au(\"les élèves\")") == .text("aux élèves"))
        #expect(value("que(\"il\")") == .text("qu’il"))
        #expect(value("la(\"souris\")") == .text("la souris"))
        #expect(value("le(\"écran\")") == .text("l’écran"))
        #expect(value("format(1234567.5)") == .text("1\u{202F}234\u{202F}567,5"))
        #expect(value("format(2.5, 2)") == .text("2,50"))
        #expect(value("text(1978)") == .text("1978"))
        #expect(value("text(true)") == .text("oui"))
        #expect(value("plural(1, \"fichier\")") == .text("fichier"))
        #expect(value("plural(0, \"fichier\")") == .text("fichier"))
        #expect(value("plural(2, \"fichier\")") == .text("fichiers"))
        #expect(value("plural(3, \"cheval\")") == .text("chevaux"))
        #expect(value("plural(3, \"œil\", \"yeux\")") == .text("yeux"))
        #expect(value("plural(1, \"œil\", \"yeux\")") == .text("œil"))
    }

    @Test func dateFunctions() {
        #expect(value("day(date(\"2024-03-01\"))") == n("1"))
        #expect(value("month(date(\"01/03/2024\"))") == n("3"))
        #expect(value("year(date(\"2024-03-01\"))") == n("2024"))
        #expect(value("weekday(date(\"2024-03-01\"))") == .text("vendredi"))
        #expect(value("month_name(date(\"2024-08-15\"))") == .text("août"))
        #expect(value("long_date(date(\"2024-03-01\"))") == .text("1er mars 2024"))
        #expect(value("long_date(date(\"2024-03-12\"))") == .text("12 mars 2024"))
        #expect(value("text(add_days(date(\"2024-02-28\"), 2))") == .text("01/03/2024"))
        #expect(value("days_between(date(\"2024-01-01\"), date(\"2024-12-31\"))") == n("365"))
    }

    // MARK: Runtime errors

    @Test func runtimeErrorsPointAtTheOperation() {
        #expect(Support.evaluate("1 / 0") == .problem("PIX0515", "division by zero", 2..<3))
        #expect(Support.evaluate("10 / 3") == .problem("PIX0515", "this division has no exact decimal value", 3..<4))
        #expect(Support.evaluate("[1, 2][3]") == .problem("PIX0515", "position 3 is outside the list (2 items)", 0..<9))
        #expect(Support.evaluate("9000000000000000000 * 10") == .problem("PIX0515", "this number is too large to be computed exactly (more than 18 digits)", 20..<21))
        if case .problem(let code, let message, _) = Support.evaluate("min([])") {
            #expect(code == "PIX0515")
            #expect(message.contains("empty list"))
        } else {
            Issue.record("min([]) should fail")
        }
    }

    @Test func fixedArgumentsAreCheckedBeforeAnyVariant() {
        // `date("…")` with a fixed text is computed while checking: the problem is a check-time one.
        #expect(Support.evaluate("date(\"2024-02-30\")") == .problem("PIX0515", "`2024-02-30` is not a date", 5..<17))
        #expect(Support.evaluate("[1, 2][0]") == .problem("PIX0515", "positions start at 1: `[0]` designates no item", 7..<8))
    }

    @Test func stepBudgetBoundsTheWork() {
        let list = "[" + (1...300).map(String.init).joined(separator: ", ") + "]"
        let small = EvaluationLimits(steps: 200)
        guard case .problem(let code, let message, let range) = Support.evaluate("sort(\(list))", limits: small) else {
            Issue.record("the budget should be exhausted")
            return
        }
        #expect(code == "PIX0515")
        #expect(message.contains("too much work"))
        #expect(range == 0..<(list.utf8.count + 6))
        // The same expression within the default budget.
        if case .value(.list(let items)) = Support.evaluate("sort(\(list))") { #expect(items.count == 300) } else { Issue.record("sort failed") }
    }

    @Test func textLengthIsBounded() {
        let limits = EvaluationLimits(steps: 10_000, textLength: 10)
        guard case .problem(_, let message, _) = Support.evaluate("\"abcdef\" + \"ghijkl\"", limits: limits) else {
            Issue.record("expected a length problem")
            return
        }
        #expect(message.contains("longer than 10 bytes"))
    }

    // MARK: Syntax errors, at the exact bytes

    @Test(arguments: [
        ("integer(2, 40", "PIX0501", "expected `,` or `)` in the call, found the end of the expression", 13..<13),
        ("taille = 3", "PIX0501", "`=` does not compare values", 7..<8),
        ("3 +", "PIX0501", "expected a value after `+`, found the end of the expression", 2..<3),
        ("(1 + 2", "PIX0501", "expected `)`, found the end of the expression", 6..<6),
        ("1 < 2 < 3", "PIX0501", "comparisons cannot be chained", 6..<7),
        ("\"abc", "PIX0501", "this text has no closing quote", 0..<1),
        ("10Mo", "PIX0501", "a number cannot be followed by letters", 0..<4),
        ("a && b", "PIX0501", "`&&` is not an operator here", 2..<4),
        ("x % 2", "PIX0501", "`%` is not an operator here", 2..<3),
        ("“Mo”", "PIX0501", "typographic quotes cannot delimit a text in an expression", 0..<3),
        ("if a then b", "PIX0501", "expected `else` after the value of `then`, found the end of the expression", 11..<11),
        ("2 3", "PIX0501", "expected an operator between two values, found the number `3`", 2..<3),
        ("", "PIX0501", "the expression is empty", 0..<0),
        ("[1, 2", "PIX0501", "expected `,` or `]` in the list, found the end of the expression", 5..<5),
        ("organisme.", "PIX0501", "expected a field name after `.`, found the end of the expression", 9..<10),
    ])
    func syntaxErrors(_ text: String, _ code: String, _ message: String, _ range: Range<Int>) {
        #expect(Support.evaluate(text) == .problem(code, message, range))
    }

    // MARK: Type errors

    @Test(arguments: [
        ("\"Mo\" + 1", "cannot add a text and a number", 5..<6),
        ("1 - \"a\"", "cannot subtract a number and a text: `-` works on numbers", 2..<3),
        ("1 == \"1\"", "cannot compare a number with a text: they are never equal", 2..<4),
        ("not 3", "`not` needs a condition (a yes/no value), found a number", 4..<5),
        ("1 and true", "`and` combines conditions (yes/no values), this is a number", 0..<1),
        ("if 1 then 2 else 3", "the condition of `if` must be a yes/no value, found a number", 3..<4),
        ("if true then 1 else \"a\"", "both branches of `if` must have the same type: `then` gives a number, `else` gives a text", 20..<23),
        ("[1, \"a\"]", "the items of a list must have the same type: this one is a text, the first is a number", 4..<7),
        ("upper(3)", "the first argument of `upper` must be a text, found a number", 6..<7),
        ("sum([\"a\"])", "`sum` adds numbers, this is a list of texts", 4..<9),
        ("3[1]", "only a list has positions `[…]`, this is a number", 0..<1),
        ("len(true)", "`len` counts the items of a list or the characters of a text, this is a yes/no value", 4..<8),
        ("date(\"2024-01-01\") + 1", "cannot add a date and a number", 19..<20),
    ])
    func typeErrors(_ text: String, _ message: String, _ range: Range<Int>) {
        #expect(Support.evaluate(text) == .problem("PIX0503", message, range))
    }

    @Test(arguments: [
        ("round()", "`round` needs its argument `value`", 0..<7),
        ("round(1, 2, 3)", "`round` takes 1 to 2 arguments, found 3", 12..<13),
        ("round(1, chiffres=2)", "`round` has no argument named `chiffres`", 9..<17),
        ("upper(text=\"a\", \"b\")", "an argument without a name cannot follow a named one", 16..<19),
    ])
    func argumentErrors(_ text: String, _ message: String, _ range: Range<Int>) {
        #expect(Support.evaluate(text) == .problem("PIX0504", message, range))
    }

    @Test func unknownFunctionSuggestsTheClosest() {
        #expect(Support.evaluate("uper(\"a\")") == .problem("PIX0502", "unknown function `uper`", 0..<4))
        #expect(Support.evaluate("integer(1, 3)") == .problem("PIX0510", "`integer` draws a value: it can only be the whole expression of an entry of `values`", 0..<7))
    }
}
