import Foundation
import PixcCommands
import Testing

private func run(_ arguments: [String], answers: [String] = []) -> Run {
    let console = Console(capturing: answers)
    let code = Console.$current.withValue(console) { PixcMain.run(arguments, environment: [:]) }
    return Run(code: code, out: console.capturedOut, err: console.capturedErr)
}

private func read(_ repository: TemporaryRepository, _ path: String) throws -> String {
    try String(contentsOf: repository.url.appendingPathComponent(path), encoding: .utf8)
}

@Suite("pixc new")
struct NewCommandTests {
    static let types = ["QCU", "QCM", "QROC", "QROCM-ind", "QROCM-dep"]

    /// What `pixc new` writes passes `pixc check` as it is: every type, with and without a
    /// shared dataset (itself written by `pixc new dataset`), and a new tube.
    @Test func newThenCheckHasNoError() throws {
        let repository = try TemporaryRepository()
        let root = repository.url.path
        #expect(run(["new", "dataset", "--root", root, "--id", "organismes", "--row", "organisme"]).code == 0)
        #expect(run(["new", "tube", "--root", root, "--name", "@veille", "--competence", "1.1", "--thematic", "moteur-recherche",
                     "--title", "Faire de la veille", "--description", "Suivre l’actualité d’un sujet."]).code == 0)
        for type in Self.types {
            let slug = type.lowercased()
            let plain = run(["new", "challenge", "--root", root, "--type", type, "--skill", "@recherche2", "--id", "nouvelle-\(slug)"])
            #expect(plain.code == 0, "\(type): \(plain.err)")
            let randomized = run(["new", "challenge", "--root", root, "--type", type, "--skill", "@recherche2", "--id", "jeu-\(slug)", "--dataset", "organismes"])
            #expect(randomized.code == 0, "\(type): \(randomized.err)")
            #expect(try read(repository, "Challenges/1.1/recherche/jeu-\(slug).yaml").contains("{{ organisme.nom }}"))
        }
        let check = run(["check", "--root", root])
        #expect(check.code == 0, "\(check.out)")
        #expect(check.out.contains("0 errors, 0 warnings"), "\(check.out)")
    }

    @Test func theFileStartsWithItsSchemaLine() throws {
        let repository = try TemporaryRepository()
        #expect(run(["new", "challenge", "--root", repository.url.path, "--type", "QROC", "--skill", "@recherche2", "--id", "annee"]).code == 0)
        let text = try read(repository, "Challenges/1.1/recherche/annee.yaml")
        #expect(text.hasPrefix("# yaml-language-server: $schema=../../../schemas/challenge.schema.json\n"))
        #expect(text.contains("status: proposé"))
    }

    @Test func neverReplacesAFile() throws {
        let repository = try TemporaryRepository()
        let arguments = ["new", "challenge", "--root", repository.url.path, "--type", "QCU", "--skill", "@recherche2", "--id", "deja-la"]
        #expect(run(arguments).code == 0)
        let path = "Challenges/1.1/recherche/deja-la.yaml"
        try Data("# à moi\n".utf8).write(to: repository.url.appendingPathComponent(path))
        let again = run(arguments)
        #expect(again.code == 2)
        #expect(again.err.contains("already exists"))
        #expect(try read(repository, path) == "# à moi\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: repository.url.appendingPathComponent("Challenges/1.1/recherche").path)
        #expect(!leftovers.contains { $0.hasPrefix(".") }, "temporary file left behind: \(leftovers)")
    }

    @Test func aMissingOptionIsAnErrorWithoutATerminal() throws {
        let repository = try TemporaryRepository()
        let result = run(["new", "challenge", "--root", repository.url.path, "--type", "QCU", "--id", "x"])
        #expect(result.code == 2)
        #expect(result.err.contains("--skill is missing"))
        let french = run(["new", "challenge", "--lang", "fr", "--root", repository.url.path, "--type", "QCU", "--id", "x"])
        #expect(french.err.contains("il manque --skill\u{A0}: l’acquis évalué"))
    }

    @Test func asksForWhatIsMissingOnATerminal() throws {
        let repository = try TemporaryRepository()
        // A wrong skill is asked again; the answers then complete the file.
        let result = run(["new", "challenge", "--root", repository.url.path], answers: ["QROC", "recherche2", "@recherche2", "annee-cnil"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("the skill assessed (for example @recherche2)? "))
        #expect(result.err.contains("“recherche2” is not a skill"))
        #expect(try read(repository, "Challenges/1.1/recherche/annee-cnil.yaml").contains("type: QROC"))
    }

    @Test func anUnknownTubeOrDatasetIsExplained() throws {
        let repository = try TemporaryRepository()
        let tube = run(["new", "challenge", "--root", repository.url.path, "--type", "QCU", "--skill", "@inconnu1", "--id", "x"])
        #expect(tube.code == 2)
        #expect(tube.err.contains("no tube is named @inconnu"))
        let dataset = run(["new", "challenge", "--root", repository.url.path, "--type", "QCU", "--skill", "@recherche2", "--id", "x", "--dataset", "absent"])
        #expect(dataset.code == 2)
        #expect(dataset.err.contains("no usable dataset “absent”"))
    }
}
