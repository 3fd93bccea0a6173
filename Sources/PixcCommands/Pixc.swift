import ArgumentParser
import Compiler
import Foundation
import Localization

/// Runs `pixc` with arguments and returns the process exit code:
/// 0 clean, 1 content errors, 2 usage or I/O errors.
public enum PixcMain {
    /// `environment` gives `PIXC_LANG` and the locale; `selectsProcessLanguage` makes the chosen
    /// language the process's (the `pixc` executable), otherwise it holds for this run's task
    /// only (tests running commands in parallel in one process).
    public static func run(
        _ arguments: [String],
        environment: [String: String] = ProcessInfo.processInfo.environment,
        selectsProcessLanguage: Bool = false
    ) -> Int32 {
        let console = Console.current
        // The language is chosen before parsing: argument-parser builds the help and its error
        // messages while it parses, from texts that depend on the language.
        let language: Language
        switch Language.resolve(flag: LanguageOptions.scan(arguments), environment: environment) {
        case .success(let chosen):
            language = chosen
        case .failure(let error):
            console.err(CommandMessages.catalogue.text("language.invalidSetting", ["value": error.value], in: error.fallback) + "\n")
            return 2
        }
        if selectsProcessLanguage { Localization.select(language) }
        return Localization.withLanguage(language) {
            var command: ParsableCommand
            do {
                command = try Pixc.parseAsRoot(arguments)
                try command.run()
                return 0
            } catch {
                return report(error, console: console, language: language)
            }
        }
    }

    private static func report(_ error: any Error, console: Console, language: Language) -> Int32 {
        if let exit = error as? ExitCode { return exit.rawValue }
        if let failure = error as? UsageFailure {
            console.err(CommandHelp.text("error", ["message": failure.message]) + "\n")
            return 2
        }
        let code = Pixc.exitCode(for: error)
        var message: String
        if language == .fr {
            // French texts are a little longer than argument-parser's English ones, which it wraps:
            // a narrower width keeps the lines within the terminal's.
            message = ParserText.french(Pixc.fullMessage(for: error, columns: HelpWidth.columns - 4))
        } else {
            message = Pixc.fullMessage(for: error)
        }
        if code == .success {
            console.out(message + "\n")
            return 0
        }
        console.err(message + "\n")
        return 2
    }
}

/// A problem with how pixc was called or with the files it was pointed at (exit code 2).
struct UsageFailure: Error {
    let message: String
}

public struct Pixc: ParsableCommand {
    public static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "pixc",
        abstract: CommandHelp.text("pixc.abstract"),
        discussion: CommandHelp.text("pixc.discussion"),
        version: "pixc \(PixcVersion.current)",
        subcommands: [Check.self, Build.self, Expand.self, PreviewCommand.self, Stats.self, Diff.self, Replay.self, Play.self, Simulate.self, Calibrate.self, Explain.self, New.self, SchemaCommand.self, Fix.self, ServeCommand.self]
    ) }

    public init() {}
}
