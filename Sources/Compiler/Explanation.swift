import Diagnostics
import Localization
import Vocabulary

/// The text of `pixc explain CODE`: the explanation, the wrong example with what pixc reports on
/// it, and the corrected example.
public enum Explanation {
    /// `examples` finds what pixc reports on an example (content checked by default); the title
    /// and explanation come from `catalog`, in the current language.
    public static func text(_ descriptor: DiagnosticDescriptor, useColor: Bool,
                            catalog: DiagnosticCatalog = RuleSet.catalog,
                            examples: (Example) -> [Diagnostic] = ExampleRunner.diagnostics(for:)) -> String {
        let messages = ExplanationMessages.catalogue
        var out = messages.text("heading", [
            "code": descriptor.code.rawValue, "title": catalog.title(of: descriptor), "severity": descriptor.severity.word,
        ]) + "\n\n"
        out += catalog.explanation(of: descriptor).trimmingWhitespace() + "\n"
        if let wrong = descriptor.wrong {
            out += "\n" + messages.text("wrong") + "\n\n" + files(wrong)
            let found = examples(wrong).filter { $0.code == descriptor.code }
            if !found.isEmpty {
                out += "\n" + messages.text("reports") + "\n\n" + HumanRenderer(useColor: useColor).render(found)
            }
        }
        if let right = descriptor.right {
            out += "\n" + messages.text("right") + "\n\n" + files(right)
        }
        return out
    }

    /// One line of the list `pixc explain` prints without a code: code, severity, title.
    public static func listLine(_ descriptor: DiagnosticDescriptor, catalog: DiagnosticCatalog) -> String {
        let width = Severity.allCases.map(\.word.count).max() ?? 7
        let severity = descriptor.severity.word
        return "\(descriptor.code)  \(severity + String(repeating: " ", count: max(0, width - severity.count)))  \(catalog.title(of: descriptor))\n"
    }

    private static func files(_ example: Example) -> String {
        example.files.map { file in
            let body = file.text.hasSuffix("\n") ? String(file.text.dropLast()) : file.text
            return "  # \(file.path)\n" + body.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }
}

/// The headings of `pixc explain`'s page and its refusals, in French and English.
public enum ExplanationMessages {
    public static let catalogue = Catalogue(
        domain: "Compiler.explain",
        french: [
            "heading": "{code}\u{A0}: {title} ({severity})",
            "wrong": "Incorrect\u{A0}:",
            "reports": "Ce que pixc signale\u{A0}:",
            "right": "Corrigé\u{A0}:",
            "unknownCode": "le code {code} n’existe pas\u{A0}; `pixc explain` en donne la liste",
            "unknownCode.near": "le code {code} n’existe pas\u{A0}; codes proches\u{A0}: {codes}",
        ],
        english: [
            "heading": "{code}: {title} ({severity})",
            "wrong": "Wrong:",
            "reports": "pixc reports:",
            "right": "Right:",
            "unknownCode": "unknown code {code}; run `pixc explain` for the list",
            "unknownCode.near": "unknown code {code}; close codes: {codes}",
        ]
    )
}
