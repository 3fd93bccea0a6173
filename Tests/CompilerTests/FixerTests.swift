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

/// `pixc fix` renaming files (PIX0703): what it refuses, and how it writes.
@Suite("Fixer renames")
struct FixerRenameTests {
    static func challenge(_ id: String, attaching name: String) -> String {
        """
        id: \(id)
        skill: "@tableur2"
        type: QROC
        status: proposé
        attachments: ["\(name)"]
        instruction: Ouvrez le fichier joint. Combien d’articles ont été vendus en janvier ?
        proposals: "Réponse : ${reponse}"
        answers: ["120"]
        format: nombre
        tests:
          accept: ["120"]
          reject: ["95"]

        """
    }

    static let folder = "Challenges/1.3/tableur"

    static func fileSystem(_ files: [String: String]) -> MemoryFileSystem {
        var fileSystem = ExampleContext.fileSystem
        for (path, text) in files { fileSystem.contents[folder + "/" + path] = Array(text.utf8) }
        return fileSystem
    }

    @Test func twoFilesGivingOneNameAreLeftToAPerson() {
        let files = Self.fileSystem([
            "a.yaml": Self.challenge("tableur-a", attaching: "Stock.csv"),
            "b.yaml": Self.challenge("tableur-b", attaching: "STOCK.csv"),
            "Stock.csv": "article;quantite\n", "STOCK.csv": "article;quantite\n",
        ])
        let plan = Fixer.plan(files)
        #expect(plan.renames.isEmpty && plan.files.isEmpty)
        let reported = plan.remaining.filter { $0.code == "PIX0703" }
        #expect(reported.count == 2)
        #expect(reported.allSatisfy { $0.help?.rename?.applicability == .maybeIncorrect && $0.help?.rename?.to == Self.folder + "/stock.csv" })
        #expect(reported.allSatisfy { $0.notes.contains { $0.contains("would become `stock.csv` too") } })
    }

    @Test func aNameTakenIsNotOverwritten() {
        let files = Self.fileSystem([
            "a.yaml": Self.challenge("tableur-a", attaching: "Stock.csv"),
            "Stock.csv": "article;quantite\n", "stock.csv": "autre\n",
        ])
        let plan = Fixer.plan(files)
        #expect(plan.renames.isEmpty && plan.files.isEmpty)
        #expect(plan.remaining.contains { $0.code == "PIX0703" && $0.notes.contains { $0.contains("already exists") } })
    }

    /// The Fixer refuses on its own too: two renames to one name, whatever the rule said.
    @Test func acceptedRenamesNeverShareATarget() {
        let files = Self.fileSystem(["Stock.csv": "x\n", "STOCK.csv": "y\n"])
        func diagnostic(_ from: String) -> Diagnostic {
            Diagnostic("PIX0703", .error, "name", at: nil, path: from, help: Help("rename", rename: FileRename(from: from, to: Self.folder + "/stock.csv")))
        }
        let both = [diagnostic(Self.folder + "/Stock.csv"), diagnostic(Self.folder + "/STOCK.csv")]
        #expect(Fixer.acceptedRenames(both, fileSystem: files, keeps: { _ in true }, excluding: []).isEmpty)
        #expect(Fixer.acceptedRenames([both[0]], fileSystem: files, keeps: { _ in true }, excluding: []).count == 1, "\(files.kind(of: Self.folder + "/Stock.csv")) \(files.kind(of: Self.folder + "/stock.csv")) \(String(describing: Fixer.renameFix(of: both[0])))")
        // Not when a file it edits is not asked for.
        let referenced = Diagnostic("PIX0703", .error, "name", at: nil, path: both[0].path, help: Help("rename", rename: FileRename(
            from: Self.folder + "/Stock.csv", to: Self.folder + "/stock.csv",
            references: [Replacement(span: Span(file: SourceFile(path: "Challenges/1.1/a.yaml", text: "x"), range: 0..<1), text: "y")])))
        #expect(Fixer.acceptedRenames([referenced], fileSystem: files, keeps: { !$0.hasPrefix("Challenges/1.1/") }, excluding: []).isEmpty)
    }

    @Test func aNameTakenSinceTheCheckIsNotOverwrittenAndItsReferencesWait() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-rename-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var files = ExampleContext.files
        files[Self.folder + "/a.yaml"] = Self.challenge("tableur-a", attaching: "Stock.csv")
        files[Self.folder + "/Stock.csv"] = "article;quantite\n"
        for (path, text) in files {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        let plan = Fixer.plan(DiskFileSystem(root: root))
        #expect(plan.renames.map(\.to) == [Self.folder + "/stock.csv"], "\(plan.remaining.map { "\($0.code) \($0.message) \(String(describing: $0.help))" })")
        #expect(plan.files.map(\.path) == [Self.folder + "/a.yaml"])
        try Data("déjà là\n".utf8).write(to: root.appendingPathComponent(Self.folder + "/stock.csv"))
        let failures = Fixer.write(plan, root: root)
        #expect(failures == [FixWriteFailure(path: Self.folder + "/Stock.csv", reason: .targetExists(Self.folder + "/stock.csv")),
                             FixWriteFailure(path: Self.folder + "/a.yaml", reason: .namesFileNotRenamed(Self.folder + "/Stock.csv"))])
        #expect(try String(contentsOf: root.appendingPathComponent(Self.folder + "/stock.csv"), encoding: .utf8) == "déjà là\n")
        #expect(try String(contentsOf: root.appendingPathComponent(Self.folder + "/Stock.csv"), encoding: .utf8) == "article;quantite\n")
        #expect(try String(contentsOf: root.appendingPathComponent(Self.folder + "/a.yaml"), encoding: .utf8) == files[Self.folder + "/a.yaml"])
    }

    /// A file renamed with new bytes that name a file whose rename failed keeps its name and
    /// its bytes: it still names a file that is there.
    @Test func aRenamedFileNamingAFileNotRenamedStaysAsItIs() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-rename-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var files = ExampleContext.files
        files[Self.folder + "/Tableur A.yaml"] = Self.challenge("tableur-a", attaching: "Stock.csv")
        files[Self.folder + "/Stock.csv"] = "article;quantite\n"
        for (path, text) in files {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        let plan = Fixer.plan(DiskFileSystem(root: root))
        #expect(plan.renames.map(\.to).sorted() == [Self.folder + "/stock.csv", Self.folder + "/tableur-a.yaml"])
        try Data("déjà là\n".utf8).write(to: root.appendingPathComponent(Self.folder + "/stock.csv"))
        let failures = Fixer.write(plan, root: root)
        #expect(failures == [FixWriteFailure(path: Self.folder + "/Stock.csv", reason: .targetExists(Self.folder + "/stock.csv")),
                             FixWriteFailure(path: Self.folder + "/Tableur A.yaml", reason: .namesFileNotRenamed(Self.folder + "/Stock.csv"))])
        #expect(try String(contentsOf: root.appendingPathComponent(Self.folder + "/Tableur A.yaml"), encoding: .utf8) == files[Self.folder + "/Tableur A.yaml"])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(Self.folder + "/tableur-a.yaml").path))
    }

    @Test func gitQuotesNamesBeyondASCII() {
        #expect(UnifiedDiff.quoted("a/Clé.png") == "\"a/Cl\\303\\251.png\"")
        #expect(UnifiedDiff.quoted("a/Ventes Janvier.csv") == "a/Ventes Janvier.csv")
        #expect(UnifiedDiff.renameHeader(from: "x/Clé.png", to: "x/cle.png") == "diff --git \"a/x/Cl\\303\\251.png\" b/x/cle.png\nrename from \"x/Cl\\303\\251.png\"\nrename to x/cle.png\n")
    }
}

@Suite("Pix's alphabet")
struct PixAlphabetTests {
    /// Tube names keep Pix's camelCase; accents go, words are joined.
    @Test func tubeNamesAreTransliteratedInCamelCase() {
        #expect(PixAlphabet.isTubeName("formatFichier") && PixAlphabet.isTubeName("web2"))
        #expect(!PixAlphabet.isTubeName("accèsDonnées") && !PixAlphabet.isTubeName("format-fichier") && !PixAlphabet.isTubeName("2web"))
        #expect(PixAlphabet.transliteratedTubeName("accèsDonnées") == "accesDonnees")
        #expect(PixAlphabet.transliteratedTubeName("requêtes avancées") == "requetesAvancees")
        #expect(PixAlphabet.transliteratedTubeName("Format-Fichier") == "formatFichier")
        #expect(PixAlphabet.transliteratedTubeName("œuvre numérique") == "oeuvreNumerique")
        #expect(PixAlphabet.transliteratedTubeName("日本") == "", "a letter without an ASCII spelling: left to a person")
        #expect(PixAlphabet.transliteratedTubeName("2 web") == "")
    }
}
