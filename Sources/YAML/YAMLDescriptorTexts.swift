import Diagnostics

/// The French titles and explanations of the YAML module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum YAMLDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "YAML", descriptors: YAMLDiagnostics.all, french: [:])
}
