import Compiler
import Diagnostics
import Foundation
import Testing

/// `pixc check --watch` re-reads and re-compiles only what changed: after every edit of a
/// series, its report must be exactly the report of a full check of the files as they are.
@Suite("Incremental check")
struct IncrementalCheckTests {
    /// A repository on disk (the example context), edited step by step.
    final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-incremental-\(UUID().uuidString)")
            for (path, text) in ExampleContext.files { try write(path, text) }
        }
        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ path: String, _ text: String) throws {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        func remove(_ path: String) throws { try FileManager.default.removeItem(at: url.appendingPathComponent(path)) }
        func move(_ from: String, _ to: String) throws {
            let target = url.appendingPathComponent(to)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: url.appendingPathComponent(from), to: target)
        }
    }

    static func challenge(_ id: String, skill: String = "@recherche2", status: String = "validé", variantOf: String? = nil,
                          instruction: String = "En quelle année la CNIL a-t-elle été créée ?", extra: String = "") -> String {
        """
        id: \(id)
        skill: "\(skill)"
        type: QROC
        status: \(status)
        \(variantOf.map { "variantOf: \($0)\n" } ?? "")instruction: \(instruction)
        proposals: "Année : ${annee}"
        answers: ["1978"]
        format: nombre
        \(extra)tests:
          accept: ["1978"]
          reject: ["1987"]

        """
    }

    static let datasetChallenge = """
    id: tableur-somme-ventes
    skill: "@tableur2"
    type: QROC
    status: proposé
    dataset: ventes
    instruction: "En {{ ligne.mois }}, combien d’articles ont été vendus ?"
    proposals: "${total}"
    answers: ["{{ ligne.ventes }}"]
    format: nombre
    variants: all
    tests:
      accept: ["{{ ligne.ventes }}"]
      reject: ["0"]

    """

    static func dataset(_ rows: [(String, Int)]) -> String {
        "row: ligne\nrows:\n" + rows.map { "  - {mois: \($0.0), ventes: \($0.1)}\n" }.joined()
    }

    /// The report of a full check, as `pixc check` prints it, and the variant ids of the bundle.
    static func report(_ result: CheckResult) -> String {
        HumanRenderer(useColor: false).render(result.diagnostics)
            + result.challenges.map { "\($0.id) \($0.view.challenge.file.path): " + $0.variants.map(\.id).joined(separator: " ") }.joined(separator: "\n")
    }

    enum Errors { case none, some }

    static func expectErrors(_ result: CheckResult, _ expected: Errors, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect((result.errorCount > 0 ? Errors.some : .none) == expected, "\(report(result))", sourceLocation: sourceLocation)
    }

    /// Files decoded, challenges compiled and challenges reused by the last run.
    static func work(_ checker: IncrementalChecker) -> [Int] {
        [checker.lastRun.decoded, checker.lastRun.compiled, checker.lastRun.reused]
    }

    /// Checks incrementally after `changed`, and fully; both reports must be the same.
    @discardableResult
    static func step(_ checker: IncrementalChecker, _ folder: Folder, _ changed: Set<String>, _ what: Comment) -> CheckResult {
        let incremental = checker.check(changed: changed)
        let full = Checker.check(DiskFileSystem(root: folder.url))
        #expect(report(incremental) == report(full), what)
        return incremental
    }

    @Test func sameDiagnosticsAsAFullCheckAfterEveryEdit() throws {
        let folder = try Folder()
        try folder.write("Challenges/1.1/recherche/annee.yaml", Self.challenge("recherche-annee-cnil"))
        let checker = IncrementalChecker(fileSystem: DiskFileSystem(root: folder.url))
        let first = checker.checkAll()
        #expect(Self.report(first) == Self.report(Checker.check(DiskFileSystem(root: folder.url))))
        #expect(first.errorCount == 0)

        // Add a clean challenge: only it is read and compiled.
        try folder.write("Challenges/1.1/recherche/date.yaml", Self.challenge("recherche-date-cnil", status: "proposé", instruction: "Quand la CNIL a-t-elle été créée ?"))
        Self.step(checker, folder, ["Challenges/1.1/recherche/date.yaml"], "add")
        #expect(Self.work(checker) == [1, 1, 1])

        // Break it (an unknown status), then fix it.
        try folder.write("Challenges/1.1/recherche/date.yaml", Self.challenge("recherche-date-cnil", status: "brouillon"))
        Self.expectErrors(Self.step(checker, folder, ["Challenges/1.1/recherche/date.yaml"], "break"), .some)
        try folder.write("Challenges/1.1/recherche/date.yaml", Self.challenge("recherche-date-cnil", status: "proposé", instruction: "Quand la CNIL a-t-elle été créée ?"))
        Self.expectErrors(Self.step(checker, folder, ["Challenges/1.1/recherche/date.yaml"], "fix"), .none)

        // The same bytes again (an editor saving without change): nothing is decoded.
        Self.step(checker, folder, ["Challenges/1.1/recherche/date.yaml"], "touch")
        #expect(Self.work(checker) == [0, 0, 2])

        // A variant of a prototype that does not exist yet, then the prototype.
        try folder.write("Challenges/1.1/recherche/variante.yaml",
                         Self.challenge("recherche-annee-variante", skill: "@recherche3", variantOf: "recherche-prototype", instruction: "En quelle année fut créée la CNIL ?"))
        Self.expectErrors(Self.step(checker, folder, ["Challenges/1.1/recherche/variante.yaml"], "variant of a missing prototype"), .some)
        try folder.write("Challenges/1.1/recherche/prototype.yaml",
                         Self.challenge("recherche-prototype", skill: "@recherche3", status: "proposé", instruction: "La CNIL a été créée en quelle année ?"))
        Self.expectErrors(Self.step(checker, folder, ["Challenges/1.1/recherche/prototype.yaml"], "prototype added (proposé)"), .some)
        // The prototype edited (validé): the variant's result depends on it and is compiled again.
        try folder.write("Challenges/1.1/recherche/prototype.yaml",
                         Self.challenge("recherche-prototype", skill: "@recherche3", status: "validé", instruction: "La CNIL a été créée en quelle année ?"))
        Self.expectErrors(Self.step(checker, folder, ["Challenges/1.1/recherche/prototype.yaml"], "prototype edited (validé)"), .none)
        #expect(checker.lastRun.compiled == 2)

        // Two files with the same id.
        try folder.write("Challenges/1.3/tableur/copie.yaml", Self.challenge("recherche-annee-cnil"))
        Self.expectErrors(Self.step(checker, folder, ["Challenges/1.3/tableur/copie.yaml"], "duplicate id"), .some)

        // An attachment that is missing, then written: the challenge naming it is compiled again.
        try folder.write("Challenges/1.3/tableur/copie.yaml", Self.challenge("tableur-annee", skill: "@tableur2", extra: "attachments: [bilan.csv]\n"))
        Self.expectErrors(Self.step(checker, folder, ["Challenges/1.3/tableur/copie.yaml"], "missing attachment"), .some)
        try folder.write("Challenges/1.3/tableur/bilan.csv", "mois;ventes\nmars;12\n")
        Self.expectErrors(Self.step(checker, folder, ["Challenges/1.3/tableur/bilan.csv"], "attachment written"), .none)
        try folder.remove("Challenges/1.3/tableur/bilan.csv")
        Self.expectErrors(Self.step(checker, folder, ["Challenges/1.3/tableur/bilan.csv"], "attachment deleted"), .some)
        try folder.write("Challenges/1.3/tableur/bilan.csv", "mois;ventes\nmars;12\n")
        Self.step(checker, folder, ["Challenges/1.3/tableur/bilan.csv"], "attachment back")

        // A shared dataset and a challenge using it; then the dataset changes its rows.
        try folder.write("Challenges/datasets/ventes.yaml", Self.dataset([("janvier", 120), ("février", 95)]))
        try folder.write("Challenges/1.3/tableur/ventes-mois.yaml", Self.datasetChallenge)
        let withDataset = Self.step(checker, folder, ["Challenges/datasets/ventes.yaml", "Challenges/1.3/tableur/ventes-mois.yaml"], "dataset")
        #expect(withDataset.challenges.first { $0.id == "tableur-somme-ventes" }?.variants.count == 2, "\(Self.report(withDataset))")
        try folder.write("Challenges/datasets/ventes.yaml", Self.dataset([("janvier", 120), ("février", 95), ("mars", 101)]))
        let moreRows = Self.step(checker, folder, ["Challenges/datasets/ventes.yaml"], "dataset edited")
        #expect(moreRows.challenges.first { $0.id == "tableur-somme-ventes" }?.variants.count == 3)

        // A tube loses a level: challenges on it are compiled again and report the unknown skill.
        try folder.write("Challenges/1.1/recherche/tube.yaml", ExampleContext.files["Challenges/1.1/recherche/tube.yaml", default: ""]
            .replacingOccurrences(of: "  - {level: 2, status: actif}\n", with: ""))
        Self.expectErrors(Self.step(checker, folder, ["Challenges/1.1/recherche/tube.yaml"], "tube edited"), .some)
        try folder.write("Challenges/1.1/recherche/tube.yaml", ExampleContext.files["Challenges/1.1/recherche/tube.yaml", default: ""])
        Self.step(checker, folder, ["Challenges/1.1/recherche/tube.yaml"], "tube restored")

        // A file renamed (both names reported), then deleted.
        try folder.move("Challenges/1.1/recherche/date.yaml", "Challenges/1.1/recherche/date-creation.yaml")
        Self.step(checker, folder, ["Challenges/1.1/recherche/date.yaml", "Challenges/1.1/recherche/date-creation.yaml"], "rename")
        try folder.remove("Challenges/1.1/recherche/date-creation.yaml")
        Self.step(checker, folder, ["Challenges/1.1/recherche/date-creation.yaml"], "delete")

        // A new folder with files in it (reported as the folder only), then the folder renamed and deleted.
        try folder.write("Challenges/1.1/veille/tube.yaml", """
        name: "@veille"
        competence: "1.1"
        thematic: evaluation-information
        title: Assurer une veille
        description: Suivre l’actualité d’un sujet.
        skills:
          - {level: 3, status: actif}
        """)
        try folder.write("Challenges/1.1/veille/abonnement.yaml", Self.challenge("veille-annee", skill: "@veille3"))
        Self.step(checker, folder, ["Challenges/1.1/veille"], "new folder")
        try folder.move("Challenges/1.1/veille", "Challenges/1.1/suivi")
        Self.step(checker, folder, ["Challenges/1.1/veille", "Challenges/1.1/suivi"], "folder renamed")
        try folder.remove("Challenges/1.1/suivi")
        Self.step(checker, folder, ["Challenges/1.1/suivi"], "folder deleted")

        // Hidden files and editor backups are no content; everything reported at once is a full re-read.
        try folder.write("Challenges/1.1/recherche/.annee.yaml.swp", "not: [yaml")
        try folder.write("Challenges/1.1/recherche/annee.yaml~", Self.challenge("recherche-annee-cnil"))
        Self.step(checker, folder, ["Challenges/1.1/recherche/.annee.yaml.swp", "Challenges/1.1/recherche/annee.yaml~"], "editor files")
        try folder.write("Challenges/1.1/recherche/annee.yaml", "id: [")
        Self.step(checker, folder, Set(IncrementalChecker.folders), "everything")
    }

    /// The typography rules enforce what most of the repository writes: when an edit of one
    /// challenge flips the majority, the warnings of the others appear or go (they used to stay).
    @Test func typographyFollowsTheMajorityAfterEveryEdit() throws {
        let folder = try Folder()
        try folder.write("Challenges/1.1/recherche/droit.yaml",
                         Self.challenge("recherche-droit-acces", instruction: "Quel droit permet l’accès aux données qu’une entreprise garde sur vous ?"))
        try folder.write("Challenges/1.1/recherche/oubli.yaml",
                         Self.challenge("recherche-droit-oubli", status: "proposé", instruction: "Qu'appelle-t-on le droit à l’oubli ?"))
        let checker = IncrementalChecker(fileSystem: DiskFileSystem(root: folder.url))
        let first = checker.checkAll()
        #expect(Self.report(first) == Self.report(Checker.check(DiskFileSystem(root: folder.url))))
        let straight = "PIX0430"
        #expect(first.diagnostics.filter { $0.code.description == straight }.map(\.path) == ["Challenges/1.1/recherche/oubli.yaml"])

        // droit.yaml now writes straight apostrophes: they are the majority, oubli.yaml's is fine.
        try folder.write("Challenges/1.1/recherche/droit.yaml",
                         Self.challenge("recherche-droit-acces", instruction: "Quel droit permet l'accès aux données qu'une entreprise garde sur l'internaute ?"))
        let flipped = Self.step(checker, folder, ["Challenges/1.1/recherche/droit.yaml"], "majority flipped to '")
        #expect(!flipped.diagnostics.contains { $0.code.description == straight })
        #expect(checker.lastRun.compiled == 1, "only the edited challenge compiles again")

        // Back to ’ in droit.yaml: oubli.yaml's straight apostrophe is reported again.
        try folder.write("Challenges/1.1/recherche/droit.yaml",
                         Self.challenge("recherche-droit-acces", instruction: "Quel droit permet l’accès aux données qu’une entreprise garde sur l’internaute ?"))
        let back = Self.step(checker, folder, ["Challenges/1.1/recherche/droit.yaml"], "majority back to ’")
        #expect(back.diagnostics.filter { $0.code.description == straight }.map(\.path) == ["Challenges/1.1/recherche/oubli.yaml"])

        // The file holding the majority deleted: a tie, nothing is enforced.
        try folder.remove("Challenges/1.1/recherche/droit.yaml")
        let deleted = Self.step(checker, folder, ["Challenges/1.1/recherche/droit.yaml"], "majority file deleted")
        #expect(!deleted.diagnostics.contains { $0.code.description == straight })
    }

    /// A prototype saved with a line added above its fields: its variant, whose finding points
    /// into the prototype, is compiled again (and only they are).
    @Test func aVariantFollowsItsPrototypesEdits() throws {
        let folder = try Folder()
        try folder.write("Challenges/1.1/recherche/prototype.yaml",
                         Self.challenge("recherche-prototype", skill: "@recherche3", status: "proposé", instruction: "La CNIL a été créée en quelle année ?"))
        try folder.write("Challenges/1.1/recherche/variante.yaml",
                         Self.challenge("recherche-variante", skill: "@recherche2", status: "proposé", variantOf: "recherche-prototype", instruction: "En quelle année fut créée la CNIL ?"))
        try folder.write("Challenges/1.1/recherche/autre.yaml", Self.challenge("recherche-autre", status: "proposé"))
        let checker = IncrementalChecker(fileSystem: DiskFileSystem(root: folder.url))
        let first = checker.checkAll()
        #expect(first.diagnostics.contains { $0.path == "Challenges/1.1/recherche/variante.yaml" && $0.labels.contains { $0.span.file.path.hasSuffix("prototype.yaml") } },
                "\(Self.report(first))")
        try folder.write("Challenges/1.1/recherche/prototype.yaml",
                         "# Prototype\n\n" + Self.challenge("recherche-prototype", skill: "@recherche3", status: "proposé", instruction: "La CNIL a été créée en quelle année ?"))
        Self.step(checker, folder, ["Challenges/1.1/recherche/prototype.yaml"], "prototype moved two lines down")
        #expect(Self.work(checker) == [1, 2, 1])
        try folder.write("Challenges/1.1/recherche/autre.yaml", Self.challenge("recherche-autre", status: "proposé", instruction: "Quand la CNIL est-elle née ?"))
        Self.step(checker, folder, ["Challenges/1.1/recherche/autre.yaml"], "another challenge edited")
        #expect(Self.work(checker) == [1, 1, 2])
    }

    /// An edit that changes no id, skill, status, prototype or referenced file runs no rule over
    /// the whole repository again; one that does runs those that read it.
    @Test func repositoryRulesRunAgainOnlyWhenWhatTheyReadChanged() throws {
        let folder = try Folder()
        try folder.write("Challenges/1.1/recherche/annee.yaml", Self.challenge("recherche-annee-cnil"))
        try folder.write("Challenges/1.1/recherche/date.yaml", Self.challenge("recherche-date-cnil", status: "proposé", instruction: "Quand la CNIL a-t-elle été créée ?"))
        let checker = IncrementalChecker(fileSystem: DiskFileSystem(root: folder.url))
        _ = checker.checkAll()
        #expect(checker.lastRun.repositoryRules == RuleSet.repositoryRules.count)

        try folder.write("Challenges/1.1/recherche/date.yaml", Self.challenge("recherche-date-cnil", status: "proposé", instruction: "En quelle année la CNIL est-elle née ?"))
        Self.step(checker, folder, ["Challenges/1.1/recherche/date.yaml"], "instruction edited")
        #expect(checker.lastRun.repositoryRules == 0)

        // The id now collides: the rules reading ids run again and report it.
        try folder.write("Challenges/1.1/recherche/date.yaml", Self.challenge("recherche-annee-cnil", status: "proposé", instruction: "En quelle année la CNIL est-elle née ?"))
        Self.expectErrors(Self.step(checker, folder, ["Challenges/1.1/recherche/date.yaml"], "id renamed to collide"), .some)
        let readingIDs = RuleSet.repositoryRules.filter { $0.inputs.contains(.challengeIdentities) }.count
        #expect(checker.lastRun.repositoryRules == readingIDs)

        // A comment line above the duplicate id moves it: the findings pointing into the file are
        // found again (their places changed), with nothing else changed.
        try folder.write("Challenges/1.1/recherche/date.yaml", "# copie\n" + Self.challenge("recherche-annee-cnil", status: "proposé", instruction: "En quelle année la CNIL est-elle née ?"))
        Self.expectErrors(Self.step(checker, folder, ["Challenges/1.1/recherche/date.yaml"], "duplicate moved one line down"), .some)
        #expect(checker.lastRun.repositoryRules >= 1)

        try folder.remove("Challenges/1.1/recherche/date.yaml")
        Self.expectErrors(Self.step(checker, folder, ["Challenges/1.1/recherche/date.yaml"], "duplicate deleted"), .none)
    }

    /// A change nobody reported is not seen, but reporting the content folders finds it: the
    /// watcher does that when the kernel drops events.
    @Test func aFullRereadFindsUnreportedChanges() throws {
        let folder = try Folder()
        try folder.write("Challenges/1.1/recherche/annee.yaml", Self.challenge("recherche-annee-cnil"))
        let checker = IncrementalChecker(fileSystem: DiskFileSystem(root: folder.url))
        #expect(checker.checkAll().errorCount == 0)
        try folder.write("Challenges/1.1/recherche/annee.yaml", Self.challenge("recherche-annee-cnil", status: "brouillon"))
        try folder.write("Challenges/1.3/tableur/autre.yaml", Self.challenge("tableur-autre", skill: "@tableur2"))
        let result = Self.step(checker, folder, Set(IncrementalChecker.folders), "full re-read")
        #expect(result.errorCount > 0)
        #expect(checker.lastRun.decoded == 2)
    }
}
