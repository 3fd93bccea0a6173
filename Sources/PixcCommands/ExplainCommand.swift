import ArgumentParser
import Compiler
import Diagnostics
import Simulation

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a diagnostic code, with an example that triggers it and its correction.",
        discussion: "Without a code, lists every code with its title."
    )

    @Argument(help: ArgumentHelp("A diagnostic code such as PIX0103.", valueName: "code"))
    var code: String?

    /// Every code pixc reports: the content rules and the simulation inputs'.
    static var catalog: DiagnosticCatalog {
        DiagnosticCatalog(RuleSet.catalog.descriptors + SimulationInputDiagnostics.all)
    }

    func run() throws {
        let console = Console.current
        let catalog = Explain.catalog
        guard let code else {
            for descriptor in catalog.descriptors {
                console.out("\(descriptor.code)  \(descriptor.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(descriptor.title)\n")
            }
            return
        }
        let wanted = DiagnosticCode(code.uppercased())
        guard let descriptor = catalog.descriptor(for: wanted) else {
            let known = catalog.descriptors.map(\.code.rawValue)
            let near = known.filter { $0.hasPrefix(String(wanted.rawValue.prefix(5))) }.prefix(8)
            throw UsageFailure(message: "unknown code \(code)" + (near.isEmpty ? "; run `pixc explain` for the list" : "; close codes: \(near.joined(separator: ", "))"))
        }
        console.out(ExplanationRenderer.render(descriptor, useColor: console.useColor))
    }
}

/// The text of `pixc explain CODE`: the explanation, the wrong example with what pixc reports on
/// it, and the corrected example.
enum ExplanationRenderer {
    static func render(_ descriptor: DiagnosticDescriptor, useColor: Bool) -> String {
        var out = "\(descriptor.code): \(descriptor.title) (\(descriptor.severity.rawValue))\n\n"
        out += descriptor.explanation.trimmingCharacters(in: .newlines) + "\n"
        if let wrong = descriptor.wrong {
            out += "\nWrong:\n\n" + files(wrong)
            let isSimulationInput = SimulationInputDiagnostics.all.contains { $0.code == descriptor.code }
            let found = (isSimulationInput ? SimulationInputDiagnostics.diagnostics(for: wrong) : ExampleRunner.diagnostics(for: wrong))
                .filter { $0.code == descriptor.code }
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
