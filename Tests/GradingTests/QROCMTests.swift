import Grading
import Testing
import Vocabulary

private func independent(
    _ entries: KeyValuePairs<String, [String]>,
    proposals: String = "${9lettres} ${6lettres}",
    _ tolerances: Tolerances = .pixDefault
) -> GradingChallenge {
    GradingChallenge(
        type: .qrocmInd, proposals: proposals,
        solution: .qrocmInd(entries.map { SolutionEntry(key: $0.key, acceptedAnswers: $0.value) }),
        tolerances: tolerances)
}

private func dependent(
    _ entries: KeyValuePairs<String, [String]>,
    proposals: String = "${num1} ${num2}",
    _ tolerances: Tolerances = .pixDefault
) -> GradingChallenge {
    GradingChallenge(
        type: .qrocmDep, proposals: proposals,
        solution: .qrocmDep(entries.map { SolutionEntry(key: $0.key, acceptedAnswers: $0.value) }),
        tolerances: tolerances)
}

private let vegetables = independent(["9lettres": ["courgette"], "6lettres": ["tomate", "chicon", "legume"]])

struct FieldsCase: Sendable, CustomTestStringConvertible {
    var first: String
    var second: String
    var details: [Bool]
    var note: String
    var testDescription: String { note }
}

@Suite("QROCM-ind")
struct QROCMIndependentTests {
    // Restated from Pix's solution-service-qrocm-ind_test.js ("Nominal and weird, combined cases").
    @Test(arguments: [
        FieldsCase(first: "courgette", second: "tomate", details: [true, true], note: "nominal"),
        FieldsCase(first: "c o u r g e t t e", second: "t o m a t e", details: [true, true], note: "spaces in answer"),
        FieldsCase(first: "ourgette", second: "tomae", details: [true, true], note: "levenshtein below 0.25"),
        FieldsCase(first: "COURGETTE", second: "TOMATE", details: [true, true], note: "uppercases"),
        FieldsCase(first: "C O U G E T T E", second: " O M A T E", details: [true, true], note: "uppercase, spaces, levenshtein"),
        FieldsCase(first: "ç O u -- ;\" ;--- _ ' grè TTÊ", second: " O M A T E", details: [true, true], note: "and accents"),
        FieldsCase(first: "c\u{A0}o\u{A0}u\u{A0}r\u{A0}g\u{A0}e\u{A0}t\u{A0}t\u{A0}e", second: "t o m a t e", details: [true, true], note: "no-break spaces"),
        FieldsCase(first: "patate", second: "legume", details: [false, true], note: "one wrong"),
        FieldsCase(first: "tomate", second: "courgette", details: [false, false], note: "answers swapped"),
    ])
    func nominalAndWeirdCases(_ example: FieldsCase) {
        let result = grade(.fields(["9lettres": example.first, "6lettres": example.second]), for: vegetables)
        #expect(result.status == (example.details.allSatisfy { $0 } ? .ok : .ko))
        #expect(result.detail == .fields([
            FieldResult(key: "9lettres", isCorrect: example.details[0]),
            FieldResult(key: "6lettres", isCorrect: example.details[1]),
        ]))
    }

    @Test func levenshteinPerField() {
        // Pix: abcde vs abcdefg is 0.4 away, ghjkl vs ghjklm 0.2.
        let challenge = independent(["9lettres": ["abcdefg"], "6lettres": ["ghjklm", "ghjklp", "ghjklz"]])
        let result = grade(.fields(["9lettres": "abcde", "6lettres": "ghjkl"]), for: challenge)
        #expect(result.status == .ko)
        #expect(result.detail == .fields([FieldResult(key: "9lettres", isCorrect: false), FieldResult(key: "6lettres", isCorrect: true)]))
        #expect(grade(.fields(["9lettres": "abcdefg", "6lettres": "ghjkl"]), for: challenge).status == .ok)
    }

    @Test func exactComparisonWithoutT3() {
        // Pix's "_compareAnswersAndSolutions … strictly when T3 is disabled".
        let challenge = independent(["Num1": ["1", "un", "01"], "Num2": ["2", "deux", "02"]], proposals: "${Num1} ${Num2}", .none)
        let result = grade(.fields(["Num1": "1", "Num2": "3"]), for: challenge)
        #expect(result.detail == .fields([FieldResult(key: "Num1", isCorrect: true), FieldResult(key: "Num2", isCorrect: false)]))
    }

    @Test func t3Only() {
        // Pix's "… with Levenshtein ratio when T3 is enabled".
        let challenge = independent(
            ["phrase1": ["Le silence est d'or"], "phrase2": ["facebook"], "phrase3": ["engasal"]],
            proposals: "${phrase1} ${phrase2} ${phrase3}", Tolerances(t1: false, t2: false, t3: true))
        let result = grade(.fields(["phrase1": "Le silence est d'ours", "phrase2": "faceboo", "phrase3": "lasagne"]), for: challenge)
        #expect(result.detail == .fields([
            FieldResult(key: "phrase1", isCorrect: true), FieldResult(key: "phrase2", isCorrect: true),
            FieldResult(key: "phrase3", isCorrect: false),
        ]))
    }

    @Test func unexpectedKeyIsPixsYamlParsingError() {
        let challenge = independent(["phrase1": ["Le silence est d'or"], "phrase2": ["facebook"]], proposals: "${phrase1} ${phrase2}")
        let result = grade(.fields(["phraseSansSolution": "lasagne", "phrase1": "Le silence est d'ours", "phrase2": "facebook"]), for: challenge)
        #expect(result.status == .ko)
        #expect(result.failure == .unexpectedAnswerKey("phraseSansSolution"))
        #expect(result.detail == .none)
    }

    @Test func missingKeyIsIgnored() {
        let result = grade(.fields(["9lettres": "courgette"]), for: vegetables)
        #expect(result.status == .ok)
        #expect(result.detail == .fields([FieldResult(key: "9lettres", isCorrect: true)]))
        #expect(grade(.fields([]), for: vegetables).status == .ok)
    }

    @Test func selectFieldsAreExactAndWithoutT3() {
        let challenge = independent(
            ["choix": ["Oui"], "ville": ["Paris"]], proposals: #"${choix options=["Oui","Non"]} ${ville}"#)
        let result = grade(.fields(["choix": "oui", "ville": "  PARI "]), for: challenge)
        #expect(result.detail == .fields([FieldResult(key: "choix", isCorrect: false), FieldResult(key: "ville", isCorrect: true)]))
        #expect(grade(.fields(["choix": "Oui", "ville": "paris"]), for: challenge).status == .ok)
        // Selects still get the pre-treatment, answers and solutions alike.
        let spaced = independent(["choix": ["Oui\u{A0}!"]], proposals: #"${choix options=["Oui !"]}"#)
        #expect(grade(.fields(["choix": "Oui !"]), for: spaced).status == .ok)
    }

    @Test func solutionsArePreTreatedUnlikeQROC() {
        let challenge = independent(["a": ["x\u{A0}y", "cafe\u{301}"]], proposals: "${a}", .none)
        #expect(grade(.fields(["a": "x y"]), for: challenge).status == .ok)
        #expect(grade(.fields(["a": "caf\u{E9}"]), for: challenge).status == .ok)
    }

    @Test func detailsFollowJavaScriptKeyOrder() {
        let challenge = independent(["b": ["x"], "2": ["x"], "a": ["x"], "1": ["x"]], proposals: "${b}${2}${a}${1}")
        let result = grade(.fields(["b": "x", "2": "x", "a": "y", "1": "x"]), for: challenge)
        #expect(result.detail == .fields([
            FieldResult(key: "1", isCorrect: true), FieldResult(key: "2", isCorrect: true),
            FieldResult(key: "b", isCorrect: true), FieldResult(key: "a", isCorrect: false),
        ]))
    }

    @Test func brokenInputs() {
        #expect(grade(.fields(["a": "x"]), for: independent([:], proposals: "${a}")).status == .ko)
        #expect(grade(.fields(["a": "x"]), for: independent(["a": ["x"], "a": ["y"]], proposals: "${a}")).failure == .duplicateSolutionKey("a"))
        #expect(grade(.fields(["a": "x", "a": "x"]), for: independent(["a": ["x"]], proposals: "${a}")).failure == .duplicateAnswerKey("a"))
        #expect(grade(.text("a: x"), for: independent(["a": ["x"]], proposals: "${a}")).failure == .answerShapeMismatch)
        #expect(grade(.fields(["a": "x"]), for: independent(["a": ["x"]], proposals: "${a} ${}")).failure == .proposalsBreakPixAPI)
    }
}

private let twoEngines = dependent(["Google": ["Google", "google.fr", "Google Search"], "Yahoo": ["Yahoo", "Yahoo Answer"]])
private let threeEngines = dependent(
    ["Google": ["Google", "google.fr", "Google Search"], "Yahoo": ["Yahoo", "Yahoo Answer"], "Bing": ["Bing"]],
    proposals: "${num1} ${num2} ${num3}")

@Suite("QROCM-dep")
struct QROCMDependentTests {
    // Restated from Pix's solution-service-qrocm-dep_test.js.
    @Test(arguments: [
        ("Google", "Yahoo"), ("Google Search", "Yahoo Answer"), ("G o o g l e\u{A0}\u{A0}", "\u{A0}Y a h o o\u{A0}"),
        ("GooGLe!!! earch  ", " Yahoo  n-?swer  "), ("    GoogLe Search  ", "  Yahoo Answer  "), ("Yahoo", "Google"),
    ])
    func bothAnswersRight(_ first: String, _ second: String) {
        #expect(grade(.fields(["num1": first, "num2": second]), for: twoEngines).status == .ok)
    }

    @Test func threeGroups() {
        #expect(grade(.fields(["num1": "Google Search", "num2": "Yahoo Answer", "num3": "Bing"]), for: threeEngines).status == .ok)
    }

    @Test func solutionsWithSpacesAndNumbers() {
        let spaced = dependent(["Google": [" G o o g le  "], "Yahoo": ["  Y a h o    o   "]])
        #expect(grade(.fields(["num1": "Google", "num2": "Yahoo"]), for: spaced).status == .ok)
        let numbers = dependent(["Google": ["987"], "Yahoo": ["123,00"]])
        #expect(grade(.fields(["num1": "123,00", "num2": "987"]), for: numbers).status == .ok)
    }

    @Test func duplicatedAnswerCannotUseOneGroupTwice() {
        let result = grade(.fields(["num1": "google.fr", "num2": "google.fr"]), for: dependent(["Google": ["Google"], "Yahoo": ["Yahoo"]]))
        #expect(result.status == .ko)
        #expect(result.detail == .dependent(DependentMatching(
            matches: [.init(key: "num1", group: "Google"), .init(key: "num2", group: nil)],
            unmatchedGroups: ["Yahoo"], solutionsWithoutGoodAnswers: ["Yahoo"])))
    }

    @Test func wrongAnswers() {
        #expect(grade(.fields(["num1": "Foo", "num2": "Bar"]), for: twoEngines).status == .ko)
    }

    @Test func correctionDetails() {
        // Pix's "#getCorrectionDetails" case.
        let challenge = dependent([
            "Whatsapp": ["WhatsApp Messenger", "Whatsapp"], "Telegram": ["Telegram", "Telegram Messenger"],
            "Adium": ["Adium"], "Androidmessages": ["Android Messages", "Arattai"], "Beagle": ["Beagle IM"], "BBM": ["BBM"],
        ], proposals: "${logiciel1} ${logiciel2}")
        let result = grade(.fields(["logiciel1": "WhatsApp Messenger", "logiciel2": "zefzef"]), for: challenge)
        guard case .dependent(let matching) = result.detail else {
            Issue.record("expected QROCM-dep details")
            return
        }
        #expect(matching.matches == [.init(key: "logiciel1", group: "Whatsapp"), .init(key: "logiciel2", group: nil)])
        #expect(matching.solutionsWithoutGoodAnswers == ["Telegram", "Adium", "Android Messages", "Beagle IM", "BBM"])
        #expect(matching.unmatchedGroups == ["Telegram", "Adium", "Androidmessages", "Beagle", "BBM"])
    }

    @Test func matchingIsGreedyInAnswerOrder() {
        // A perfect assignment exists (num1 → B, num2 → A), but num1 takes A first.
        let challenge = dependent(["A": ["x", "y"], "B": ["x"]], .none)
        #expect(grade(.fields(["num1": "x", "num2": "y"]), for: challenge).status == .ko)
        #expect(grade(.fields(["num1": "y", "num2": "x"]), for: challenge).status == .ok)
    }

    @Test func groupsAndAnswersFollowJavaScriptKeyOrder() {
        // Group "1" is tried before "b", and answer "1" before "r".
        let challenge = dependent(["b": ["x"], "1": ["x", "y"]], proposals: "${r} ${1}", .none)
        #expect(grade(.fields(["r": "x", "1": "y"]), for: challenge).status == .ok)
        #expect(grade(.fields(["r": "y", "1": "x"]), for: challenge).status == .ko)
    }

    @Test func selectsAreTreatedLikeInputs() {
        let challenge = dependent(["A": ["Oui"], "B": ["Non"]], proposals: #"${c1 options=["Oui","Non"]} ${c2 options=["Oui","Non"]}"#)
        #expect(grade(.fields(["c1": "oui", "c2": "NON"]), for: challenge).status == .ok)
    }

    @Test func solutionIsNotPreTreated() {
        let challenge = dependent(["A": ["x\u{A0}y"]], proposals: "${a}", .none)
        #expect(grade(.fields(["a": "x\u{A0}y"]), for: challenge).status == .ko)
    }

    @Test func edgeInputs() {
        // No answer at all: 0 matched out of 0.
        #expect(grade(.fields([]), for: twoEngines).status == .ok)
        #expect(grade(.fields(["num1": "x"]), for: dependent([:])).status == .ko)
        #expect(grade(.fields(["num1": "x"]), for: dependent(["A": []])).status == .ko)
        #expect(grade(.fields(["num1": "x"]), for: dependent(["A": ["x"], "A": ["y"]])).failure == .duplicateSolutionKey("A"))
    }

    @Test(arguments: allToleranceCombinations)
    func stressUnderEveryToleranceCombination(_ tolerances: Tolerances) {
        // Pix's "strong focus on treatments" for QROCM-dep, one stress per treatment.
        let challenge = dependent(["Google": ["abcd", "efgh", "hijk"], "Yahoo": ["lmno", "pqrs", "yuoi"]], tolerances)
        func status(_ answer: String) -> AnswerStatus { grade(.fields(["num1": answer, "num2": "efgh"]), for: challenge).status }
        #expect(status("pqrs") == .ok)
        #expect(status("p q r s ") == (tolerances.t1 ? .ok : .ko))
        #expect(status("ÿüôî") == (tolerances.t1 ? .ok : .ko))
        #expect(status("PQRS") == (tolerances.t1 ? .ok : .ko))
        #expect(status("+p?q-r!s+") == (tolerances.t2 ? .ok : .ko))
        let levenshtein = dependent(["Google": ["abcd", "efgh"], "Yahoo": ["123456789"]], tolerances)
        #expect(grade(.fields(["num1": "0123456789", "num2": "efgh"]), for: levenshtein).status == (tolerances.t3 ? .ok : .ko))
    }
}
