import ArgumentParser
import Dispatch
import Foundation
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

    func run() throws {
        let console = Console.current
        let root = try rootOptions.resolveRoot()
        guard (0...65535).contains(port) else { throw UsageFailure(message: "--port must be between 0 and 65535") }
        let folder = out.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? root.appendingPathComponent("dist/preview")
        let options = PreviewSite.Options(shuffleSeed: seed)
        let site = PreviewBuilder.build(root: root, options: options)
        do {
            try PreviewBuilder.write(site, to: folder)
        } catch {
            throw UsageFailure(message: "\(folder.path): cannot write the preview: \(error.localizedDescription)")
        }
        console.out("pixc preview: \(site.check.challenges.count) challenges, \(site.pages.count) pages written to \(Self.shown(folder, root: root))"
                    + " (check: \(site.check.errorCount) errors, \(site.check.warningCount) warnings)\n")
        guard serve else {
            console.out("open \(Self.shown(folder.appendingPathComponent("index.html"), root: root)) in a browser; pixc preview --serve grades answers\n")
            return
        }
        let server = PreviewServer(root: root, options: options, port: port)
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.run(initial: site, handleSignals: true, onRunning: { port in
                    console.out("serving http://\(LoopbackServer.host):\(port)/ — pages rebuilt when a file under Referential/, Challenges/ or Calibration/ changes; Ctrl-C stops\n")
                }, onRebuild: { rebuilt in
                    try? PreviewBuilder.write(rebuilt, to: folder)
                    console.out("rebuilt: \(rebuilt.pages.count) pages (check: \(rebuilt.check.errorCount) errors, \(rebuilt.check.warningCount) warnings)\n")
                })
            } catch {
                outcome.set(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            throw UsageFailure(message: "the preview server stopped: \(error)")
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
