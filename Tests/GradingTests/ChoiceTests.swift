import Grading
import Testing
import Vocabulary

private func qcu(_ solution: String) -> GradingChallenge {
    GradingChallenge(type: .qcu, proposals: "- Oui\n- Non\n- Peut-être", solution: .qcu(solution))
}

private func qcm(_ solution: String) -> GradingChallenge {
    GradingChallenge(type: .qcm, proposals: "- a\n- b\n- c", solution: .qcm(solution))
}

@Suite("QCU and QCM")
struct ChoiceTests {
    @Test(arguments: [("3", "3", true), (" 3", "3", false), ("3 ", "3", false), ("03", "3", false), ("3", " 3", false), ("2", "3", false)])
    func qcuIsStrictEquality(_ answer: String, _ solution: String, _ ok: Bool) {
        #expect(grade(.text(answer), for: qcu(solution)).status == (ok ? .ok : .ko))
    }

    // The first pairs restate Pix's lodash-utils areCSVequivalent tests and the QCM service tests.
    @Test(arguments: [
        ("1,2,3", "1,2,3", true), ("2 , blabla, 1", "blabla ,1,2", true), ("1,2", "2,1", true),
        ("1, 3", "1,3", true), ("1,\u{A0}3", "1,3", true), ("1,1,2", "1,2", false), ("1,2,", "1,2", false),
        ("1,2", "1,2,3", false), ("", "", true), ("1", "", false),
    ])
    func qcmComparesSortedTrimmedItems(_ answer: String, _ solution: String, _ ok: Bool) {
        #expect(grade(.text(answer), for: qcm(solution)).status == (ok ? .ok : .ko))
        #expect(ChoiceSolution.areCSVEquivalent(answer, solution) == ok)
    }

    @Test func qcmItemsAreComparedByCodeUnits() {
        // Swift would call these equal; JavaScript does not.
        #expect(!ChoiceSolution.areCSVEquivalent("caf\u{E9}", "cafe\u{301}"))
    }

    @Test func solutionIndices() {
        #expect(ChoiceSolution.indices("1, 3") == [1, 3])
        #expect(ChoiceSolution.indices(" 2 ,1") == [2, 1])
        #expect(ChoiceSolution.indices("1,,3") == nil)
        #expect(ChoiceSolution.indices("01") == nil)
        #expect(ChoiceSolution.indices("1.0") == nil)
        #expect(ChoiceSolution.index("3") == 3)
        #expect(ChoiceSolution.index(" 3") == nil)
        #expect(ChoiceSolution.index("0") == nil)
        #expect(ChoiceSolution.render([1, 3]) == "1, 3")
        #expect(ChoiceSolution.items("a ,\tb,") == ["a", "b", ""])
    }

    @Test func answerOfTheWrongShapeIsAFailure() {
        let result = grade(.fields(["a": "1"]), for: qcu("1"))
        #expect(result.status == .ko)
        #expect(result.failure == .answerShapeMismatch)
        #expect(grade(.text("1"), for: GradingChallenge(type: .qcu, proposals: "", solution: .qcm("1"))).failure == .solutionDoesNotMatchType)
    }
}

struct OptionsCase: Sendable, CustomTestStringConvertible {
    var proposals: String
    var options: [String]
    var testDescription: String { visible(proposals) }
}

@Suite("Option list syntax")
struct OptionListTests {
    // Each expectation was checked against V8 running mon-pix's expression.
    @Test(arguments: [
        OptionsCase(proposals: "- a\n- b", options: ["a", "b"]),
        OptionsCase(proposals: "- option - with a dash\n- b", options: ["option - with a dash", "b"]),
        OptionsCase(proposals: "Intro\n- a - b\n  -c\n- d\n", options: ["a - b", "c", "d\n"]),
        OptionsCase(proposals: "- a\n-\n- b", options: ["a", "- b"]),
        OptionsCase(proposals: "-a\n\n\n-   b", options: ["a", "b"]),
        OptionsCase(proposals: "- **gras**\n- `code`", options: ["**gras**", "`code`"]),
        OptionsCase(proposals: "- a \n- b", options: ["a ", "b"]),
        OptionsCase(proposals: "No list", options: []),
        OptionsCase(proposals: "", options: []),
    ])
    func parse(_ example: OptionsCase) {
        #expect(OptionList.texts(example.proposals) == example.options)
    }

    @Test func rangesPointIntoTheProposals() {
        let proposals = "- Élan\n- Œuvre d’art\n- 😀"
        let bytes = Array(proposals.utf8)
        let options = OptionList.parse(proposals)
        #expect(options.map(\.text) == ["Élan", "Œuvre d’art", "😀"])
        for option in options {
            #expect(String(decoding: bytes[option.range], as: UTF8.self) == option.text)
        }
        #expect(options.first?.range == 2..<7)
    }

    @Test func renderRoundTrips() throws {
        let options = ["Oui", "Non - peut-être", "Deux\nlignes", "Fin avec espace ", "Dernière\n"]
        let rendered = try OptionList.render(options)
        #expect(rendered == "- Oui\n- Non - peut-être\n- Deux\nlignes\n- Fin avec espace \n- Dernière\n")
        #expect(OptionList.texts(rendered) == options)
    }

    @Test(arguments: [
        (["a", ""], 1), ([" a"], 0), (["a\n- b"], 0), (["a\n  -b"], 0), (["a\n", "b"], 0), (["ok", "\tx"], 1),
    ])
    func renderRefusesWhatWouldNotReadBack(_ options: [String], _ badIndex: Int) {
        #expect(throws: PixSyntaxError.self) { try OptionList.render(options) }
        do {
            _ = try OptionList.render(options)
        } catch {
            #expect(error.index == badIndex)
        }
    }
}
