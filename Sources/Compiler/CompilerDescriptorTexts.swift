import Diagnostics

/// The French titles and explanations of the Compiler module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum CompilerDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "Compiler", descriptors: CompilerDescriptorTexts.declaredHere, french: [:])
}

extension CompilerDescriptorTexts {
    /// The descriptors declared in Compiler: its own lists and its rules'.
    static var declaredHere: [DiagnosticDescriptor] {
        AnswerDiagnostics.all + LockDiagnostics.all + BundleDiagnostics.all + FileSystemDiagnostics.all + VariantCheckDiagnostics.all
            + RuleSet.repositoryRules.map(\.descriptor) + RuleSet.challengeRules.map(\.descriptor)
    }
}
