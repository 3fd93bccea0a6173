import Diagnostics
import Model
import Localization
import YAML

/// `answers: [1,5]` is the list "1", "5": a French decimal written in a YAML flow list.
struct NumbersThatWereADecimal: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0427", .warning,
        title: "A list of two numbers that was probably a decimal",
        explanation: """
        In a YAML list written between brackets, the comma separates the items: `[1,5]` is the two
        answers "1" and "5", not the French decimal 1,5. The learner who types 1,5 is then graded
        wrong, and the one who types 5 is graded right. Write the decimal in quotes, `["1,5"]`;
        if you did mean two answers, put a space after the comma, `[1, 5]`.
        """,
        wrong: RuleExamples.challenge("tableur-moyenne", type: "QROC", instruction: "Quelle moyenne affiche la cellule B4\u{A0}?", """
        proposals: "Moyenne\u{A0}: ${moyenne}"
        answers: [1,5]
        format: nombre
        tests:
          accept: [1,5]
          reject: ["15"]
        """),
        right: RuleExamples.challenge("tableur-moyenne", type: "QROC", instruction: "Quelle moyenne affiche la cellule B4\u{A0}?", """
        proposals: "Moyenne\u{A0}: ${moyenne}"
        answers: ["1,5"]
        format: nombre
        tests:
          accept: ["1,5"]
          reject: ["15"]
        """)
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        var lists: [[Text]] = []
        switch view.challenge.answers {
        case .accepted(let texts, _)?: lists.append(texts)
        case .byInput(let entries, _)?: lists += entries.map(\.accepted)
        case .groups(let groups, _)?: lists += groups.map(\.accepted)
        case nil: break
        }
        if let tests = view.challenge.tests {
            for side in [tests.accept, tests.reject] {
                lists.append(side.compactMap { if case .text(let text) = $0 { text } else { nil } })
            }
        }
        return lists.flatMap(decimals(in:))
    }

    /// Each pair of plain whole numbers written `a,b` with nothing between them but the comma.
    private func decimals(in list: [Text]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var index = 0
        while index + 1 < list.count {
            let left = list[index].source, right = list[index + 1].source
            guard Self.isWholeNumber(left), Self.isWholeNumber(right), left.span.file == right.span.file,
                  left.span.end < right.span.start,
                  left.span.file.bytes[left.span.end..<right.span.start].elementsEqual([UInt8(ascii: ",")]) else {
                index += 1
                continue
            }
            let catalogue = WritingMessages.catalogue
            let arguments: KeyValuePairs<String, String> = ["left": left.text, "right": right.text]
            let both = left.span.union(right.span)
            diagnostics.append(descriptor(
                catalogue.text("decimalList.message", arguments),
                at: both,
                notes: [catalogue.text("decimalList.helpTwo", arguments)],
                help: Help(catalogue.text("decimalList.help", arguments), replacement: Replacement(span: both, text: "\"\(left.text),\(right.text)\""))
            ))
            index += 2
        }
        return diagnostics
    }

    private static func isWholeNumber(_ scalar: YAMLScalar) -> Bool {
        scalar.style == .plain && !scalar.text.isEmpty && scalar.text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
