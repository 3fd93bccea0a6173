/// Renders diagnostics for a person reading a terminal: the location, the message, the source
/// lines with carets under the exact characters, labels, notes and help.
///
/// ```
/// Challenges/1.1/recherche/annee.yaml:8:1: error[PIX0102]: this line is indented with a tab
///   |
/// 8 |     - "1978"
///   | ^
///   = help: replace the tab with spaces
/// ```
public struct HumanRenderer: Sendable {
    public var useColor: Bool
    /// Lines of a multi-line span shown before eliding the middle.
    public var maximumSpanLines = 4

    public init(useColor: Bool = false) {
        self.useColor = useColor
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let severity = diagnostic.severity.rawValue
        let header = paint("\(severity)[\(diagnostic.code)]", severityStyle(diagnostic.severity)) + paint(": " + diagnostic.message, .bold)
        if let span = diagnostic.span {
            out += paint("\(span.file.path):\(span.startLocation.line):\(span.startLocation.column)", .bold) + ": " + header + "\n"
        } else if let path = diagnostic.path {
            out += paint(path, .bold) + ": " + header + "\n"
        } else {
            out += header + "\n"
        }

        if let span = diagnostic.span {
            let sameFile = diagnostic.labels.filter { $0.span.file == span.file }
            let otherFiles = diagnostic.labels.filter { $0.span.file != span.file }
            out += snippet(file: span.file, marks: [Mark(span: span, label: nil, primary: true, severity: diagnostic.severity)]
                + sameFile.map { Mark(span: $0.span, label: $0.message, primary: false, severity: diagnostic.severity) })
            var byFile: [String: [Label]] = [:]
            var order: [SourceFile] = []
            for label in otherFiles {
                if byFile[label.span.file.path] == nil { order.append(label.span.file) }
                byFile[label.span.file.path, default: []].append(label)
            }
            for file in order {
                let labels = byFile[file.path] ?? []
                guard let first = labels.first else { continue }
                let location = first.span.startLocation
                out += paint("  ::: ", .blue) + "\(file.path):\(location.line):\(location.column)\n"
                out += snippet(file: file, marks: labels.map { Mark(span: $0.span, label: $0.message, primary: false, severity: diagnostic.severity) })
            }
        } else {
            for label in diagnostic.labels {
                let location = label.span.startLocation
                out += paint("  ::: ", .blue) + "\(label.span.file.path):\(location.line):\(location.column)\n"
                out += snippet(file: label.span.file, marks: [Mark(span: label.span, label: label.message, primary: false, severity: diagnostic.severity)])
            }
        }
        for note in diagnostic.notes {
            out += "  " + paint("= note", .bold) + ": " + note + "\n"
        }
        if let help = diagnostic.help {
            out += "  " + paint("= help", .cyan) + ": " + help.message + "\n"
            if let replacement = help.replacement {
                let location = replacement.span.startLocation
                let shown = replacement.text.isEmpty ? "delete `\(replacement.span.text)`" : "write `\(replacement.text)`"
                out += "          \(shown) at \(replacement.span.file.path):\(location.line):\(location.column)\n"
            }
        }
        return out
    }

    /// All diagnostics, sorted by file, line and column, then a summary line.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for diagnostic in Diagnostic.sortedForOutput(diagnostics) {
            out += render(diagnostic) + "\n"
        }
        out += summary(diagnostics) + "\n"
        return out
    }

    public func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let text = "\(plural(errors, "error")), \(plural(warnings, "warning"))"
        if errors > 0 { return paint(text, .red) }
        if warnings > 0 { return paint(text, .yellow) }
        return paint(text, .green)
    }

    // MARK: Snippets

    private struct Mark {
        let span: Span
        let label: String?
        let primary: Bool
        let severity: Severity
    }

    private func snippet(file: SourceFile, marks: [Mark]) -> String {
        // Lines to show, each with the marks that touch it.
        var shown: [Int: [(Mark, Range<Int>)]] = [:]
        for mark in marks {
            let first = file.lineIndex(at: mark.span.start)
            let last = file.lineIndex(at: max(mark.span.start, mark.span.end - 1))
            var lines = Array(first...max(first, last))
            if lines.count > maximumSpanLines {
                lines = Array(lines.prefix(maximumSpanLines - 1)) + [last]
            }
            for line in lines {
                let range = file.lineRange(line)
                let lower = max(range.lowerBound, mark.span.start)
                let upper = min(range.upperBound, mark.span.end)
                shown[line, default: []].append((mark, lower..<max(lower, upper)))
            }
        }
        let lines = shown.keys.sorted()
        guard let lastLine = lines.last else { return "" }
        let width = String(file.linesBefore + lastLine + 1).count
        let gutter = String(repeating: " ", count: width)
        var out = paint("\(gutter) |", .blue) + "\n"
        var previous: Int?
        for line in lines {
            if let previous, line > previous + 1 {
                out += paint("\(String(repeating: ".", count: min(3, width + 1)))", .blue) + "\n"
            }
            previous = line
            let number = String(file.linesBefore + line + 1)
            let text = displayText(file.lineText(line))
            out += paint(String(repeating: " ", count: width - number.count) + number + " |", .blue) + " " + text + "\n"
            let range = file.lineRange(line)
            for (mark, markRange) in (shown[line] ?? []).sorted(by: { ($0.0.primary ? 0 : 1, $0.1.lowerBound) < ($1.0.primary ? 0 : 1, $1.1.lowerBound) }) {
                let column = displayWidth(file, from: range.lowerBound, to: markRange.lowerBound)
                let length = max(1, displayWidth(file, from: markRange.lowerBound, to: markRange.upperBound))
                let underline = String(repeating: mark.primary ? "^" : "-", count: length)
                var row = String(repeating: " ", count: column) + paint(underline, mark.primary ? severityStyle(mark.severity) : .blue)
                if let label = mark.label, line == file.lineIndex(at: max(mark.span.start, mark.span.end - 1)) {
                    row += " " + paint(label, mark.primary ? severityStyle(mark.severity) : .blue)
                }
                out += paint("\(gutter) |", .blue) + " " + row + "\n"
            }
        }
        return out
    }

    /// Tabs are shown as one space so that carets stay aligned whatever the terminal's tab width.
    private func displayText(_ text: String) -> String {
        String(text.map { $0 == "\t" ? " " : $0 })
    }

    private func displayWidth(_ file: SourceFile, from start: Int, to end: Int) -> Int {
        guard end > start else { return 0 }
        return SourceFile.characterCount(file.bytes[start..<end])
    }

    // MARK: Colour

    enum Style: String {
        case bold = "1"
        case red = "1;31"
        case yellow = "1;33"
        case green = "1;32"
        case blue = "1;34"
        case cyan = "1;36"
    }

    private func severityStyle(_ severity: Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .note: .cyan
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

func plural(_ count: Int, _ word: String) -> String {
    "\(count) \(word)\(count == 1 ? "" : "s")"
}
