import Diagnostics
import Model
import Vocabulary

/// A challenge's question and answers in one normal form, whichever way the author wrote them
/// (structured `options` / `inputs` / `answers`, or Pix's string syntax), and their Pix string
/// syntax for grading and for the release.
public struct PixForm: Sendable {
    public struct Option: Sendable, Hashable {
        public var text: Text
        public var isCorrect: Bool
        /// Where the option is written (its list item, or its line in Pix syntax).
        public var span: Span
        /// Where its correctness is stated (`correct: oui`, or the Pix `solution`).
        public var correctnessSpan: Span?
    }

    public struct Input: Sendable, Hashable {
        public var key: String
        public var keySpan: Span
        public var placeholder: String?
        public var label: String?
        public var defaultValue: String?
        /// A select list when present.
        public var selectOptions: [Text]?
        public var span: Span

        public var isSelect: Bool { selectOptions != nil }
    }

    public var type: ChallengeType
    /// QCU / QCM options, in authored order.
    public var options: [Option] = []
    /// QROC* inputs in the order of the proposals.
    public var inputs: [Input] = []
    /// QROC accepted answers.
    public var accepted: [Text] = []
    /// QROCM-ind accepted answers per key.
    public var byInput: [InputAnswers] = []
    /// QROCM-dep groups.
    public var groups: [AnswerGroup] = []
    /// Where the answers are written (for "no accepted answer" problems).
    public var answersSpan: Span?
    public var tolerances: [Tolerance]
    public var format: InputFormat
    public var shuffled: Bool
    /// Pix syntax.
    public var proposals: String = ""
    public var solution: String = ""
    /// Set when the Pix syntax could not be read: rules about options and answers then stay quiet
    /// rather than repeat the syntax error.
    public var hasSyntaxErrors = false
    /// The proposals and input descriptions the inputs were read from (to reuse their parse).
    var writtenProposals: String?
    var writtenInputs: [InputSpec] = []
    /// What reading the proposals and inputs reported (repeated when the parse is reused).
    var inputDiagnostics: [Diagnostic] = []

    public init(type: ChallengeType, tolerances: [Tolerance], format: InputFormat, shuffled: Bool) {
        self.type = type
        self.tolerances = tolerances
        self.format = format
        self.shuffled = shuffled
    }

    /// True when the first input of the proposals is a select: Pix then grades QROC without
    /// any tolerance.
    public var firstInputIsSelect: Bool { inputs.first?.isSelect ?? false }
}
