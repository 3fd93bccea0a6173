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
        let command: ParsableCommand
        do {
            command = try Pixc.parseAsRoot(arguments)
        } catch {
            return report(error, console: console)
        }
        let flag = (command as? LanguageSelecting)?.languageOptions.lang
        let language: Language
        switch Language.resolve(flag: flag, environment: environment) {
        case .success(let chosen):
            language = chosen
        case .failure(let error):
            console.err(CommandMessages.catalogue.text("language.invalidSetting", ["value": error.value], in: error.fallback) + "\n")
            return 2
        }
        if selectsProcessLanguage { Localization.select(language) }
        return Localization.withLanguage(language) {
            var command = command
            do {
                try command.run()
                return 0
            } catch {
                return report(error, console: console)
            }
        }
    }

    private static func report(_ error: any Error, console: Console) -> Int32 {
        if let exit = error as? ExitCode { return exit.rawValue }
        if let failure = error as? UsageFailure {
            console.err("error: \(failure.message)\n")
            return 2
        }
        let code = Pixc.exitCode(for: error)
        let message = Pixc.fullMessage(for: error)
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
    public static let configuration = CommandConfiguration(
        commandName: "pixc",
        abstract: "Check, build and simulate Pix-style challenges written in YAML.",
        discussion: """
        Run the commands from the content repository (the folder with Referential/ and Challenges/), \
        or give it with --root. Exit codes: 0 clean, 1 content errors, 2 usage or I/O errors.
        """,
        version: "pixc \(PixcVersion.current)",
        subcommands: [Check.self, Build.self, Expand.self, PreviewCommand.self, Stats.self, Diff.self, Replay.self, Play.self, Simulate.self, Calibrate.self, Explain.self, New.self, SchemaCommand.self, ServeCommand.self]
    )

    public init() {}
}
