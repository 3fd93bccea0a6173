import Diagnostics
import Foundation
import Grading
import Model
import Vocabulary

/// Author tests are written in the shape the challenge's answers take.
struct AuthorTestShape: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0417", .error,
        title: "Author test of the wrong shape",
        explanation: """
        An author test is written as the learner would answer: the option number(s) for a QCU or
        QCM (`"2"`, `"1,3"`), the typed text for a QROC, and one value per input for a QROCM
        (`{nom: rapport, extension: pdf}`), using the keys of the inputs.
        """,
        wrong: RuleExamples.fileNameAndExtension(testKey: "ext"),
        right: RuleExamples.fileNameAndExtension()
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        guard let tests = view.challenge.tests else { return [] }
        var diagnostics: [Diagnostic] = []
        let keys = view.form.inputs.map(\.key)
        for test in tests.accept + tests.reject {
            switch (view.form.type, test) {
            case (.qcu, .text(let text)), (.qcm, .text(let text)):
                let numbers = text.value.split(separator: ",").map { $0.trimmingWhitespace() }
                if numbers.isEmpty || numbers.contains(where: { Int($0) == nil }) {
                    diagnostics.append(descriptor("a \(view.form.type.rawValue) is answered with option numbers, not `\(text.value)`", at: text.span,
                                                  help: Help("write the number\(view.form.type == .qcm ? "s" : "") of the option\(view.form.type == .qcm ? "s, for example \"1,3\"" : ", for example \"2\"")")))
                }
            case (.qroc, .text):
                break
            case (.qrocmInd, .keyed(let pairs, _)), (.qrocmDep, .keyed(let pairs, _)):
                for pair in pairs where !keys.contains(pair.key.value) {
                    var help = Help("the inputs are: " + keys.map { "`\($0)`" }.joined(separator: ", "))
                    if let near = Suggestion.closest(to: pair.key.value, among: keys) {
                        help = Help.didYouMean(near, replacing: pair.key.span)
                    }
                    diagnostics.append(descriptor("`\(pair.key.value)` is not an input of this challenge", at: pair.key.span, help: help))
                }
            case (.qrocmInd, .text(let text)), (.qrocmDep, .text(let text)):
                diagnostics.append(descriptor("a \(view.form.type.rawValue) test gives a value for each input", at: text.span,
                                              help: Help("write `{\(keys.map { "\($0): …" }.joined(separator: ", "))}`")))
            case (_, .keyed(_, let span)):
                diagnostics.append(descriptor("a \(view.form.type.rawValue) test is a single text", at: span,
                                              help: Help(view.form.type.isChoice ? "write the option number(s), for example \"2\"" : "write the text the learner types")))
            }
        }
        return diagnostics
    }

    /// The answer a test stands for, when its shape fits the challenge (otherwise this rule
    /// reports it and it is not graded).
    static func gradableAnswer(_ test: TestAnswer, form: PixForm) -> Answer? {
        switch (form.type, test) {
        case (.qcu, .text(let text)), (.qcm, .text(let text)):
            let numbers = text.value.split(separator: ",").map { $0.trimmingWhitespace() }
            return numbers.isEmpty || numbers.contains(where: { Int($0) == nil }) ? nil : .text(text.value)
        case (.qroc, .text(let text)):
            return .text(text.value)
        case (.qrocmInd, .keyed(let pairs, _)), (.qrocmDep, .keyed(let pairs, _)):
            let keys = Set(form.inputs.map(\.key))
            guard pairs.allSatisfy({ keys.contains($0.key.value) }) else { return nil }
            return .fields(pairs.map { AnswerField(key: $0.key.value, value: $0.value.value) })
        default:
            return nil
        }
    }
}
