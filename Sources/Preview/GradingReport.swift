import Foundation
import Grading

/// An answer typed on a preview page, as the page sends it.
public struct PreviewAnswer: Sendable {
    public enum Value: Sendable {
        /// QCU ("2"), QCM ("1,3"), QROC (the text).
        case text(String)
        /// QROCM: each input's key and value, in page order.
        case fields([(key: String, value: String)])
    }

    public var value: Value
    public var timedOut: Bool
    public var focusedOut: Bool
    public var certification: Bool

    public init(value: Value, timedOut: Bool = false, focusedOut: Bool = false, certification: Bool = false) {
        self.value = value
        self.timedOut = timedOut
        self.focusedOut = focusedOut
        self.certification = certification
    }
}

/// What the page shows after grading: Pix's status, a headline and why.
public struct GradingReport: Sendable, Equatable {
    /// Pix's answer status: ok, ko, timedout, focusedOut, aband.
    public var status: String
    public var headline: String
    public var lines: [String]

    /// Grades with the Grading module, exactly as the build checks author tests, and explains
    /// each comparison.
    public static func grade(_ answer: PreviewAnswer, on page: PreviewPage, strings: PreviewStrings = .english) -> GradingReport {
        let grader = Grader(page.grading)
        let graded: Answer
        switch answer.value {
        case .text(let text): graded = .text(text)
        case .fields(let fields): graded = .fields(fields.map { AnswerField(key: $0.key, value: $0.value) })
        }
        let context = AnswerContext(hasTimedOut: answer.timedOut, isFocusedChallenge: page.isFocused,
                                    hasFocusedOut: answer.focusedOut, isCertification: answer.certification)
        let explanation = grader.explain(graded, context: context)
        let result = explanation.result
        var lines: [String] = []
        switch page.grading.type {
        case .qcu, .qcm:
            if case .text(let text) = graded {
                // Options are named by their text: the learner saw them shuffled.
                func named(_ number: String) -> String {
                    guard let index = Int(number), page.optionTexts.indices.contains(index - 1) else { return number }
                    let option = page.optionTexts[index - 1]
                    return "“" + (option.count > 60 ? String(option.prefix(59)) + "…" : option) + "”"
                }
                let right = page.rightOptions.map { named(String($0)) }.joined(separator: ", ")
                let chosen = text.split(separator: ",").map { named($0.trimmingCharacters(in: .whitespaces)) }.joined(separator: ", ")
                lines.append(result.status == .ko ? strings.choiceWrong(chosen, right) : strings.choiceRight)
            }
        case .qroc, .qrocmInd, .qrocmDep:
            for comparison in explanation.comparisons { lines.append(describe(comparison, strings: strings)) }
        }
        if result.status == .timedout { lines.append(strings.timedOutNote) }
        if result.status == .focusedOut { lines.append(strings.focusedOutNote) }
        if let failure = result.failure { lines.append(strings.failureNote(String(describing: failure))) }
        let headline: String
        switch result.status {
        case .ok: headline = strings.verdictOK
        case .ko: headline = strings.verdictKO
        default: headline = strings.verdictOther(result.status.rawValue)
        }
        return GradingReport(status: result.status.rawValue, headline: headline, lines: lines)
    }

    static func describe(_ comparison: Comparison, strings: PreviewStrings) -> String {
        var parts: [String] = []
        let prefix = comparison.key.map { "\($0) = “\(comparison.answer)”: " } ?? "“\(comparison.answer)”: "
        switch comparison.outcome {
        case .exact(let accepted): parts.append(strings.exactMatch(accepted))
        case .treated(let accepted, let needed): parts.append(strings.treatedMatch(accepted, needed.map { strings.toleranceName($0.rawValue) }))
        case .closeEnough(let accepted, let distance, let length): parts.append(strings.closeMatch(accepted, distance, length))
        case .sameNumber(let value): parts.append(strings.numberMatch(value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)))
        case .noMatch(let nearest, let distance, _): parts.append(strings.noMatch(nearest, distance))
        }
        if comparison.isSelect { parts.append(strings.selectNote) }
        if let group = comparison.group { parts.append(strings.groupNote(group)) }
        if comparison.treatedAnswer != comparison.answer, !comparison.isSelect {
            if case .noMatch = comparison.outcome { parts.append(strings.treatedAs(comparison.treatedAnswer)) }
        }
        return prefix + parts.joined(separator: "; ")
    }
}
