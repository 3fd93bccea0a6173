import Diagnostics

/// The French titles and explanations of the Simulation module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum SimulationDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "Simulation", descriptors: SimulationInputDiagnostics.all, french: [:])
}
