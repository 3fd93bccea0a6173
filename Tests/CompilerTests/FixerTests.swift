@testable import Compiler
import Diagnostics
import Testing
import Vocabulary
import Foundation

@Suite("Fixer")
struct FixerTests {
    static let text = "id: a\nstatut: Validé\nréponses: [\"1\"]\n"

    static func diagnostic(_ file: SourceFile, _ range: Range<Int>, _ text: String, applicability: Applicability = .machineApplicable) -> Diagnostic {
        let span = Span(file: file, range: range)
        return Diagnostic("PIX0202", .error, "unknown key", at: span, help: Help("write it", replacement: Replacement(span: span, text: text, applicability: applicability)))
    }

    @Test func overlappingFixesTheFirstWins() {
        let file = SourceFile(path: "Challenges/a.yaml", text: Self.text)
        let first = Self.diagnostic(file, 6..<12, "status")
        let overlapping = Self.diagnostic(file, 8..<20, "x")
        let again = Self.diagnostic(file, 6..<12, "status")
        let insertion = Self.diagnostic(file, 0..<0, "# fixed\n")
        let fixed = Fixer.apply([(insertion, insertion.help!.replacement!), (first, first.help!.replacement!),
                                 (overlapping, overlapping.help!.replacement!), (again, again.help!.replacement!)], to: file.bytes, path: file.path)
        #expect(String(decoding: fixed.fixed, as: UTF8.self) == "# fixed\nid: a\nstatus: Validé\nréponses: [\"1\"]\n")
        #expect(fixed.applied == [insertion, first, again])
        #expect(fixed.overlapping == [overlapping])
    }

    /// A fix whose text is where a new error is, or that leaves the file unreadable, is refused;
    /// an error it reveals elsewhere is not its own.
    @Test func brokenFixesAreTheOnesWhereANewErrorIs() {
        let file = SourceFile(path: "Challenges/a.yaml", text: Self.text)
        let key = Self.diagnostic(file, 6..<12, "status")
        let value = Self.diagnostic(file, 14..<21, "validé")
        let fixed = Fixer.apply([(key, key.help!.replacement!), (value, value.help!.replacement!)], to: file.bytes, path: file.path)
        let after = SourceFile(path: file.path, bytes: fixed.fixed)
        func error(_ code: DiagnosticCode, _ range: Range<Int>) -> Diagnostic {
            Diagnostic(code, .error, "new", at: Span(file: after, range: range))
        }
        // `validé` is written at 14..<21 in the fixed bytes (é is two bytes).
        #expect(Fixer.brokenFixes(fixed, before: [key, value], after: [error("PIX0204", 15..<17)]).fixes == [value])
        #expect(Fixer.brokenFixes(fixed, before: [key, value], after: [error("PIX0304", 22..<30)]).fixes.isEmpty)
        #expect(Fixer.brokenFixes(fixed, before: [key, value], after: [error("PIX0101", 22..<30)]).fixes == [key, value])
        // An error of a code the file had already is not new.
        #expect(Fixer.brokenFixes(fixed, before: [key, value], after: [error("PIX0202", 6..<12)]).fixes.isEmpty)
    }

    @Test func insertionsConflictOnlyAtTheSamePlaceOrInside() {
        let insert = FileEdit(range: 4..<4, text: [0x41])
        #expect(insert.conflicts(with: FileEdit(range: 4..<4, text: [0x42])))
        #expect(insert.conflicts(with: FileEdit(range: 2..<6, text: [])))
        #expect(!insert.conflicts(with: FileEdit(range: 4..<6, text: [])))
        #expect(!insert.conflicts(with: FileEdit(range: 1..<4, text: [])))
        #expect(FileEdit(range: 1..<4, text: []).conflicts(with: FileEdit(range: 3..<5, text: [])))
        #expect(!FileEdit(range: 1..<4, text: []).conflicts(with: FileEdit(range: 4..<5, text: [])))
    }

    @Test func onlyMachineApplicableFixesOfContentFiles() {
        let file = SourceFile(path: "Challenges/a.yaml", text: Self.text)
        #expect(Fixer.fix(of: Self.diagnostic(file, 6..<12, "status")) != nil)
        #expect(Fixer.fix(of: Self.diagnostic(file, 6..<12, "status", applicability: .maybeIncorrect)) == nil)
        #expect(Fixer.fix(of: Self.diagnostic(SourceFile(path: "variants.lock", text: Self.text), 6..<12, "status")) == nil)
        #expect(Fixer.fix(of: Self.diagnostic(SourceFile(path: "Challenges/../x.yaml", text: Self.text), 6..<12, "status")) == nil)
        let excerpt = SourceFile.excerpt(path: "Calibration/c.csv", bytes: Array(Self.text.utf8), firstLine: 40)
        #expect(Fixer.fix(of: Self.diagnostic(excerpt, 6..<12, "status")) == nil)
    }

    /// Two passes of edits give one set of edits of the original, whatever they touch.
    @Test func composedEditsGiveTheSameText() {
        var random = SplitMix64(seed: 14)
        func int(_ bound: Int) -> Int { Int(random.next() % UInt64(max(1, bound))) }
        func edits(of bytes: [UInt8]) -> [FileEdit] {
            var result: [FileEdit] = []
            var position = 0
            while position <= bytes.count, result.count < 4 {
                let start = position + int(6)
                guard start <= bytes.count else { break }
                let end = min(bytes.count, start + int(4))
                result.append(FileEdit(range: start..<end, text: Array("xy\nz".utf8.prefix(int(5)))))
                position = end + 1
            }
            return result
        }
        for _ in 0..<2000 {
            let original = Array("ab\ncd\nef\ngh".utf8.prefix(int(12)))
            let first = edits(of: original)
            let middle = FileEdit.apply(first, to: original)
            let second = edits(of: middle)
            let final = FileEdit.apply(second, to: middle)
            let composed = FileEdit.compose(first, then: second, original: original, final: final)
            #expect(FileEdit.apply(composed, to: original) == final, "\(first) then \(second) on \(original)")
            #expect(zip(composed, composed.dropFirst()).allSatisfy { $0.range.upperBound < $1.range.lowerBound })
        }
    }

    @Test func unifiedDiffFromEdits() {
        let original = Array("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm".utf8)
        let edits = [FileEdit(range: 2..<3, text: Array("B".utf8)), FileEdit(range: 4..<5, text: Array("C\nC2".utf8)),
                     FileEdit(range: 24..<25, text: Array("M".utf8))]
        #expect(UnifiedDiff.render(path: "Challenges/x.yaml", original: original, edits: edits) == """
        --- a/Challenges/x.yaml
        +++ b/Challenges/x.yaml
        @@ -1,6 +1,7 @@
         a
        -b
        -c
        +B
        +C
        +C2
         d
         e
         f
        @@ -10,4 +11,4 @@
         j
         k
         l
        -m
        \\ No newline at end of file
        +M
        \\ No newline at end of file

        """)
    }

    @Test func planInMemoryFixesThenChecksAgain() {
        var files = ExampleContext.fileSystem
        files.contents["Challenges/1.1/recherche/cnil.yaml"] = Array("""
        id: recherche-annee-cnil
        skill: "@recherche2"
        type: QROC
        statut: Validé
        instruction: En quelle année la CNIL a-t-elle été créée ?
        proposals: "Année : ${annee}"
        answers: ["1978"]
        format: nombre
        tests:
          accept: ["1978"]
          reject: ["1987"]

        """.utf8)
        let plan = Fixer.plan(files)
        #expect(plan.files.map(\.path) == ["Challenges/1.1/recherche/cnil.yaml"])
        #expect(plan.passes == 2)
        #expect(plan.files.first.map { String(decoding: $0.fixed, as: UTF8.self).contains("\nstatus: validé\n") } == true)
        #expect(plan.remaining.isEmpty, "\(plan.remaining)")
        #expect(plan.before.contains { $0.code == "PIX0202" })
    }
}

@Suite("Fixer writing")
struct FixerWritingTests {
    static let challenge = """
    id: recherche-annee-cnil
    skill: "@recherche2"
    type: QROC
    statut: proposé
    instruction: En quelle année la CNIL a-t-elle été créée ?
    proposals: "Année : ${annee}"
    answers: ["1978"]
    format: nombre
    tests:
      accept: ["1978"]
      reject: ["1987"]

    """

    static func repository() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-fixer-\(UUID().uuidString)")
        for (path, text) in ExampleContext.files.merging(["Challenges/1.1/recherche/cnil.yaml": challenge], uniquingKeysWith: { _, new in new }) {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return root
    }

    @Test func aFileEditedSinceTheCheckIsLeftAsItIs() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let plan = Fixer.plan(DiskFileSystem(root: root))
        #expect(plan.files.count == 1)
        let file = root.appendingPathComponent("Challenges/1.1/recherche/cnil.yaml")
        let edited = Self.challenge.replacingOccurrences(of: "1987", with: "1988")
        try Data(edited.utf8).write(to: file)
        let failures = Fixer.write(plan, root: root)
        #expect(failures == [FixWriteFailure(path: "Challenges/1.1/recherche/cnil.yaml", reason: .changed)])
        #expect(try String(contentsOf: file, encoding: .utf8) == edited)
    }

    @Test func writesTheFixedBytes() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root) }
        let plan = Fixer.plan(DiskFileSystem(root: root))
        #expect(Fixer.write(plan, root: root).isEmpty)
        let file = root.appendingPathComponent("Challenges/1.1/recherche/cnil.yaml")
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.challenge.replacingOccurrences(of: "statut:", with: "status:"))
        #expect(Fixer.plan(DiskFileSystem(root: root)).files.isEmpty)
    }
}
