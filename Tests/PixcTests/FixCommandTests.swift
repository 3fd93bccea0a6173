import Compiler
import Localization
import PixcCommands
import Foundation
import Testing

/// `pixc fix` on the fixture cases of Tests/Fixtures/fix/: each case's `before/` laid over the
/// example context must become its `after/` (files absent from `after/` unchanged), and a
/// second run must change nothing.
@Suite("pixc fix")
struct FixCommandTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/fix")

    static func files(under url: URL) throws -> [String: String] {
        let manager = FileManager.default
        var result: [String: String] = [:]
        guard let enumerator = manager.enumerator(atPath: url.path) else { throw CocoaError(.fileReadNoSuchFile) }
        while let relative = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: url.appendingPathComponent(relative).path, isDirectory: &isFolder), !isFolder.boolValue {
                result[relative] = try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
            }
        }
        return result
    }

    static func cases() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func fixtureCasesAreThere() throws {
        #expect(try Self.cases().count >= 1)
    }

    /// The paths a case's fix removes (old names of renamed files), from its `removed` file.
    static func removed(_ name: String) -> Set<String> {
        let text = (try? String(contentsOf: folder.appendingPathComponent(name).appendingPathComponent("removed"), encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").map(String.init))
    }

    /// Every file of the repository is what the case expects: `after/`'s, none of `removed`, the
    /// others as in `before/`.
    static func expectFixed(_ repository: TemporaryRepository, before: [String: String], after: [String: String], removed: Set<String>,
                            _ context: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (path, text) in before where !removed.contains(path) {
            let now = try String(contentsOf: repository.url.appendingPathComponent(path), encoding: .utf8)
            #expect(now == (after[path] ?? text), "\(path)\n\(context)", sourceLocation: sourceLocation)
        }
        for (path, text) in after {
            let now = try? String(contentsOf: repository.url.appendingPathComponent(path), encoding: .utf8)
            #expect(now == text, "\(path)\n\(context)", sourceLocation: sourceLocation)
        }
        for path in removed {
            #expect(!FileManager.default.fileExists(atPath: repository.url.appendingPathComponent(path).path), "\(path) is still there", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: try FixCommandTests.cases())
    func fixesAsExpectedThenNothing(_ name: String) throws {
        let before = try Self.files(under: Self.folder.appendingPathComponent(name).appendingPathComponent("before"))
        let after = try Self.files(under: Self.folder.appendingPathComponent(name).appendingPathComponent("after"))
        let removed = Self.removed(name)
        #expect(!before.isEmpty && !after.isEmpty)
        #expect(removed.isSubset(of: before.keys), "`removed` names files of before/")
        let repository = try TemporaryRepository(before)
        let first = pixc(["fix", "--root", repository.url.path, "--lang", "en"])
        #expect(first.code != 2, "\(first.out)\(first.err)")
        for path in removed.sorted() {
            #expect(first.out.contains(" PIX0703: rename `\(path)` to `"), "\(first.out)")
        }
        try Self.expectFixed(repository, before: before, after: after, removed: removed, first.out)
        // Idempotent: nothing left to fix, byte for byte the same files.
        let second = pixc(["fix", "--root", repository.url.path, "--lang", "en"])
        #expect(second.code == first.code)
        #expect(second.out.hasPrefix("Nothing to fix automatically.\n"), "\(second.out)")
        try Self.expectFixed(repository, before: before, after: after, removed: removed, second.out)
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: repository.url.path).filter { ($0 as NSString).lastPathComponent.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    /// `--dry-run`'s diff is what `git apply` takes: applied to the repository it gives what
    /// `pixc fix` writes, renames included.
    @Test(arguments: try FixCommandTests.cases())
    func dryRunIsAPatchGitApplies(_ name: String) throws {
        let before = try Self.files(under: Self.folder.appendingPathComponent(name).appendingPathComponent("before"))
        let after = try Self.files(under: Self.folder.appendingPathComponent(name).appendingPathComponent("after"))
        let repository = try TemporaryRepository(before)
        let dryRun = pixc(["fix", "--root", repository.url.path, "--dry-run", "--lang", "en"])
        #expect(dryRun.code != 2, "\(dryRun.err)")
        try Self.expectFixed(repository, before: before, after: before, removed: [], "--dry-run writes nothing")
        let patch = repository.url.appendingPathComponent("../\(repository.url.lastPathComponent).patch")
        try Data(dryRun.out.utf8).write(to: patch)
        defer { try? FileManager.default.removeItem(at: patch) }
        for arguments in [["apply", "--check", patch.path], ["apply", patch.path]] {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            git.arguments = ["git"] + arguments
            git.currentDirectoryURL = repository.url
            let errors = Pipe()
            git.standardError = errors
            try git.run()
            git.waitUntilExit()
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(git.terminationStatus == 0, "git \(arguments.joined(separator: " ")): \(said)\n\(dryRun.out)")
        }
        try Self.expectFixed(repository, before: before, after: after, removed: Self.removed(name), dryRun.out)
    }

    @Test func trapsReportWhatIsFixedAndWhatIsLeft() throws {
        let before = try Self.files(under: Self.folder.appendingPathComponent("traps/before"))
        let repository = try TemporaryRepository(before)
        let path = "Challenges/1.1/recherche/annee-cnil.yaml"
        let file = repository.url.appendingPathComponent(path)
        chmod(file.path, 0o640)
        let dryRun = pixc(["fix", "--root", repository.url.path, "--dry-run", "--lang", "en"])
        #expect(dryRun.code == 1)
        // Nothing written; the diff alone on standard output.
        #expect(try String(contentsOf: file, encoding: .utf8) == before[path])
        #expect(dryRun.out.hasPrefix("--- a/\(path)\n+++ b/\(path)\n@@ -1,12 +1,12 @@\n"), "\(dryRun.out)")
        #expect(dryRun.out.contains("\n-statut: Validé\n-consigne: En quelle année la CNIL a-t-elle été créée ?\n+status: validé\n+instruction: En quelle année la CNIL a-t-elle été créée ?\n"))
        #expect(dryRun.err.contains("would fix \(path):4:1 PIX0202: `statut` → `status`\n"))
        #expect(dryRun.err.contains("6 fixes to write in 1 file; nothing is written (--dry-run).\n"))
        #expect(dryRun.err.contains("Left for a person to fix:\n\(path):2:8: error[PIX0304]: unknown skill `@recherch2`"))

        let run = pixc(["fix", "--root", repository.url.path, "--lang", "fr"])
        #expect(run.code == 1)
        #expect(run.out.contains("corrigé \(path):4:1 PIX0202\u{A0}: `statut` → `status`\n"), "\(run.out)")
        #expect(run.out.contains("6\u{A0}corrections écrites dans 1\u{A0}fichier.\n"))
        #expect(run.out.contains("Reste à corriger par une personne\u{A0}:\n"))
        var info = stat()
        #expect(stat(file.path, &info) == 0 && info.st_mode & 0o777 == 0o640, "the fixed file keeps its permissions")
    }

    @Test func pathsLimitWhatIsFixed() throws {
        let before = try Self.files(under: Self.folder.appendingPathComponent("traps/before"))
        let repository = try TemporaryRepository(before)
        let run = pixc(["fix", "--root", repository.url.path, repository.url.appendingPathComponent("Challenges/1.3").path, "--lang", "en"])
        #expect(run.code == 0, "\(run.out)")
        #expect(run.out.hasPrefix("Nothing to fix automatically.\nNothing is left to fix.\n"), "\(run.out)")
        let path = "Challenges/1.1/recherche/annee-cnil.yaml"
        #expect(try String(contentsOf: repository.url.appendingPathComponent(path), encoding: .utf8) == before[path])
    }

    @Test func aCleanRepositoryIsLeftAlone() throws {
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": cleanChallenge])
        let run = pixc(["fix", "--root", repository.url.path, "--lang", "en"])
        #expect(run.code == 0)
        #expect(run.out == "Nothing to fix automatically.\nNothing is left to fix.\n")
    }
}

/// Counts are written in the singular or the plural, never « écrite(s) ».
@Suite("Catalogues count")
struct CataloguesCountTests {
    /// `http(s)` is a protocol, not a hedged plural.
    static let allowed = ["http(s)"]

    @Test func noMessageHedgesAPlural() {
        var found: [String] = []
        for catalogue in PixcCatalogues.all {
            for key in catalogue.keys {
                for language in Language.allCases {
                    var text = catalogue.text(key, in: language)
                    for allowed in Self.allowed { text = text.replacingOccurrences(of: allowed, with: "") }
                    if text.range(of: #"[a-zàâéèêëîïôûùç]\((s|e|es)\)"#, options: .regularExpression) != nil {
                        found.append("\(catalogue.domain) \(key) [\(language.rawValue)]: \(text)")
                    }
                }
            }
        }
        let catalog = PixcCatalogues.diagnostics
        for descriptor in catalog.descriptors {
            for language in Language.allCases {
                let text = catalog.title(of: descriptor, in: language) + " " + catalog.explanation(of: descriptor, in: language)
                if text.range(of: #"[a-zàâéèêëîïôûùç]\((s|e|es)\)"#, options: .regularExpression) != nil {
                    found.append("\(descriptor.code) [\(language.rawValue)]")
                }
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func fixSummaryAgreesWithItsCount() {
        let one = Localization.withLanguage(.fr) { FixMessages.catalogue.counted("fix.summary.written", 1, ["fixes": "1\u{A0}correction", "files": "1\u{A0}fichier"]) }
        #expect(one == "1\u{A0}correction écrite dans 1\u{A0}fichier.")
    }
}
