import Diagnostics

/// The French titles and explanations of the Model module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum ModelDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "Model", descriptors: ModelDiagnostics.all, french: [:])
}
