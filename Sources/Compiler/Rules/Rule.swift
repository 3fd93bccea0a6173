import Diagnostics
import Model
import Vocabulary

/// What every rule can look at.
public struct RuleContext: Sendable {
    public let index: ContentIndex
    public let fileSystem: ContentFileSystem
    private let assetLists = OnceCache<AssetList>()
    /// Rules not run: those of the house-style conventions the repository does not follow, when
    /// their findings would be dropped anyway (a full check; `check --watch` keeps every
    /// finding, so that it can enforce them as soon as the majority changes).
    let skippedCodes: Set<DiagnosticCode>
    /// `RuleSet.challengeRules` without the skipped ones, in order, with what `Checker.runRules`
    /// asks of each: read once here rather than for every rule on every variant.
    let challengeRules: [ScheduledRule]

    public init(index: ContentIndex, fileSystem: ContentFileSystem) {
        self.init(index: index, fileSystem: fileSystem, skipping: [])
    }

    init(index: ContentIndex, fileSystem: ContentFileSystem, skipping skippedCodes: Set<DiagnosticCode>) {
        self.index = index
        self.fileSystem = fileSystem
        self.skippedCodes = skippedCodes
        challengeRules = RuleSet.challengeRules.filter { !skippedCodes.contains($0.descriptor.code) }.map {
            ScheduledRule(rule: $0, checksVariants: $0.checksVariants, needsSoundChallenge: $0.needsSoundChallenge)
        }
    }

    /// `ContentPath.assets(in:)`, listed (and prepared for suggestions) once per folder for the
    /// whole check.
    func assets(in folder: String) -> AssetList {
        assetLists.value(for: folder) {
            let files = ContentPath.assets(in: folder, fileSystem: fileSystem)
            return AssetList(files: files, candidates: SuggestionCandidates(files))
        }
    }
}

/// A challenge rule as `Checker.runRules` schedules it (a class: the rules are walked for every
/// variant, and copying a reference is cheaper than copying the rule out of its existential).
final class ScheduledRule: Sendable {
    let rule: any ChallengeRule
    let checksVariants: Bool
    let needsSoundChallenge: Bool

    init(rule: any ChallengeRule, checksVariants: Bool, needsSoundChallenge: Bool) {
        self.rule = rule
        self.checksVariants = checksVariants
        self.needsSoundChallenge = needsSoundChallenge
    }
}

struct AssetList: Sendable {
    let files: [String]
    let candidates: SuggestionCandidates
}

/// A check over the whole repository (unique ids, one validated prototype per skill…).
/// One rule, one file, one code: the descriptor holds its explanation and examples.
public protocol RepositoryRule: Sendable {
    var descriptor: DiagnosticDescriptor { get }
    /// What the rule reads: `pixc check --watch` runs it again only when one of them changed (or
    /// when a file its last findings point into changed). Every input, unless the rule says less.
    var inputs: RepositoryInputs { get }
    func check(_ context: RuleContext) -> [Diagnostic]
}

extension RepositoryRule {
    public var inputs: RepositoryInputs { .everything }
}

/// What a repository rule may read (`RepositoryRule.inputs`).
public struct RepositoryInputs: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Referentials, tubes, datasets and name lists: every file that is not a challenge or
    /// calibration, with the problems found reading them.
    public static let structure = RepositoryInputs(rawValue: 1 << 0)
    /// Which challenges exist: their files and ids.
    public static let challengeIdentities = RepositoryInputs(rawValue: 1 << 1)
    /// Where each challenge stands: its skill, status, prototype (`variantOf`) and version.
    public static let challengePlacements = RepositoryInputs(rawValue: 1 << 2)
    /// The files challenges reference (attachments, illustrations), and whether files exist on
    /// disk under the content folders.
    public static let referencedFiles = RepositoryInputs(rawValue: 1 << 3)
    /// Anything else in a challenge.
    public static let challengeContent = RepositoryInputs(rawValue: 1 << 4)

    public static let everything: RepositoryInputs = [.structure, .challengeIdentities, .challengePlacements, .referencedFiles, .challengeContent]
}

/// A check of one challenge. Rules that read rendered text (options, answers, tests) run again on
/// every variant of a challenge with a dataset.
public protocol ChallengeRule: Sendable {
    var descriptor: DiagnosticDescriptor { get }
    /// True when the rule must run on each rendered variant, not only on the challenge as written.
    var checksVariants: Bool { get }
    /// True for rules that only make sense on an otherwise sound challenge (grading the author
    /// tests of a QCU without a correct option would only repeat that problem): they run only
    /// when the rules before them found no error in the challenge.
    var needsSoundChallenge: Bool { get }
    /// The house convention the rule enforces, if any (Rules/Writing/Typography.swift). Such a
    /// rule reports its findings whatever the repository follows, and the check keeps them only
    /// when most of the repository follows the convention: a challenge's findings then depend on
    /// that challenge alone, and `pixc check --watch` keeps them while other files change.
    var convention: HouseConvention? { get }
    func check(_ challenge: ChallengeView, in context: RuleContext) -> [Diagnostic]
}

extension ChallengeRule {
    public var checksVariants: Bool { false }
    public var needsSoundChallenge: Bool { false }
    public var convention: HouseConvention? { nil }
}

/// A challenge as rules see it: as written, or one rendered variant, with its Pix form.
public struct ChallengeView: Sendable {
    public let challenge: Challenge
    public let form: PixForm
    /// The skill it assesses, when it exists.
    public let skill: ResolvedSkill?
    /// Set when this view is a rendered variant.
    public let variant: VariantLabel?

    public init(challenge: Challenge, form: PixForm, skill: ResolvedSkill?, variant: VariantLabel? = nil) {
        self.challenge = challenge
        self.form = form
        self.skill = skill
        self.variant = variant
    }
}

/// How a diagnostic names the variant it was found in: its number and its values.
public struct VariantLabel: Sendable, Hashable {
    public let number: Int
    public let values: [(name: String, value: String)]

    public init(number: Int, values: [(name: String, value: String)]) {
        self.number = number
        self.values = values
    }

    public var description: String {
        let shown = values.prefix(6).map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
        return RuleMessages.text("variant.label", ["number": String(number)]) + (shown.isEmpty ? "" : " (\(shown)\(values.count > 6 ? ", …" : ""))")
    }

    public static func == (lhs: VariantLabel, rhs: VariantLabel) -> Bool {
        lhs.number == rhs.number && lhs.values.map(\.name) == rhs.values.map(\.name) && lhs.values.map(\.value) == rhs.values.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        for value in values {
            hasher.combine(value.name)
            hasher.combine(value.value)
        }
    }
}
