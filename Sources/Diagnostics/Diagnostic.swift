/// How serious a diagnostic is. Errors stop a build; warnings do not unless denied.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A secondary location with a short label ("first defined here").
public struct Label: Hashable, Sendable {
    public let span: Span
    public let message: String

    public init(_ span: Span, _ message: String) {
        self.span = span
        self.message = message
    }
}

/// A suggested fix: a sentence, and optionally the exact replacement of a span or the renaming
/// of a file (with the edits of what names it). A help carries one or the other, not both.
public struct Help: Hashable, Sendable {
    public let message: String
    public let replacement: Replacement?
    public let rename: FileRename?

    public init(_ message: String, replacement: Replacement? = nil) {
        self.message = message
        self.replacement = replacement
        self.rename = nil
    }

    public init(_ message: String, rename: FileRename) {
        self.message = message
        self.replacement = nil
        self.rename = rename
    }
}

/// Rename the file `from` to `to` (repository paths, in the same folder or not), and make in the
/// same run the replacements that update what names it (an attachment, an illustration, a
/// `dataset:` key). `pixc fix` applies the whole of it or nothing: a file renamed without its
/// references, or references without their file, would be a missing file.
public struct FileRename: Hashable, Sendable {
    public let from: String
    public let to: String
    /// Edits of the files that name `from`, in any order; each one is machine-applicable when
    /// the rename is.
    public let references: [Replacement]
    public let applicability: Applicability

    public init(from: String, to: String, references: [Replacement] = [], applicability: Applicability = .machineApplicable) {
        self.from = from
        self.to = to
        self.references = references
        self.applicability = applicability
    }
}

extension Help {
    /// "did you mean `suggestion`?", with the fix that writes it in place of `span`. A closest
    /// name is a guess: `pixc fix` leaves it to a person unless the caller knows better.
    public static func didYouMean(_ suggestion: String, replacing span: Span, applicability: Applicability = .maybeIncorrect) -> Help {
        didYouMean(suggestion, fix: Replacement(span: span, text: suggestion, applicability: applicability))
    }

    public static func didYouMean(_ suggestion: String, fix: Replacement) -> Help {
        Help(DiagnosticsMessages.text("help.didYouMean", ["suggestion": suggestion]), replacement: fix)
    }

    /// `didYouMean` when there is a suggestion, else `fallback`.
    public static func didYouMean(_ suggestion: String?, replacing span: Span, otherwise fallback: String, applicability: Applicability = .maybeIncorrect) -> Help {
        suggestion.map { didYouMean($0, replacing: span, applicability: applicability) } ?? Help(fallback)
    }
}

/// Replace the text of `span` with `text` (a "fix-it"). An empty span inserts `text`; an empty
/// `text` deletes the span's bytes.
///
/// `span` must be the bytes of the file as the author wrote them (never a rendered variant's
/// text), and `text` must be what the file holds once fixed, escaped for the place it goes to
/// (`Span.scalarReplacement` keeps a YAML scalar's quotes). `pixc fix` writes every
/// `.machineApplicable` replacement of a check, in one pass per file.
public struct Replacement: Hashable, Sendable {
    public let span: Span
    public let text: String
    public let applicability: Applicability

    public init(span: Span, text: String, applicability: Applicability = .machineApplicable) {
        self.span = span
        self.text = text
        self.applicability = applicability
    }

    /// The same edit, marked as a guess or a decision that a person makes.
    public var maybeIncorrect: Replacement { Replacement(span: span, text: text, applicability: .maybeIncorrect) }
}

/// Whether `pixc fix` may write a replacement without a person looking at it.
public enum Applicability: String, Hashable, Sendable {
    /// The replacement is what the author meant, whatever the rest of the file says: the English
    /// key of a French word, the id a name stands for, `’` for `'`. `pixc fix` writes it.
    case machineApplicable
    /// A guess (the closest of several names) or a decision (archive a version, ask for fewer
    /// variants): shown as help, `pixc fix` leaves it to a person.
    case maybeIncorrect
}

/// One problem found in the sources, as data: a stable code, a one-line message, where it is, and
/// what to do about it. Renderers turn it into text, JSON or SARIF.
public struct Diagnostic: Hashable, Sendable {
    public var code: DiagnosticCode
    public var severity: Severity
    public var message: String
    /// Where the problem is. Only absent for problems that have no place in a file (a missing
    /// folder, for instance); those carry `path` instead when they concern a file.
    public var span: Span?
    /// A file the diagnostic concerns when there is no span (unreadable file, missing file).
    public var path: String?
    public var labels: [Label]
    public var notes: [String]
    public var help: Help?
    /// For a summary of diagnostics not kept (`DiagnosticLimits.summary`): how many of each
    /// severity it stands for. Nil for every other diagnostic.
    public var omitted: OmittedCounts?

    public init(
        _ code: DiagnosticCode,
        _ severity: Severity,
        _ message: String,
        at span: Span?,
        path: String? = nil,
        labels: [Label] = [],
        notes: [String] = [],
        help: Help? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.span = span
        self.path = path ?? span?.file.path
        self.labels = labels
        self.notes = notes
        self.help = help
    }

    public static func error(_ code: DiagnosticCode, _ message: String, at span: Span?, labels: [Label] = [], notes: [String] = [], help: String? = nil) -> Diagnostic {
        Diagnostic(code, .error, message, at: span, labels: labels, notes: notes, help: help.map { Help($0) })
    }

    public static func warning(_ code: DiagnosticCode, _ message: String, at span: Span?, labels: [Label] = [], notes: [String] = [], help: String? = nil) -> Diagnostic {
        Diagnostic(code, .warning, message, at: span, labels: labels, notes: notes, help: help.map { Help($0) })
    }

    public var location: SourceLocation? { span?.startLocation }

    /// Sort key: file, line, column, then code and message so the order never depends on the
    /// order in which checks ran.
    public static func sortedForOutput(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { lhs, rhs in
            let lp = lhs.path ?? ""
            let rp = rhs.path ?? ""
            if lp != rp { return lp < rp }
            // An excerpt of a streamed file starts at its line: order by line first.
            let ll = lhs.span?.file.linesBefore ?? -1
            let rl = rhs.span?.file.linesBefore ?? -1
            if ll != rl { return ll < rl }
            let ls = lhs.span?.start ?? -1
            let rs = rhs.span?.start ?? -1
            if ls != rs { return ls < rs }
            let le = lhs.span?.end ?? -1
            let re = rhs.span?.end ?? -1
            if le != re { return le < re }
            if lhs.code.rawValue != rhs.code.rawValue { return lhs.code.rawValue < rhs.code.rawValue }
            return lhs.message < rhs.message
        }
    }
}

/// How many diagnostics of each severity a summary stands for.
public struct OmittedCounts: Hashable, Sendable {
    public var errors = 0
    public var warnings = 0
    public var notes = 0

    public init(errors: Int = 0, warnings: Int = 0, notes: Int = 0) {
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
    }

    public var total: Int { errors + warnings + notes }

    mutating func count(_ severity: Severity) {
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .note: notes += 1
        }
    }
}

/// A stable diagnostic code such as `PIX0101`. Codes never change meaning once shipped.
///
/// Numbering: 01xx reading files and YAML, 02xx structure of a file (keys, types), 03xx the
/// referentials and references between files, 04xx challenge content rules, 05xx datasets,
/// templates and variants, 06xx the bundle and calibration, 07xx repository files (attachments),
/// 08xx the files a simulation or a calibration reads besides the bundle.
public struct DiagnosticCode: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}
