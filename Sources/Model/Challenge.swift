import Diagnostics
import Vocabulary
import YAML

/// One challenge ("épreuve") as an author writes it: every field of a Pix challenge
/// (pix-content.md §1.4), with QCU/QCM options and QROC inputs written as structured lists.
/// Pix's own string syntax (`proposals` as `- option` lines or `${key#…}` blocks, `solution`)
/// is accepted too, for content migrated from Pix.
public struct Challenge: Sendable {
    public let file: SourceFile
    public let span: Span

    public var id: Located<String>
    public var skill: Located<String>
    public var type: Located<ChallengeType>
    public var status: Located<ChallengeStatus>
    public var locales: [Located<String>]
    public var instruction: Text
    public var alternativeInstruction: Text?

    /// QCU / QCM options in authored order (Pix answers refer to this order, 1-based).
    public var options: [ChoiceOption]?
    public var shuffled: Located<Bool>?
    /// QROC*: the text around the inputs, with `${key}` blocks; QCU/QCM in Pix syntax: `- option` lines.
    public var proposals: Text?
    public var inputs: [InputSpec]?
    public var answers: Answers?
    /// Pix solution syntax, for migrated content.
    public var solution: Text?
    public var solutionToDisplay: Text?
    public var tolerances: Located<[Tolerance]>?
    public var format: Located<InputFormat>?

    public var dataset: Located<String>?
    /// Inline dataset, decoded by the Variants module.
    public var data: YAMLNode?
    public var variants: Located<VariantRequest>?

    public var timer: Located<Int>?
    public var focus: Located<Bool>?
    public var autoReply: Located<Bool>?
    public var embed: Embed?
    public var illustration: Illustration?
    public var attachments: [Located<String>]

    /// Set on a hand-written déclinaison: the id of its prototype.
    public var variantOf: Located<String>?
    /// Prototype version within the skill (Pix "Version prototype"); 1 when absent.
    public var version: Located<Int>?

    public var pedagogy: Located<Pedagogy>?
    public var declinable: Located<Declinable>?
    public var accessibility: Accessibility?
    public var deafAndHardOfHearing: Located<SimpleAccessibility>?
    public var responsive: Located<Responsive>?
    public var spoil: Located<Spoil>?
    public var authors: [Located<String>]
    public var geography: Text?
    public var urlsToConsult: [Text]
    public var contextualizedFields: [Located<ContextualizedField>]
    public var requireGafamWebsiteAccess: Located<Bool>?
    public var isIncompatibleIpadCertif: Located<Bool>?
    public var isAwarenessChallenge: Located<Bool>?
    public var toRephrase: Located<Bool>?
    /// The embed validates the learner's answer itself (Pix Junior web components); Pix's default false.
    public var hasEmbedInternalValidation: Located<Bool>?
    /// The challenge expects no validation from the learner (Pix Junior); Pix's default false.
    public var noValidationNeeded: Located<Bool>?

    public var tests: AuthorTests?

    /// An unknown key the author wrote for `data` or `dataset` (`donnees:`, `dataset_:`), when
    /// the challenge has neither: its templates' names are then reported once, as the
    /// consequence of that key, not at every use.
    public var misspelledDatasetKey: MisspelledKey? {
        guard dataset == nil, data == nil else { return nil }
        return misspelledKeys.first { $0.intended == "data" || $0.intended == "dataset" }
    }

    /// The unknown keys written for a known key the challenge does not have (`réponses` for
    /// `answers`), each already reported (PIX0202, with its fix). What depends on that key is
    /// not reported again.
    public var misspelledKeys: [MisspelledKey] = []

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
