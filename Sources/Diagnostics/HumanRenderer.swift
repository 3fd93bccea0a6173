import Localization

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
    /// A source line longer than this (in bytes) is shown as a window of about this size
    /// around what is marked, with `…` where it is cut: a diagnostic on a line of a megabyte
    /// prints a few hundred bytes, not the megabyte.
    public var maximumLineWidth = 160

    public init(useColor: Bool = false) {
        self.useColor = useColor
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let severity = diagnostic.severity.word
        let header = paint("\(severity)[\(diagnostic.code)]", severityStyle(diagnostic.severity)) + paint(colon + visible(diagnostic.message), .bold)
        if let span = diagnostic.span {
            out += paint("\(visible(span.file.path)):\(span.startLocation.line):\(span.startLocation.column)", .bold) + ": " + header + "\n"
        } else if let path = diagnostic.path {
            out += paint(visible(path), .bold) + ": " + header + "\n"
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
                out += paint("  ::: ", .blue) + "\(visible(file.path)):\(location.line):\(location.column)\n"
                out += snippet(file: file, marks: labels.map { Mark(span: $0.span, label: $0.message, primary: false, severity: diagnostic.severity) })
            }
        } else {
            for label in diagnostic.labels {
                let location = label.span.startLocation
                out += paint("  ::: ", .blue) + "\(visible(label.span.file.path)):\(location.line):\(location.column)\n"
                out += snippet(file: label.span.file, marks: [Mark(span: label.span, label: label.message, primary: false, severity: diagnostic.severity)])
            }
        }
        for note in diagnostic.notes {
            out += "  " + paint(DiagnosticsMessages.text("render.note"), .bold) + colon + visible(note) + "\n"
        }
        if let help = diagnostic.help {
            out += "  " + paint(DiagnosticsMessages.text("render.help"), .cyan) + colon + visible(help.message) + "\n"
            if let replacement = help.replacement {
                let location = replacement.span.startLocation
                let shown = replacement.text.isEmpty
                    ? DiagnosticsMessages.text("render.delete", ["text": replacement.span.text])
                    : DiagnosticsMessages.text("render.write", ["text": replacement.text])
                let place = "\(visible(replacement.span.file.path)):\(location.line):\(location.column)"
                out += "          " + DiagnosticsMessages.text("render.fixAt", ["change": visible(shown), "place": place]) + "\n"
            }
            if let rename = help.rename {
                out += "          " + DiagnosticsMessages.text("render.rename", ["from": visible(rename.from), "to": visible(rename.to)]) + "\n"
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
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        let text = DiagnosticsMessages.text("summary", [
            "errors": DiagnosticsMessages.counted("summary.errors", errors),
            "warnings": DiagnosticsMessages.counted("summary.warnings", warnings),
        ])
        if errors > 0 { return paint(text, .red) }
        if warnings > 0 { return paint(text, .yellow) }
        return paint(text, .green)
    }

    /// ": " after a word of the renderer, with French's no-break space before the colon.
    private var colon: String {
        Localization.current == .fr ? "\u{A0}: " : ": "
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
            // A span over many lines shows its first lines and its last, without listing the others.
            let lines = last - first + 1 > maximumSpanLines
                ? Array(first..<(first + max(1, maximumSpanLines - 1))) + [last]
                : Array(first...max(first, last))
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
            let marks = (shown[line] ?? []).sorted(by: { ($0.0.primary ? 0 : 1, $0.1.lowerBound) < ($1.0.primary ? 0 : 1, $1.1.lowerBound) })
            let range = file.lineRange(line)
            let window = self.window(of: range, around: marks.first?.1 ?? range, in: file)
            let cutBefore = window.lowerBound > range.lowerBound
            let cutAfter = window.upperBound < range.upperBound
            let text = (cutBefore ? "…" : "") + displayText(file.text(in: window)) + (cutAfter ? "…" : "")
            out += paint(String(repeating: " ", count: width - number.count) + number + " |", .blue) + " " + text + "\n"
            for (mark, whole) in marks {
                let lower = min(max(whole.lowerBound, window.lowerBound), window.upperBound)
                let upper = min(max(whole.upperBound, lower), window.upperBound)
                let column = (cutBefore ? 1 : 0) + displayWidth(file, from: window.lowerBound, to: lower)
                let length = max(1, displayWidth(file, from: lower, to: upper) + (cutAfter && whole.upperBound > window.upperBound ? 1 : 0))
                let underline = String(repeating: mark.primary ? "^" : "-", count: length)
                var row = String(repeating: " ", count: column) + paint(underline, mark.primary ? severityStyle(mark.severity) : .blue)
                if let label = mark.label, line == file.lineIndex(at: max(mark.span.start, mark.span.end - 1)) {
                    row += " " + paint(visible(label), mark.primary ? severityStyle(mark.severity) : .blue)
                }
                out += paint("\(gutter) |", .blue) + " " + row + "\n"
            }
        }
        return out
    }

    /// The part of a line to show: all of it when it is short, else about `maximumLineWidth`
    /// bytes starting a little before `focus`, cut at character boundaries.
    private func window(of line: Range<Int>, around focus: Range<Int>, in file: SourceFile) -> Range<Int> {
        guard line.count > maximumLineWidth else { return line }
        let bytes = file.bytes
        var start = max(line.lowerBound, min(focus.lowerBound, line.upperBound) - maximumLineWidth / 4)
        var end = min(line.upperBound, start + maximumLineWidth)
        if end == line.upperBound { start = max(line.lowerBound, end - maximumLineWidth) }
        // Never cut inside a UTF-8 sequence.
        while start > line.lowerBound, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        while end < line.upperBound, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return start..<end
    }

    /// Tabs are shown as one space so that carets stay aligned whatever the terminal's tab width;
    /// other control characters as their visible symbol.
    private func displayText(_ text: String) -> String {
        visible(String(text.map { $0 == "\t" ? " " : $0 }))
    }

    /// Text from a file (or naming one) as it may safely reach a terminal: control characters
    /// (a NUL, an escape sequence that would recolour or move the cursor) become visible
    /// symbols, one column each, so carets stay aligned.
    func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: Self.isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !Self.isControl(scalar) {
                result.append(scalar)
            } else if scalar.value < 0x20, let symbol = Unicode.Scalar(0x2400 + scalar.value) {
                result.append(symbol)
            } else if scalar.value == 0x7F {
                result.append("\u{2421}")
            } else {
                result.append("\u{FFFD}")
            }
        }
        return String(result)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && scalar != "\t" || (0x7F...0x9F).contains(scalar.value)
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
