/// How many diagnostics are kept. A broken or hostile file can hold millions of mistakes; past
/// these limits the rest are counted, not kept, and summarised by one diagnostic
/// (`DiagnosticLimits.summary`) so that memory and output stay bounded and the counts stay true.
public struct DiagnosticLimits: Sendable, Hashable {
    /// Diagnostics with the same code and message in one file: the first ones are kept, the
    /// others become "… and 7,998 more like this".
    public var repeatsPerFile: Int
    /// Diagnostics kept per file.
    public var perFile: Int
    /// Diagnostics kept in all.
    public var overall: Int

    public init(repeatsPerFile: Int = 10, perFile: Int = 200, overall: Int = 10_000) {
        self.repeatsPerFile = repeatsPerFile
        self.perFile = perFile
        self.overall = overall
    }

    public static let `default` = DiagnosticLimits()

    /// The code of the diagnostics that stand for those not kept.
    public static let summary = DiagnosticDescriptor(
        "PIX0100", .error,
        title: "More diagnostics, not shown",
        explanation: """
        pixc keeps the first 10 diagnostics with the same message in a file, the first 200 of a
        file and the first 10,000 in all; the others are counted and summarised by this one
        ("… and 7,998 more like this"). Its severity is the highest of those it stands for, and
        the error and warning counts include them. Fix the first ones: the others are usually the
        same mistake repeated. docs/limits.md says how to change the limits.
        """
    )
}

/// Collects diagnostics within `DiagnosticLimits`. Diagnostics are kept in the order they are
/// appended; `diagnostics` adds one summary per group of those not kept.
public struct DiagnosticCollector: Sendable {
    public let limits: DiagnosticLimits
    private var kept: [Diagnostic] = []
    private var perFile: [String: Int] = [:]
    private var repeats: [RepeatKey: Int] = [:]
    private var omitted: [OmittedKey: Omitted] = [:]
    private var omittedOrder: [OmittedKey] = []

    private struct RepeatKey: Hashable {
        let path: String
        let code: DiagnosticCode
        let message: String
    }

    /// What a summary stands for: repeats of one message in one file, the rest of one file, or
    /// the rest of everything.
    private enum OmittedKey: Hashable {
        case repeats(RepeatKey)
        case file(String)
        case overall
    }

    private struct Omitted: Sendable {
        var counts = OmittedCounts()
        var severity = Severity.note
        var first: Diagnostic
    }

    public init(limits: DiagnosticLimits = .default) {
        self.limits = limits
    }

    public var isEmpty: Bool { kept.isEmpty && omitted.isEmpty }
    /// Whether an error was appended, kept or not.
    public private(set) var hasErrors = false

    public mutating func append(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error { hasErrors = true }
        // A summary made earlier (by a file's own collector) stands for others: always kept.
        if diagnostic.omitted != nil {
            kept.append(diagnostic)
            return
        }
        let path = diagnostic.path ?? ""
        let key = RepeatKey(path: path, code: diagnostic.code, message: diagnostic.message)
        let seen = repeats[key, default: 0]
        if seen >= limits.repeatsPerFile {
            omit(diagnostic, as: .repeats(key))
            return
        }
        if perFile[path, default: 0] >= limits.perFile {
            omit(diagnostic, as: .file(path))
            return
        }
        if kept.count >= limits.overall {
            omit(diagnostic, as: .overall)
            return
        }
        repeats[key] = seen + 1
        perFile[path, default: 0] += 1
        kept.append(diagnostic)
    }

    public mutating func append<S: Sequence>(contentsOf diagnostics: S) where S.Element == Diagnostic {
        for diagnostic in diagnostics { append(diagnostic) }
    }

    private mutating func omit(_ diagnostic: Diagnostic, as key: OmittedKey) {
        if omitted[key] == nil {
            omitted[key] = Omitted(first: diagnostic)
            omittedOrder.append(key)
        }
        omitted[key]?.counts.count(diagnostic.severity)
        if let current = omitted[key], diagnostic.severity < current.severity { omitted[key]?.severity = diagnostic.severity }
    }

    /// The diagnostics kept, then one summary per group of those that were not.
    public var diagnostics: [Diagnostic] {
        var result = kept
        for key in omittedOrder {
            guard let group = omitted[key] else { continue }
            let total = group.counts.total
            let count = Self.grouped(total)
            var summary: Diagnostic
            switch key {
            case .repeats(let repeated):
                summary = DiagnosticLimits.summary(
                    DiagnosticsMessages.counted("limits.repeats", total, shown: count, ["message": repeated.message]), at: group.first.span, path: group.first.path,
                    help: Help(DiagnosticsMessages.text("limits.repeats.help")))
            case .file(let path):
                summary = DiagnosticLimits.summary(
                    DiagnosticsMessages.counted("limits.file", total, shown: count), at: group.first.span, path: path.isEmpty ? nil : path,
                    help: Help(DiagnosticsMessages.text("limits.file.help", ["limit": String(limits.perFile)])))
            case .overall:
                summary = DiagnosticLimits.summary(
                    DiagnosticsMessages.counted("limits.overall", total, shown: count), at: nil,
                    help: Help(DiagnosticsMessages.text("limits.overall.help", ["limit": Self.grouped(limits.overall)])))
            }
            summary.severity = group.severity
            summary.omitted = group.counts
            result.append(summary)
        }
        return result
    }

    /// Every diagnostic, sorted for output, deduplicated, then limited: the ones kept are the
    /// first in file, line and column order.
    /// A diagnostic made without a help line gets one that points at its explanation.
    public static func limited(_ diagnostics: [Diagnostic], limits: DiagnosticLimits = .default) -> [Diagnostic] {
        var collector = DiagnosticCollector(limits: limits)
        collector.append(contentsOf: Diagnostic.sortedForOutput(diagnostics))
        return Diagnostic.sortedForOutput(collector.diagnostics).map { diagnostic in
            guard diagnostic.help == nil else { return diagnostic }
            var helped = diagnostic
            helped.help = Help(DiagnosticsMessages.text("help.explain", ["code": diagnostic.code.rawValue]))
            return helped
        }
    }

    /// 7998 → "7,998" in English, "7 998" in French.
    static func grouped(_ value: Int) -> String {
        DiagnosticsMessages.grouped(value)
    }
}

extension Sequence where Element == Diagnostic {
    /// Errors, counting those a summary stands for.
    public var errorCount: Int { reduce(0) { $0 + ($1.omitted?.errors ?? ($1.severity == .error ? 1 : 0)) } }
    /// Warnings, counting those a summary stands for.
    public var warningCount: Int { reduce(0) { $0 + ($1.omitted?.warnings ?? ($1.severity == .warning ? 1 : 0)) } }
}
