@testable import Compiler
import Diagnostics
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The file system as it really is: special files, links that loop or leave, entries of the
/// wrong kind. Each is a diagnostic at its path, found without blocking or reading it.
@Suite("File system")
struct FileSystemTests {
    static let challenge = """
    id: recherche-annee-cnil
    skill: "@recherche2"
    type: QROC
    status: proposé
    instruction: En quelle année la CNIL a-t-elle été créée ?
    proposals: "Année : ${annee}"
    answers: ["1978"]
    format: nombre
    tests:
      accept: ["1978"]
      reject: ["1987"]

    """

    /// Paths read from the repository: relative, without a `..` component anywhere.
    @Test func safeRelativePaths() {
        for path in ["a.yaml", "Challenges/1.1/x.yaml", "a//b", "./a", "a/.", "a/.../b", "a/..b/c", "..a", "a/b..", "é/..é"] {
            #expect(DiskFileSystem.isSafeRelative(path), "\(path)")
        }
        for path in ["", "..", "../x", "a/..", "a/../b", "a/b/../../c", "/etc/passwd", "~/x", "a\\b", "a/..//b"] {
            #expect(!DiskFileSystem.isSafeRelative(path), "\(path)")
        }
    }

    func repository(_ extra: [String: String] = [:]) throws -> DiskRepository {
        var files = ["Challenges/1.1/recherche/annee-cnil.yaml": Self.challenge]
        files.merge(extra) { _, new in new }
        return try DiskRepository(files)
    }

    func check(_ repository: DiskRepository) -> [String] {
        Checker.check(DiskFileSystem(root: repository.url)).diagnostics.map { "\($0.path ?? "-") \($0.code)" }
    }

    func link(_ repository: DiskRepository, _ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: repository.url.appendingPathComponent(path).path, withDestinationPath: target)
    }

    @Test func aNamedPipeIsReportedAndNeverOpened() throws {
        let repository = try repository()
        let pipe = repository.url.appendingPathComponent("Challenges/1.1/recherche/tuyau.yaml")
        #expect(mkfifo(pipe.path, 0o644) == 0)
        #expect(check(repository) == ["Challenges/1.1/recherche/tuyau.yaml PIX0110"])
        let fileSystem = DiskFileSystem(root: repository.url)
        #expect(fileSystem.kind(of: "Challenges/1.1/recherche/tuyau.yaml") == .notRegular("a named pipe (FIFO)"))
        #expect(throws: FileSystemError.self) { try fileSystem.read("Challenges/1.1/recherche/tuyau.yaml") }
    }

    @Test func anAttachmentThatIsANamedPipeIsReported() throws {
        let repository = try repository(["Challenges/1.1/recherche/annee-cnil.yaml": Self.challenge + "attachments: [tuyau.csv]\n"])
        #expect(mkfifo(repository.url.appendingPathComponent("Challenges/1.1/recherche/tuyau.csv").path, 0o644) == 0)
        let result = Checker.check(DiskFileSystem(root: repository.url))
        let diagnostics = result.diagnostics.map { "\($0.path ?? "-") \($0.code) \($0.message)" }
        #expect(diagnostics.contains("Challenges/1.1/recherche/annee-cnil.yaml PIX0701 the attachment `tuyau.csv` is a named pipe (FIFO), not a file"), "\(diagnostics)")
    }

    @Test func aSocketIsReported() throws {
        let repository = try repository()
        let path = repository.url.appendingPathComponent("Challenges/prise.yaml").path
        let socket = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #expect(socket >= 0)
        defer { close(socket) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        try #require(bytes.count < MemoryLayout.size(ofValue: address.sun_path))
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        #expect(check(repository) == ["Challenges/prise.yaml PIX0110"])
    }

    @Test func linksThatLoopAreReportedAndTheWalkEnds() throws {
        let repository = try repository()
        try link(repository, "Challenges/1.1/encore", to: ".")
        try link(repository, "Challenges/1.1/recherche/retour", to: "../..")
        try link(repository, "Challenges/boucle.yaml", to: "boucle.yaml")
        try link(repository, "Challenges/a.yaml", to: "b.yaml")
        try link(repository, "Challenges/b.yaml", to: "a.yaml")
        #expect(check(repository) == [
            "Challenges/1.1/encore PIX0111", "Challenges/1.1/recherche/retour PIX0111",
            "Challenges/a.yaml PIX0111", "Challenges/b.yaml PIX0111", "Challenges/boucle.yaml PIX0111",
        ])
    }

    @Test func aLinkToAFolderAlreadyReadIsReportedOnce() throws {
        let repository = try repository()
        try link(repository, "Challenges/copie", to: "1.1")
        let diagnostics = Checker.check(DiskFileSystem(root: repository.url)).diagnostics
        #expect(diagnostics.map { "\($0.path ?? "-") \($0.code)" } == ["Challenges/copie PIX0111"], "no duplicate id: the challenge is read once")
        #expect(diagnostics.first?.message == "this symbolic link leads to a folder already read as Challenges/1.1")
    }

    @Test func linksLeavingTheRepositoryAreReported() throws {
        let repository = try repository()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data(Self.challenge.utf8).write(to: outside.appendingPathComponent("ailleurs.yaml"))
        try link(repository, "Challenges/dehors", to: outside.path)
        try link(repository, "Challenges/1.1/recherche/ailleurs.yaml", to: outside.appendingPathComponent("ailleurs.yaml").path)
        try link(repository, "Challenges/1.1/recherche/perdu.yaml", to: outside.appendingPathComponent("absent.yaml").path)
        #expect(check(repository) == [
            "Challenges/1.1/recherche/ailleurs.yaml PIX0112", "Challenges/1.1/recherche/perdu.yaml PIX0111", "Challenges/dehors PIX0112",
        ])
    }

    @Test func entriesOfTheWrongKindAreReportedAtTheirPath() throws {
        let repository = try repository()
        try FileManager.default.createDirectory(at: repository.url.appendingPathComponent("Challenges/1.1/recherche/question.yaml"), withIntermediateDirectories: true)
        try repository.write("Calibration", "challengeId,discrimination,difficulty\n")
        #expect(check(repository) == ["Calibration PIX0113", "Challenges/1.1/recherche/question.yaml PIX0113"])
    }

    @Test func aReferentialThatIsAFolderIsOneError() throws {
        let repository = try repository()
        try FileManager.default.removeItem(at: repository.url.appendingPathComponent("Referential/crcn.yaml"))
        try FileManager.default.createDirectory(at: repository.url.appendingPathComponent("Referential/crcn.yaml"), withIntermediateDirectories: true)
        #expect(check(repository) == ["Referential/crcn.yaml PIX0113"], "nothing else: what refers to the CRCN is not reported as well")
    }

    @Test func deepFoldersStopAtTheLimit() throws {
        let repository = try repository()
        let deep = (1...(FileLimits.maximumFolderDepth + 5)).map { "d\($0)" }.joined(separator: "/")
        try repository.write("Challenges/\(deep)/fin.txt", "fin\n")
        let found = check(repository)
        #expect(found.count == 1)
        #expect(found.first?.hasSuffix("d\(FileLimits.maximumFolderDepth) PIX0114") == true, "\(found)")
    }

    @Test func aLargeAttachmentIsReportedWithoutBeingRead() throws {
        let repository = try repository(["Challenges/1.1/recherche/annee-cnil.yaml": Self.challenge + "attachments: [film.mp4]\n"])
        let url = repository.url.appendingPathComponent("Challenges/1.1/recherche/film.mp4")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        // A sparse file: its size is set, no byte is written.
        #expect(truncate(url.path, off_t(FileLimits.maximumAttachmentSize + 1)) == 0)
        let diagnostics = Checker.check(DiskFileSystem(root: repository.url)).diagnostics
        #expect(diagnostics.map(\.code) == [FileSystemDiagnostics.tooLarge.code], "\(diagnostics.map(\.message))")
    }
}
