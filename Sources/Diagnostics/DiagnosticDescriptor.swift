/// Everything known about one diagnostic code: its default severity, a one-line title, a long
/// explanation, and examples of content that triggers it and content that does not.
///
/// Each code is declared once, as a descriptor, next to the code that reports it. `pixc explain`
/// prints descriptors, the SARIF renderer lists them as rules, and the test suite runs every
/// example: the wrong one must produce the code, the right one must not.
public struct DiagnosticDescriptor: Sendable, Hashable {
    public let code: DiagnosticCode
    public let severity: Severity
    public let title: String
    public let explanation: String
    /// Content that triggers the diagnostic.
    public let wrong: Example?
    /// The same content, corrected.
    public let right: Example?

    public init(
        _ code: DiagnosticCode,
        _ severity: Severity,
        title: String,
        explanation: String,
        wrong: Example? = nil,
        right: Example? = nil
    ) {
        self.code = code
        self.severity = severity
        self.title = title
        self.explanation = explanation
        self.wrong = wrong
        self.right = right
    }

    /// A diagnostic of this code, with the descriptor's severity.
    public func callAsFunction(
        _ message: String,
        at span: Span?,
        path: String? = nil,
        labels: [Label] = [],
        notes: [String] = [],
        help: Help? = nil
    ) -> Diagnostic {
        Diagnostic(code, severity, message, at: span, path: path, labels: labels, notes: notes, help: help)
    }

    /// Same, with a plain help sentence.
    public func callAsFunction(
        _ message: String,
        at span: Span?,
        labels: [Label] = [],
        notes: [String] = [],
        help: String
    ) -> Diagnostic {
        Diagnostic(code, severity, message, at: span, labels: labels, notes: notes, help: Help(help))
    }
}

/// A small set of files shown in an explanation and run as a test. Paths are relative to a content
/// root; the shipped referentials are available to the example unless it provides its own.
public struct Example: Sendable, Hashable {
    public let files: [ExampleFile]

    public init(_ files: [ExampleFile]) { self.files = files }

    /// A single file example.
    public init(path: String, _ text: String) {
        self.files = [ExampleFile(path: path, text: text)]
    }
}

public struct ExampleFile: Sendable, Hashable {
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// A list of descriptors with lookup by code, and their titles and explanations in French
/// (`translations`, one `DescriptorTexts` per module; see `title(of:in:)`).
public struct DiagnosticCatalog: Sendable {
    public let descriptors: [DiagnosticDescriptor]
    public let translations: [DescriptorTexts]
    private let byCode: [DiagnosticCode: DiagnosticDescriptor]
    private let translationByCode: [DiagnosticCode: Int]

    public init(_ descriptors: [DiagnosticDescriptor], translations: [DescriptorTexts] = []) {
        let sorted = descriptors.sorted { $0.code < $1.code }
        self.descriptors = sorted
        var map: [DiagnosticCode: DiagnosticDescriptor] = [:]
        for descriptor in sorted where map[descriptor.code] == nil {
            map[descriptor.code] = descriptor
        }
        self.byCode = map
        self.translations = translations
        var translationByCode: [DiagnosticCode: Int] = [:]
        for descriptor in sorted {
            if let index = translations.firstIndex(where: { $0.has(descriptor.code) }) {
                translationByCode[descriptor.code] = index
            }
        }
        self.translationByCode = translationByCode
    }

    func texts(for code: DiagnosticCode) -> DescriptorTexts? {
        translationByCode[code].map { translations[$0] }
    }

    public func descriptor(for code: DiagnosticCode) -> DiagnosticDescriptor? { byCode[code] }

    /// Codes declared more than once (a programming error the test suite checks for).
    public var duplicateCodes: [DiagnosticCode] {
        var seen = Set<DiagnosticCode>()
        var duplicates: [DiagnosticCode] = []
        for descriptor in descriptors where !seen.insert(descriptor.code).inserted {
            duplicates.append(descriptor.code)
        }
        return duplicates
    }
}
