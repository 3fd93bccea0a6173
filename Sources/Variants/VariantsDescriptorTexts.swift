import Diagnostics
import Expressions

/// The French titles and explanations of the Variants module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum VariantsDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "Variants", descriptors: VariantDiagnostics.declaredHere, french: [:])
}

extension VariantDiagnostics {
    /// The descriptors declared in Variants (`all` also lists some of Expressions').
    static var declaredHere: [DiagnosticDescriptor] {
        let expressions = Set(ExpressionsDescriptorTexts.declaredHere.map(\.code))
        return all.filter { !expressions.contains($0.code) }
    }
}
