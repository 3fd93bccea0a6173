import Compiler
import Foundation
import Grading
@testable import Preview
import Testing

/// The fixture repository (Tests/PreviewTests/Fixtures/repository) over the example referential.
enum FixtureRepository {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/repository")

    static var fileSystem: MemoryFileSystem {
        var contents = ExampleContext.fileSystem.contents
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            // Folders give no contents.
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) { contents[path] = Array(data) }
        }
        return MemoryFileSystem(contents)
    }

    static func site(seed: Int64 = 1) -> PreviewSite {
        let fileSystem = Self.fileSystem
        return PreviewSite.build(Checker.check(fileSystem), fileSystem: fileSystem, options: PreviewSite.Options(shuffleSeed: seed))
    }
}

extension PreviewSite {
    func text(_ path: String) -> String { files[path].map { String(decoding: $0, as: UTF8.self) } ?? "" }
}

func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

@Suite("Preview site")
struct SiteTests {
    let site = FixtureRepository.site()

    @Test func everyChallengeAndVariantHasAPage() {
        #expect(site.files["index.html"] != nil)
        #expect(site.files["assets/preview.css"] != nil && site.files["assets/preview.js"] != nil)
        for slug in ["recherche-moteur-qcu", "recherche-operateurs-qcm", "tableur-cellules-qrocm", "tableur-casse",
                     "tableur-conversion-qroc", "tableur-conversion-qroc.v2", "tableur-conversion-qroc.v3"] {
            #expect(site.files["challenges/\(slug).html"] != nil, "\(slug)")
            #expect(site.pages[slug] != nil)
        }
        #expect(site.pages.count == 7)
    }

    @Test func buildsAreByteIdentical() {
        let again = FixtureRepository.site()
        #expect(again.sortedPaths == site.sortedPaths)
        for path in site.sortedPaths { #expect(again.files[path] == site.files[path], "\(path)") }
    }

    @Test func qcuOptionsAreRadiosInPixOrder() {
        let html = site.text("challenges/recherche-moteur-qcu.html")
        #expect(count("type=\"radio\"", in: html) == 4)
        #expect(count("<label for=\"option-", in: html) == 4)
        let order = PixShuffle.order(count: 4, seed: 1).map { $0 + 1 }
        let shown = html.components(separatedBy: "data-index=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(shown == order)
        #expect(order != [1, 2, 3, 4])
        #expect(html.contains("id=\"reshuffle\""))
        #expect(html.contains("<output id=\"seed\">1</output>"))
        // Another assessment id, another order.
        let other = FixtureRepository.site(seed: 2).text("challenges/recherche-moteur-qcu.html")
        let shownOther = other.components(separatedBy: "data-index=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(shownOther == PixShuffle.order(count: 4, seed: 2).map { $0 + 1 })
    }

    @Test func illustrationTimerAndLinkTitle() {
        let html = site.text("challenges/recherche-moteur-qcu.html")
        #expect(html.contains("<img src=\"../files/Challenges/1.1/recherche/logo.png\" alt=\"Logo rond, bleu et blanc.\">"))
        #expect(site.files["files/Challenges/1.1/recherche/logo.png"] != nil)
        #expect(html.contains("data-timer=\"90\""))
        #expect(html.contains("1 min 30 s"))
        #expect(html.contains("title=\"la liste (opens in a new window)\""))
        #expect(html.contains("<strong>moteur de recherche</strong>"))
    }

    @Test func qcmCheckboxesAttachmentAndFocus() {
        let html = site.text("challenges/recherche-operateurs-qcm.html")
        #expect(count("type=\"checkbox\" id=\"option-", in: html) == 3)
        #expect(html.contains("<code>site:</code>"))
        #expect(html.contains("href=\"../files/Challenges/1.1/recherche/consignes.txt\" download"))
        #expect(site.files["files/Challenges/1.1/recherche/consignes.txt"] == Array("Consignes de recherche.\n".utf8))
        #expect(html.contains("data-focus=\"true\""))
        #expect(html.contains("id=\"certification\""))
    }

    @Test func qrocInputIsLabelledAndVariantsAreLinked() {
        let html = site.text("challenges/tableur-conversion-qroc.v2.html")
        #expect(html.contains("<label for=\"qroc_input\">Taille en Ko : </label>"))
        #expect(html.contains("<input type=\"number\" step=\"any\" min=\"0\" id=\"qroc_input\""))
        #expect(html.contains("href=\"tableur-conversion-qroc.html\">Variant 1</a>"))
        #expect(html.contains("href=\"tableur-conversion-qroc.v2.html\" aria-current=\"page\">Variant 2</a>"))
        #expect(html.contains("<dt>taille</dt>"))
        #expect(!html.contains("{{"))
    }

    @Test func qrocmInputsFollowMonPixLabels() {
        let html = site.text("challenges/tableur-cellules-qrocm.html")
        // The text before an unlabelled input becomes its label; an input with `§` keeps its text
        // and is named by its label.
        #expect(html.contains("<label for=\"input-1\">Nom de la fonction : </label>"))
        #expect(html.contains("placeholder=\"NOM\""))
        #expect(html.contains("<div class=\"qrocm-proposal__label\"><br/>Séparateur de la plage : </div>"))
        #expect(html.contains("<label class=\"sr-only\" for=\"input-2\">Caractère entre A1 et A5</label><select id=\"input-2\""))
        #expect(html.contains("<option>;</option>"))
        #expect(html.contains("data-key=\"separateur\""))
    }

    @Test func diagnosticsAndAuthorViewAreShown() {
        let html = site.text("challenges/tableur-casse.html")
        #expect(html.contains("class=\"diagnostics\""))
        #expect(html.contains("Challenges/1.3/tableur/casse.yaml line 12:3"))
        let qrocm = site.text("challenges/tableur-cellules-qrocm.html")
        #expect(!qrocm.contains("class=\"diagnostics\""))
        #expect(qrocm.contains("<details><summary><h2 id=\"author-title\">"))
        #expect(qrocm.contains("<code>fonction</code> = <code>somme</code>"))
        #expect(qrocm.contains("t1 (case, accents, spaces)"))
    }

    @Test func homePageListsEveryChallengeWithCoverage() {
        let html = site.text("index.html")
        #expect(count("<li data-search=", in: html) == 5)
        #expect(html.contains("href=\"challenges/tableur-conversion-qroc.html\""))
        #expect(html.contains("data-search=\"recherche-moteur-qcu quel service est un **moteur de recherche**"))
        #expect(html.contains("<th scope=\"row\">@recherche5</th>"))
        #expect(html.contains("Skills without any challenge"))
        #expect(html.contains("@recherche1"))
    }

    @Test func everyPageHasOneMainLandmarkLabelsAndNoDuplicateIDs() {
        for path in site.sortedPaths where path.hasSuffix(".html") {
            let html = site.text(path)
            #expect(count("<main id=\"main\">", in: html) == 1, "\(path)")
            #expect(html.contains("<html lang=\"en\">"))
            let ids = html.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            #expect(Set(ids).count == ids.count, "\(path): duplicate ids")
            // Every form control is named by a label or aria-label.
            for id in ids where html.contains("<input type=\"text\"") && html.contains("id=\"\(id)\" class=\"answer-input\"") {
                #expect(html.contains("for=\"\(id)\"") || html.contains("id=\"\(id)\" class=\"answer-input\" data-key") && html.contains("aria-label"), "\(path) \(id)")
            }
        }
    }

    @Test func writesTheFolderAtomically() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-preview-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try PreviewBuilder.write(site, to: folder)
        let written = try String(contentsOf: folder.appendingPathComponent("challenges/tableur-casse.html"), encoding: .utf8)
        #expect(written == site.text("challenges/tableur-casse.html"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("files/Challenges/1.1/recherche/logo.png").path))
    }
}

@Suite("Pix's option shuffle")
struct ShuffleTests {
    /// mon-pix's pshuffle on [0, 1, …] for these lengths and seeds (computed with its code).
    @Test(arguments: [
        (4, Int64(1), [3, 1, 0, 2]), (4, 2, [3, 1, 2, 0]), (5, 1_234_567, [3, 1, 4, 0, 2]), (3, 0, [0, 2, 1]),
        (6, -5, [5, 4, 3, 0, 2, 1]), (4, 2_147_483_647, [2, 0, 3, 1]), (7, 987_654_321, [1, 6, 4, 0, 2, 5, 3]),
    ])
    func matchesMonPix(count: Int, seed: Int64, expected: [Int]) {
        #expect(PixShuffle.order(count: count, seed: seed) == expected)
    }

    @Test func unshuffledKeepsTheWrittenOrder() {
        #expect(PixShuffle.displayOrder(count: 4, shuffled: false, seed: 9) == [0, 1, 2, 3])
        #expect(PixShuffle.order(count: 0, seed: 3) == [])
    }
}

@Suite("Simulators")
struct EmbedTests {
    @Test func autoReplyShowsAPlaceholderAndAFieldForTheSimulatorsAnswer() throws {
        let challenge = """
        id: recherche-simulateur
        skill: "@recherche2"
        type: QROC
        status: proposé
        instruction: Trouvez la sortie dans le simulateur.
        embed:
          url: https://epreuves.pix.fr/fr/robot/niveau-1.html
          title: Simulateur de robot
          height: 400
        autoReply: oui
        proposals: "${resultat}"
        answers: ["sortie"]
        tolerances: []
        tests:
          accept: ["sortie"]
          reject: ["mur"]
        """
        var fileSystem = FixtureRepository.fileSystem
        fileSystem.contents["Challenges/1.1/recherche/simulateur.yaml"] = Array(challenge.utf8)
        let site = PreviewSite.build(Checker.check(fileSystem), fileSystem: fileSystem)
        let html = site.text("challenges/recherche-simulateur.html")
        #expect(html.contains("Simulator “Simulateur de robot” (https://epreuves.pix.fr/fr/robot/niveau-1.html, 400 px high): not loaded"))
        #expect(!html.contains("<iframe"))
        #expect(html.contains("<label for=\"qroc_input\">Answer the simulator would send</label>"))
        let page = try #require(site.pages["recherche-simulateur"])
        #expect(GradingReport.grade(PreviewAnswer(value: .text("sortie")), on: page).status == "ok")
    }
}
