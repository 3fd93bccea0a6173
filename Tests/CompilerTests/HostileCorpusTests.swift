@testable import Compiler
import Diagnostics
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The hostile corpus (Tests/Fixtures/hostile/, see its README): each case is checked on disk,
/// and must give exactly the diagnostics of its `EXPECT` file, each with a help line, in plain
/// words, within bounds. Cases that cannot be committed are generated here.
@Suite("Hostile corpus")
struct HostileCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/hostile")

    static var committed: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    /// Copies a committed case over the example context, in a temporary repository.
    static func repository(_ name: String) throws -> DiskRepository {
        let repository = try DiskRepository([:])
        let source = folder.appendingPathComponent(name)
        let enumerator = FileManager.default.enumerator(atPath: source.path)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let from = source.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: from.path, isDirectory: &isFolder), !isFolder.boolValue, path != "EXPECT" else { continue }
            let to = repository.url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: from, to: to)
        }
        return repository
    }

    static func expectations(_ name: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("\(name)/EXPECT").path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }.sorted()
    }

    /// `path CODE line:column` for each diagnostic of the case's own files (not the context's);
    /// codes listed as `*N` in the expectations are counted instead.
    static func found(_ diagnostics: [Diagnostic], counting counted: Set<String>) -> [String] {
        var lines: [String] = []
        var counts: [String: Int] = [:]
        for diagnostic in diagnostics {
            let path = diagnostic.path ?? "-"
            let key = "\(path) \(diagnostic.code)"
            if counted.contains(key) {
                counts[key, default: 0] += diagnostic.omitted?.total ?? 1
                continue
            }
            lines.append(diagnostic.span.map { "\(key) \($0.startLocation.line):\($0.startLocation.column)" } ?? key)
        }
        lines += counts.map { "\($0.key) *\($0.value)" }
        return lines.sorted()
    }

    /// What must hold for every diagnostic of any input.
    static func checkInvariants(_ diagnostics: [Diagnostic]) {
        let internalName = /[a-z]+[A-Z][A-Za-z]*\(/
        for diagnostic in diagnostics {
            #expect(diagnostic.help != nil, "\(diagnostic.code) has no help: \(diagnostic.message)")
            #expect(diagnostic.message.firstMatch(of: internalName) == nil, "internal name in: \(diagnostic.message)")
            if let span = diagnostic.span { #expect(span.end <= span.file.bytes.count) }
        }
        let rendered = HumanRenderer().render(diagnostics)
        #expect(rendered.utf8.count < 1_000_000, "\(rendered.utf8.count) bytes of output")
        #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "a control character reaches the terminal")
    }

    func run(_ repository: DiskRepository, expecting expected: [String]) {
        let diagnostics = Checker.check(DiskFileSystem(root: repository.url)).diagnostics
        let counted = Set(expected.filter { $0.contains(" *") }.map { String($0[..<($0.range(of: " *")?.lowerBound ?? $0.endIndex)]) })
        let found = Self.found(diagnostics, counting: counted)
        #expect(found == expected, "\n\(HumanRenderer().render(diagnostics).prefix(20_000))")
        Self.checkInvariants(diagnostics)
    }

    /// An unreadable folder would leave `committed` empty and every case unrun.
    @Test func theCommittedCasesAreThere() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") && $0 != "README.md" }
        #expect(names.count >= 9, "\(names.count) hostile cases in \(Self.folder.path), 9 expected")
    }

    @Test(arguments: committed)
    func committedCase(_ name: String) throws {
        let repository = try Self.repository(name)
        if name == "attachment-paths" {
            try FileManager.default.createSymbolicLink(atPath: repository.url.appendingPathComponent("Challenges/1.1/recherche/lien-sortant.txt").path,
                                                       withDestinationPath: "/etc/hostname")
        }
        run(repository, expecting: Self.expectations(name))
    }

    /// A 100 MB file: reported by its size, never read.
    @Test func aHundredMegabyteFile() throws {
        let repository = try DiskRepository([:])
        let url = repository.url.appendingPathComponent("Challenges/1.1/recherche/enorme.yaml")
        let line = Array("- une ligne répétée pour remplir le fichier\n".utf8)
        let handle = try #require(FileHandle(forWritingAtPath: { _ = FileManager.default.createFile(atPath: url.path, contents: nil); return url.path }()))
        let chunk = Data(Array(repeating: line, count: 1 << 16).joined())
        var written = 0
        while written < 100 << 20 {
            handle.write(chunk)
            written += chunk.count
        }
        try handle.close()
        run(repository, expecting: ["Challenges/1.1/recherche/enorme.yaml PIX0115"])
    }

    @Test func aNamedPipeALoopAndALinkLeaving() throws {
        let repository = try DiskRepository([:])
        #expect(mkfifo(repository.url.appendingPathComponent("Challenges/1.1/recherche/tuyau.yaml").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: repository.url.appendingPathComponent("Challenges/1.1/boucle").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: repository.url.appendingPathComponent("Challenges/systeme").path, withDestinationPath: "/etc")
        run(repository, expecting: ["Challenges/1.1/boucle PIX0111", "Challenges/1.1/recherche/tuyau.yaml PIX0110", "Challenges/systeme PIX0112"])
    }

    /// Answers of a megabyte, graded with typo tolerance.
    @Test func megabyteAnswersWithTypoTolerance() throws {
        let solution = String((0..<1_000_000).map { Character(UnicodeScalar(UInt8(0x61 + $0 * 7 % 26))) })
        let other = String((0..<1_000_000).map { Character(UnicodeScalar(UInt8(0x61 + $0 * 11 % 26))) })
        let repository = try DiskRepository(["Challenges/1.1/recherche/long.yaml": """
        id: recherche-long
        skill: "@recherche2"
        type: QROC
        status: proposé
        instruction: Recopiez le texte.
        proposals: "${texte}"
        answers: ["\(solution)"]
        tolerances: [t3]
        tests:
          accept: ["\(solution)", "\(other)"]
          reject: ["court"]

        """])
        run(repository, expecting: ["Challenges/1.1/recherche/long.yaml PIX0418 10:1000016"])
    }

    /// Expressions 10,000 levels deep in every shape, and a chain of 3,000 derived values: each
    /// deep one is refused at its 101st level (`ExpressionLimits.maximumDepth`), the chain is
    /// computed; nothing recurses 10,000 deep.
    @Test func expressionsTenThousandLevelsDeepAndALongChainOfDerivedValues() throws {
        let n = 10_000
        let shapes: [(name: String, text: String, column: Int)] = [
            ("parentheses", String(repeating: "(", count: n) + "a" + String(repeating: ")", count: n), 101),
            ("moins", String(repeating: "-", count: n) + "a", 101),
            ("negation", "\"" + String(repeating: "not ", count: n) + "(a > 1)\"", 2 + 400),
            ("somme", "a" + String(repeating: " + a", count: n), 3 + 400),
            ("appels", String(repeating: "abs(", count: n) + "a" + String(repeating: ")", count: n), 1 + 400),
            ("listes", "\"" + String(repeating: "[", count: n) + "a" + String(repeating: "]", count: n) + "\"", 2 + 100),
        ]
        let chain = 3_000
        var values = "    a: integer(1, 9)\n"
        for shape in shapes { values += "    \(shape.name): \(shape.text)\n" }
        for index in 0..<chain { values += "    v\(index): v\(index + 1) + 1\n" }
        values += "    v\(chain): a\n"
        let used = shapes.map { "{{ \($0.name) }}" }.joined(separator: " ")
        let deepPlaceholder = String(repeating: "(", count: n) + "a" + String(repeating: ")", count: n)
        let repository = try DiskRepository(["Challenges/1.1/recherche/profond.yaml": """
        id: recherche-profond
        skill: "@recherche2"
        type: QROC
        status: proposé
        instruction: "\(used) : combien font {{ v0 - \(chain) }} ?"
        proposals: "${somme}"
        answers: ["{{ a }}"]
        format: nombre
        data:
          values:
        \(values)variants: 2
        tests:
          accept: ["{{ a }}"]
          reject: ["{{ \(deepPlaceholder) }}"]

        """])
        let path = "Challenges/1.1/recherche/profond.yaml"
        // Line 11 holds `a`; each shape is on the next lines, its value starting after its name.
        var expected = shapes.enumerated().map { index, shape in "\(path) PIX0501 \(12 + index):\(4 + shape.name.count + 2 + shape.column)" }
        // `  reject: ["{{ ` then the 101st parenthesis.
        expected.append("\(path) PIX0501 \(11 + shapes.count + chain + 1 + 4):\(15 + 101)")
        run(repository, expecting: expected.sorted())
    }
}
