import Grading
import Testing
import Vocabulary

struct QROCCase: Sendable, CustomTestStringConvertible {
    var answer: String
    var solution: String
    var expected: AnswerStatus
    var note: String = ""
    var testDescription: String { "\(visible(answer)) / \(visible(solution)) → \(expected.rawValue) \(note)" }
}

/// One line of Pix's "strong focus on treatments" tables: the answer passes only when the
/// treatment it needs is enabled.
struct StressCase: Sendable, CustomTestStringConvertible {
    enum Need: Sendable { case nothing, t1, t2, t3 }
    var name: String
    var answer: String
    var solution: String
    var needs: Need
    var testDescription: String { name }

    func passes(with tolerances: Tolerances) -> Bool {
        switch needs {
        case .nothing: true
        case .t1: tolerances.t1
        case .t2: tolerances.t2
        case .t3: tolerances.t3
        }
    }
}

@Suite("QROC")
struct QROCTests {
    // Restated from Pix's solution-service-qroc_test.js ("match, strong focus on treatments" and
    // its seven "deactivated" variants: same inputs, expectations as these needs imply).
    static let stress: [StressCase] = [
        StressCase(name: "no stress", answer: "Answer", solution: "\nvariant1\nAnswer\n", needs: .nothing),
        StressCase(name: "spaces", answer: "a b c d e", solution: "\nvariant1\nabcde\n", needs: .t1),
        StressCase(name: "reverted spaces", answer: "abcde", solution: "\nvariant1\na b c d e\n", needs: .t1),
        StressCase(name: "uppercase", answer: "ANSWER", solution: "\nvariant1\nanswer\n", needs: .t1),
        StressCase(name: "reverted uppercase", answer: "answer", solution: "\nvariant1\nANSWER\n", needs: .t1),
        StressCase(name: "accent", answer: "îàé êêê", solution: "\nvariant1\niae eee\n", needs: .t1),
        StressCase(name: "reverted accent", answer: "iae eee", solution: "\nvariant1\nîàé êêê\n", needs: .t1),
        StressCase(name: "diacritic", answer: "ççççç", solution: "\nvariant1\nccccc\n", needs: .t1),
        StressCase(name: "reverted diacritic", answer: "ccccc", solution: "\nvariant1\nççççç\n", needs: .t1),
        StressCase(name: "punctuation", answer: ".!p-u-n-c-t", solution: "\nvariant1\npunct\n", needs: .t2),
        StressCase(name: "reverted punctuation", answer: "punct", solution: "\nvariant1\n.!p-u-n-c-t\n", needs: .t2),
        StressCase(name: "levenshtein", answer: "0123456789", solution: "\nvariant1\n123456789\n", needs: .t3),
        StressCase(name: "reverted levenshtein", answer: "123456789", solution: "\nvariant1\n0123456789\n", needs: .t3),
    ]

    @Test(arguments: stress, allToleranceCombinations)
    func everyStressUnderEveryToleranceCombination(_ stress: StressCase, _ tolerances: Tolerances) {
        let result = grade(.text(stress.answer), for: qroc(stress.solution, tolerances))
        #expect(result.status == (stress.passes(with: tolerances) ? .ok : .ko))
    }

    // Pix's "match, combining most weird cases without deactivations".
    @Test(arguments: [
        QROCCase(answer: "Answer", solution: "Answer", expected: .ok),
        QROCCase(answer: "answer", solution: "ANSWER", expected: .ok),
        QROCCase(answer: "a b c d e", solution: "abcde", expected: .ok),
        QROCCase(answer: "a\u{A0}b\u{A0}c\u{A0}d\u{A0}e", solution: "abcde", expected: .ok),
        QROCCase(answer: "abcd", solution: "    abcd   ", expected: .ok),
        QROCCase(answer: "aaa bbb ccc", solution: "    AAABBBCCC   ", expected: .ok),
        QROCCase(answer: ",.!p-u-n-c-t", solution: "punct", expected: .ok),
        QROCCase(answer: "punct", solution: ",.!p-u-n-c-t", expected: .ok),
        QROCCase(answer: "with accents eee", solution: "wîth àccénts êêê", expected: .ok),
        QROCCase(answer: "variant 1", solution: "variant 1\nvariant 2\nvariant 3\n", expected: .ok),
        QROCCase(answer: "quack", solution: "quacks\nazertysqdf\nblablabla\n", expected: .ok),
        QROCCase(answer: "quak", solution: "qvak\nqwak\nanything\n", expected: .ok),
        QROCCase(answer: "", solution: "", expected: .ko, note: "empty solution"),
        QROCCase(answer: "abandoned answer", solution: "unmatched solution variant", expected: .ko),
        QROCCase(answer: "0123456789", solution: "1234567", expected: .ko),
        QROCCase(answer: "0123456789", solution: "12345", expected: .ko),
        QROCCase(answer: "a", solution: "0123456789", expected: .ko),
        QROCCase(answer: "quaks", solution: "qvakes\nqwakes\nanything\n", expected: .ko),
    ])
    func weirdCasesWithEveryTolerance(_ example: QROCCase) {
        #expect(grade(.text(example.answer), for: qroc(example.solution)).status == example.expected)
    }

    // Pix's "match with the type select for the QROC": nothing is treated when the first block
    // is a select (the answer still gets the pre-treatment).
    @Test(arguments: [
        QROCCase(answer: "Answer", solution: "Answer", expected: .ok),
        QROCCase(answer: "answer", solution: "ANSWER", expected: .ko),
        QROCCase(answer: "a b c d e", solution: "abcde", expected: .ko),
        QROCCase(answer: "a\u{A0}b\u{A0}c\u{A0}d\u{A0}e", solution: "abcde", expected: .ko),
        QROCCase(answer: ",.!p-u-n-c-t", solution: "punct", expected: .ko),
        QROCCase(answer: "variant 1", solution: "variant 1\nvariant 2\nvariant 3\n", expected: .ok),
        QROCCase(answer: "quack", solution: "quacks\nazertysqdf\nblablabla\n", expected: .ko),
        QROCCase(answer: "e\u{301}t\u{E9}", solution: "\u{E9}t\u{E9}", expected: .ok, note: "the answer is still NFC'd"),
    ])
    func selectFirstBlockTurnsTreatmentsOff(_ example: QROCCase) {
        let challenge = qroc(example.solution, proposals: #"${rep options=["Answer","ANSWER","abcde"]}"#)
        #expect(grade(.text(example.answer), for: challenge).status == example.expected)
    }

    @Test func firstBlockIsFirstInJavaScriptKeyOrder() {
        let lowercase = Answer.text("answer")
        // Array-index keys come first: "1" (an input) is the first key although written second.
        #expect(grade(lowercase, for: qroc("ANSWER", proposals: #"${a options=["x"]} ${1}"#)).status == .ok)
        #expect(grade(lowercase, for: qroc("ANSWER", proposals: #"${1 options=["x"]} ${a}"#)).status == .ko)
        #expect(grade(lowercase, for: qroc("ANSWER", proposals: #"${a} ${b options=["x"]}"#)).status == .ok)
        // A repeated key keeps its first place and takes its last type.
        #expect(grade(lowercase, for: qroc("ANSWER", proposals: #"${a} ${b} ${a options=["x"]}"#)).status == .ko)
        // "OPTIONS=" ends the API's key but is no select marker (that test is case-sensitive).
        #expect(grade(lowercase, for: qroc("ANSWER", proposals: #"${a OPTIONS=["x"]}"#)).status == .ok)
    }

    @Test func solutionsAreNotPreTreated() {
        // The answer's no-break space becomes a space; the solution's stays.
        #expect(grade(.text("a\u{A0}b"), for: qroc("a\u{A0}b", .none)).status == .ko)
        #expect(grade(.text("a b"), for: qroc("a\u{A0}b", .none)).status == .ko)
        #expect(grade(.text("a\u{A0}b"), for: qroc("a\u{A0}b", .pixDefault)).status == .ok)
        // A decomposed solution never matches without t1: the answer is always NFC'd.
        #expect(grade(.text("cafe\u{301}"), for: qroc("cafe\u{301}", .none)).status == .ko)
        #expect(grade(.text("caf\u{E9}"), for: qroc("cafe\u{301}", .none)).status == .ko)
        #expect(grade(.text("caf\u{E9}"), for: qroc("cafe\u{301}", Tolerances(t1: true, t2: false, t3: false))).status == .ok)
    }

    @Test func solutionLinesSplitOnLineFeedOnly() {
        #expect(QROCSolution.lines("Paris\r\nLyon\n\n \n") == ["Paris\r", "Lyon", " "])
        #expect(grade(.text("Paris"), for: qroc("Paris\r\nLyon", .none)).status == .ko)
        #expect(grade(.text("Lyon"), for: qroc("Paris\r\nLyon", .none)).status == .ok)
        #expect(grade(.text("Paris"), for: qroc("Paris\r\nLyon", .pixDefault)).status == .ok)
    }

    @Test func detailGivesTheTreatedAnswer() {
        let result = grade(.text(" Clé  USB! "), for: qroc("cle usb"))
        #expect(result.status == .ok)
        #expect(result.detail == .text(treatedAnswer: "cleusb"))
    }
}

@Suite("QROC format nombre")
struct QROCNumberTests {
    // Restated from Pix's solution-service-qroc_test.js, "match, with numerical answers and solutions".
    @Test(arguments: [
        QROCCase(answer: "0.123", solution: "0.123", expected: .ok),
        QROCCase(answer: "0123", solution: "123", expected: .ok),
        QROCCase(answer: "1230", solution: "123", expected: .ko),
        QROCCase(answer: "123.0", solution: "123", expected: .ok),
        QROCCase(answer: "123,0", solution: "123", expected: .ok),
        QROCCase(answer: "123,000", solution: "123", expected: .ok),
        QROCCase(answer: "123.4", solution: "123", expected: .ko),
        QROCCase(answer: "123,,00", solution: "123", expected: .ko),
        QROCCase(answer: "123..00", solution: "123", expected: .ko),
        QROCCase(answer: "123,.00", solution: "123", expected: .ko),
        QROCCase(answer: "122,1", solution: "123", expected: .ko),
        QROCCase(answer: "123,4", solution: "123", expected: .ko),
        QROCCase(answer: "123", solution: "123.4", expected: .ko),
        QROCCase(answer: "123", solution: "123.0", expected: .ok),
        QROCCase(answer: "00025 000", solution: "25000", expected: .ok),
        QROCCase(answer: "123,00", solution: "123.0\n123", expected: .ok),
        QROCCase(answer: "23", solution: "21\n22\n23\n", expected: .ok),
        // Quirks of "first comma, first space only" and of JavaScript's Number().
        QROCCase(answer: "1,5", solution: "1.5", expected: .ok),
        QROCCase(answer: " 12", solution: "12", expected: .ok, note: "trimmed"),
        QROCCase(answer: "1 000", solution: "1000", expected: .ok, note: "the one space removed"),
        QROCCase(answer: " 1 000", solution: "1000", expected: .ko, note: "numeric, but its value is 1"),
        QROCCase(answer: " 1 000", solution: "1", expected: .ok, note: "numeric, and its value is 1"),
        QROCCase(answer: "0x1A", solution: "0", expected: .ok, note: "Number() accepts it, parseFloat reads 0"),
        QROCCase(answer: "1e3", solution: "1000", expected: .ok),
        QROCCase(answer: "1\u{A0}000", solution: "1000", expected: .ko, note: "not numeric (no-break space), and no treatment makes it 1000"),
    ])
    func numbers(_ example: QROCCase) {
        let challenge = qroc(example.solution, .none, format: "nombre")
        #expect(grade(.text(example.answer), for: challenge).status == example.expected)
    }

    @Test func numbersThatAreNotNumericFallBackToText() {
        // "1 000 000" is not numeric (only one space is removed): text comparison decides.
        #expect(!PixNumber.isNumeric("1 000 000"))
        #expect(grade(.text("1 000 000"), for: qroc("1000000", .pixDefault, format: "nombre")).status == .ok)
        #expect(grade(.text("1 000 000"), for: qroc("1000000", .none, format: "nombre")).status == .ko)
        // Without the format, numbers are text: t2 makes "1,5" and "1.5" both "15".
        #expect(grade(.text("1,5"), for: qroc("1.5", .pixDefault)).status == .ok)
        #expect(grade(.text("1,5"), for: qroc("1.5", .none)).status == .ko)
        // A non-numeric solution line sends everything to text comparison.
        #expect(grade(.text("1,0"), for: qroc("1\nun", .none, format: "nombre")).status == .ko)
    }

    @Test func numberDetailCarriesTheValue() {
        let result = grade(.text("12,5"), for: qroc("12.5", format: "nombre"))
        #expect(result.status == .ok)
        #expect(result.detail == .number(12.5))
    }

    @Test(arguments: [
        ("1 000", true), ("1 000 000", false), (" 12 ", true), ("1,5", true), ("1,5,6", false), ("", false),
        ("   ", false), (",", false), ("0x1A", true), ("0b102", false), ("Infinity", true), ("infinity", false),
        (".5", true), ("5.", true), ("+5", true), ("- 5", true), ("1_000", false), ("１２", false), ("1e", false),
    ])
    func isNumeric(_ text: String, _ expected: Bool) {
        #expect(PixNumber.isNumeric(text) == expected)
    }
}
