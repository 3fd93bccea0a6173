import Compiler
import Grading
@testable import Preview
import Testing

@Suite("Grading on the preview pages")
struct GradingReportTests {
    let site = FixtureRepository.site()

    func grade(_ slug: String, _ value: PreviewAnswer.Value, timedOut: Bool = false, focusedOut: Bool = false, certification: Bool = false) throws -> GradingReport {
        let page = try #require(site.pages[slug])
        return GradingReport.grade(PreviewAnswer(value: value, timedOut: timedOut, focusedOut: focusedOut, certification: certification), on: page)
    }

    @Test func qcuRightAndWrong() throws {
        #expect(try grade("recherche-moteur-qcu", .text("1")).status == "ok")
        let wrong = try grade("recherche-moteur-qcu", .text("3"))
        #expect(wrong.status == "ko")
        #expect(wrong.lines == ["chosen: “LibreOffice Writer”; right: “Qwant”"])
        #expect(try grade("recherche-moteur-qcu", .text("1"), timedOut: true).status == "timedout")
    }

    @Test func qcmOrderDoesNotMatter() throws {
        #expect(try grade("recherche-operateurs-qcm", .text("2,1")).status == "ok")
        #expect(try grade("recherche-operateurs-qcm", .text("1")).status == "ko")
        #expect(try grade("recherche-operateurs-qcm", .text("1,2"), focusedOut: true).status == "ok")
        #expect(try grade("recherche-operateurs-qcm", .text("1,2"), focusedOut: true, certification: true).status == "focusedOut")
    }

    @Test func qrocNumberIsComparedAsANumber() throws {
        let page = try #require(site.pages["tableur-conversion-qroc"])
        guard case .qroc(let solution) = page.grading.solution else { Issue.record("not a QROC"); return }
        let report = try grade("tableur-conversion-qroc", .text(solution))
        #expect(report.status == "ok")
        #expect(report.lines.first?.contains("equal as a number (format nombre)") == true)
        #expect(try grade("tableur-conversion-qroc", .text("12")).status == "ko")
    }

    @Test func qrocmSaysWhichToleranceAccepted() throws {
        let exact = try grade("tableur-cellules-qrocm", .fields([("fonction", "SOMME"), ("separateur", ":")]))
        #expect(exact.status == "ok")
        #expect(exact.lines[0] == "fonction = “SOMME”: matches the accepted answer “SOMME” as typed")
        #expect(exact.lines[1].contains("a drop-down list: compared without any tolerance"))
        let lower = try grade("tableur-cellules-qrocm", .fields([("fonction", " somme "), ("separateur", ":")]))
        #expect(lower.status == "ok")
        #expect(lower.lines[0] == "fonction = “ somme ”: matches “SOMME” once t1 (case, accents, spaces) applied")
        let typo = try grade("tableur-cellules-qrocm", .fields([("fonction", "somma"), ("separateur", ":")]))
        #expect(typo.status == "ok")
        #expect(typo.lines[0].contains("accepted by t3: 1 edit from “SOMME” over 5 characters"))
        let wrong = try grade("tableur-cellules-qrocm", .fields([("fonction", "MOYENNE"), ("separateur", ";")]))
        #expect(wrong.status == "ko")
        #expect(wrong.headline == "Wrong (ko)")
        #expect(wrong.lines[0].contains("matches no accepted answer; the nearest is “SOMME”"))
    }

    /// The explanation retraces the grader: on every author test of the fixture pages, a value
    /// is explained as matching exactly when the grader accepts the answer.
    @Test func explanationsAgreeWithTheGrader() throws {
        let check = Checker.check(FixtureRepository.fileSystem)
        for compiled in check.challenges {
            let views = compiled.variants.isEmpty ? [(compiled.view.challenge, compiled.view.form)] : compiled.variants.map { ($0.challenge, $0.form) }
            for (challenge, form) in views {
                let grader = Grader(form.gradingChallenge)
                for test in (challenge.tests?.accept ?? []) + (challenge.tests?.reject ?? []) {
                    let answer: Answer
                    switch test {
                    case .text(let text): answer = .text(text.value)
                    case .keyed(let pairs, _): answer = .fields(pairs.map { AnswerField(key: $0.key.value, value: $0.value.value) })
                    }
                    let explanation = grader.explain(answer)
                    if !explanation.comparisons.isEmpty {
                        #expect(explanation.comparisons.allSatisfy(\.isMatch) == (explanation.result.status == .ok), "\(compiled.id) \(answer)")
                    }
                }
            }
        }
    }
}
