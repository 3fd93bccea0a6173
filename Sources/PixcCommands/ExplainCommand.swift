import ArgumentParser
import Compiler
import Diagnostics

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a diagnostic code, with an example that triggers it and its correction.",
        discussion: "Without a code, lists every code with its title."
    )

    @Argument(help: ArgumentHelp("A diagnostic code such as PIX0103.", valueName: "code"))
    var code: String?

    func run() throws {
        let console = Console.current
        let catalog = RuleSet.catalog
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
        console.out(Explanation.text(descriptor, useColor: console.useColor))
    }
}
