import Diagnostics

/// The French titles and explanations of the Expressions module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum ExpressionsDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "Expressions", descriptors: ExpressionsDescriptorTexts.declaredHere, french: [:])
}

extension ExpressionsDescriptorTexts {
    /// The descriptors declared in Expressions (Variants lists them in `VariantDiagnostics.all`).
    public static var declaredHere: [DiagnosticDescriptor] {
        [ExpressionDiagnostics.expressionSyntax, ExpressionDiagnostics.unknownName, ExpressionDiagnostics.typeMismatch,
         ExpressionDiagnostics.wrongArguments, ExpressionDiagnostics.invalidGenerator, ExpressionDiagnostics.evaluationError]
    }
}
