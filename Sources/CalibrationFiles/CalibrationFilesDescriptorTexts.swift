import Diagnostics

/// The French titles and explanations of the CalibrationFiles module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum CalibrationFilesDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "CalibrationFiles", descriptors: CalibrationDiagnostics.all, french: [:])
}
