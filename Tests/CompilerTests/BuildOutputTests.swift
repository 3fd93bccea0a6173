@testable import Compiler
import Foundation
import Release
import Testing

/// A content repository on disk for build tests: the example context plus some files.
final class DiskRepository {
    let url: URL

    init(_ extra: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-output-\(UUID().uuidString)")
        var files = ExampleContext.files
        files.merge(extra) { _, new in new }
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Every file under the folder (hidden ones included) with its bytes, by relative path.
    func snapshot(_ folder: URL? = nil) -> [String: Data] {
        let base = folder ?? url
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return result }
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isFolder)
            result[path + (isFolder.boolValue ? "/" : "")] = isFolder.boolValue ? Data() : FileManager.default.contents(atPath: base.appendingPathComponent(path).path)
        }
        return result
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// File operations that fail once, at the `failAt`-th change (0-based) or at the first change of
/// a path named `failingName`, then work again.
final class FailingOutput: OutputOperations, @unchecked Sendable {
    struct Injected: Error {}
    private let disk = DiskOutput()
    private let lock = NSLock()
    private let failAt: Int
    private let failingName: String?
    private(set) var changes = 0
    private(set) var failed = false

    init(failAt: Int) {
        self.failAt = failAt
        self.failingName = nil
    }

    init(failingName: String) {
        self.failAt = -1
        self.failingName = failingName
    }

    private func step(_ url: URL) throws {
        lock.lock()
        defer { lock.unlock() }
        let current = changes
        changes += 1
        if !failed, current == failAt || url.lastPathComponent == failingName {
            failed = true
            throw Injected()
        }
    }

    func createFolder(_ url: URL) throws { try step(url); try disk.createFolder(url) }
    func write(_ data: Data, to url: URL) throws { try step(url); try disk.write(data, to: url) }
    func rename(_ source: URL, to destination: URL) throws { try step(destination); try disk.rename(source, to: destination) }
    func remove(_ url: URL) throws { try step(url); try disk.remove(url) }
    func exists(_ url: URL) -> Bool { disk.exists(url) }
}

@Suite("Build output safety")
struct BuildOutputTests {
    static let challenge = """
    id: tableur-conversion
    skill: "@tableur2"
    type: QROC
    status: validé
    instruction: Un fichier pèse {{ taille }} Mo. Combien de Ko cela représente-t-il (1 Mo = 1 000 Ko) ?
    proposals: "${ko} Ko"
    answers: ["{{ taille * 1000 }}"]
    format: nombre
    illustration:
      file: schema.svg
      alt: Schéma d’un fichier
    data:
      values:
        taille: integer(2, 40)
    variants: 5
    tests:
      accept: ["{{ taille * 1000 }}"]
      reject: ["{{ taille }}"]

    """

    static let path = "Challenges/1.3/tableur/conversion.yaml"

    func repository() throws -> DiskRepository {
        let repository = try DiskRepository([Self.path: Self.challenge])
        try repository.write("Challenges/1.3/tableur/schema.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        return repository
    }

    func build(_ repository: DiskRepository, out: URL? = nil, operations: OutputOperations = DiskOutput()) throws -> BuildOutcome {
        var options = BuildOptions(output: out ?? repository.url.appendingPathComponent("dist"))
        options.operations = operations
        return try Builder.build(root: repository.url, options: options)
    }

    func refusal(_ repository: DiskRepository, out: URL) throws -> OutputRefusal? {
        do {
            _ = try build(repository, out: out)
            return nil
        } catch let refusal as OutputRefusal {
            return refusal
        }
    }

    @Test func theRepositoryItselfIsRefusedAndNothingIsLost() throws {
        let repository = try repository()
        let before = repository.snapshot()
        let refused = try #require(try refusal(repository, out: repository.url))
        #expect(refused.message.contains("is the content repository itself"))
        // The same folder written another way: with a trailing `.` and through a symbolic link.
        #expect(try refusal(repository, out: repository.url.appendingPathComponent("Challenges/..")) != nil)
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-link-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: repository.url)
        defer { try? FileManager.default.removeItem(at: link) }
        #expect(try refusal(repository, out: link)?.message.contains("is the content repository itself") == true)
        #expect(repository.snapshot() == before)
    }

    @Test func aFolderHoldingTheRepositoryIsRefused() throws {
        let repository = try repository()
        let refused = try #require(try refusal(repository, out: repository.url.deletingLastPathComponent()))
        #expect(refused.message.contains("contains the content repository"))
    }

    @Test func sourceFoldersAreRefused() throws {
        let repository = try repository()
        let before = repository.snapshot()
        for folder in ["Challenges", "Referential", "Challenges/1.3", "Challenges/new-folder", "Calibration"] {
            let refused = try #require(try refusal(repository, out: repository.url.appendingPathComponent(folder)), "\(folder)")
            #expect(refused.message.contains("which holds the content"), "\(folder)")
        }
        #expect(repository.snapshot() == before)
    }

    @Test func aFileIsRefused() throws {
        let repository = try repository()
        try repository.write("notes.txt", "à garder\n")
        let refused = try #require(try refusal(repository, out: repository.url.appendingPathComponent("notes.txt")))
        #expect(refused.message.contains("is a file, not a folder"))
        #expect(try String(contentsOf: repository.url.appendingPathComponent("notes.txt"), encoding: .utf8) == "à garder\n")
        let below = try #require(try refusal(repository, out: repository.url.appendingPathComponent("notes.txt/dist")))
        #expect(below.message.contains("is a file, not a folder"))
    }

    @Test func aForeignFolderIsRefused() throws {
        let repository = try repository()
        try repository.write("site/index.html", "<p>site</p>\n")
        let site = repository.url.appendingPathComponent("site")
        let refused = try #require(try refusal(repository, out: site))
        #expect(refused.message.contains("does not hold a pixc bundle (it holds `index.html`)"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
        // A manifest written by something else is not a bundle either.
        try repository.write("site/manifest.json", "{\"name\": \"site\"}\n")
        #expect(try refusal(repository, out: site) != nil)
    }

    @Test func anEmptyFolderAndAPreviousBundleAreAccepted() throws {
        let repository = try repository()
        let empty = repository.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(try build(repository, out: empty).succeeded)
        #expect(try build(repository, out: empty).succeeded, "a folder holding a previous bundle")
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent("attachments").path))
        // A file added to the bundle folder would be lost: refused.
        try repository.write("empty/notes.txt", "à garder\n")
        let refused = try #require(try refusal(repository, out: empty))
        #expect(refused.message.contains("holds a pixc bundle but also `notes.txt`"))
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent("notes.txt").path))
    }

    @Test func aSymbolicLinkToABundleFolderIsFollowed() throws {
        let repository = try repository()
        let target = repository.url.appendingPathComponent("real-dist")
        #expect(try build(repository, out: target).succeeded)
        let link = repository.url.appendingPathComponent("dist")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        #expect(try build(repository, out: link).succeeded)
        let attributes = try FileManager.default.attributesOfItem(atPath: link.path)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink, "the link stays a link")
    }

    /// A failure injected at each write, rename or removal in turn: the build either fails and
    /// leaves the previous bundle and variants.lock as they were, or succeeds and writes both.
    @Test func aFailureAtAnyStepLeavesBundleAndLockAsTheyWere() throws {
        let repository = try repository()
        #expect(try build(repository).succeeded)
        // Change the variants so that both the bundle and the lock change.
        try repository.write(Self.path, Self.challenge.replacingOccurrences(of: "variants: 5", with: "variants: 7"))
        let before = repository.snapshot()
        var failures = 0
        for step in 0..<200 {
            let operations = FailingOutput(failAt: step)
            do {
                let outcome = try build(repository, operations: operations)
                #expect(!operations.failed || step == operations.changes - 1, "only the removal of the previous bundle may fail without failing the build")
                #expect(outcome.succeeded)
                #expect(repository.snapshot() != before)
                let lock = try String(contentsOf: repository.url.appendingPathComponent(VariantLock.fileName), encoding: .utf8)
                #expect(lock.contains("number: 7"))
                break
            } catch is OutputWriteError {
                failures += 1
                #expect(operations.failed)
                #expect(repository.snapshot() == before, "failure at step \(step) changed the repository")
            }
        }
        #expect(failures >= 6, "staging, attachments, the lock, and each rename were all made to fail")
    }

    /// A previous bundle is recognised by skimming its manifest: its top-level `tool` is pixc and
    /// it has a `formatVersion`; nested members, other tools, broken or unusual documents are not.
    @Test func aManifestIsRecognisedBySkimming() {
        let cases: [(String, Bool)] = [
            ("{\"formatVersion\": 1, \"tool\": \"pixc\"}", true),
            ("  {\n  \"counts\": {\"a\": 1},\n  \"entities\": [{\"id\": \"x}]\\\"\", \"kind\": \"skill\"}, [], {}],\n  \"formatVersion\": 1,\n  \"releaseDate\": null,\n  \"tool\": \"pixc\",\n  \"toolVersion\": \"1.0\"\n}\n", true),
            ("{\"tool\": \"pixc\"}", false),
            ("{\"formatVersion\": 1}", false),
            ("{\"formatVersion\": 1, \"tool\": \"other\"}", false),
            ("{\"formatVersion\": 1, \"tool\": \"pixc2\"}", false),
            ("{\"formatVersion\": 1, \"tool\": 5}", false),
            ("{\"a\": {\"tool\": \"pixc\", \"formatVersion\": 1}}", false),
            ("[{\"formatVersion\": 1, \"tool\": \"pixc\"}]", false),
            ("{\"formatVersion\": 1, \"tool\": \"pixc\"} x", false),
            ("{\"formatVersion\": 1, \"tool\": \"pixc\"", false),
            ("{\"formatVersion\": 1, \"entities\": [1, 2, \"tool\": \"pixc\"}", false),
            ("{\"formatVersion\": 1, \"tool\": \"pixc\", \"tool\": \"pixc\"}", false),
            ("{\"formatVersion\": 1, \"tool\": \"\\u0070ixc\"}", false),
            ("{\"formatVersion\": 1 \"tool\": \"pixc\"}", false),
            ("{}", false), ("", false), ("{", false), ("\"tool\"", false),
        ]
        for (text, expected) in cases {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { OutputFolder.isPixcManifest(bytes: $0) } == expected, "\(text)")
        }
        let manifest = ReleaseBundle(release: Release(content: ReleaseContent()), toolVersion: "1.0", sources: []).manifestJSON
        #expect(manifest.withUnsafeBytes { OutputFolder.isPixcManifest(bytes: $0.bindMemory(to: UInt8.self)) })
    }

    /// release.json is written part by part: the file holds the parts one after the other, and
    /// a file that cannot be created is an `OutputWriteError` naming it.
    @Test func partsAreWrittenInOrderAsOneFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-parts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let parts = [Data("{\n".utf8), Data(), Data(repeating: UInt8(ascii: "x"), count: 1 << 20), Data("é}\n".utf8)]
        let file = folder.appendingPathComponent("release.json")
        try DiskOutput().write(parts: parts, to: file)
        #expect(try Data(contentsOf: file) == parts.reduce(into: Data()) { $0.append($1) })
        try DiskOutput().write(parts: [Data("short".utf8)], to: file)
        #expect(try Data(contentsOf: file) == Data("short".utf8), "an existing file is replaced, not extended")
        let missing = folder.appendingPathComponent("absent/release.json")
        #expect(throws: OutputWriteError.self) { try DiskOutput().write(parts: parts, to: missing) }
    }

    @Test func aLockThatCannotBeWrittenIsNamedAndTheBundleIsKept() throws {
        let repository = try repository()
        #expect(try build(repository).succeeded)
        try repository.write(Self.path, Self.challenge.replacingOccurrences(of: "variants: 5", with: "variants: 6"))
        let before = repository.snapshot()
        // The last rename puts the lock in place, after the new bundle is in place.
        let failing = FailingOutput(failingName: VariantLock.fileName)
        do {
            _ = try build(repository, operations: failing)
            Issue.record("the build should fail")
        } catch let error as OutputWriteError {
            #expect(error.target == VariantLock.fileName)
        }
        #expect(repository.snapshot() == before)
    }

    @Test func aRepositoryWithoutChallengesBuildsNothing() throws {
        let repository = try DiskRepository([:])
        try repository.write(VariantLock.fileName, "previous lock\n")
        let outcome = try build(repository)
        #expect(!outcome.succeeded)
        #expect(outcome.diagnostics.contains { $0.code == BundleDiagnostics.nothingToBuild.code })
        #expect(try String(contentsOf: repository.url.appendingPathComponent(VariantLock.fileName), encoding: .utf8) == "previous lock\n")
        #expect(!FileManager.default.fileExists(atPath: repository.url.appendingPathComponent("dist").path))
    }

    @Test func filtersThatLeaveNothingBuildNothing() throws {
        let repository = try repository()
        var options = BuildOptions(output: repository.url.appendingPathComponent("dist"))
        options.filters = BuildFilters(locale: "en")
        let outcome = try Builder.build(root: repository.url, options: options)
        #expect(!outcome.succeeded)
        #expect(outcome.diagnostics.contains { $0.code == BundleDiagnostics.nothingToBuild.code })
    }

    @Test func releaseDatesAreRealDates() throws {
        for valid in ["2026-11-23", "2024-02-29", "2026-11-23T09:00:00Z", "2026-11-23T23:59:59.123+01:00", "1970-01-01"] {
            #expect(ReleaseDate.isValid(valid), "\(valid)")
        }
        for invalid in ["2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "0001-01-01", "9999-12-31", "2026-11-23T24:00:00Z",
                        "2026-11-23T09:60:00Z", "2026-11-23T09:00:00+15:00", "2026-11-23T09:00:00", "demain", "２０２６-11-23", ""] {
            #expect(!ReleaseDate.isValid(invalid), "\(invalid)")
        }
        #expect(try Builder.releaseDate(option: nil, environment: ["SOURCE_DATE_EPOCH": "0"]) == "1970-01-01T00:00:00Z")
        #expect(try Builder.releaseDate(option: nil, environment: ["SOURCE_DATE_EPOCH": "1795392000"]) == "2026-11-23T00:00:00Z")
        #expect(try Builder.releaseDate(option: nil, environment: ["SOURCE_DATE_EPOCH": "951782400"]) == "2000-02-29T00:00:00Z")
        for invalid in ["-1", "+5", "1e9", " 5", "99999999999999", "9223372036854775807", "99999999999999999999", "abc"] {
            #expect(throws: BuildError.self, "\(invalid)") { try Builder.releaseDate(option: nil, environment: ["SOURCE_DATE_EPOCH": invalid]) }
        }
    }
}
