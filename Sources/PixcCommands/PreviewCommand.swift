import ArgumentParser
import Dispatch
import Foundation
import Localization
import Preview
import Server

struct PreviewCommand: ParsableCommand, LanguageSelecting {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "preview",
        abstract: CommandHelp.text("preview.abstract"),
        discussion: CommandHelp.text("preview.discussion")
    ) }

    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var rootOptions: RootOptions

    @Option(name: .long, help: CommandHelp.help("preview.out", valueName: "folder"))
    var out: String?

    @Flag(name: .long, help: CommandHelp.help("preview.serve"))
    var serve = false

    @Option(name: .long, help: CommandHelp.help("preview.port", valueName: "N"))
    var port: Int = 8765

    @Option(name: .long, help: CommandHelp.help("preview.seed", valueName: "N"))
    var seed: Int64 = 1

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError(RunMessages.catalogue.text("preview.badPort")) }
    }

    func run() throws {
        let console = Console.current
        let root = try rootOptions.resolveRoot()
        let folder = out.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? root.appendingPathComponent("dist/preview")
        let options = PreviewSite.Options(strings: Localization.current == .fr ? .french : .english, shuffleSeed: seed)
        let site = PreviewBuilder.build(root: root, options: options)
        do {
            try PreviewBuilder.write(site, to: folder)
        } catch {
            throw UsageFailure(message: RunMessages.catalogue.text("preview.cannotWrite", ["folder": folder.path, "reason": error.localizedDescription]))
        }
        let messages = RunMessages.catalogue
        console.out(messages.text("preview.written", [
            "challenges": Numbers.integer(site.check.challenges.count), "pages": Numbers.integer(site.pages.count), "folder": Self.shown(folder, root: root),
            "errors": Numbers.integer(site.check.errorCount), "warnings": Numbers.integer(site.check.warningCount),
        ]) + "\n")
        guard serve else {
            console.out(messages.text("preview.open", ["file": Self.shown(folder.appendingPathComponent("index.html"), root: root)]) + "\n")
            return
        }
        let server = PreviewServer(root: root, options: options, port: port)
        let outcome = Outcome()
        // The server's callbacks may run outside this task: they are given the language.
        let language = Localization.current
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.run(initial: site, handleSignals: true, onRunning: { port in
                    console.out(messages.text("preview.serving", ["host": LoopbackServer.host, "port": "\(port)"], in: language) + "\n")
                }, onRebuild: { rebuilt in
                    try? PreviewBuilder.write(rebuilt, to: folder)
                    console.out(messages.text("preview.rebuilt", [
                        "pages": Numbers.integer(rebuilt.pages.count, in: language), "errors": Numbers.integer(rebuilt.check.errorCount, in: language),
                        "warnings": Numbers.integer(rebuilt.check.warningCount, in: language),
                    ], in: language) + "\n")
                })
            } catch {
                outcome.set(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            throw UsageFailure(message: messages.text("preview.stopped", ["reason": "\(error)"]))
        }
    }

    static func shown(_ url: URL, root: URL) -> String {
        url.path.hasPrefix(root.path + "/") ? String(url.path.dropFirst(root.path.count + 1)) : url.path
    }

    /// The server task's error, read once the task is over.
    final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Error?
        var error: Error? { lock.withLock { stored } }
        func set(_ error: Error) { lock.withLock { stored = error } }
    }
}
