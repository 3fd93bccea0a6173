import Compiler
import Foundation
import Localization
import PixcCommands
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `pixc check --watch` as a person uses it: the real binary, real files written in a temporary
/// repository, the reports read from its output. Every wait has a deadline, so the test fails
/// instead of hanging.
@Suite("Check --watch")
struct WatchCommandTests {
    /// Standard output of a running process, collected by a reader thread.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func append(_ data: Data) { lock.withLock { text += String(decoding: data, as: UTF8.self) } }
        var value: String { lock.withLock { text } }

        /// Waits until `predicate` holds on the output (at most `seconds`).
        func wait(seconds: Double = 30, until predicate: (String) -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if predicate(value) { return true }
                usleep(20_000)
            }
            return predicate(value)
        }

        /// The number of reports printed so far.
        var reports: Int { value.components(separatedBy: "\nChecked: ").count - 1 + (value.hasPrefix("Checked: ") ? 1 : 0) }
    }

    @Test func reportsWhatAppearsAndWhatIsFixedAsFilesAreSaved() throws {
        let binary = try #require(ExecutableTests.binary, "pixc binary not found next to the tests")
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": cleanChallenge])
        let process = Process()
        process.executableURL = binary
        process.arguments = ["check", "--watch", "--root", repository.url.path]
        process.environment = ["PIXC_LANG": "en", "PATH": "/usr/bin:/bin", "NO_COLOR": "1"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let output = Output()
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if !data.isEmpty { output.append(data) }
        }
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            pipe.fileHandleForReading.readabilityHandler = nil
        }

        #expect(output.wait { $0.contains("Checked: 0 errors, 0 warnings.") }, "first report: \(output.value)")

        // A challenge broken: the new problem is printed in full.
        let broken = cleanChallenge.replacingOccurrences(of: "status: validé", with: "status: brouillon")
        try repository.write("Challenges/1.1/recherche/annee-cnil.yaml", bytes: Array(broken.utf8))
        #expect(output.wait { $0.contains("1 new, 0 fixed; 1 error, 0 warnings.") }, "after breaking: \(output.value)")
        #expect(output.value.contains("Changed: Challenges/1.1/recherche/annee-cnil.yaml"))
        #expect(output.value.contains("annee-cnil.yaml:4:9: error["))

        // Fixed the way many editors save: a temporary file renamed over the original.
        try repository.write("Challenges/1.1/recherche/.annee-cnil.yaml.tmp", bytes: Array(cleanChallenge.utf8))
        #expect(rename(repository.url.appendingPathComponent("Challenges/1.1/recherche/.annee-cnil.yaml.tmp").path,
                       repository.url.appendingPathComponent("Challenges/1.1/recherche/annee-cnil.yaml").path) == 0)
        #expect(output.wait { $0.contains("0 new, 1 fixed; 0 errors, 0 warnings.") }, "after fixing: \(output.value)")
        #expect(output.value.contains("fixed: Challenges/1.1/recherche/annee-cnil.yaml:4:9: error["))

        // A new folder holding a challenge with a problem.
        let reportsBefore = output.reports
        try repository.write("Challenges/1.3/tableur/nouveau/somme.yaml",
                             bytes: Array(cleanChallenge.replacingOccurrences(of: "recherche-annee-cnil", with: "tableur-somme")
                                .replacingOccurrences(of: "@recherche2", with: "@tableur9").utf8))
        #expect(output.wait { $0.components(separatedBy: "Checked: ").count - 1 > reportsBefore && $0.contains("@tableur9") },
                "after a new folder: \(output.value)")
        #expect(output.wait { $0.hasSuffix("1 new, 0 fixed; 1 error, 0 warnings.\n") }, "after a new folder: \(output.value)")

        // The folder deleted: its problem is fixed.
        try FileManager.default.removeItem(at: repository.url.appendingPathComponent("Challenges/1.3/tableur/nouveau"))
        #expect(output.wait { $0.hasSuffix("0 new, 1 fixed; 0 errors, 0 warnings.\n") }, "after deleting the folder: \(output.value)")

        // Ctrl-C: a clean stop, exit code 0.
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        #expect(!process.isRunning, "still running 20 s after SIGINT")
        if !process.isRunning {
            #expect(process.terminationStatus == 0)
            #expect(output.wait(seconds: 5) { $0.contains("Stopped watching.") })
        }
    }

    @Test func everyMessageInBothLanguages() {
        #expect(WatchMessages.catalogue.problems().isEmpty, "\(WatchMessages.catalogue.problems())")
    }

    @Test func watchPrintsForPeopleOnly() {
        let run = pixc(["check", "--watch", "--format", "json", "--lang", "en"])
        #expect(run.code == 2)
        #expect(run.err.contains("--watch prints reports for people"))
        let french = pixc(["check", "--watch", "--format", "json", "--lang", "fr"])
        #expect(french.code == 2)
        #expect(french.err.contains("--watch affiche des rapports pour les personnes"))
    }
}
