import Compiler
import Diagnostics
import Foundation
import Testing

/// The structure rules (references, genealogy, settings, repository files): their examples are
/// exact, their fix-its repair what they point at, and the cases fixtures cannot express (links
/// on a real disk, a repository without referential) behave.
@Suite("Structure rules")
struct StructureRuleTests {
    /// Codes of the structure rules: references and genealogy (03xx), challenge settings and
    /// writing rules (PIX0420–PIX0449), repository files (07xx).
    static var structureCodes: [String] {
        RuleSet.catalog.descriptors.map(\.code.rawValue).filter { code in
            code.hasPrefix("PIX03") || code.hasPrefix("PIX07") || (code >= "PIX0420" && code <= "PIX0449")
        }
    }

    @Test func everyStructureCodeHasExamples() {
        #expect(Self.structureCodes.count >= 25)
        for code in Self.structureCodes {
            let descriptor = RuleSet.catalog.descriptor(for: DiagnosticCode(code))
            #expect(descriptor?.wrong != nil && descriptor?.right != nil, "\(code) needs a wrong and a right example")
        }
    }

    /// Stricter than the catalog test: the wrong example shows its problem and nothing else,
    /// and the right example is clean, so `pixc explain` never shows an example with other problems.
    @Test(arguments: structureCodes)
    func examplesAreExact(_ code: String) throws {
        let descriptor = try #require(RuleSet.catalog.descriptor(for: DiagnosticCode(code)))
        let wrong = ExampleRunner.diagnostics(for: try #require(descriptor.wrong))
        #expect(!wrong.isEmpty)
        #expect(wrong.allSatisfy { $0.code.rawValue == code }, "\(code) wrong example also gives: \(render(wrong))")
        #expect(wrong.allSatisfy { $0.help != nil }, "\(code) diagnostics need a help line")
        let right = ExampleRunner.diagnostics(for: try #require(descriptor.right))
        #expect(right.isEmpty, "\(code) right example gives: \(render(right))")
    }

    /// Applying the fix-it of a diagnostic removes that diagnostic: replacements keep quotes
    /// and land on the right characters.
    @Test func fixItsRepairWhatTheyPointAt() throws {
        var repaired = 0
        for code in Self.structureCodes {
            guard let wrong = RuleSet.catalog.descriptor(for: DiagnosticCode(code))?.wrong else { continue }
            let files = Dictionary(wrong.files.map { ($0.path, $0.text) }, uniquingKeysWith: { _, last in last })
            for diagnostic in check(files) where diagnostic.help?.replacement != nil {
                let replacement = try #require(diagnostic.help?.replacement)
                let fixed = apply(replacement, to: files)
                let after = check(fixed).filter { $0.code == diagnostic.code && $0.span?.start == diagnostic.span?.start }
                #expect(after.isEmpty, "the fix-it of \(code) does not repair: \(render(after))")
                repaired += 1
            }
        }
        #expect(repaired >= 12)
    }

    // MARK: Cases beyond the fixtures

    @Test func missingDefaultReferential() throws {
        let files = ["Challenges/1.1/recherche/tube.yaml": Self.tube(framework: nil)]
        let found = Checker.check(MemoryFileSystem(texts: files)).diagnostics
        let diagnostic = try #require(found.first { $0.code == "PIX0306" })
        #expect(diagnostic.span?.text == "\"@requetes\"")
        #expect(diagnostic.message.contains("`pix`"))
    }

    @Test func brokenReferentialHidesFrameworkProblems() {
        let files = [
            "Referential/crcn.yaml": "framework: [pix\n",
            "Challenges/1.1/recherche/tube.yaml": Self.tube(framework: nil),
        ]
        let codes = Checker.check(MemoryFileSystem(texts: files)).diagnostics.map(\.code.rawValue)
        #expect(codes.contains { $0.hasPrefix("PIX01") })
        #expect(!codes.contains("PIX0306"))
    }

    @Test func frameworkNamedByItsNameOrFile() {
        for written in ["Pix", "crcn"] {
            let found = check(["Challenges/1.1/requetes/tube.yaml": Self.tube(framework: written)])
            #expect(found.map(\.code) == ["PIX0306"])
            #expect(found.first?.help?.replacement?.text == "pix", "\(written)")
        }
    }

    @Test func skillNamedAfterATube() {
        let found = check([Self.challengePath: Self.challenge(skill: "@recherche")])
        #expect(found.map(\.code) == ["PIX0304"])
        #expect(found.first?.message.contains("is a tube") == true)
        #expect(found.first?.help?.message.contains("`@recherche2`") == true)
    }

    @Test func variantOfItself() {
        let found = check([Self.challengePath: Self.challenge(extra: "variantOf: essai")])
        #expect(found.map(\.code) == ["PIX0310"])
        #expect(found.first?.message.contains("itself") == true)
    }

    @Test func twoValidatedPrototypesOfDifferentVersions() throws {
        let files = [
            "Challenges/1.1/recherche/a.yaml": Self.challenge(id: "a", status: "validé", extra: "version: 3"),
            "Challenges/1.1/recherche/b.yaml": Self.challenge(id: "b", status: "validé", extra: "version: 2"),
        ]
        let found = check(files)
        #expect(found.map(\.code) == ["PIX0309"])
        // The newest version stays in production; the older one is the one to archive.
        let diagnostic = try #require(found.first)
        #expect(diagnostic.path == "Challenges/1.1/recherche/b.yaml")
        #expect(diagnostic.help?.replacement?.text == "archivé")
    }

    @Test func localeSpellings() {
        let cases = ["fr_FR": "fr-fr", "Franco Français": "fr-fr", "Francophone": "fr", "EN": "en", "nl-BE": nil]
        for (written, meant) in cases.sorted(by: { $0.key < $1.key }) {
            let found = check([Self.challengePath: Self.challenge(extra: "locales: [\"\(written)\"]")])
            #expect(found.map(\.code) == ["PIX0420"], "\(written)")
            #expect(found.first?.help?.replacement?.text == meant, "\(written)")
        }
    }

    @Test func webAddresses() {
        let accepted = ["https://www.cnil.fr", "http://localhost:8080/simulateur", "https://fr.wikipedia.org/wiki/Cnil?x=1#haut",
                        "https://user@exemple.fr/page", "{{ site.url }}"]
        for address in accepted {
            let found = check([Self.challengePath: Self.challenge(extra: "urlsToConsult: [\"\(address)\"]")])
            #expect(found.isEmpty, "\(address): \(render(found))")
        }
        let refused: [(String, String?)] = [
            ("www.cnil.fr", "https://www.cnil.fr"), ("cnil.fr/fr/la-cnil", "https://cnil.fr/fr/la-cnil"),
            ("https://www.cnil.fr/la cnil", "https://www.cnil.fr/la%20cnil"), ("https://", nil), ("ftp://serveur.fr/f.csv", nil),
            ("//www.cnil.fr", nil), ("la page de la CNIL", nil),
        ]
        for (address, fix) in refused {
            let found = check([Self.challengePath: Self.challenge(extra: "urlsToConsult: [\"\(address)\"]")])
            #expect(found.map(\.code) == ["PIX0424"], "\(address)")
            #expect(found.first?.help?.replacement?.text == fix, "\(address)")
        }
    }

    @Test func attachmentPaths() {
        let tableur = "Challenges/1.3/tableur/essai.yaml"
        let fine = ["ventes.csv", "./ventes.csv"]
        for path in fine {
            let found = check([tableur: Self.challenge(skill: "@tableur2", extra: "attachments: [\"\(path)\"]")])
            #expect(found.isEmpty, "\(path): \(render(found))")
        }
        let cases: [(String, String, String?)] = [
            ("ventes.cvs", "PIX0701", "ventes.csv"),
            ("donnees\\\\ventes.csv", "PIX0701", nil),
            ("../tableur/ventes.csv", "PIX0702", "ventes.csv"),
            ("C:\\\\Users\\\\auteur\\\\ventes.csv", "PIX0702", "ventes.csv"),
            ("~/ventes.csv", "PIX0702", "ventes.csv"),
            ("", "PIX0701", nil),
        ]
        for (path, code, fix) in cases {
            let found = check([tableur: Self.challenge(skill: "@tableur2", extra: "attachments: [\"\(path)\"]")])
            #expect(found.map(\.code.rawValue) == [code], "\(path): \(render(found))")
            #expect(found.first?.help?.replacement?.text == fix, "\(path)")
        }
    }

    @Test func attachmentThatIsAFolder() {
        let files = [
            "Challenges/1.3/tableur/essai.yaml": Self.challenge(skill: "@tableur2", extra: "attachments: [donnees]"),
            "Challenges/1.3/tableur/donnees/ventes.csv": "mois;ventes\n",
        ]
        let found = check(files)
        #expect(found.map(\.code) == ["PIX0701"])
        #expect(found.first?.message.contains("folder") == true)
    }

    @Test func illustrationWithFileAndURL() throws {
        let files = [
            "Challenges/1.3/tableur/essai.yaml": Self.challenge(skill: "@tableur2", extra: """
            illustration:
              file: ventes.csv
              url: https://exemple.fr/ventes.png
              alt: Tableau des ventes de janvier et février.
            """),
        ]
        let found = check(files)
        #expect(found.map(\.code) == ["PIX0425"])
        let diagnostic = try #require(found.first)
        #expect(diagnostic.span?.text == "https://exemple.fr/ventes.png")
        #expect(diagnostic.labels.map(\.span.text) == ["ventes.csv"])
    }

    /// A symbolic link in the repository that leads outside of it is refused; one that stays
    /// inside is a file like any other.
    @Test func linksOnDisk() throws {
        let manager = FileManager.default
        let base = manager.temporaryDirectory.appendingPathComponent("pixc-structure-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: base)
        defer { try? manager.removeItem(at: base) }
        let root = base.appendingPathComponent("depot")
        let outside = base.appendingPathComponent("ailleurs/secret.csv")
        try manager.createDirectory(at: outside.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("confidentiel\n".utf8).write(to: outside)
        for (path, text) in ExampleContext.files {
            let url = root.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let folder = root.appendingPathComponent("Challenges/1.3/tableur")
        try manager.createSymbolicLink(at: folder.appendingPathComponent("secret.csv"), withDestinationURL: outside)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("alias.csv").path, withDestinationPath: "ventes.csv")
        try Data(Self.challenge(id: "lien-externe", skill: "@tableur2", extra: "attachments: [secret.csv]").utf8)
            .write(to: folder.appendingPathComponent("lien-externe.yaml"))
        try Data(Self.challenge(id: "lien-interne", skill: "@tableur2", extra: "attachments: [alias.csv]").utf8)
            .write(to: folder.appendingPathComponent("lien-interne.yaml"))

        // Windows' separator: not a link, not outside, a misspelled path.
        try manager.createDirectory(at: folder.appendingPathComponent("annexes"), withIntermediateDirectories: true)
        try Data("mois;ventes\n".utf8).write(to: folder.appendingPathComponent("annexes/mars.csv"))
        try Data(Self.challenge(id: "chemin-windows", skill: "@tableur2", extra: #"attachments: ["annexes\\mars.csv"]"#).utf8)
            .write(to: folder.appendingPathComponent("chemin-windows.yaml"))

        let found = Checker.check(DiskFileSystem(root: root)).diagnostics
        #expect(found.map { "\($0.path ?? "") \($0.code)" } == [
            "Challenges/1.3/tableur/chemin-windows.yaml PIX0701",
            "Challenges/1.3/tableur/lien-externe.yaml PIX0702",
        ], "\(render(found))")
        #expect(found.last?.message.contains("link") == true)
        #expect(found.first?.help?.replacement?.text == "annexes/mars.csv")
    }

    // MARK: Helpers

    static let challengePath = "Challenges/1.1/recherche/essai.yaml"

    static func challenge(id: String = "essai", skill: String = "@recherche2", status: String = "proposé", extra: String = "") -> String {
        """
        id: \(id)
        skill: "\(skill)"
        type: QROC
        status: \(status)
        \(extra)
        instruction: En quelle année la CNIL a-t-elle été créée ?
        proposals: "Réponse : ${reponse}"
        answers: ["1978"]
        format: nombre
        tests:
          accept: ["1978"]
          reject: ["1987"]

        """
    }

    static func tube(framework: String?) -> String {
        """
        name: "@requetes"
        \(framework.map { "framework: \($0)" } ?? "")
        competence: "1.1"
        thematic: moteur-recherche
        title: Affiner une recherche
        description: Utiliser les opérateurs d’un moteur de recherche.
        skills:
          - {level: 3, status: en construction}

        """
    }

    /// Diagnostics on `files`, checked over the example context.
    func check(_ files: [String: String]) -> [Diagnostic] {
        let fileSystem = ExampleContext.fileSystem.merging(MemoryFileSystem(texts: files))
        return Checker.check(fileSystem).diagnostics.filter { files[$0.path ?? ""] != nil }
    }

    func apply(_ replacement: Replacement, to files: [String: String]) -> [String: String] {
        var result = files
        let path = replacement.span.file.path
        guard let text = files[path] else { return files }
        var bytes = Array(text.utf8)
        bytes.replaceSubrange(replacement.span.range, with: Array(replacement.text.utf8))
        result[path] = String(decoding: bytes, as: UTF8.self)
        return result
    }

    func render(_ diagnostics: [Diagnostic]) -> String {
        HumanRenderer().render(diagnostics)
    }
}
