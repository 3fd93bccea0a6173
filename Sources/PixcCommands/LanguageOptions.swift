import ArgumentParser
import Localization

extension Language: ExpressibleByArgument {}

/// `--lang fr|en`, accepted by every subcommand.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: CommandHelp.help("options.lang", valueName: "language"))
    var lang: Language?

    /// The language `arguments` ask for with `--lang X` or `--lang=X` (the last one, as
    /// argument-parser keeps it), read before parsing so that the help and the parsing errors
    /// are in that language. Nil when absent or not a language (parsing then reports it).
    static func scan(_ arguments: [String]) -> Language? {
        var found: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.endIndex {
                found = Language(rawValue: arguments[index + 1]) ?? found
                index += 2
                continue
            }
            if argument.hasPrefix("--lang=") {
                found = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? found
            }
            index += 1
        }
        return found
    }
}

/// A subcommand that takes `--lang`. `PixcMain` reads it before running the command;
/// `CommandLineTests` checks that every subcommand conforms.
protocol LanguageSelecting {
    var languageOptions: LanguageOptions { get }
}
