/// The messages of one module, one table per language. A message is text with named
/// placeholders, `{name}`, filled when the message is rendered; `{{` and `}}` stand for literal
/// braces. Keys are stable identifiers (`domain.what`), never shown to people.
///
/// The tables are `KeyValuePairs` rather than dictionary literals so that a key written twice is
/// reported by `problems()` instead of trapping when the catalogue is first used.
public struct Catalogue: Sendable {
    /// The module the messages belong to (used in reports of `problems()`).
    public let domain: String
    private let tables: [Language: [String: String]]
    private let duplicates: [Language: [String]]

    public init(domain: String, french: KeyValuePairs<String, String>, english: KeyValuePairs<String, String>) {
        self.init(domain: domain, frenchEntries: french.map { ($0.key, $0.value) }, englishEntries: english.map { ($0.key, $0.value) })
    }

    /// The same from lists built by code (the English titles and explanations of diagnostic
    /// descriptors, for instance, which stay where the descriptors are declared).
    public init(domain: String, frenchEntries: [(String, String)], englishEntries: [(String, String)]) {
        self.domain = domain
        var tables: [Language: [String: String]] = [:]
        var duplicates: [Language: [String]] = [:]
        for (language, pairs) in [(Language.fr, frenchEntries), (Language.en, englishEntries)] {
            var table: [String: String] = [:]
            for (key, text) in pairs {
                if table[key] != nil { duplicates[language, default: []].append(key) }
                table[key] = text
            }
            tables[language] = table
        }
        self.tables = tables
        self.duplicates = duplicates
    }

    /// `text` as a message without placeholders: its braces doubled, so that it renders as
    /// written.
    public static func literal(_ text: String) -> String {
        text.replacingBraces()
    }

    /// The keys of the catalogue, in either language, sorted.
    public var keys: [String] {
        Set(tables.values.flatMap(\.keys)).sorted()
    }

    /// The text of `key` in `language`, its placeholders filled from `arguments`.
    /// A key missing from `language` falls back to the other language, then to the key itself;
    /// a placeholder without an argument stays as written (`{name}`). Neither ever happens in a
    /// catalogue whose `problems()` is empty and whose callers are tested.
    public func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:], in language: Language = Localization.current) -> String {
        var values: [String: String] = [:]
        for (name, value) in arguments { values[name] = value }
        return text(key, values: values, in: language)
    }

    /// The same, with arguments gathered by code.
    public func text(_ key: String, values: [String: String], in language: Language = Localization.current) -> String {
        let template = tables[language]?[key]
            ?? Language.allCases.lazy.compactMap { self.tables[$0]?[key] }.first
            ?? key
        // Most messages of the happy path (hints, labels) have no placeholder: nothing to parse.
        guard template.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) else { return template }
        return MessageTemplate(template).render(values)
    }

    /// What is wrong with the catalogue: a key present in one language only, a key written twice,
    /// a message whose placeholders differ between languages, a malformed placeholder. Empty when
    /// the catalogue is sound; the test of every catalogue asserts it.
    public func problems() -> [String] {
        var problems: [String] = []
        for language in Language.allCases {
            for key in duplicates[language] ?? [] {
                problems.append("\(domain): \(key) is written twice in the \(language.rawValue) table")
            }
        }
        for key in keys {
            var placeholders: [Language: [String]] = [:]
            for language in Language.allCases {
                guard let text = tables[language]?[key] else {
                    problems.append("\(domain): \(key) is missing in \(language.rawValue)")
                    continue
                }
                let template = MessageTemplate(text)
                if let error = template.malformation {
                    problems.append("\(domain): \(key) in \(language.rawValue): \(error)")
                }
                placeholders[language] = template.placeholders
            }
            if let french = placeholders[.fr], let english = placeholders[.en], french != english {
                problems.append("\(domain): \(key) has placeholders {\(french.joined(separator: "}, {"))} in fr but {\(english.joined(separator: "}, {"))} in en")
            }
        }
        return problems
    }

    /// The placeholders of `key` in `language`, sorted and unique (for tests of callers).
    public func placeholders(of key: String, in language: Language) -> [String] {
        tables[language]?[key].map { MessageTemplate($0).placeholders } ?? []
    }
}

/// A message's text cut into literal runs and placeholders.
struct MessageTemplate {
    enum Piece: Equatable {
        case literal(String)
        case placeholder(String)
    }

    let pieces: [Piece]
    /// Why the text is not a well-formed template (an unclosed `{`, an empty or invalid name).
    let malformation: String?

    init(_ text: String) {
        var pieces: [Piece] = []
        var literal = ""
        var malformation: String?
        // Braces are ASCII: the text is walked byte by byte and copied in runs.
        let utf8 = text.utf8
        var index = utf8.startIndex, run = index
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") else {
                index = utf8.index(after: index)
                continue
            }
            let next = utf8.index(after: index)
            if next < utf8.endIndex, utf8[next] == byte {
                literal += text[run..<next]
                index = utf8.index(after: next)
                run = index
                continue
            }
            if byte == UInt8(ascii: "{") {
                literal += text[run..<index]
                guard let close = utf8[next...].firstIndex(of: UInt8(ascii: "}")) else {
                    malformation = malformation ?? "a { is never closed"
                    run = index
                    index = utf8.endIndex
                    break
                }
                let name = String(text[next..<close])
                if name.isEmpty || !name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                    malformation = malformation ?? "{\(name)} is not a placeholder name"
                    literal += text[index...close]
                } else {
                    if !literal.isEmpty { pieces.append(.literal(literal)); literal = "" }
                    pieces.append(.placeholder(name))
                }
                index = utf8.index(after: close)
                run = index
                continue
            }
            malformation = malformation ?? "a } is never opened (write }} for a brace)"
            index = next
        }
        literal += text[run..<index]
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        self.pieces = pieces
        self.malformation = malformation
    }

    var placeholders: [String] {
        Set(pieces.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }).sorted()
    }

    func render(_ values: [String: String]) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case .literal(let literal): text += literal
            case .placeholder(let name): text += values[name] ?? "{\(name)}"
            }
        }
        return text
    }
}

extension String {
    fileprivate func replacingBraces() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for character in self {
            out.append(character)
            if character == "{" || character == "}" { out.append(character) }
        }
        return out
    }
}
