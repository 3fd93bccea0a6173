import ArgumentParser
import Compiler

/// Runs `pixc` with arguments and returns the process exit code:
/// 0 clean, 1 content errors, 2 usage or I/O errors.
public enum PixcMain {
    public static func run(_ arguments: [String]) -> Int32 {
        let console = Console.current
        do {
            var command = try Pixc.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch let failure as UsageFailure {
            console.err("error: \(failure.message)\n")
            return 2
        } catch {
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
        subcommands: [Check.self, Build.self, Expand.self, PreviewCommand.self, Stats.self, Diff.self, Replay.self, Play.self, Simulate.self, Calibrate.self, Explain.self]
    )

    public init() {}
}
