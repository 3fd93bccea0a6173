import CalibrationFiles
import Diagnostics
import Expressions
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
                + repositoryRules.map(\.descriptor) + challengeRules.map(\.descriptor) + WritingRules.otherDescriptors,
            translations: translations
        )
    }

    /// The French titles and explanations of those codes, one table per module that declares
    /// descriptors.
    public static var translations: [DescriptorTexts] {
        [DiagnosticsDescriptorTexts.texts, YAMLDescriptorTexts.texts, ModelDescriptorTexts.texts, CalibrationFilesDescriptorTexts.texts,
         ExpressionsDescriptorTexts.texts, VariantsDescriptorTexts.texts, CompilerDescriptorTexts.texts,
         WritingDescriptorTexts.texts]
    }
}
