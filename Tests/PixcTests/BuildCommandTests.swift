import Compiler
import Foundation
import PixcCommands
import Release
import Testing

@Suite("pixc build, diff, expand, replay, play, stats")
struct BuildCommandTests {
    static let randomized = """
    id: tableur-conversion
    skill: "@tableur2"
    type: QROC
    status: validé
    instruction: Un fichier pèse {{ taille }} Mo. Combien de Ko cela représente-t-il (1 Mo = 1 000 Ko) ?
    proposals: "${ko} Ko"
    answers: ["{{ taille * 1000 }}"]
    format: nombre
    data:
      values:
        taille: integer(2, 40)
    variants: 5
    tests:
      accept: ["{{ taille * 1000 }}"]
      reject: ["{{ taille }}"]

    """

    func digests(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            if !isFolder.boolValue, let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) {
                result[path] = SHA256Hex.digest(data)
            }
        }
        return result
    }

    @Test func buildIsDeterministicAndWritesTheLock() throws {
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": cleanChallenge, "Challenges/1.3/tableur/conversion.yaml": Self.randomized])
        let first = pixc(["build", "--root", repository.url.path])
        #expect(first.code == 0, "\(first.out)\(first.err)")
        #expect(first.out.contains("variants: 5 from 1 challenges with a dataset"))
        let dist = repository.url.appendingPathComponent("dist")
        let once = try digests(dist)
        #expect(once.keys.contains("release.json") && once.keys.contains("manifest.json"))
        let lock = try String(contentsOf: repository.url.appendingPathComponent("variants.lock"), encoding: .utf8)
        #expect(lock.contains("tableur-conversion"))
        #expect(pixc(["build", "--root", repository.url.path]).code == 0)
        #expect(try digests(dist) == once)
        #expect(pixc(["build", "--root", repository.url.path, "--locked"]).code == 0)
    }

    @Test func assetsBaseURLMakesTheBundleDeployable() throws {
        let attached = Self.randomized.replacingOccurrences(of: "format: nombre\n", with: "format: nombre\nattachments: [tailles.txt]\n")
        let repository = try TemporaryRepository(["Challenges/1.3/tableur/conversion.yaml": attached, "Challenges/1.3/tableur/tailles.txt": "2 Mo\n"])
        let local = pixc(["build", "--root", repository.url.path, "--lang", "en"])
        #expect(local.code == 0, "\(local.out)\(local.err)")
        #expect(local.out.contains("this bundle is for local use"))
        #expect(local.out.contains("release id: "))
        let french = pixc(["build", "--root", repository.url.path, "--lang", "fr"])
        #expect(french.out.contains("ce paquet est pour un usage local"))
        let deployable = pixc(["build", "--root", repository.url.path, "--assets-base-url", "https://contenu.example.fr/pix/"])
        #expect(deployable.code == 0, "\(deployable.out)\(deployable.err)")
        #expect(!deployable.out.contains("local use"))
        let release = try Release.read(from: Data(contentsOf: repository.url.appendingPathComponent("dist/release.json")))
        let urls = release.content.challenges.flatMap(\.attachments)
        #expect(!urls.isEmpty && urls.allSatisfy { $0.hasPrefix("https://contenu.example.fr/pix/attachments/") })
        let refused = pixc(["build", "--root", repository.url.path, "--assets-base-url", "contenu.example.fr", "--lang", "en"])
        #expect(refused.code != 0)
        #expect(refused.err.contains("give a full http or https address"))
    }

    @Test func lockedRefusesChangedVariants() throws {
        let repository = try TemporaryRepository(["Challenges/1.3/tableur/conversion.yaml": Self.randomized])
        #expect(pixc(["build", "--root", repository.url.path]).code == 0)
        let changed = Self.randomized.replacingOccurrences(of: "integer(2, 40)", with: "integer(2, 60)")
        try Data(changed.utf8).write(to: repository.url.appendingPathComponent("Challenges/1.3/tableur/conversion.yaml"))
        let locked = pixc(["build", "--root", repository.url.path, "--locked"])
        #expect(locked.code == 1)
        #expect(locked.out.contains("error[PIX0522]"))
        #expect(locked.out.contains("tableur-conversion"))
        let check = pixc(["check", "--root", repository.url.path, "--locked"])
        #expect(check.code == 1)
        #expect(pixc(["build", "--root", repository.url.path]).code == 0, "without --locked the lock is updated")
    }

    @Test func failedBuildWritesNothing() throws {
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": cleanChallenge])
        #expect(pixc(["build", "--root", repository.url.path]).code == 0)
        let dist = repository.url.appendingPathComponent("dist")
        let before = try digests(dist)
        let broken = cleanChallenge.replacingOccurrences(of: "answers: [\"1978\"]", with: "answers: [\"1978 environ\"]")
        try Data(broken.utf8).write(to: repository.url.appendingPathComponent("Challenges/1.1/recherche/annee-cnil.yaml"))
        let failed = pixc(["build", "--root", repository.url.path])
        #expect(failed.code == 1)
        #expect(failed.out.contains("nothing written"))
        #expect(try digests(dist) == before)
        let fresh = repository.url.appendingPathComponent("other-dist")
        #expect(pixc(["build", "--root", repository.url.path, "--out", fresh.path]).code == 1)
        #expect(!FileManager.default.fileExists(atPath: fresh.path))
    }

    @Test func releaseDateComesOnlyFromTheOption() throws {
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": cleanChallenge])
        #expect(pixc(["build", "--root", repository.url.path, "--release-date", "2026-11-23"]).code == 0)
        let manifest = try Manifest.read(from: try Data(contentsOf: repository.url.appendingPathComponent("dist/manifest.json")))
        #expect(manifest.releaseDate == "2026-11-23")
        #expect(pixc(["build", "--root", repository.url.path, "--release-date", "demain"]).code == 2)
        #expect(try Builder.releaseDate(option: nil, environment: ["SOURCE_DATE_EPOCH": "1795392000"]) == "2026-11-23T00:00:00Z")
        #expect(try Builder.releaseDate(option: nil, environment: [:]) == nil)
    }

    @Test func diffListsTheChanges() throws {
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": cleanChallenge])
        let old = repository.url.appendingPathComponent("old")
        #expect(pixc(["build", "--root", repository.url.path, "--out", old.path]).code == 0)
        let edited = cleanChallenge.replacingOccurrences(of: "a-t-elle été créée", with: "a-t-elle été fondée")
        try Data(edited.utf8).write(to: repository.url.appendingPathComponent("Challenges/1.1/recherche/annee-cnil.yaml"))
        let new = repository.url.appendingPathComponent("new")
        #expect(pixc(["build", "--root", repository.url.path, "--out", new.path]).code == 0)
        let diff = pixc(["diff", old.path, new.path])
        #expect(diff.code == 0)
        #expect(diff.out.contains("recherche-annee-cnil"))
        #expect(diff.out.contains("instruction"))
        let json = pixc(["diff", old.path, new.path, "--format", "json"])
        #expect((try? JSONSerialization.jsonObject(with: Data(json.out.utf8))) != nil)
        let markdown = pixc(["diff", old.path, new.path, "--format", "markdown", "--lang", "fr"])
        #expect(markdown.code == 0)
        #expect(markdown.out.hasPrefix("## Changements du contenu (pixc diff)\n"))
        #expect(markdown.out.contains("- **modifié** `recherche-annee-cnil`"))
        let same = pixc(["diff", new.path, new.path])
        #expect(same.code == 0)
        #expect(!same.out.contains("recherche-annee-cnil"))
        #expect(pixc(["diff", old.path, repository.url.appendingPathComponent("Referential/crcn.yaml").path]).code == 2)
    }

    @Test func expandShowsTheVariants() throws {
        let repository = try TemporaryRepository(["Challenges/1.3/tableur/conversion.yaml": Self.randomized])
        let run = pixc(["expand", "tableur-conversion", "--root", repository.url.path, "--variants", "3"])
        #expect(run.code == 0, "\(run.out)")
        #expect(run.out.contains("tableur-conversion: 3 variants"))
        #expect(run.out.contains("── variant 3"))
        let json = pixc(["expand", "tableur-conversion", "--root", repository.url.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect((object["variants"] as? [Any])?.count == 5)
        #expect(pixc(["expand", "tableur-conversio", "--root", repository.url.path]).err.contains("did you mean `tableur-conversion`"))
    }

    @Test func replayPrintsOneLinePerAnswer() throws {
        let repository = try TemporaryRepository()
        let scenario = repository.url.appendingPathComponent("scenario.json")
        try Data("""
        {"initialCapacity": -3, "variationPercent": 0.5,
         "items": [{"id": "a", "discriminant": 1, "difficulty": -2, "skill": "s1", "tube": "t1", "competence": "c1"},
                   {"id": "b", "discriminant": 1.5, "difficulty": 0, "skill": "s2", "tube": "t2", "competence": "c2"}],
         "answers": [{"challengeId": "a", "result": "ok"}, {"challengeId": "b", "result": "ko"}]}
        """.utf8).write(to: scenario)
        let run = pixc(["replay", scenario.path])
        #expect(run.code == 0, "\(run.err)")
        let lines = run.out.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix(#"{"challengeId":"a","capacity":-2.19209"#))
        #expect(lines[2].hasPrefix(#"{"next":"#))
        try Data("{\"items\": 3}".utf8).write(to: scenario)
        #expect(pixc(["replay", scenario.path]).code == 1)
        #expect(pixc(["replay", "/nonexistent/scenario.json"]).code == 2)
    }

    @Test func playAsksAndScores() throws {
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": cleanChallenge])
        #expect(pixc(["build", "--root", repository.url.path]).code == 0)
        let console = Console(capturing: ["1978"])
        let code = Console.$current.withValue(console) { PixcMain.run(["play", "--root", repository.url.path, "--length", "3"]) }
        #expect(code == 0, "\(console.capturedErr)")
        #expect(console.capturedOut.contains("[1/3] recherche-annee-cnil"))
        #expect(console.capturedOut.contains("→ ok · capacity"))
        #expect(console.capturedOut.contains("no eligible challenge left"))
    }

    @Test func statsCoverage() throws {
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": cleanChallenge])
        let run = pixc(["stats", "--root", repository.url.path])
        #expect(run.code == 0)
        #expect(run.out.contains("pix: 1 of 2 competences have a validé challenge."))
        let json = pixc(["stats", "--root", repository.url.path, "--format", "json"])
        #expect((try? JSONSerialization.jsonObject(with: Data(json.out.utf8))) != nil)
    }

    /// French counts agree: « 0 épreuve », « 1 épreuve (1 validée) », statuses in the plural.
    @Test func statsInFrenchAgree() throws {
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": cleanChallenge])
        let run = pixc(["stats", "--root", repository.url.path, "--lang", "fr"])
        #expect(run.code == 0)
        #expect(run.out.contains("1\u{A0}sujet, 5\u{A0}acquis (4 actifs, 1 en construction), 1\u{A0}épreuve (1 validée)\n"), "\(run.out)")
        #expect(run.out.contains("1\u{A0}sujet, 3\u{A0}acquis (3 actifs), 0\u{A0}épreuve\n"), "\(run.out)")
        #expect(!run.out.contains("sujets, acquis"))
        #expect(Statistics.frenchStatus("validé", count: 2, feminine: true) == "validées")
        #expect(Statistics.frenchStatus("actif", count: 12, feminine: false) == "actifs")
        #expect(Statistics.frenchStatus("actif", count: 1, feminine: true) == "active")
        #expect(Statistics.frenchStatus("en construction", count: 3, feminine: false) == "en construction")
        #expect(Statistics.frenchStatus("archivé", count: 0, feminine: false) == "archivé")
    }
}
