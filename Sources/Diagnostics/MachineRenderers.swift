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
                entry.raw("replacement", fix.result)
            } else {
                entry.null("replacement")
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
public struct SARIFRenderer: Sendable {
    public let toolName: String
    public let toolVersion: String
    public let informationURI: String
    public let catalog: DiagnosticCatalog

    public init(toolName: String = "pixc", toolVersion: String, informationURI: String, catalog: DiagnosticCatalog) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.catalog = catalog
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
        driver.string("informationUri", informationURI)
        driver.raw("rules", "[" + rules.joined(separator: ",") + "]")
        var tool = JSONObjectWriter()
        tool.raw("driver", driver.result)

        var run = JSONObjectWriter()
        run.raw("tool", tool.result)
        run.string("columnKind", "unicodeCodePoints")
        run.raw("results", "[" + sorted.map { result($0, ruleIndex: ruleIndex[$0.code] ?? 0) }.joined(separator: ",") + "]")

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
        object.raw("help", help.result)
        var configuration = JSONObjectWriter()
        configuration.string("level", Self.level(descriptor.severity))
        object.raw("defaultConfiguration", configuration.result)
        return object.result
    }

    private func result(_ diagnostic: Diagnostic, ruleIndex: Int) -> String {
        var object = JSONObjectWriter()
        object.string("ruleId", diagnostic.code.rawValue)
        object.int("ruleIndex", ruleIndex)
        object.string("level", Self.level(diagnostic.severity))
        var message = JSONObjectWriter()
        var text = diagnostic.message
        if let help = diagnostic.help { text = DiagnosticsMessages.text("sarif.withHelp", ["message": text, "help": help.message]) }
        message.string("text", text)
        object.raw("message", message.result)
        if let span = diagnostic.span {
            object.raw("locations", "[" + location(span, message: nil, id: nil) + "]")
        } else if let path = diagnostic.path {
            var artifact = JSONObjectWriter()
            artifact.string("uri", Self.uri(path))
            var physical = JSONObjectWriter()
            physical.raw("artifactLocation", artifact.result)
            var location = JSONObjectWriter()
            location.raw("physicalLocation", physical.result)
            object.raw("locations", "[" + location.result + "]")
        }
        if !diagnostic.labels.isEmpty {
            object.raw("relatedLocations", "[" + diagnostic.labels.enumerated().map { index, label in
                location(label.span, message: label.message, id: index + 1)
            }.joined(separator: ",") + "]")
        }
        if let replacement = diagnostic.help?.replacement, let help = diagnostic.help {
            var description = JSONObjectWriter()
            description.string("text", help.message)
            var inserted = JSONObjectWriter()
            inserted.string("text", replacement.text)
            var change = JSONObjectWriter()
            change.raw("deletedRegion", Self.region(replacement.span))
            change.raw("insertedContent", inserted.result)
            var artifact = JSONObjectWriter()
            artifact.string("uri", Self.uri(replacement.span.file.path))
            var artifactChange = JSONObjectWriter()
            artifactChange.raw("artifactLocation", artifact.result)
            artifactChange.raw("replacements", "[" + change.result + "]")
            var fix = JSONObjectWriter()
            fix.raw("description", description.result)
            fix.raw("artifactChanges", "[" + artifactChange.result + "]")
            object.raw("fixes", "[" + fix.result + "]")
        }
        return object.result
    }

    private func location(_ span: Span, message: String?, id: Int?) -> String {
        var artifact = JSONObjectWriter()
        artifact.string("uri", Self.uri(span.file.path))
        var physical = JSONObjectWriter()
        physical.raw("artifactLocation", artifact.result)
        physical.raw("region", Self.region(span))
        var object = JSONObjectWriter()
        if let id { object.int("id", id) }
        object.raw("physicalLocation", physical.result)
        if let message {
            var text = JSONObjectWriter()
            text.string("text", message)
            object.raw("message", text.result)
        }
        return object.result
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
