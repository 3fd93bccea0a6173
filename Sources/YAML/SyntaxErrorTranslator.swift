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
                "this file contains an invisible control character (byte \(shown))",
                at: Span(file: file, start: offset, end: min(bytes.count, offset + 1)),
                help: "delete the character (it often comes from a copy and paste)"
            )
        }
        if let tab = tabInIndentation(near: offset) {
            return YAMLDiagnostics.tab(
                "this line is indented with a tab; YAML indentation uses spaces only",
                at: Span(file: file, start: tab, end: tab + 1),
                help: "replace the tab with spaces (two spaces per level)"
            )
        }
        switch problem {
        case "found character that cannot start any token":
            if let character, character == UInt8(ascii: "@") || character == UInt8(ascii: "`") || character == UInt8(ascii: "%") {
                let shown = String(UnicodeScalar(character))
                return YAMLDiagnostics.syntax(
                    "a value cannot start with `\(shown)` unless it is in quotes",
                    at: at,
                    help: "put the whole value in quotes, for example \"\(shown)…\""
                )
            }
            return YAMLDiagnostics.syntax("this character cannot start a value here", at: at, help: "put the value in quotes")
        case "mapping values are not allowed in this context":
            if colonEarlierOnLine(offset) {
                return YAMLDiagnostics.syntax(
                    "this value contains `: `, which YAML reads as the start of another key",
                    at: Span(file: file, start: offset, end: min(bytes.count, offset + 1)),
                    help: "put the whole value in quotes, for example titre: \"Note : importante\""
                )
            }
            return YAMLDiagnostics.syntax(
                "this line is indented more than the key above it",
                at: at,
                help: "align this key with the key above it, or, if it belongs to that key, remove the value written after the key above"
            )
        case "did not find expected key":
            let where_ = contextLine.map { " of the mapping that starts on line \($0)" } ?? ""
            return YAMLDiagnostics.syntax(
                "this line is not aligned with the other keys\(where_)",
                at: at,
                labels: contextLabel("the mapping starts here"),
                help: "indent this line exactly like the keys above it (or put the text in quotes if it continues a value)"
            )
        case "did not find expected '-' indicator":
            return YAMLDiagnostics.syntax(
                "this line is not aligned with the list items above it",
                at: at,
                labels: contextLabel("the list starts here"),
                help: "start it with `- ` at the same indentation as the other items, or indent it under an item"
            )
        case "block sequence entries are not allowed in this context":
            return YAMLDiagnostics.syntax(
                "a list item (`- `) cannot start here",
                at: at,
                help: "write the key alone on its line (`key:`), then the items below it, each starting with `- `"
            )
        case "could not find expected ':'":
            return YAMLDiagnostics.syntax(
                "a key is missing its `:`",
                at: contextOffset.map { tokenSpan(at: $0) } ?? at,
                help: "add `:` after the key, or indent the line to continue the text above it"
            )
        case "found unexpected end of stream":
            return YAMLDiagnostics.syntax(
                "this quoted text is never closed",
                at: contextOffset.map { Span(file: file, start: $0, end: min(bytes.count, $0 + 1)) } ?? at,
                help: "add the closing quote at the end of the text"
            )
        case "found unknown escape character":
            return YAMLDiagnostics.syntax(
                "this backslash sequence is not allowed inside double quotes",
                at: Span(file: file, start: max(0, offset - 1), end: min(bytes.count, offset + 1)),
                help: "use single quotes ('…') around text that contains backslashes, or write `\\\\` for one backslash"
            )
        case "did not find expected node content":
            return YAMLDiagnostics.syntax("a value is missing here", at: at, labels: contextLabel("in this value"), help: "write a value, or remove the line")
        case "did not find expected ',' or ']'":
            return YAMLDiagnostics.syntax("this list in brackets is not closed, or a comma is missing", at: at, labels: contextLabel("the list opens here"), help: "separate items with commas and close the list with `]`")
        case "did not find expected ',' or '}'":
            return YAMLDiagnostics.syntax("this mapping in braces is not closed, or a comma is missing", at: at, labels: contextLabel("the mapping opens here"), help: "separate entries with commas and close the mapping with `}`")
        case "did not find expected alphabetic or numeric character":
            return YAMLDiagnostics.syntax("an anchor (`&`) or alias (`*`) needs a name", at: at, help: "write a name right after `&` or `*`, or put the value in quotes if `&`/`*` is part of the text")
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            return YAMLDiagnostics.tab("this line is indented with a tab; YAML indentation uses spaces only", at: at, help: "replace the tab with spaces")
        default:
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context))" }
            return YAMLDiagnostics.syntax(message, at: at, labels: contextLabel(context ?? "here"), help: "check the indentation and quotes around this place")
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
