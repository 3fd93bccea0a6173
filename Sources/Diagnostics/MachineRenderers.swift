import Foundation
import JSON

/// Renders diagnostics as JSON Lines: one JSON object per diagnostic, in output order. The schema
/// is documented in docs/diagnostics-json.md.
public struct JSONRenderer: Sendable {
    public init() {}

    public func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for diagnostic in Diagnostic.sortedForOutput(diagnostics) {
            out += render(diagnostic) + "\n"
        }
        return out
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var object = JSONObjectWriter()
        object.string("code", diagnostic.code.rawValue)
        object.string("severity", diagnostic.severity.rawValue)
        object.string("message", diagnostic.message)
        if let path = diagnostic.path { object.string("file", path) } else { object.null("file") }
        if let span = diagnostic.span {
            object.raw("range", Self.range(span))
        } else {
            object.null("range")
        }
        object.raw("labels", "[" + diagnostic.labels.map { label in
            var entry = JSONObjectWriter()
            entry.string("file", label.span.file.path)
            entry.raw("range", Self.range(label.span))
            entry.string("message", label.message)
            return entry.result
        }.joined(separator: ",") + "]")
        object.raw("notes", "[" + diagnostic.notes.map { JSONString.literal($0, .lineSafe) }.joined(separator: ",") + "]")
        if let help = diagnostic.help {
            var entry = JSONObjectWriter()
            entry.string("message", help.message)
            if let replacement = help.replacement {
                var fix = JSONObjectWriter()
                fix.string("file", replacement.span.file.path)
                fix.raw("range", Self.range(replacement.span))
                fix.string("text", replacement.text)
                fix.bool("machineApplicable", replacement.applicability == .machineApplicable)
                entry.raw("replacement", fix.result)
            } else {
                entry.null("replacement")
            }
            if let rename = help.rename {
                var move = JSONObjectWriter()
                move.string("from", rename.from)
                move.string("to", rename.to)
                move.raw("references", "[" + rename.references.map { reference in
                    var fix = JSONObjectWriter()
                    fix.string("file", reference.span.file.path)
                    fix.raw("range", Self.range(reference.span))
                    fix.string("text", reference.text)
                    return fix.result
                }.joined(separator: ",") + "]")
                move.bool("machineApplicable", rename.applicability == .machineApplicable)
                entry.raw("rename", move.result)
            }
            object.raw("help", entry.result)
        } else {
            object.null("help")
        }
        if let omitted = diagnostic.omitted {
            var counts = JSONObjectWriter()
            counts.int("errors", omitted.errors)
            counts.int("warnings", omitted.warnings)
            counts.int("notes", omitted.notes)
            object.raw("omitted", counts.result)
        }
        return object.result
    }

    static func range(_ span: Span) -> String {
        let start = span.startLocation
        let end = span.endLocation
        var object = JSONObjectWriter()
        object.int("line", start.line)
        object.int("column", start.column)
        object.int("endLine", end.line)
        object.int("endColumn", end.column)
        object.int("offset", span.start)
        object.int("length", span.length)
        return object.result
    }
}

/// Renders diagnostics as a SARIF 2.1.0 log for code-scanning services.
///
/// Every URI is relative to the base id `SRCROOT` (`run.originalUriBaseIds`): the root of the git
/// repository when the content is in one (`repositoryPrefix` is then the content's folder inside
/// it, `content/` or empty), else the content repository. Each result carries a partial
/// fingerprint that does not depend on line numbers, its labels as related locations linked from
/// the message text, and its notes and help in that text.
public struct SARIFRenderer: Sendable {
    public let toolName: String
    public let toolVersion: String
    public let catalog: DiagnosticCatalog
    /// The content repository's folder inside its git repository, ending with `/` (empty at the
    /// root); nil outside a git repository.
    public let repositoryPrefix: String?

    public static let uriBaseID = "SRCROOT"
    /// The key of `partialFingerprints` (`<name>/v<version>`, SARIF §3.27.17).
    public static let fingerprintKey = "pixcLocation/v1"

    public init(toolName: String = "pixc", toolVersion: String, catalog: DiagnosticCatalog, repositoryPrefix: String? = nil) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.catalog = catalog
        self.repositoryPrefix = repositoryPrefix.map { $0.isEmpty || $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        let sorted = Diagnostic.sortedForOutput(diagnostics)
        var ruleIndex: [DiagnosticCode: Int] = [:]
        var rules: [String] = []
        // Every rule the tool knows, so a service can show help for codes that did not fire.
        for descriptor in catalog.descriptors {
            ruleIndex[descriptor.code] = rules.count
            rules.append(rule(descriptor))
        }
        for diagnostic in sorted where ruleIndex[diagnostic.code] == nil {
            ruleIndex[diagnostic.code] = rules.count
            var object = JSONObjectWriter()
            object.string("id", diagnostic.code.rawValue)
            rules.append(object.result)
        }

        var driver = JSONObjectWriter()
        driver.string("name", toolName)
        driver.string("version", toolVersion)
        driver.string("semanticVersion", toolVersion)
        driver.raw("rules", "[" + rules.joined(separator: ",") + "]")
        var tool = JSONObjectWriter()
        tool.raw("driver", driver.result)

        var base = JSONObjectWriter()
        var description = JSONObjectWriter()
        description.string("text", repositoryPrefix == nil ? "The root of the content repository (Referential/, Challenges/)."
                                                            : "The root of the git repository holding the content.")
        base.raw("description", description.result)
        var bases = JSONObjectWriter()
        bases.raw(Self.uriBaseID, base.result)

        let fingerprints = Self.fingerprints(sorted)
        var run = JSONObjectWriter()
        run.raw("tool", tool.result)
        run.raw("originalUriBaseIds", bases.result)
        run.string("columnKind", "unicodeCodePoints")
        run.raw("results", "[" + sorted.indices.map { index in
            result(sorted[index], ruleIndex: ruleIndex[sorted[index].code] ?? 0, fingerprint: fingerprints[index])
        }.joined(separator: ",") + "]")

        var log = JSONObjectWriter()
        log.string("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        log.string("version", "2.1.0")
        log.raw("runs", "[" + run.result + "]")
        return log.result + "\n"
    }

    private func rule(_ descriptor: DiagnosticDescriptor) -> String {
        var object = JSONObjectWriter()
        object.string("id", descriptor.code.rawValue)
        object.string("name", Self.ruleName(descriptor.title))
        var short = JSONObjectWriter()
        short.string("text", catalog.title(of: descriptor))
        object.raw("shortDescription", short.result)
        var full = JSONObjectWriter()
        let explanation = catalog.explanation(of: descriptor)
        full.string("text", explanation)
        object.raw("fullDescription", full.result)
        var help = JSONObjectWriter()
        help.string("text", DiagnosticsMessages.text("sarif.help", ["explanation": explanation, "code": descriptor.code.rawValue]))
        help.string("markdown", Self.helpMarkdown(descriptor, explanation: explanation))
        object.raw("help", help.result)
        var configuration = JSONObjectWriter()
        configuration.string("level", Self.level(descriptor.severity))
        object.raw("defaultConfiguration", configuration.result)
        var properties = JSONObjectWriter()
        properties.raw("tags", "[" + Self.tags(descriptor).map { JSONString.literal($0) }.joined(separator: ",") + "]")
        // The rules read the content itself, not a model of it: what they report is there.
        properties.string("precision", "very-high")
        properties.string("problem.severity", Self.problemSeverity(descriptor.severity))
        object.raw("properties", properties.result)
        return object.result
    }

    private func result(_ diagnostic: Diagnostic, ruleIndex: Int, fingerprint: String) -> String {
        var object = JSONObjectWriter()
        object.string("ruleId", diagnostic.code.rawValue)
        object.int("ruleIndex", ruleIndex)
        object.string("level", Self.level(diagnostic.severity))
        var message = JSONObjectWriter()
        message.string("text", Self.messageText(diagnostic))
        object.raw("message", message.result)
        if let span = diagnostic.span {
            object.raw("locations", "[" + location(span, message: nil, id: nil) + "]")
        } else if let path = diagnostic.path {
            var physical = JSONObjectWriter()
            physical.raw("artifactLocation", artifactLocation(path))
            var location = JSONObjectWriter()
            location.raw("physicalLocation", physical.result)
            object.raw("locations", "[" + location.result + "]")
        }
        if !diagnostic.labels.isEmpty {
            object.raw("relatedLocations", "[" + diagnostic.labels.enumerated().map { index, label in
                location(label.span, message: label.message, id: index + 1)
            }.joined(separator: ",") + "]")
        }
        var fingerprints = JSONObjectWriter()
        fingerprints.string(Self.fingerprintKey, fingerprint)
        object.raw("partialFingerprints", fingerprints.result)
        // A rename (`help.rename`) is not written here: SARIF 2.1.0's `artifactChange` only
        // replaces regions of an existing file, it cannot move one, and its reference edits
        // alone would name a file that is not there.
        if let replacement = diagnostic.help?.replacement, let help = diagnostic.help {
            var description = JSONObjectWriter()
            description.string("text", Self.escapingBraces(help.message))
            var inserted = JSONObjectWriter()
            inserted.string("text", replacement.text)
            var change = JSONObjectWriter()
            change.raw("deletedRegion", Self.region(replacement.span))
            change.raw("insertedContent", inserted.result)
            var artifactChange = JSONObjectWriter()
            artifactChange.raw("artifactLocation", artifactLocation(replacement.span.file.path))
            artifactChange.raw("replacements", "[" + change.result + "]")
            var fix = JSONObjectWriter()
            fix.raw("description", description.result)
            fix.raw("artifactChanges", "[" + artifactChange.result + "]")
            object.raw("fixes", "[" + fix.result + "]")
        }
        return object.result
    }

    private func artifactLocation(_ path: String) -> String {
        var artifact = JSONObjectWriter()
        artifact.string("uri", Self.uri((repositoryPrefix ?? "") + path))
        artifact.string("uriBaseId", Self.uriBaseID)
        return artifact.result
    }

    private func location(_ span: Span, message: String?, id: Int?) -> String {
        var physical = JSONObjectWriter()
        physical.raw("artifactLocation", artifactLocation(span.file.path))
        physical.raw("region", Self.region(span))
        var object = JSONObjectWriter()
        if let id { object.int("id", id) }
        object.raw("physicalLocation", physical.result)
        if let message {
            var text = JSONObjectWriter()
            text.string("text", Self.escapingBraces(message))
            object.raw("message", text.result)
        }
        return object.result
    }

    /// The result's text: the message, each label as an embedded link to its related location
    /// (`[first defined here](1)`, SARIF §3.11.6), then the notes and the help, one per line.
    /// Literal braces are doubled (§3.11.5).
    static func messageText(_ diagnostic: Diagnostic) -> String {
        var text = escapingBraces(diagnostic.message)
        if !diagnostic.labels.isEmpty {
            text += " (" + diagnostic.labels.enumerated().map { index, label in
                "[" + escapingBraces(escapingLinkText(label.message)) + "](\(index + 1))"
            }.joined(separator: "; ") + ")"
        }
        // The markers in the chosen language, like the rest of the message.
        for note in diagnostic.notes { text += "\n" + DiagnosticsMessages.text("sarif.note", ["text": escapingBraces(note)]) }
        if let help = diagnostic.help { text += "\n" + DiagnosticsMessages.text("sarif.helpLine", ["text": escapingBraces(help.message)]) }
        return text
    }

    /// `{` and `}` as `{{` and `}}`: SARIF reads single braces as placeholders (§3.11.5).
    static func escapingBraces(_ text: String) -> String {
        guard text.contains(where: { $0 == "{" || $0 == "}" }) else { return text }
        var out = ""
        for character in text {
            if character == "{" || character == "}" { out.append(character) }
            out.append(character)
        }
        return out
    }

    /// `\`, `[` and `]` preceded by a backslash, as the link text of an embedded link requires.
    static func escapingLinkText(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "\\" || character == "[" || character == "]" { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// One fingerprint per diagnostic, in the same order: its code, file, the text it points at
    /// and the text of that line (trimmed), and how many identical ones come before it in the
    /// file. No line number: editing elsewhere in the file, or another file, leaves it unchanged.
    static func fingerprints(_ diagnostics: [Diagnostic]) -> [String] {
        var seen: [String: Int] = [:]
        return diagnostics.map { diagnostic in
            var key = diagnostic.code.rawValue + "\u{0}" + (diagnostic.path ?? "")
            if let span = diagnostic.span {
                let line = span.file.lineText(span.file.lineIndex(at: span.start)).trimmingCharacters(in: .whitespaces)
                key += "\u{0}" + span.text + "\u{0}" + line
            } else {
                key += "\u{0}" + diagnostic.message
            }
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            return fnv1a64(key + "\u{0}" + String(occurrence))
        }
    }

    /// FNV-1a, 64 bits, as 16 hex digits: enough to tell results apart within a repository
    /// (a fingerprint matches results across runs; it protects nothing), with no dependency.
    static func fnv1a64(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The rule's explanation, its wrong and right examples as YAML blocks, and the command that
    /// shows more.
    static func helpMarkdown(_ descriptor: DiagnosticDescriptor, explanation: String) -> String {
        var out = explanation
        for (title, example) in [("Wrong", descriptor.wrong), ("Right", descriptor.right)] {
            guard let example else { continue }
            out += "\n\n**\(title)**"
            for file in example.files {
                let fence = file.text.contains("```") ? "~~~~" : "```"
                out += "\n\n`\(file.path)`\n\n\(fence)yaml\n\(file.text)\(file.text.hasSuffix("\n") ? "" : "\n")\(fence)"
            }
        }
        return out + "\n\n`pixc explain \(descriptor.code)` shows more."
    }

    /// The kind of problem (GitHub filters on these words) and the family of the code (`pix04xx`).
    static func tags(_ descriptor: DiagnosticDescriptor) -> [String] {
        let family = "pix" + descriptor.code.rawValue.dropFirst(3).prefix(2) + "xx"
        return [descriptor.severity == .error ? "correctness" : "maintainability", family]
    }

    static func problemSeverity(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "recommendation"
        }
    }

    static func region(_ span: Span) -> String {
        let file = span.file
        var object = JSONObjectWriter()
        let startLine = file.lineIndex(at: span.start)
        let endLine = file.lineIndex(at: span.end)
        object.int("startLine", file.linesBefore + startLine + 1)
        object.int("startColumn", file.codePointColumn(at: span.start))
        object.int("endLine", file.linesBefore + endLine + 1)
        object.int("endColumn", file.codePointColumn(at: span.end))
        var snippet = JSONObjectWriter()
        snippet.string("text", span.text)
        object.raw("snippet", snippet.result)
        return object.result
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// "Tab used for indentation" → "TabUsedForIndentation".
    static func ruleName(_ title: String) -> String {
        title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { word in
            word.prefix(1).uppercased() + word.dropFirst()
        }.joined()
    }

    /// A relative URI reference: path segments percent-encoded, `/` kept.
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}

extension SourceFile {
    /// 1-based column counted in Unicode code points (SARIF's `unicodeCodePoints` column kind).
    public func codePointColumn(at offset: Int) -> Int {
        let clamped = max(0, min(offset, bytes.count))
        let start = min(lineStarts[lineIndex(at: clamped)], clamped)
        var count = 0
        for index in start..<clamped where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count + 1
    }
}
