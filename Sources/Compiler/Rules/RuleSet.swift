import Diagnostics
import Model
import Variants
import YAML

/// Every rule pixc runs, in one list. Adding a rule is adding its file and one line here.
public enum RuleSet {
    public static let repositoryRules: [any RepositoryRule] = StructureRules.repositoryRules + WritingRules.repositoryRules

    public static let challengeRules: [any ChallengeRule] = StructureRules.challengeRules + AnswerRules.challengeRules + WritingRules.challengeRules

    /// Every diagnostic code pixc can report, for `pixc explain` and SARIF.
    public static var catalog: DiagnosticCatalog {
        DiagnosticCatalog(
            [DiagnosticLimits.summary] + YAMLDiagnostics.all + ModelDiagnostics.all + CompilerDiagnostics.all + VariantDiagnostics.all + VariantCheckDiagnostics.all
                + repositoryRules.map(\.descriptor) + challengeRules.map(\.descriptor)
        )
    }
}
