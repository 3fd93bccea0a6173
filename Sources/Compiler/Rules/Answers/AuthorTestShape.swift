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
        An author test is written as the learner would answer: the numbers of the options for a QCU or
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
                    diagnostics.append(descriptor(RuleMessages.text("AuthorTestShape.1", ["type": "\(view.form.type.rawValue)", "text": "\(text.value)"]), at: text.span,
                                                  help: Help(RuleMessages.text(view.form.type == .qcm ? "AuthorTestShape.numbers.qcm" : "AuthorTestShape.numbers.qcu"))))
                }
            case (.qroc, .text):
                break
            case (.qrocmInd, .keyed(let pairs, _)), (.qrocmDep, .keyed(let pairs, _)):
                for pair in pairs where !keys.contains(pair.key.value) {
                    var help = Help(RuleMessages.text("AuthorTestShape.2") + keys.map { "`\($0)`" }.joined(separator: ", "))
                    if let near = Suggestion.closest(to: pair.key.value, among: keys) {
                        help = Help.didYouMean(near, replacing: pair.key.span)
                    }
                    diagnostics.append(descriptor(RuleMessages.text("AuthorTestShape.3", ["key": "\(pair.key.value)"]), at: pair.key.span, help: help))
                }
            case (.qrocmInd, .text(let text)), (.qrocmDep, .text(let text)):
                diagnostics.append(descriptor(RuleMessages.text("AuthorTestShape.4", ["type": "\(view.form.type.rawValue)"]), at: text.span,
                                              help: Help(RuleMessages.text("AuthorTestShape.5", ["keys": "\(keys.map { "\($0): …" }.joined(separator: ", "))"]))))
            case (_, .keyed(_, let span)):
                diagnostics.append(descriptor(RuleMessages.text("AuthorTestShape.6", ["type": "\(view.form.type.rawValue)"]), at: span,
                                              help: Help(view.form.type.isChoice ? RuleMessages.text("AuthorTestShape.7") : RuleMessages.text("AuthorTestShape.8"))))
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
