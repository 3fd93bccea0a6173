import ArgumentParser
import Compiler
import Dispatch
import Foundation
import Localization
import Server

struct ServeCommand: ParsableCommand, LanguageSelecting {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "serve",
        abstract: CommandHelp.text("serve.abstract"),
        discussion: CommandHelp.text("serve.discussion")
    ) }

    static let minimumTokenLength = 16

    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var rootOptions: RootOptions

    @Option(name: .long, help: CommandHelp.help("serve.port", valueName: "N"))
    var port: Int = 8766

    @Option(name: .long, help: CommandHelp.help("serve.tokenFile", valueName: "file"))
    var tokenFile: String

    @Option(name: .long, help: CommandHelp.help("serve.assetsBaseUrl", valueName: "url"))
    var assetsBaseUrl: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError(ServerMessages.catalogue.text("serve.badPort")) }
        if let assetsBaseUrl, AssetsBaseURL.parse(assetsBaseUrl) == nil {
            throw ValidationError(CommandMessages.catalogue.text("build.badAssetsBaseURL", ["url": assetsBaseUrl]))
        }
    }

    /// The token: the file's text without its final line break; at least `minimumTokenLength`
    /// characters and no whitespace.
    static func readToken(_ path: String) throws -> String {
        let messages = ServerMessages.catalogue
        let text: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard data.count <= 4096, let decoded = String(data: data, encoding: .utf8) else {
                throw UsageFailure(message: messages.text("serve.tokenTooShort", ["path": path, "minimum": "\(minimumTokenLength)"]))
            }
            text = decoded
        } catch let failure as UsageFailure {
            throw failure
        } catch {
            throw UsageFailure(message: messages.text("serve.tokenUnreadable", ["path": path, "reason": error.localizedDescription]))
        }
        var token = Substring(text)
        while let last = token.last, last == "\n" || last == "\r" { token = token.dropLast() }
        guard token.count >= minimumTokenLength, !token.contains(where: \.isWhitespace) else {
            throw UsageFailure(message: messages.text("serve.tokenTooShort", ["path": path, "minimum": "\(minimumTokenLength)"]))
        }
        return String(token)
    }

    func run() throws {
        let console = Console.current
        let root = try rootOptions.resolveRoot()
        let token = try Self.readToken(tokenFile)
        var options = BuildOptions(output: root.appendingPathComponent("dist"))
        do {
            options.releaseDate = try Builder.releaseDate(option: nil, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw UsageFailure(message: "\(error)")
        }
        let base = assetsBaseUrl.flatMap(AssetsBaseURL.parse)
        let server = ContentServer(root: root, port: port, token: token, assetsBaseURL: base, buildOptions: options)
        let messages = ServerMessages.catalogue
        let outcome = PreviewCommand.Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.run(handleSignals: true, onRunning: { port, first in
                    console.out(messages.text("serve.listening", ["host": LoopbackServer.host, "port": "\(port)",
                                                                  "base": base ?? "http://\(LoopbackServer.host):\(port)"]) + "\n")
                    switch first {
                    case .built(let id, let challenges, let warnings):
                        console.out(messages.counted("serve.built", warnings, ["id": "\(id)", "challenges": "\(challenges)"]) + "\n")
                    case .refused(let errors):
                        console.err(messages.counted("serve.refusedStart", errors.count) + "\n")
                    case .busy:
                        break
                    }
                }, log: { line in console.err(line + "\n") })
            } catch {
                outcome.set(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            throw UsageFailure(message: messages.text("serve.stopped", ["reason": "\(error)"]))
        }
    }
}
