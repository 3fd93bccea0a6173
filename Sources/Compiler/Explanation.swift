import Diagnostics
import Vocabulary

/// The text of `pixc explain CODE`: the explanation, the wrong example with what pixc reports on
/// it, and the corrected example.
public enum Explanation {
    /// `examples` finds what pixc reports on an example (content checked by default).
    public static func text(_ descriptor: DiagnosticDescriptor, useColor: Bool,
                            examples: (Example) -> [Diagnostic] = ExampleRunner.diagnostics(for:)) -> String {
        var out = "\(descriptor.code): \(descriptor.title) (\(descriptor.severity.rawValue))\n\n"
        out += descriptor.explanation.trimmingWhitespace() + "\n"
        if let wrong = descriptor.wrong {
            out += "\nWrong:\n\n" + files(wrong)
            let found = examples(wrong).filter { $0.code == descriptor.code }
            if !found.isEmpty {
                out += "\npixc reports:\n\n" + HumanRenderer(useColor: useColor).render(found)
            }
        }
        if let right = descriptor.right {
            out += "\nRight:\n\n" + files(right)
        }
        return out
    }

    private static func files(_ example: Example) -> String {
        example.files.map { file in
            let body = file.text.hasSuffix("\n") ? String(file.text.dropLast()) : file.text
            return "  # \(file.path)\n" + body.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }
}
