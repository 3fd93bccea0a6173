@testable import Compiler
import Diagnostics
import Model
import Vocabulary
import Testing

/// Inputs large enough that quadratic work would take minutes; each check here finishes in a
/// fraction of a second because the work is proportional to the input.
@Suite("Linear work on large content")
struct CompilerLinearWorkTests {
    static let path = "Challenges/1.1/recherche/grand.yaml"

    func check(_ text: String) -> CheckResult {
        Checker.check(ExampleContext.fileSystem.merging(MemoryFileSystem(texts: [Self.path: text])))
    }

    @Test func twelveThousandOptionsInABlockScalar() throws {
        let options = (1...12_000).map { "  - option \($0)" }.joined(separator: "\n")
        let result = check("""
        id: recherche-grand
        skill: "@recherche2"
        type: QCU
        status: proposé
        instruction: Choisissez.
        proposals: |
        \(options)
        solution: "12001"
        """)
        let diagnostic = try #require(result.diagnostics.first { $0.message.contains("names option 12001") })
        #expect(diagnostic.span?.startLocation.line == 12_007)
        let compiled = try #require(result.challenges.first)
        #expect(compiled.view.form.options.count == 12_000)
        // Each option points at its own line, from one alignment of the block with its source.
        #expect(compiled.view.form.options.last?.span.startLocation.line == 12_006)
        #expect(compiled.view.form.options.last?.span.startLocation.column == 5)
    }

    @Test func thousandsOfInputsWithMisnamedAnswers() {
        let count = 5_000
        let proposals = (1...count).map { "${champ\($0)}" }.joined(separator: " ")
        let answers = (1...count).map { "  chanp\($0): [\"\($0)\"]" }.joined(separator: "\n")
        let result = check("""
        id: recherche-grand
        skill: "@recherche2"
        type: QROCM-ind
        status: proposé
        instruction: Complétez.
        proposals: "\(proposals)"
        answers:
        \(answers)
        """)
        let misnamed = result.diagnostics.filter { $0.code == "PIX0407" || $0.code == DiagnosticLimits.summary.code }
        #expect(misnamed.errorCount >= count, "every misnamed answer is counted")
        #expect(result.diagnostics.count <= DiagnosticLimits.default.perFile + 10, "and kept within the limits")
        #expect(result.diagnostics.contains { $0.help?.message == "did you mean `champ1`?" })
    }

    @Test func aSelectWithManyOptionsAndWrongAnswers() {
        let options = (1...20_000).map { "\"choix \($0)\"" }.joined(separator: ",")
        let answers = (1...2_000).map { "\"chois \($0)\"" }.joined(separator: ", ")
        let result = check("""
        id: recherche-grand
        skill: "@recherche2"
        type: QROC
        status: proposé
        instruction: Choisissez.
        proposals: '${choix options=[\(options)]}'
        answers: [\(answers)]
        """)
        #expect(result.errorCount == 2_000)
        #expect(result.diagnostics.contains { $0.help?.message.hasPrefix("write `choix 1`") == true })
    }

    @Test func suggestionsAmongTwentyThousandIDs() {
        let ids = (0..<20_000).map { "recherche-question-\($0)" }
        let candidates = SuggestionCandidates(ids)
        var found = 0
        for number in stride(from: 0, to: 20_000, by: 10) {
            if Suggestion.closest(to: "recherche-questoin-\(number)", in: candidates) != nil { found += 1 }
            if Suggestion.closest(to: "recherche-question-\(number)x", in: candidates) == "recherche-question-\(number)" { found += 1 }
        }
        #expect(found == 4_000)
        #expect(Suggestion.closest(to: String(repeating: "x", count: 1_000_000), in: candidates) == nil)
        // A short list is searched whole: three edits away is still found.
        #expect(Suggestion.closest(to: "recharche-qestion-1x", among: ["recherche-question-1"]) == "recherche-question-1")
    }
}
