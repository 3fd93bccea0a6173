
/// The French titles and explanations of the Diagnostics module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum DiagnosticsDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "Diagnostics", descriptors: [DiagnosticLimits.summary], french: [:])
}
