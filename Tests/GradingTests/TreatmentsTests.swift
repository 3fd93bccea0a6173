import Testing
import Grading

struct TextCase: Sendable, CustomTestStringConvertible {
    var input: String
    var expected: String
    var note: String = ""
    var testDescription: String { "\(visible(input)) → \(visible(expected)) \(note)" }
}

@Suite("Treatments")
struct TreatmentsTests {
    // The first cases restate Pix's api/tests/evaluation/unit/domain/services/validation-treatments_test.js.
    @Test(arguments: [
        TextCase(input: "  foo  bar  ", expected: "foobar", note: "white spaces (Pix)"),
        TextCase(input: "unbreakable\u{A0}spaces", expected: "unbreakablespaces", note: "no-break space (Pix)"),
        TextCase(input: "àâäéèêëîïôöòûùüñń", expected: "aaaeeeeiiooouuunn", note: "accents (Pix)"),
        TextCase(input: "hameçon", expected: "hamecon", note: "cédille (Pix)"),
        TextCase(input: "SHI-fu-Mi", expected: "shi-fu-mi", note: "case (Pix)"),
        TextCase(input: "æ/œ", expected: "æ/œ", note: "ligatures kept (Pix)"),
        TextCase(input: "shi-foo-bar", expected: "shi-foo-bar", note: "unchanged (Pix)"),
        TextCase(input: "É", expected: "e", note: "uppercase precomposed"),
        TextCase(input: "E\u{301}", expected: "e", note: "uppercase decomposed"),
        TextCase(input: "Mot\tClé\n", expected: "motcle", note: "tab and newline"),
        TextCase(input: "a\u{2028}b\u{3000}c\u{FEFF}d\u{202F}e", expected: "abcde", note: "every JavaScript \\s"),
        TextCase(input: "a\u{200B}b", expected: "a\u{200B}b", note: "zero-width space is not \\s"),
        TextCase(input: "a\u{180E}b", expected: "a\u{180E}b", note: "Mongolian vowel separator is not \\s"),
        TextCase(input: "ﬁn Œuvre", expected: "ﬁnœuvre", note: "ligatures are not decomposed"),
        TextCase(input: "😀 Smile", expected: "😀smile", note: "emoji kept"),
        TextCase(input: "ΟΔΟΣ ΣΟΦΟΣ", expected: "οδοςσοφος", note: "final sigma, as V8"),
        TextCase(input: "İstanbul", expected: "istanbul", note: "İ lowercases to i + U+0307, then stripped"),
        TextCase(input: "한글", expected: "\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}", note: "Hangul decomposes to jamo"),
        TextCase(input: "Ⅻ", expected: "ⅻ", note: "Roman numeral lowercases"),
        TextCase(input: "ẞ", expected: "ß", note: "capital sharp s"),
    ])
    func t1(_ example: TextCase) {
        #expect(sameUnits(Treatments.t1(example.input), example.expected), "got \(visible(Treatments.t1(example.input)))")
    }

    @Test(arguments: [
        TextCase(input: "?Allo?,:;.", expected: "Allo", note: "all point types (Pix)"),
        TextCase(input: "\\o/", expected: "o", note: "slashes (Pix)"),
        TextCase(input: "\"quotes\"", expected: "quotes", note: "quotes (Pix)"),
        TextCase(input: "Shi-fu_mi", expected: "Shifumi", note: "underscore and dashes (Pix)"),
        TextCase(input: "(anyway)", expected: "anyway", note: "parenthesis (Pix)"),
        TextCase(input: "shi foo bar", expected: "shi foo bar", note: "unchanged (Pix)"),
        TextCase(
            input: "Th!!is., -/ is #! an $ % ^ & * example ;: {} of a = -_ string with `~)() punctuation",
            expected: "This is an example of a string with punctuation", note: "complex phrase (Pix)"),
        TextCase(input: "  a   b  ", expected: " a b ", note: "runs collapse, ends are kept"),
        TextCase(input: "a\tb\nc", expected: "abc", note: "tabs and newlines are removed, not turned into spaces"),
        TextCase(input: "a\u{A0}b", expected: "ab", note: "no-break space is removed"),
        TextCase(input: "Clé", expected: "Cl", note: "accented letters are removed without t1"),
        TextCase(input: "ﬁ😀", expected: "", note: "ligature and emoji removed"),
        TextCase(input: "1,5", expected: "15", note: "decimal comma"),
    ])
    func t2(_ example: TextCase) {
        #expect(sameUnits(Treatments.t2(example.input), example.expected), "got \(visible(Treatments.t2(example.input)))")
    }

    @Test(arguments: [
        TextCase(input: "e\u{301}", expected: "é", note: "NFC (Pix)"),
        TextCase(input: "\u{A0}Shi\u{A0}Foo-Bar\u{A0}", expected: " Shi Foo-Bar ", note: "no-break spaces (Pix)"),
        TextCase(input: "a\u{202F}b", expected: "a\u{202F}b", note: "narrow no-break space is kept"),
        TextCase(input: "\u{212B}", expected: "Å", note: "Ångström sign is a singleton"),
        TextCase(input: "Paris", expected: "Paris", note: "ASCII unchanged"),
    ])
    func preTreatment(_ example: TextCase) {
        #expect(sameUnits(Treatments.preTreatment(example.input), example.expected))
    }

    @Test func treatmentsApplyInOrderT1ThenT2() {
        // Pix's "#applyTreatments with enabled Treatments".
        let input = " Shi Foo-Bar "
        #expect(Treatments.apply(input, t1: false, t2: false) == input)
        #expect(Treatments.apply(input, t1: true, t2: false) == "shifoo-bar")
        #expect(Treatments.apply(input, t1: false, t2: true) == " Shi FooBar ")
        #expect(Treatments.apply(input, t1: true, t2: true) == "shifoobar")
        // t1 first: accents become letters t2 keeps; t2 first would have dropped them.
        #expect(Treatments.apply("Clé", t1: true, t2: true) == "cle")
    }
}

struct RatioCase: Sendable, CustomTestStringConvertible {
    var answer: String
    var reference: String
    var accepted: Bool
    var why: String
    var testDescription: String { "\(visible(answer)) vs \(visible(reference)): \(why)" }
}

@Suite("t3 similarity")
struct SimilarityTests {
    @Test(arguments: [
        RatioCase(answer: "abcd", reference: "abce", accepted: true, why: "1/4 = 0.25 exactly is accepted"),
        RatioCase(answer: "abc", reference: "abd", accepted: false, why: "1/3 is above 0.25"),
        RatioCase(answer: "abcdefgh", reference: "abcdef", accepted: true, why: "2/8 by the answer's length (2/6 by the reference's)"),
        RatioCase(answer: "abcdef", reference: "abcdefgh", accepted: false, why: "2/6 by the answer's length (2/8 by the reference's)"),
        RatioCase(answer: "abc😀", reference: "abcd", accepted: false, why: "emoji is 2 code units: 2/5"),
        RatioCase(answer: "cafe\u{301}", reference: "caf\u{E9}", accepted: false, why: "decomposed é: 2/5"),
        RatioCase(answer: "", reference: "", accepted: true, why: "empty matches empty"),
        RatioCase(answer: "", reference: "a", accepted: false, why: "empty matches only empty"),
        RatioCase(answer: "a", reference: "", accepted: false, why: "1/1"),
        // Pix's QROC tests: "quack" is 0.2 from "quacks", "quak" 0.25 from "qvak", "quaks" 0.4 from "qvakes".
        RatioCase(answer: "quack", reference: "quacks", accepted: true, why: "0.2 (Pix)"),
        RatioCase(answer: "quak", reference: "qvak", accepted: true, why: "0.25 (Pix)"),
        RatioCase(answer: "quaks", reference: "qvakes", accepted: false, why: "0.4 (Pix)"),
        RatioCase(answer: "0123456789", reference: "1234567", accepted: false, why: "0.3 (Pix)"),
    ])
    func ratioIsDividedByTheAnswerLength(_ example: RatioCase) {
        #expect(Similarity.isCloseEnough(example.answer, to: example.reference) == example.accepted)
        #expect((Similarity.ratio(example.answer, example.reference) <= Similarity.maximumRatio) == example.accepted)
    }

    @Test func distanceCountsCodeUnits() {
        #expect(Similarity.levenshteinDistance("kitten", "sitting") == 3)
        #expect(Similarity.levenshteinDistance("😀", "") == 2)
        #expect(Similarity.levenshteinDistance("😀", "😃") == 1)
        #expect(Similarity.levenshteinDistance("é", "e\u{301}") == 2)
    }

    @Test func noReferenceIsNeverCloseEnough() {
        #expect(!Similarity.isCloseEnoughToOneOf("x", []))
        #expect(Similarity.isCloseEnoughToOneOf("quack", ["quacks", "azertysqdf", "blablabla"]))
    }

    @Test func boundedDistanceAgreesWithFullDistance() {
        let words = ["", "a", "ab", "abc", "abcd", "abdc", "bacd", "xyzw", "abcde", "aabbcc", "abcabc", "courgette", "cougrette", "ourgette"]
        for answer in words {
            for reference in words {
                let expected = answer.isEmpty
                    ? reference.isEmpty
                    : 4 * Similarity.levenshteinDistance(answer, reference) <= answer.utf16.count
                #expect(Similarity.isCloseEnough(answer, to: reference) == expected, "\(answer) / \(reference)")
            }
        }
    }
}
