import ArgumentParser
import Localization

extension Language: ExpressibleByArgument {}

/// `--lang fr|en`, accepted by every subcommand.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Language of the messages: fr or en. Default: PIXC_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG: fr… gives French), else English.", valueName: "language"))
    var lang: Language?
}

/// A subcommand that takes `--lang`. `PixcMain` reads it before running the command;
/// `CommandLineTests` checks that every subcommand conforms.
protocol LanguageSelecting {
    var languageOptions: LanguageOptions { get }
}
