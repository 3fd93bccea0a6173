import Diagnostics

/// Rephrases libyaml's syntax errors for authors who are not programmers, keeping libyaml's
/// position and pointing at the characters that caused the problem.
struct SyntaxErrorTranslator {
    let file: SourceFile

    func diagnostic(problem: String, context: String?, offset: Int, contextOffset: Int?, isReaderError: Bool) -> Diagnostic {
        let bytes = file.bytes
        let at = tokenSpan(at: offset)
        let contextLine = contextOffset.map { file.location(at: $0).line }
        let contextLabel: (String) -> [Label] = { text in
            guard let contextOffset, contextOffset != offset else { return [] }
            return [Label(self.tokenSpan(at: contextOffset), text)]
        }
        let character: UInt8? = offset < bytes.count ? bytes[offset] : nil

        if isReaderError || problem.contains("control characters") {
            let shown = character.map { "0x" + String($0, radix: 16, uppercase: true) } ?? "?"
            return YAMLDiagnostics.syntax(
                YAMLMessages.text("syntax.control", ["byte": shown]),
                at: Span(file: file, start: offset, end: min(bytes.count, offset + 1)),
                help: YAMLMessages.text("syntax.control.help")
            )
        }
        if let tab = tabInIndentation(near: offset) {
            return YAMLDiagnostics.tab(
                YAMLMessages.text("syntax.tab"),
                at: Span(file: file, start: tab, end: tab + 1),
                help: YAMLMessages.text("syntax.tab.help")
            )
        }
        switch problem {
        case "found character that cannot start any token":
            if let character, character == UInt8(ascii: "@") || character == UInt8(ascii: "`") || character == UInt8(ascii: "%") {
                let shown = String(UnicodeScalar(character))
                return YAMLDiagnostics.syntax(
                    YAMLMessages.text("syntax.cannotStartWith", ["character": shown]),
                    at: at,
                    help: YAMLMessages.text("syntax.cannotStartWith.help", ["character": shown])
                )
            }
            return YAMLDiagnostics.syntax(YAMLMessages.text("syntax.cannotStart"), at: at, help: YAMLMessages.text("syntax.quoteIt"))
        case "mapping values are not allowed in this context":
            if colonEarlierOnLine(offset) {
                return YAMLDiagnostics.syntax(
                    YAMLMessages.text("syntax.colonInValue"),
                    at: Span(file: file, start: offset, end: min(bytes.count, offset + 1)),
                    help: YAMLMessages.text("syntax.colonInValue.help")
                )
            }
            return YAMLDiagnostics.syntax(
                YAMLMessages.text("syntax.overIndented"),
                at: at,
                help: YAMLMessages.text("syntax.overIndented.help")
            )
        case "did not find expected key":
            return YAMLDiagnostics.syntax(
                contextLine.map { YAMLMessages.text("syntax.keyNotAligned.of", ["line": String($0)]) } ?? YAMLMessages.text("syntax.keyNotAligned"),
                at: at,
                labels: contextLabel(YAMLMessages.text("syntax.mappingStartsHere")),
                help: YAMLMessages.text("syntax.keyNotAligned.help")
            )
        case "did not find expected '-' indicator":
            return YAMLDiagnostics.syntax(
                YAMLMessages.text("syntax.itemNotAligned"),
                at: at,
                labels: contextLabel(YAMLMessages.text("syntax.listStartsHere")),
                help: YAMLMessages.text("syntax.itemNotAligned.help")
            )
        case "block sequence entries are not allowed in this context":
            return YAMLDiagnostics.syntax(
                YAMLMessages.text("syntax.itemHere"),
                at: at,
                help: YAMLMessages.text("syntax.itemHere.help")
            )
        case "could not find expected ':'":
            return YAMLDiagnostics.syntax(
                YAMLMessages.text("syntax.missingColon"),
                at: contextOffset.map { tokenSpan(at: $0) } ?? at,
                help: YAMLMessages.text("syntax.missingColon.help")
            )
        case "found unexpected end of stream":
            return YAMLDiagnostics.syntax(
                YAMLMessages.text("syntax.unclosedQuote"),
                at: contextOffset.map { Span(file: file, start: $0, end: min(bytes.count, $0 + 1)) } ?? at,
                help: YAMLMessages.text("syntax.unclosedQuote.help")
            )
        case "found unknown escape character":
            return YAMLDiagnostics.syntax(
                YAMLMessages.text("syntax.badEscape"),
                at: Span(file: file, start: max(0, offset - 1), end: min(bytes.count, offset + 1)),
                help: YAMLMessages.text("syntax.badEscape.help")
            )
        case "did not find expected node content":
            return YAMLDiagnostics.syntax(YAMLMessages.text("syntax.missingValue"), at: at, labels: contextLabel(YAMLMessages.text("syntax.inThisValue")), help: YAMLMessages.text("syntax.missingValue.help"))
        case "did not find expected ',' or ']'":
            return YAMLDiagnostics.syntax(YAMLMessages.text("syntax.unclosedList"), at: at, labels: contextLabel(YAMLMessages.text("syntax.listOpensHere")), help: YAMLMessages.text("syntax.unclosedList.help"))
        case "did not find expected ',' or '}'":
            return YAMLDiagnostics.syntax(YAMLMessages.text("syntax.unclosedMapping"), at: at, labels: contextLabel(YAMLMessages.text("syntax.mappingOpensHere")), help: YAMLMessages.text("syntax.unclosedMapping.help"))
        case "did not find expected alphabetic or numeric character":
            return YAMLDiagnostics.syntax(YAMLMessages.text("syntax.anchorName"), at: at, help: YAMLMessages.text("syntax.anchorName.help"))
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            return YAMLDiagnostics.tab(YAMLMessages.text("syntax.tab"), at: at, help: YAMLMessages.text("syntax.tab.helpShort"))
        default:
            // libyaml's own words (`problem`, `context`) are English: they are quoted as they are.
            let message = context.map { YAMLMessages.text("syntax.other.context", ["problem": problem, "context": $0]) } ?? YAMLMessages.text("syntax.other", ["problem": problem])
            return YAMLDiagnostics.syntax(message, at: at, labels: contextLabel(context ?? YAMLMessages.text("syntax.here")), help: YAMLMessages.text("syntax.other.help"))
        }
    }

    /// The word starting at `offset` on its line (at least one character), for the caret.
    func tokenSpan(at offset: Int) -> Span {
        let bytes = file.bytes
        guard offset < bytes.count else { return Span(file: file, start: bytes.count, end: bytes.count) }
        if bytes[offset] == 0x0A || bytes[offset] == 0x0D {
            return Span(file: file, start: offset, end: offset)
        }
        var end = offset + 1
        while end < bytes.count, ![0x20, 0x09, 0x0A, 0x0D].contains(bytes[end]) { end += 1 }
        return Span(file: file, start: offset, end: end)
    }

    /// A tab in the leading whitespace of the error's line, or of the line before it when the
    /// error is reported at the start of a line.
    private func tabInIndentation(near offset: Int) -> Int? {
        let line = file.lineIndex(at: offset)
        for candidate in [line, line - 1] where candidate >= 0 {
            let range = file.lineRange(candidate)
            var cursor = range.lowerBound
            while cursor < range.upperBound, file.bytes[cursor] == 0x20 || file.bytes[cursor] == 0x09 {
                if file.bytes[cursor] == 0x09 { return cursor }
                cursor += 1
            }
        }
        return nil
    }

    /// True when the error's line already has a `key:` before the offending `:`.
    private func colonEarlierOnLine(_ offset: Int) -> Bool {
        let range = file.lineRange(file.lineIndex(at: offset))
        let bytes = file.bytes
        var cursor = range.lowerBound
        while cursor + 1 < min(offset, range.upperBound) {
            if bytes[cursor] == UInt8(ascii: ":"), bytes[cursor + 1] == 0x20 { return true }
            cursor += 1
        }
        return false
    }
}
