import Diagnostics
import Model
import Vocabulary

/// What every rule can look at.
public struct RuleContext: Sendable {
    public let index: ContentIndex
    public let fileSystem: ContentFileSystem
    private let assetLists = OnceCache<AssetList>()
    /// The typography the repository follows (Rules/Writing/Typography.swift), measured once.
    let houseStyle = OnceCache<TypographyHouseStyle>()

    public init(index: ContentIndex, fileSystem: ContentFileSystem) {
        self.index = index
        self.fileSystem = fileSystem
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

struct AssetList: Sendable {
    let files: [String]
    let candidates: SuggestionCandidates
}

/// A check over the whole repository (unique ids, one validated prototype per skill…).
/// One rule, one file, one code: the descriptor holds its explanation and examples.
public protocol RepositoryRule: Sendable {
    var descriptor: DiagnosticDescriptor { get }
    func check(_ context: RuleContext) -> [Diagnostic]
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
    func check(_ challenge: ChallengeView, in context: RuleContext) -> [Diagnostic]
}

extension ChallengeRule {
    public var checksVariants: Bool { false }
    public var needsSoundChallenge: Bool { false }
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
