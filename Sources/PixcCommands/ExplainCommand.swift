import ArgumentParser
import Compiler
import Diagnostics
import Localization
import Simulation

struct Explain: ParsableCommand, LanguageSelecting {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: CommandHelp.text("explain.abstract"),
        discussion: CommandHelp.text("explain.discussion")
    ) }

    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: CommandHelp.help("explain.code", valueName: "code"))
    var code: String?

    /// Every code pixc reports: the content rules and the simulation inputs', with their French.
    static var catalog: DiagnosticCatalog { PixcCatalogues.diagnostics }

    func run() throws {
        let console = Console.current
        let catalog = Explain.catalog
        guard let code else {
            for descriptor in catalog.descriptors {
                console.out(Explanation.listLine(descriptor, catalog: catalog))
            }
            return
        }
        let wanted = DiagnosticCode(code.uppercased())
        guard let descriptor = catalog.descriptor(for: wanted) else {
            let known = catalog.descriptors.map(\.code.rawValue)
            let near = known.filter { $0.hasPrefix(String(wanted.rawValue.prefix(5))) }.prefix(8)
            let messages = ExplanationMessages.catalogue
            throw UsageFailure(message: near.isEmpty
                ? messages.text("unknownCode", ["code": code])
                : messages.text("unknownCode.near", ["code": code, "codes": near.joined(separator: ", ")]))
        }
        // A simulation input's example is a CSV the simulator reads, not content to check.
        let isSimulationInput = SimulationInputDiagnostics.all.contains { $0.code == descriptor.code }
        console.out(Explanation.text(descriptor, useColor: console.useColor, catalog: catalog,
                                     examples: isSimulationInput ? SimulationInputDiagnostics.diagnostics(for:) : ExampleRunner.diagnostics(for:)))
    }
}
