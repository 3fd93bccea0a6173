import Diagnostics
import Grading
import Model

/// Every author test is graded as the author expects, with Pix's grading rules.
struct AuthorTestsPass: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0411", .error,
        title: "Author test fails",
        explanation: """
        `tests.accept` lists answers the grading must accept, `tests.reject` answers it must
        refuse. pixc grades each of them with Pix's exact rules (tolerances t1, t2, t3, the
        `nombre` format, selects) on the challenge and on every variant. A failing test means the
        challenge does not grade as its author thinks: fix the accepted answers or the tolerances,
        or the test.
        """,
        wrong: RuleExamples.challenge("recherche-annee-cnil", type: "QROC", instruction: "En quelle année la CNIL a-t-elle été créée ?", """
        proposals: "Année : ${annee}"
        answers: ["1978"]
        format: nombre
        tests:
          accept: ["1978", "en 1978"]
          reject: ["1987"]
        """),
        right: RuleExamples.challenge("recherche-annee-cnil", type: "QROC", instruction: "En quelle année la CNIL a-t-elle été créée ?", """
        proposals: "Année : ${annee}"
        answers: ["1978"]
        format: nombre
        tests:
          accept: ["1978", " 1978 "]
          reject: ["1987", "en 1978"]
        """)
    )

    var checksVariants: Bool { true }
    var needsSoundChallenge: Bool { true }

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        // Tests of the wrong shape are reported once by AuthorTestShape; they are not graded here.
        guard let tests = view.challenge.tests else { return [] }
        let grader = Grader(view.form.gradingChallenge)
        var diagnostics: [Diagnostic] = []
        for test in tests.accept {
            guard let answer = AuthorTestShape.gradableAnswer(test, form: view.form) else { continue }
            let result = grader.grade(answer)
            if result.status != .ok, result.failure == nil {
                diagnostics.append(descriptor(
                    RuleMessages.text("AuthorTestsPass.1", ["test": "\(Self.describe(test))", "status": "\(result.status.rawValue)", "variantSuffix": "\(view.variantSuffix)"]),
                    at: test.span, notes: view.variantNotes + Self.acceptedNote(view.form),
                    help: Help(RuleMessages.text("AuthorTestsPass.2"))))
            }
        }
        for test in tests.reject {
            guard let answer = AuthorTestShape.gradableAnswer(test, form: view.form) else { continue }
            let result = grader.grade(answer)
            if result.status == .ok {
                diagnostics.append(descriptor(
                    RuleMessages.text("AuthorTestsPass.3", ["test": "\(Self.describe(test))", "variantSuffix": "\(view.variantSuffix)"]),
                    at: test.span, notes: view.variantNotes + [Self.why(answer, view: view)],
                    help: Help(RuleMessages.text("AuthorTestsPass.4"))))
            }
        }
        return diagnostics
    }

    static func describe(_ test: TestAnswer) -> String {
        switch test {
        case .text(let text): return "`\(text.value)`"
        case .keyed(let pairs, _): return "{" + pairs.map { "\($0.key.value): \($0.value.value)" }.joined(separator: ", ") + "}"
        }
    }

    static func acceptedNote(_ form: PixForm) -> [String] {
        switch form.type {
        case .qcu, .qcm: return [RuleMessages.catalogue.text(form.type == .qcm ? "AuthorTestsPass.solution.qcm" : "AuthorTestsPass.solution.qcu",
                                                                 values: ["solution": form.solution.isEmpty ? RuleMessages.text("AuthorTestsPass.solution.notSet") : form.solution])]
        case .qroc: return [RuleMessages.text("AuthorTestsPass.5") + form.accepted.map { "`\($0.value)`" }.joined(separator: ", ")]
        case .qrocmInd, .qrocmDep: return []
        }
    }

    /// Which tolerance makes Pix accept an answer the author wants rejected.
    static func why(_ answer: Answer, view: ChallengeView) -> String {
        var strict = view.form.gradingChallenge
        strict.tolerances = .none
        if Grader(strict).grade(answer).status == .ok { return RuleMessages.text("AuthorTestsPass.6") }
        for (name, tolerances) in [(RuleMessages.text("AuthorTestsPass.7"), Tolerances(t1: true, t2: false, t3: false)),
                                   (RuleMessages.text("AuthorTestsPass.8"), Tolerances(t1: false, t2: true, t3: false)),
                                   (RuleMessages.text("AuthorTestsPass.9"), Tolerances(t1: false, t2: false, t3: true))] {
            var loose = strict
            loose.tolerances = tolerances
            if view.form.gradingTolerances.contains(tolerances), Grader(loose).grade(answer).status == .ok {
                return RuleMessages.text("AuthorTestsPass.10", ["name": "\(name)"])
            }
        }
        return RuleMessages.text("AuthorTestsPass.11")
    }
}

extension Tolerances {
    /// True when every tolerance enabled in `other` is enabled here.
    func contains(_ other: Tolerances) -> Bool {
        (!other.t1 || t1) && (!other.t2 || t2) && (!other.t3 || t3)
    }
}
