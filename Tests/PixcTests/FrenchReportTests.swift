import Foundation
import PixcCommands
import Testing

/// `pixc check` on an annotated broken fixture (Tests/Fixtures/report-in-two-languages.yaml) in
/// French and in English: the same codes, places and exit code; the text a person reads in the
/// language the locale asks for.
@Suite("A report in French")
struct FrenchReportTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/report-in-two-languages.yaml")

    func repository() throws -> TemporaryRepository {
        let text = try String(contentsOf: Self.fixture, encoding: .utf8)
        return try TemporaryRepository(["Challenges/1.1/recherche/report-in-two-languages.yaml": text])
    }

    func check(_ arguments: [String], locale: String) -> Run {
        let console = Console(capturing: [])
        let code = Console.$current.withValue(console) { PixcMain.run(["check"] + arguments, environment: ["LANG": locale]) }
        return Run(code: code, out: console.capturedOut, err: console.capturedErr)
    }

    struct Entry {
        let code: String
        let place: String
        let message: String
        let help: String
    }

    func entries(_ run: Run) throws -> [Entry] {
        try run.out.split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let range = object["range"] as? [String: Any]
            let place = "\(object["file"] ?? ""):\(range?["line"] ?? 0):\(range?["column"] ?? 0)"
            return Entry(code: object["code"] as? String ?? "", place: place, message: object["message"] as? String ?? "",
                         help: (object["help"] as? [String: Any])?["message"] as? String ?? "")
        }
    }

    @Test func sameCodesPlacesAndExitCodeInBothLanguages() throws {
        let repository = try repository()
        let french = check(["--root", repository.url.path, "--format", "json"], locale: "fr_FR.UTF-8")
        let english = check(["--root", repository.url.path, "--format", "json"], locale: "C")
        #expect(french.code == 1 && english.code == 1)
        let frenchEntries = try entries(french)
        let englishEntries = try entries(english)
        #expect(frenchEntries.map { "\($0.code) \($0.place)" } == englishEntries.map { "\($0.code) \($0.place)" })
        #expect(Set(frenchEntries.map(\.code)) == ["PIX0106", "PIX0202", "PIX0401", "PIX0416", "PIX0420", "PIX0422", "PIX0426"])
        // Every message and help line was written for each language, none left in English.
        for (fr, en) in zip(frenchEntries, englishEntries) {
            #expect(fr.message != en.message, "\(fr.code): \(fr.message)")
            #expect(fr.help != en.help, "\(fr.code): \(fr.help)")
        }
    }

    @Test func frenchWordsWithFrenchTypography() throws {
        let repository = try repository()
        let run = check(["--root", repository.url.path], locale: "fr_FR.UTF-8")
        #expect(run.code == 1)
        let path = "Challenges/1.1/recherche/report-in-two-languages.yaml"
        #expect(run.out.contains("\(path):17:14: erreur[PIX0401]\u{A0}: cette QCU a 2 bonnes propositions\u{A0}; une QCU en a exactement une\n"))
        #expect(run.out.contains("première bonne proposition"))
        #expect(run.out.contains("  = aide\u{A0}: «\u{A0}auteurs\u{A0}» s’écrit `authors`"))
        #expect(run.out.contains("avertissement[PIX0106]\u{A0}: l’étiquette `!perso` est ignorée"))
        #expect(run.out.hasSuffix("5\u{A0}erreurs, 2\u{A0}avertissements\n"))
    }

    @Test func theCLocaleGivesEnglish() throws {
        let repository = try repository()
        let run = check(["--root", repository.url.path], locale: "C")
        #expect(run.code == 1)
        #expect(run.out.contains("error[PIX0401]: this QCU has 2 correct options; a QCU has exactly one\n"))
        #expect(run.out.contains("warning[PIX0106]: the tag `!perso` is ignored"))
        #expect(run.out.hasSuffix("5 errors, 2 warnings\n"))
    }
}
