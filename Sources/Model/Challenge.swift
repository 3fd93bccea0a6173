import Diagnostics
import Vocabulary
import YAML

/// One challenge ("épreuve") as an author writes it: every field of a Pix challenge
/// (pix-content.md §1.4), with QCU/QCM options and QROC inputs written as structured lists.
/// Pix's own string syntax (`proposals` as `- option` lines or `${key#…}` blocks, `solution`)
/// is accepted too, for content migrated from Pix.
public struct Challenge: Sendable {
    /// The fields live in one box shared by copies: a check puts each challenge in several lists
    /// and indexes, and a copy of the fields themselves is some sixty reference counts and 1.5 KB
    /// (on 20,000 challenges, most of the time `pixc check --watch` spent after an edit). Setting
    /// a field copies the box first when it is shared, so a challenge is still a value.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private struct Fields: Sendable {
        var file: SourceFile
        var span: Span
        var id: Located<String>
        var skill: Located<String>
        var type: Located<ChallengeType>
        var status: Located<ChallengeStatus>
        var locales: [Located<String>]
        var instruction: Text
        var alternativeInstruction: Text?
        var options: [ChoiceOption]?
        var shuffled: Located<Bool>?
        var proposals: Text?
        var inputs: [InputSpec]?
        var answers: Answers?
        var solution: Text?
        var solutionToDisplay: Text?
        var tolerances: Located<[Tolerance]>?
        var format: Located<InputFormat>?
        var dataset: Located<String>?
        var data: YAMLNode?
        var variants: Located<VariantRequest>?
        var timer: Located<Int>?
        var focus: Located<Bool>?
        var autoReply: Located<Bool>?
        var embed: Embed?
        var illustration: Illustration?
        var attachments: [Located<String>]
        var variantOf: Located<String>?
        var version: Located<Int>?
        var pedagogy: Located<Pedagogy>?
        var declinable: Located<Declinable>?
        var accessibility: Accessibility?
        var deafAndHardOfHearing: Located<SimpleAccessibility>?
        var responsive: Located<Responsive>?
        var spoil: Located<Spoil>?
        var authors: [Located<String>]
        var geography: Text?
        var urlsToConsult: [Text]
        var contextualizedFields: [Located<ContextualizedField>]
        var requireGafamWebsiteAccess: Located<Bool>?
        var isIncompatibleIpadCertif: Located<Bool>?
        var isAwarenessChallenge: Located<Bool>?
        var toRephrase: Located<Bool>?
        var hasEmbedInternalValidation: Located<Bool>?
        var noValidationNeeded: Located<Bool>?
        var tests: AuthorTests?
        var misspelledKeys: [MisspelledKey] = []
    }

    private var box: Box

    private mutating func unshare() {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
    }

    public init(
        file: SourceFile,
        span: Span,
        id: Located<String>,
        skill: Located<String>,
        type: Located<ChallengeType>,
        status: Located<ChallengeStatus>,
        locales: [Located<String>],
        instruction: Text,
        alternativeInstruction: Text? = nil,
        options: [ChoiceOption]? = nil,
        shuffled: Located<Bool>? = nil,
        proposals: Text? = nil,
        inputs: [InputSpec]? = nil,
        answers: Answers? = nil,
        solution: Text? = nil,
        solutionToDisplay: Text? = nil,
        tolerances: Located<[Tolerance]>? = nil,
        format: Located<InputFormat>? = nil,
        dataset: Located<String>? = nil,
        data: YAMLNode? = nil,
        variants: Located<VariantRequest>? = nil,
        timer: Located<Int>? = nil,
        focus: Located<Bool>? = nil,
        autoReply: Located<Bool>? = nil,
        embed: Embed? = nil,
        illustration: Illustration? = nil,
        attachments: [Located<String>],
        variantOf: Located<String>? = nil,
        version: Located<Int>? = nil,
        pedagogy: Located<Pedagogy>? = nil,
        declinable: Located<Declinable>? = nil,
        accessibility: Accessibility? = nil,
        deafAndHardOfHearing: Located<SimpleAccessibility>? = nil,
        responsive: Located<Responsive>? = nil,
        spoil: Located<Spoil>? = nil,
        authors: [Located<String>],
        geography: Text? = nil,
        urlsToConsult: [Text],
        contextualizedFields: [Located<ContextualizedField>],
        requireGafamWebsiteAccess: Located<Bool>? = nil,
        isIncompatibleIpadCertif: Located<Bool>? = nil,
        isAwarenessChallenge: Located<Bool>? = nil,
        toRephrase: Located<Bool>? = nil,
        hasEmbedInternalValidation: Located<Bool>? = nil,
        noValidationNeeded: Located<Bool>? = nil,
        tests: AuthorTests? = nil,
        misspelledKeys: [MisspelledKey] = []
    ) {
        box = Box(Fields(
            file: file,
            span: span,
            id: id,
            skill: skill,
            type: type,
            status: status,
            locales: locales,
            instruction: instruction,
            alternativeInstruction: alternativeInstruction,
            options: options,
            shuffled: shuffled,
            proposals: proposals,
            inputs: inputs,
            answers: answers,
            solution: solution,
            solutionToDisplay: solutionToDisplay,
            tolerances: tolerances,
            format: format,
            dataset: dataset,
            data: data,
            variants: variants,
            timer: timer,
            focus: focus,
            autoReply: autoReply,
            embed: embed,
            illustration: illustration,
            attachments: attachments,
            variantOf: variantOf,
            version: version,
            pedagogy: pedagogy,
            declinable: declinable,
            accessibility: accessibility,
            deafAndHardOfHearing: deafAndHardOfHearing,
            responsive: responsive,
            spoil: spoil,
            authors: authors,
            geography: geography,
            urlsToConsult: urlsToConsult,
            contextualizedFields: contextualizedFields,
            requireGafamWebsiteAccess: requireGafamWebsiteAccess,
            isIncompatibleIpadCertif: isIncompatibleIpadCertif,
            isAwarenessChallenge: isAwarenessChallenge,
            toRephrase: toRephrase,
            hasEmbedInternalValidation: hasEmbedInternalValidation,
            noValidationNeeded: noValidationNeeded,
            tests: tests,
            misspelledKeys: misspelledKeys
        ))
    }

    public var file: SourceFile { box.fields.file }
    public var span: Span { box.fields.span }
    public var id: Located<String> {
        get { box.fields.id }
        set { unshare(); box.fields.id = newValue }
    }
    public var skill: Located<String> {
        get { box.fields.skill }
        set { unshare(); box.fields.skill = newValue }
    }
    public var type: Located<ChallengeType> {
        get { box.fields.type }
        set { unshare(); box.fields.type = newValue }
    }
    public var status: Located<ChallengeStatus> {
        get { box.fields.status }
        set { unshare(); box.fields.status = newValue }
    }
    public var locales: [Located<String>] {
        get { box.fields.locales }
        set { unshare(); box.fields.locales = newValue }
    }
    public var instruction: Text {
        get { box.fields.instruction }
        set { unshare(); box.fields.instruction = newValue }
    }
    public var alternativeInstruction: Text? {
        get { box.fields.alternativeInstruction }
        set { unshare(); box.fields.alternativeInstruction = newValue }
    }
    /// QCU / QCM options in authored order (Pix answers refer to this order, 1-based).
    public var options: [ChoiceOption]? {
        get { box.fields.options }
        set { unshare(); box.fields.options = newValue }
    }
    public var shuffled: Located<Bool>? {
        get { box.fields.shuffled }
        set { unshare(); box.fields.shuffled = newValue }
    }
    /// QROC*: the text around the inputs, with `${key}` blocks; QCU/QCM in Pix syntax: `- option` lines.
    public var proposals: Text? {
        get { box.fields.proposals }
        set { unshare(); box.fields.proposals = newValue }
    }
    public var inputs: [InputSpec]? {
        get { box.fields.inputs }
        set { unshare(); box.fields.inputs = newValue }
    }
    public var answers: Answers? {
        get { box.fields.answers }
        set { unshare(); box.fields.answers = newValue }
    }
    /// Pix solution syntax, for migrated content.
    public var solution: Text? {
        get { box.fields.solution }
        set { unshare(); box.fields.solution = newValue }
    }
    public var solutionToDisplay: Text? {
        get { box.fields.solutionToDisplay }
        set { unshare(); box.fields.solutionToDisplay = newValue }
    }
    public var tolerances: Located<[Tolerance]>? {
        get { box.fields.tolerances }
        set { unshare(); box.fields.tolerances = newValue }
    }
    public var format: Located<InputFormat>? {
        get { box.fields.format }
        set { unshare(); box.fields.format = newValue }
    }
    public var dataset: Located<String>? {
        get { box.fields.dataset }
        set { unshare(); box.fields.dataset = newValue }
    }
    /// Inline dataset, decoded by the Variants module.
    public var data: YAMLNode? {
        get { box.fields.data }
        set { unshare(); box.fields.data = newValue }
    }
    public var variants: Located<VariantRequest>? {
        get { box.fields.variants }
        set { unshare(); box.fields.variants = newValue }
    }
    public var timer: Located<Int>? {
        get { box.fields.timer }
        set { unshare(); box.fields.timer = newValue }
    }
    public var focus: Located<Bool>? {
        get { box.fields.focus }
        set { unshare(); box.fields.focus = newValue }
    }
    public var autoReply: Located<Bool>? {
        get { box.fields.autoReply }
        set { unshare(); box.fields.autoReply = newValue }
    }
    public var embed: Embed? {
        get { box.fields.embed }
        set { unshare(); box.fields.embed = newValue }
    }
    public var illustration: Illustration? {
        get { box.fields.illustration }
        set { unshare(); box.fields.illustration = newValue }
    }
    public var attachments: [Located<String>] {
        get { box.fields.attachments }
        set { unshare(); box.fields.attachments = newValue }
    }
    /// Set on a hand-written déclinaison: the id of its prototype.
    public var variantOf: Located<String>? {
        get { box.fields.variantOf }
        set { unshare(); box.fields.variantOf = newValue }
    }
    /// Prototype version within the skill (Pix "Version prototype"); 1 when absent.
    public var version: Located<Int>? {
        get { box.fields.version }
        set { unshare(); box.fields.version = newValue }
    }
    public var pedagogy: Located<Pedagogy>? {
        get { box.fields.pedagogy }
        set { unshare(); box.fields.pedagogy = newValue }
    }
    public var declinable: Located<Declinable>? {
        get { box.fields.declinable }
        set { unshare(); box.fields.declinable = newValue }
    }
    public var accessibility: Accessibility? {
        get { box.fields.accessibility }
        set { unshare(); box.fields.accessibility = newValue }
    }
    public var deafAndHardOfHearing: Located<SimpleAccessibility>? {
        get { box.fields.deafAndHardOfHearing }
        set { unshare(); box.fields.deafAndHardOfHearing = newValue }
    }
    public var responsive: Located<Responsive>? {
        get { box.fields.responsive }
        set { unshare(); box.fields.responsive = newValue }
    }
    public var spoil: Located<Spoil>? {
        get { box.fields.spoil }
        set { unshare(); box.fields.spoil = newValue }
    }
    public var authors: [Located<String>] {
        get { box.fields.authors }
        set { unshare(); box.fields.authors = newValue }
    }
    public var geography: Text? {
        get { box.fields.geography }
        set { unshare(); box.fields.geography = newValue }
    }
    public var urlsToConsult: [Text] {
        get { box.fields.urlsToConsult }
        set { unshare(); box.fields.urlsToConsult = newValue }
    }
    public var contextualizedFields: [Located<ContextualizedField>] {
        get { box.fields.contextualizedFields }
        set { unshare(); box.fields.contextualizedFields = newValue }
    }
    public var requireGafamWebsiteAccess: Located<Bool>? {
        get { box.fields.requireGafamWebsiteAccess }
        set { unshare(); box.fields.requireGafamWebsiteAccess = newValue }
    }
    public var isIncompatibleIpadCertif: Located<Bool>? {
        get { box.fields.isIncompatibleIpadCertif }
        set { unshare(); box.fields.isIncompatibleIpadCertif = newValue }
    }
    public var isAwarenessChallenge: Located<Bool>? {
        get { box.fields.isAwarenessChallenge }
        set { unshare(); box.fields.isAwarenessChallenge = newValue }
    }
    public var toRephrase: Located<Bool>? {
        get { box.fields.toRephrase }
        set { unshare(); box.fields.toRephrase = newValue }
    }
    /// The embed validates the learner's answer itself (Pix Junior web components); Pix's default false.
    public var hasEmbedInternalValidation: Located<Bool>? {
        get { box.fields.hasEmbedInternalValidation }
        set { unshare(); box.fields.hasEmbedInternalValidation = newValue }
    }
    /// The challenge expects no validation from the learner (Pix Junior); Pix's default false.
    public var noValidationNeeded: Located<Bool>? {
        get { box.fields.noValidationNeeded }
        set { unshare(); box.fields.noValidationNeeded = newValue }
    }
    public var tests: AuthorTests? {
        get { box.fields.tests }
        set { unshare(); box.fields.tests = newValue }
    }
    /// The unknown keys written for a known key the challenge does not have (`réponses` for
    /// `answers`), each already reported (PIX0202, with its fix). What depends on that key is
    /// not reported again.
    public var misspelledKeys: [MisspelledKey] {
        get { box.fields.misspelledKeys }
        set { unshare(); box.fields.misspelledKeys = newValue }
    }

    /// An unknown key the author wrote for `data` or `dataset` (`donnees:`, `dataset_:`), when
    /// the challenge has neither: its templates' names are then reported once, as the
    /// consequence of that key, not at every use.
    public var misspelledDatasetKey: MisspelledKey? {
        guard dataset == nil, data == nil else { return nil }
        return misspelledKeys.first { $0.intended == "data" || $0.intended == "dataset" }
    }

    /// Effective tolerances: as written, else Pix's default for a new prototype (all three).
    public var effectiveTolerances: [Tolerance] { tolerances?.value ?? [.t1, .t2, .t3] }

    public var isPrototype: Bool { variantOf == nil }
}

public struct ChoiceOption: Sendable, Hashable {
    public var text: Text
    public var correct: Located<Bool>?
    public let span: Span

    public var isCorrect: Bool { correct?.value ?? false }
}

/// The presentation of one QROC* input (its answers are in `Challenge.answers`).
public struct InputSpec: Sendable, Hashable {
    public var key: Located<String>
    public var placeholder: Text?
    public var label: Text?
    public var defaultValue: Text?
    /// A select list when present.
    public var options: [Text]?
    public let span: Span
}

/// Accepted answers, by challenge type.
public enum Answers: Sendable, Hashable {
    /// QROC: each line is an accepted answer.
    case accepted([Text], span: Span)
    /// QROCM-ind: accepted answers per input key.
    case byInput([InputAnswers], span: Span)
    /// QROCM-dep: interchangeable groups; each input must match a different group.
    case groups([AnswerGroup], span: Span)

    public var span: Span {
        switch self {
        case .accepted(_, let span), .byInput(_, let span), .groups(_, let span): span
        }
    }
}

public struct InputAnswers: Sendable, Hashable {
    public var key: Located<String>
    public var accepted: [Text]

    public init(key: Located<String>, accepted: [Text]) {
        self.key = key
        self.accepted = accepted
    }
}

public struct AnswerGroup: Sendable, Hashable {
    public var name: Located<String>?
    public var accepted: [Text]
    public let span: Span

    public init(name: Located<String>?, accepted: [Text], span: Span) {
        self.name = name
        self.accepted = accepted
        self.span = span
    }
}

public enum VariantRequest: Sendable, Hashable {
    case count(Int)
    case all
}

public struct Embed: Sendable, Hashable {
    public var url: Text
    public var title: Text?
    public var height: Located<Int>?
    public let span: Span
}

public struct Illustration: Sendable, Hashable {
    public var file: Located<String>?
    public var url: Text?
    public var alt: Text?
    public let span: Span
}

public struct Accessibility: Sendable, Hashable {
    public var blind: Located<BlindAccessibility>?
    public var colorBlind: Located<SimpleAccessibility>?
    public let span: Span
}

/// Answers the author expects the grading to accept and to reject, checked on every variant.
public struct AuthorTests: Sendable, Hashable {
    public var accept: [TestAnswer]
    public var reject: [TestAnswer]
    public let span: Span

    public init(accept: [TestAnswer], reject: [TestAnswer], span: Span) {
        self.accept = accept
        self.reject = reject
        self.span = span
    }
}

public enum TestAnswer: Sendable, Hashable {
    /// QCU (`"2"`), QCM (`"1,3"`), QROC (the text typed).
    case text(Text)
    /// QROCM: the value typed in each input.
    case keyed([(key: Located<String>, value: Text)], span: Span)

    public var span: Span {
        switch self {
        case .text(let text): text.span
        case .keyed(_, let span): span
        }
    }

    public static func == (lhs: TestAnswer, rhs: TestAnswer) -> Bool {
        switch (lhs, rhs) {
        case (.text(let a), .text(let b)): return a == b
        case (.keyed(let a, let sa), .keyed(let b, let sb)):
            return sa == sb && a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .text(let text): hasher.combine(text)
        case .keyed(let pairs, let span):
            hasher.combine(span)
            for pair in pairs {
                hasher.combine(pair.key)
                hasher.combine(pair.value)
            }
        }
    }
}

/// A key written in place of a known key (`donnees` for `data`).
public struct MisspelledKey: Sendable, Hashable {
    public let written: Located<String>
    public let intended: String
}
