import Foundation
import PixcCommands
import Preview
import Testing

@Suite("pixc preview, and play and expand as Pix shows challenges")
struct PreviewCommandTests {
    static let qcu = """
    id: recherche-moteur
    skill: "@recherche2"
    type: QCU
    status: proposé
    instruction: |
      Quel service est un moteur de recherche ?

      Choisissez-en un.
    illustration:
      file: logo.png
      alt: Un logo bleu.
    attachments: [liste.txt]
    options:
      - text: Qwant
        correct: oui
      - Thunderbird
      - VLC
      - Firefox
    tests:
      accept: ["1"]
      reject: ["2"]

    """

    static let qrocm = """
    id: tableur-somme
    skill: "@tableur3"
    type: QROCM-ind
    status: validé
    instruction: Complétez la formule.
    proposals: "Nom de la fonction : ${fonction#NOM} et plage : ${plage§Plage de cellules}"
    answers:
      fonction: ["SOMME"]
      plage: ["A1:A5"]
    tests:
      accept:
        - {fonction: SOMME, plage: "A1:A5"}
      reject:
        - {fonction: MAX, plage: "A1:A5"}

    """

    func repository() throws -> TemporaryRepository {
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/moteur.yaml": Self.qcu, "Challenges/1.3/tableur/somme.yaml": Self.qrocm,
                                                  "Challenges/1.1/recherche/liste.txt": "Qwant, Ecosia\n"])
        try repository.write("Challenges/1.1/recherche/logo.png", bytes: [0x89, 0x50, 0x4E, 0x47])
        return repository
    }

    @Test func playShufflesAsPixAndTakesTheShownNumber() throws {
        let repository = try repository()
        #expect(pixc(["build", "--root", repository.url.path]).code == 0)
        // The right option (written first) is shown where Pix's shuffle puts it for assessment 2.
        let order = PixShuffle.order(count: 4, seed: 2)
        let shown = try #require(order.firstIndex(of: 0)) + 1
        let console = Console(capturing: [String(shown)])
        let code = Console.$current.withValue(console) {
            PixcMain.run(["play", "--root", repository.url.path, "--include-proposed", "--only", "recherche-moteur", "--length", "1", "--seed", "2"])
        }
        #expect(code == 0, "\(console.capturedErr)")
        #expect(console.capturedOut.contains("  \(shown). Qwant\n"))
        #expect(console.capturedOut.contains("→ ok"))
        #expect(shown != 1)
        // Without --include-proposed the proposé challenge is not played.
        let none = pixc(["play", "--root", repository.url.path, "--only", "recherche-moteur"])
        #expect(none.code == 2)
        #expect(none.err.contains("no validé challenge to play among recherche-moteur"))
    }

    @Test func playAsksQROCMInputsByTheirLabels() throws {
        let repository = try repository()
        #expect(pixc(["build", "--root", repository.url.path]).code == 0)
        let console = Console(capturing: ["somme", "A1:A5"])
        let code = Console.$current.withValue(console) {
            PixcMain.run(["play", "--root", repository.url.path, "--only", "tableur-somme", "--length", "1"])
        }
        #expect(code == 0, "\(console.capturedErr)")
        #expect(console.capturedOut.contains("Nom de la fonction : [1] et plage : [2]"))
        #expect(console.capturedOut.contains("[1] Nom de la fonction : (NOM)> "))
        #expect(console.capturedOut.contains("[2] Plage de cellules> "))
        #expect(console.capturedOut.contains("→ ok"))
    }

    @Test func expandListsFilesInputsAndKeepsParagraphs() throws {
        let repository = try repository()
        let run = pixc(["expand", "recherche-moteur", "--root", repository.url.path])
        #expect(run.code == 0, "\(run.out)")
        #expect(run.out.contains("  instruction  Quel service est un moteur de recherche ?\n\n               Choisissez-en un.\n"))
        #expect(run.out.contains("  illustration logo.png — alt: Un logo bleu.\n"))
        #expect(run.out.contains("  attachments  liste.txt\n"))
        let qrocm = pixc(["expand", "tableur-somme", "--root", repository.url.path])
        #expect(qrocm.out.contains("  proposals    Nom de la fonction : [1] et plage : [2]\n"))
        #expect(qrocm.out.contains("  inputs       [1] Nom de la fonction : (placeholder: NOM)\n"))
        #expect(qrocm.out.contains("               [2] Plage de cellules\n"))
        let json = pixc(["expand", "recherche-moteur", "--root", repository.url.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let variant = try #require((object["variants"] as? [[String: Any]])?.first)
        #expect(variant["attachments"] as? [String] == ["liste.txt"])
        #expect((variant["illustration"] as? [String: Any])?["alt"] as? String == "Un logo bleu.")
    }

    @Test func previewWritesTheSameSiteTwice() throws {
        let repository = try repository()
        let out = repository.url.appendingPathComponent("site")
        let first = pixc(["preview", "--root", repository.url.path, "--out", out.path])
        #expect(first.code == 0, "\(first.err)")
        #expect(first.out.contains("2 challenges, 2 pages written"))
        let index = try Data(contentsOf: out.appendingPathComponent("index.html"))
        let page = try Data(contentsOf: out.appendingPathComponent("challenges/recherche-moteur.html"))
        #expect(pixc(["preview", "--root", repository.url.path, "--out", out.path]).code == 0)
        #expect(try Data(contentsOf: out.appendingPathComponent("index.html")) == index)
        #expect(try Data(contentsOf: out.appendingPathComponent("challenges/recherche-moteur.html")) == page)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("files/Challenges/1.1/recherche/logo.png").path))
        #expect(pixc(["preview", "--root", repository.url.path, "--port", "70000", "--serve"]).code == 2)
    }
}
