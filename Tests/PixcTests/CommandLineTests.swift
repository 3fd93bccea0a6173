import Compiler
import Foundation
import PixcCommands
import Testing

/// A temporary content repository on disk: the example context plus some files.
final class TemporaryRepository {
    let url: URL

    init(_ extra: [String: String] = [:], includeContext: Bool = true) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-test-\(UUID().uuidString)")
        var files = includeContext ? ExampleContext.files : [:]
        files.merge(extra) { _, new in new }
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

struct Run {
    let code: Int32
    let out: String
    let err: String
}

func pixc(_ arguments: [String]) -> Run {
    let console = Console(capturing: [])
    let code = Console.$current.withValue(console) { PixcMain.run(arguments) }
    return Run(code: code, out: console.capturedOut, err: console.capturedErr)
}

let cleanChallenge = """
id: recherche-annee-cnil
skill: "@recherche2"
type: QROC
status: validé
instruction: En quelle année la CNIL a-t-elle été créée ?
proposals: "Année : ${annee}"
answers: ["1978"]
format: nombre
tests:
  accept: ["1978"]
  reject: ["1987"]

"""

@Suite("Command line")
struct CommandLineTests {
    @Test func cleanRepositoryExitsZero() throws {
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": cleanChallenge])
        let run = pixc(["check", "--root", repository.url.path])
        #expect(run.code == 0, "\(run.out)")
        #expect(run.out.hasSuffix("0 errors, 0 warnings\n"))
    }

    @Test func contentErrorsExitOne() throws {
        let broken = cleanChallenge.replacingOccurrences(of: "status: validé", with: "status: validé\nstatus: proposé")
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": broken])
        let run = pixc(["check", "--root", repository.url.path])
        #expect(run.code == 1)
        #expect(run.out.contains("Challenges/1.1/recherche/annee-cnil.yaml:5:1: error[PIX0103]"))
        #expect(run.out.contains("5 | status: proposé\n  | ^^^^^^"))
        #expect(run.out.hasSuffix("1 error, 0 warnings\n"))
    }

    @Test func warningsPassUnlessDenied() throws {
        let untested = cleanChallenge.components(separatedBy: "tests:")[0]
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": untested])
        #expect(pixc(["check", "--root", repository.url.path]).code == 0)
        #expect(pixc(["check", "--root", repository.url.path, "--deny-warnings"]).code == 1)
    }

    @Test(arguments: [
        ("duplicate key", "id: a\nid: b\n", "PIX0103"),
        ("bad indentation", "id: a\n  skill: b\n", "PIX0101"),
        ("tab", "id: a\nanswers:\n\t- x\n", "PIX0102"),
        ("alias bomb", (0...9).map { level in level == 0 ? "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" : "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]" }.joined(separator: "\n") + "\n", "PIX0104"),
    ])
    func brokenFilesInEveryFormat(_ name: String, _ text: String, _ code: String) throws {
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/casse.yaml": text])
        let human = pixc(["check", "--root", repository.url.path])
        #expect(human.code == 1, "\(name)")
        #expect(human.out.contains("error[\(code)]"), "\(name): \(human.out)")
        #expect(human.out.contains("^"), "\(name) has a caret")

        let json = pixc(["check", "--root", repository.url.path, "--format", "json"])
        #expect(json.code == 1)
        let objects = try json.out.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let first = try #require(objects.first { ($0?["code"] as? String) == code } ?? nil)
        #expect(first["file"] as? String == "Challenges/1.1/recherche/casse.yaml")
        #expect((first["range"] as? [String: Any])?["line"] is Int)

        let sarif = pixc(["check", "--root", repository.url.path, "--format", "sarif"])
        #expect(sarif.code == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.out.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.contains { $0["ruleId"] as? String == code })
    }

    @Test func sarifURIsStartAtTheGitRoot() throws {
        let git = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-git-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: git) }
        try FileManager.default.createDirectory(at: git.appendingPathComponent(".git"), withIntermediateDirectories: true)
        var files = ExampleContext.files
        files["Challenges/1.1/recherche/annee-cnil.yaml"] = cleanChallenge.replacingOccurrences(of: "status: validé", with: "status: validé\nstatus: proposé")
        for (path, text) in files {
            let file = git.appendingPathComponent("contenu pix/" + path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        let sarif = pixc(["check", "--root", git.appendingPathComponent("contenu pix").path, "--format", "sarif"])
        #expect(sarif.code == 1)
        #expect(sarif.out.contains("\"uri\":\"contenu%20pix/Challenges/1.1/recherche/annee-cnil.yaml\",\"uriBaseId\":\"SRCROOT\""))
    }

    @Test func invalidUTF8() throws {
        let repository = try TemporaryRepository()
        try repository.write("Challenges/1.1/recherche/latin1.yaml", bytes: Array("id: cl".utf8) + [0xE9] + Array("\n".utf8))
        let run = pixc(["check", "--root", repository.url.path])
        #expect(run.code == 1)
        #expect(run.out.contains("latin1.yaml:1:7: error[PIX0108]"))
    }

    @Test func pathsRestrictTheReport() throws {
        let broken = cleanChallenge.replacingOccurrences(of: "status: validé", with: "status: validé\nstatus: proposé")
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": broken])
        let other = pixc(["check", "--root", repository.url.path, repository.url.appendingPathComponent("Challenges/1.3").path])
        #expect(other.code == 0)
        let same = pixc(["check", "--root", repository.url.path, repository.url.appendingPathComponent("Challenges/1.1").path])
        #expect(same.code == 1)
    }

    @Test func usageAndIOErrorsExitTwo() throws {
        #expect(pixc(["check", "--format", "xml"]).code == 2)
        #expect(pixc(["nonsense"]).code == 2)
        #expect(pixc(["check", "--root", "/nonexistent/pixc"]).code == 2)
        let repository = try TemporaryRepository()
        #expect(pixc(["check", "--root", repository.url.path, "/nonexistent/file.yaml"]).code == 2)
        #expect(pixc(["explain", "PIX9999"]).code == 2)
    }

    @Test func versionAndHelpExitZero() {
        let version = pixc(["--version"])
        #expect(version.code == 0)
        #expect(version.out.hasPrefix("pixc "))
        #expect(pixc(["--help"]).code == 0)
    }

    @Test func explainPrintsBothExamples() {
        let run = pixc(["explain", "pix0103"])
        #expect(run.code == 0)
        #expect(run.out.contains("Wrong:"))
        #expect(run.out.contains("Right:"))
        #expect(run.out.contains("error[PIX0103]"))
    }
}

@Suite("Executable")
struct ExecutableTests {
    /// The built `pixc` binary sits next to the test bundle.
    static var binary: URL? {
        let candidates = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for folder in candidates {
            for base in [folder, folder.deletingLastPathComponent()] {
                let url = base.appendingPathComponent("pixc")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }

    @Test func realProcessExitCodes() throws {
        let binary = try #require(Self.binary, "pixc binary not found next to the tests")
        let broken = cleanChallenge.replacingOccurrences(of: "status: validé", with: "status: validé\nstatus: proposé")
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": broken])
        func run(_ arguments: [String]) throws -> Int32 {
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        #expect(try run(["check", "--root", repository.url.path]) == 1)
        #expect(try run(["check", "--bogus"]) == 2)
        #expect(try run(["--version"]) == 0)
    }
}

@Suite("Options checked before any work")
struct OptionValidationTests {
    @Test("a wrong option value is a usage error (exit 2) that names the option", arguments: [
        (["build", "--status", "validé,brouillon"], "`brouillon` is not a status"),
        (["build", "--locale", "fr-FR"], "--locale fr-FR: the locales are"),
        (["expand", "x", "--variants", "0"], "--variants must be at least 1"),
        (["play", "--length", "0"], "--length must be at least 1"),
    ])
    func invalidOptions(_ arguments: [String], _ message: String) throws {
        let repository = try TemporaryRepository()
        let run = pixc(arguments + ["--root", repository.url.path])
        #expect(run.code == 2)
        #expect(run.err.contains(message), "\(run.err)")
        #expect(!FileManager.default.fileExists(atPath: repository.url.appendingPathComponent("dist").path))
    }
}
