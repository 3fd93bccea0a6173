import Diagnostics
import Expressions
import Vocabulary

/// The French first and last names `first_name()` and `last_name()` draw from, read from plain
/// text files shipped in the repository (one name per line, `#` for comments).
///
/// `prenoms.txt`: `Camille;x`, `Léa;f`, `Hugo;m` — the gender after `;` is `f`, `m`, or `x` for a
/// name given to both (`first_name("f")` draws among `f` and `x`). A name without `;` is `x`.
/// `noms.txt`: one last name per line.
public struct NameLists: Sendable {
    public static let firstNamesPath = "Challenges/datasets/noms/prenoms.txt"
    public static let lastNamesPath = "Challenges/datasets/noms/noms.txt"

    public enum Gender: String, Sendable, CaseIterable {
        case female = "f"
        case male = "m"
        case both = "x"
    }

    public let firstNames: [(name: String, gender: Gender)]
    public let lastNames: [String]
    /// False when the file was not given: drawing from it is then an error at the call.
    public let hasFirstNames: Bool
    public let hasLastNames: Bool

    public init(firstNames: [(name: String, gender: Gender)], lastNames: [String]) {
        self.firstNames = firstNames
        self.lastNames = lastNames
        self.hasFirstNames = !firstNames.isEmpty
        self.hasLastNames = !lastNames.isEmpty
    }

    public static let empty = NameLists(firstNames: [], lastNames: [])

    /// Reads both lists; a file absent from the repository is passed as nil.
    public static func parse(firstNames: SourceFile?, lastNames: SourceFile?) -> (NameLists, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var first: [(name: String, gender: Gender)] = []
        if let file = firstNames {
            var seen: [String: Span] = [:]
            for (line, span) in lines(of: file) {
                var name = line
                var gender = Gender.both
                if let separator = line.firstIndex(of: ";") {
                    name = String(line[..<separator]).trimmingWhitespace()
                    let code = String(line[line.index(after: separator)...]).trimmingWhitespace().lowercased()
                    guard let parsed = Gender(rawValue: code) else {
                        diagnostics.append(VariantDiagnostics.nameList(
                            VariantsMessages.text("names.unknownGender", ["code": code, "name": name]),
                            at: span,
                            help: VariantsMessages.text("names.unknownGender.help")
                        ))
                        continue
                    }
                    gender = parsed
                }
                guard !name.isEmpty else { continue }
                if let earlier = seen[name] {
                    diagnostics.append(VariantDiagnostics.nameList(VariantsMessages.text("names.firstTwice", ["name": name]), at: span, labels: [Label(earlier, VariantsMessages.text("names.firstListed"))], help: VariantsMessages.text("names.twice.help")))
                    continue
                }
                seen[name] = span
                first.append((name, gender))
            }
            if first.isEmpty {
                diagnostics.append(VariantDiagnostics.nameList(VariantsMessages.text("names.firstEmpty"), at: Span(file: file, start: 0, end: 0), help: VariantsMessages.text("names.firstEmpty.help")))
            }
        }
        var last: [String] = []
        if let file = lastNames {
            var seen: [String: Span] = [:]
            for (line, span) in lines(of: file) {
                if let earlier = seen[line] {
                    diagnostics.append(VariantDiagnostics.nameList(VariantsMessages.text("names.lastTwice", ["name": line]), at: span, labels: [Label(earlier, VariantsMessages.text("names.firstListed"))], help: VariantsMessages.text("names.twice.help")))
                    continue
                }
                seen[line] = span
                last.append(line)
            }
            if last.isEmpty {
                diagnostics.append(VariantDiagnostics.nameList(VariantsMessages.text("names.lastEmpty"), at: Span(file: file, start: 0, end: 0), help: VariantsMessages.text("names.lastEmpty.help")))
            }
        }
        return (NameLists(firstNames: first, lastNames: last), diagnostics)
    }

    /// Non-empty, non-comment lines, trimmed, with their spans.
    static func lines(of file: SourceFile) -> [(String, Span)] {
        var result: [(String, Span)] = []
        for index in 0..<file.lineCount {
            let range = file.lineRange(index)
            let text = file.text(in: range).trimmingWhitespace()
            guard !text.isEmpty, !text.hasPrefix("#") else { continue }
            result.append((text, Span(file: file, range: range)))
        }
        return result
    }

    func firstNameValues(_ gender: Gender?) -> [Value] {
        firstNames.filter { entry in
            guard let gender, gender != .both else { return true }
            return entry.gender == gender || entry.gender == .both
        }.map { .text($0.name) }
    }
}
