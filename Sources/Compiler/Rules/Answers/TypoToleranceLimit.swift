import Diagnostics
import Grading
import Model

/// Typo tolerance (t3) is computed on texts of bounded length; an author test beyond it is
/// reported instead of being taken as passed or failed.
struct TypoToleranceLimit: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0418", .error,
        title: "Answer too long for typo tolerance",
        explanation: """
        With tolerance t3, Pix accepts an answer within a small number of typos of an accepted
        answer (an edit distance of at most a quarter of its length). Computing that distance
        takes time proportional to the product of the two lengths, so pixc computes it for texts
        that differ over at most 2,000 characters (once their common beginning and end are set
        aside) and reports an author test beyond that, rather than guess whether Pix accepts it.
        Shorten the answer, or remove t3: a text that long is not typed by a learner.
        """
    )

    var checksVariants: Bool { true }
    var needsSoundChallenge: Bool { true }

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        guard view.form.tolerances.contains(.t3), let tests = view.challenge.tests else { return [] }
        // Only long answers can reach the limit: most challenges are not graded here at all.
        let long = (tests.accept + tests.reject).filter { test in
            switch test {
            case .text(let text): text.value.utf16.count > Similarity.maximumLength / 2
            case .keyed(let pairs, _): pairs.contains { $0.value.value.utf16.count > Similarity.maximumLength / 2 }
            }
        }
        guard !long.isEmpty else { return [] }
        let grader = Grader(view.form.gradingChallenge)
        return long.compactMap { test in
            guard let answer = AuthorTestShape.gradableAnswer(test, form: view.form),
                  grader.grade(answer).failure == .beyondTypoToleranceLimit else { return nil }
            return descriptor(
                RuleMessages.text("TypoToleranceLimit.1", ["maximumLength": "\(Similarity.maximumLength)", "variantSuffix": "\(view.variantSuffix)"]),
                at: test.span, notes: view.variantNotes,
                help: Help(RuleMessages.text("TypoToleranceLimit.2")))
        }
    }
}
