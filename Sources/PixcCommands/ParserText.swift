import Foundation
import Localization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// argument-parser writes its help headings and its parsing errors in English, with no hook to
/// change them. In French, `PixcMain` passes its output through `french(_:)`, which recognizes
/// each fixed text by its English template in `CommandHelp.catalogue` (the `parser.` keys) and
/// writes the French one with the same values. A text argument-parser changes in a new version
/// stays English; `HelpLanguageTests` fails when that happens.
enum ParserText {
    /// Phrases replaced wherever they are, most specific first.
    private static let phrases = [
        "parser.didYouMean", "parser.unknownOption", "parser.missingArgument", "parser.missingOneOf", "parser.missingValue",
        "parser.invalidValue", "parser.oneOfTheFollowing", "parser.oneOf", "parser.unexpectedArguments", "parser.unexpectedArgument",
        "parser.noValueTaken", "parser.seeMore", "parser.seeSubcommand",
        "parser.showHelp", "parser.showVersion",
    ]
    /// Texts replaced only at the start of a line.
    private static let lineStarts = [
        "parser.error", "parser.usage", "parser.usageTitle", "parser.overview", "parser.arguments", "parser.options",
        "parser.subcommands", "parser.help",
    ]

    private struct Rule {
        let key: String
        let expression: NSRegularExpression
        let names: [String]
    }

    private static let rules: [Rule] = {
        lineStarts.compactMap { rule($0, atLineStart: true) } + phrases.compactMap { rule($0, atLineStart: false) }
    }()

    /// The English template of `key` as a regular expression, each `{name}` a captured group.
    private static func rule(_ key: String, atLineStart: Bool) -> Rule? {
        let template = CommandHelp.catalogue.text(key, [:], in: .en)
        var pattern = atLineStart ? "^" : ""
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open]))
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
            // A value at the end of the template runs to the end of the line.
            pattern += rest.isEmpty ? "(.+)" : "(.+?)"
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest))
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]) else { return nil }
        return Rule(key: key, expression: expression, names: names)
    }

    /// `text` (argument-parser's help or error message) with its fixed English texts in French.
    static func french(_ text: String) -> String {
        var lines = valuesAndDefaults(text).components(separatedBy: "\n").map(translate)
        // The usage's continuation lines hang under its first line: "USAGE : " is one character
        // longer than "USAGE: ".
        var hanging = false
        for index in lines.indices {
            let line = lines[index]
            if line.hasPrefix(CommandHelp.catalogue.text("parser.usageTitle", in: .fr)) || line.hasPrefix(CommandHelp.catalogue.text("parser.usage", in: .fr)) {
                hanging = true
            } else if hanging, line.hasPrefix("       ") {
                lines[index] = " " + line
            } else {
                hanging = false
            }
        }
        // The usage's placeholder for a subcommand, once the phrases that hold it are translated.
        return lines.joined(separator: "\n").replacingOccurrences(of: "<subcommand>", with: "<sous-commande>")
    }

    /// "(values: a, b; default: a)" after an option's help, which argument-parser may wrap
    /// anywhere: replaced word by word, across line breaks.
    private static func valuesAndDefaults(_ text: String) -> String {
        let catalogue = CommandHelp.catalogue
        var result = text.replacingOccurrences(of: catalogue.text("parser.values", in: .en), with: catalogue.text("parser.values", in: .fr))
        let defaultLabel = NSRegularExpression.escapedPattern(for: catalogue.text("parser.default", in: .en))
        let frenchDefault = NSRegularExpression.escapedTemplate(for: catalogue.text("parser.default", in: .fr))
        for (pattern, template) in [("\\((\(defaultLabel))", "(\(frenchDefault)"), (";(\\s+)\(defaultLabel)", "\u{A0};$1\(frenchDefault)")] {
            guard let expression = try? NSRegularExpression(pattern: pattern) else { continue }
            result = expression.stringByReplacingMatches(in: result, range: NSRange(location: 0, length: (result as NSString).length), withTemplate: template)
        }
        return result
    }

    private static func translate(_ line: String) -> String {
        var line = line
        for rule in rules {
            var searched = 0
            while searched <= (line as NSString).length,
                  let match = rule.expression.firstMatch(in: line, range: NSRange(location: searched, length: (line as NSString).length - searched)) {
                let nsLine = line as NSString
                var values: [(String, String)] = []
                for (offset, name) in rule.names.enumerated() {
                    values.append((name, nsLine.substring(with: match.range(at: offset + 1))))
                }
                var replacement = CommandHelp.catalogue.text(rule.key, [:], in: .fr)
                for (name, value) in values {
                    replacement = replacement.replacingOccurrences(of: "{\(name)}", with: frenchValue(value, of: name))
                }
                line = nsLine.replacingCharacters(in: match.range, with: replacement)
                searched = match.range.location + (replacement as NSString).length
                if rule.expression.pattern.hasPrefix("^") { break }
            }
        }
        return line
    }

    /// Lists of quoted values, as argument-parser writes them: 'a', 'b' or 'c'.
    private static func frenchValue(_ value: String, of name: String) -> String {
        switch name {
        case "values", "arguments":
            let joined = value.replacingOccurrences(of: "' or '", with: "' ou '").replacingOccurrences(of: "' and '", with: "' et '")
            return guillemets(joined)
        case "command":
            return value.replacingOccurrences(of: " <subcommand>", with: "")
        default:
            return value
        }
    }

    /// 'a', 'b' ou 'c' → « a », « b » ou « c ».
    private static func guillemets(_ text: String) -> String {
        var result = ""
        var open = false
        for character in text {
            if character == "'" {
                result += open ? "\u{A0}»" : "«\u{A0}"
                open.toggle()
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// The width argument-parser wraps its help to: `COLUMNS`, else the terminal's, else 80 (its own
/// rule, which it keeps internal).
enum HelpWidth {
    static var columns: Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
