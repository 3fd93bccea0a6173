import Foundation
import PixcCommands
import Testing

/// Runs pixc with `environment` (for the locale) instead of the process's.
func pixc(_ arguments: [String], environment: [String: String], input: [String] = []) -> Run {
    let console = Console(capturing: input)
    let code = Console.$current.withValue(console) { PixcMain.run(arguments, environment: environment) }
    return Run(code: code, out: console.capturedOut, err: console.capturedErr)
}

private let french = ["LANG": "fr_FR.UTF-8"]
private let english = ["LANG": "C"]
private let nbsp = "\u{A0}"

/// argument-parser's fixed English texts: none may be left in a French help or error.
private let parserEnglish = [
    "OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "(default:", "(values:", "; default:", "Show help information",
    "Show the version", "for more information", "for detailed help", "Error:", "Usage:", "Help:", "Unknown option", "Missing expected",
    "is invalid for", "Please provide",
]

@Suite("Commands in French")
struct FrenchCommandTests {
    @Test func theRootHelpIsFrenchWithTheFlagAndWithTheLocale() {
        for run in [pixc(["--help", "--lang", "fr"], environment: english), pixc(["--help"], environment: french)] {
            #expect(run.code == 0)
            #expect(run.out.contains("RÉSUMÉ\(nbsp): Vérifier, construire et simuler des épreuves"))
            #expect(run.out.contains("SOUS-COMMANDES\(nbsp):"))
            #expect(run.out.contains("Voir «\(nbsp)pixc help <sous-commande>\(nbsp)» pour l’aide détaillée."))
            for text in parserEnglish { #expect(!run.out.contains(text), "\(text)") }
        }
    }

    @Test func theHelpStaysEnglishWithTheCLocale() {
        let run = pixc(["check", "--help"], environment: english)
        #expect(run.out.contains("OVERVIEW: Check the referentials and challenges"))
        #expect(run.out.contains("--lang <language>"))
        #expect(run.out.contains("(values: human, json, sarif; default: human)") || run.out.contains("(values: human, json,"))
    }

    @Test func theCheckHelpIsFrench() {
        let run = pixc(["check", "--help"], environment: french)
        #expect(run.code == 0)
        #expect(run.out.contains("USAGE\(nbsp): pixc check [--lang <langue>] [--root <dossier>] [<chemin> ...]"))
        #expect(run.out.contains("Fichiers ou dossiers à examiner"))
        #expect(run.out.contains("Traiter les avertissements comme des erreurs"))
        #expect(run.out.contains("par défaut\(nbsp): human"))
        #expect(!run.out.contains("Treat warnings"))
    }

    /// Every command's help, except `explain`'s own texts (the diagnostics' catalogue), has no
    /// English left: this fails when argument-parser changes one of its fixed texts.
    @Test func everyHelpIsFrench() {
        var commands: [[String]] = [[]] + Pixc.configuration.subcommands.map { [$0._commandName] }
        for subcommand in Pixc.configuration.subcommands {
            commands += subcommand.configuration.subcommands.map { [subcommand._commandName, $0._commandName] }
        }
        for command in commands {
            let run = pixc(command + ["--help", "--lang", "fr"], environment: english)
            #expect(run.code == 0, "\(command)")
            #expect(run.out.contains("Afficher l’aide."), "\(command)")
            for text in parserEnglish { #expect(!run.out.contains(text), "\(command): \(text)") }
            // A value name or help missing from the catalogue shows as its key.
            let inEnglish = pixc(command + ["--help", "--lang", "en"], environment: english)
            for out in [run.out, inEnglish.out] { #expect(!out.contains("<value.") && !out.contains(".abstract") && !out.contains(".discussion"), "\(command)") }
        }
    }

    @Test func parsingErrorsAreFrench() {
        let unknown = pixc(["check", "--formt", "json"], environment: french)
        #expect(unknown.code == 2)
        #expect(unknown.err.hasPrefix("Erreur\(nbsp): option inconnue «\(nbsp)--formt\(nbsp)». Vouliez-vous dire «\(nbsp)--format\(nbsp)»\(nbsp)?"))
        #expect(unknown.err.contains("Voir «\(nbsp)pixc check --help\(nbsp)» pour en savoir plus."))
        let invalid = pixc(["check", "--format", "xml"], environment: french)
        #expect(invalid.err.contains("la valeur «\(nbsp)xml\(nbsp)» ne convient pas pour «\(nbsp)--format <format>\(nbsp)». Valeurs possibles\(nbsp): «\(nbsp)human\(nbsp)», «\(nbsp)json\(nbsp)» ou «\(nbsp)sarif\(nbsp)»."))
        let validation = pixc(["play", "--length", "0"], environment: french)
        #expect(validation.err.contains("--length doit valoir au moins 1"))
        for run in [unknown, invalid, validation] {
            for text in parserEnglish { #expect(!run.err.contains(text), "\(text)") }
        }
        let english = pixc(["check", "--formt", "json"], environment: english)
        #expect(english.err.hasPrefix("Error: Unknown option '--formt'. Did you mean '--format'?"))
    }

    @Test func usageFailuresAreFrench() {
        let run = pixc(["check", "--root", "/nonexistent/pixc"], environment: french)
        #expect(run.code == 2)
        #expect(run.err == "erreur\(nbsp): --root /nonexistent/pixc\(nbsp): ce dossier n’existe pas\n")
        #expect(pixc(["check", "--root", "/nonexistent/pixc"], environment: english).err == "error: --root /nonexistent/pixc: no such folder\n")
    }

    @Test func buildAndPlayInFrench() throws {
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": cleanChallenge])
        let build = pixc(["build", "--root", repository.url.path], environment: french)
        #expect(build.code == 0, "\(build.err)")
        #expect(build.out.contains("paquet écrit dans dist/\(nbsp): "))
        #expect(build.out.contains("empreinte sha256 de release.json\(nbsp): "))
        let play = pixc(["play", "--root", repository.url.path, "--length", "3", "--lang", "fr"], environment: english, input: ["1978"])
        #expect(play.code == 0, "\(play.err)")
        #expect(play.out.contains("pixc play\(nbsp): 1 épreuves"))
        #expect(play.out.contains("Réponse vide\(nbsp): passer\(nbsp); q\(nbsp): quitter."))
        #expect(play.out.contains("[1/3] recherche-annee-cnil"))
        #expect(play.out.contains("b provisoire"))
        #expect(play.out.contains("→ juste · capacité "))
        #expect(play.out.contains("Fin du test\(nbsp): il ne reste aucune épreuve possible."))
        #expect(play.out.contains("1/1 réponses justes, capacité finale "))
        #expect(!play.out.contains("capacity"))
    }

    @Test func simulateSummaryAndReportInFrench() throws {
        let repository = try TemporaryRepository(["bank.csv": SimulateCommandTests.bank], includeContext: false)
        let bank = repository.url.appendingPathComponent("bank.csv").path
        for (arguments, environment) in [(["--lang", "fr"], english), ([], french)] {
            let out = repository.url.appendingPathComponent("sim-\(arguments.count)").path
            let run = pixc(["simulate", "--items", bank, "--learners", "1200", "--engine", "max-info", "--length", "3", "--out", out] + arguments,
                           environment: environment)
            #expect(run.code == 0, "\(run.err)")
            #expect(run.out.contains("pixc simulate\(nbsp): 1\u{202F}200 candidats, moteur max-info, 4 épreuves"))
            #expect(run.out.contains("couverture à 95\(nbsp)% "))
            #expect(run.out.contains("écrit dans \(out)/\(nbsp): learners.csv"))
            let report = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
            #expect(report.contains("<html lang=\"fr\">"))
            #expect(report.contains("<h1>Simulation du test adaptatif</h1>"))
            #expect(report.contains("Là où de nouvelles épreuves aideraient le plus"))
            #expect(!report.contains("Where the bank measures well"))
            let summary = try String(contentsOfFile: out + "/summary.json", encoding: .utf8)
            #expect(summary.contains("\"learners\""), "machine outputs keep their field names")
        }
        let englishRun = pixc(["simulate", "--items", bank, "--learners", "1200", "--engine", "max-info", "--length", "3",
                               "--out", repository.url.appendingPathComponent("sim-en").path], environment: english)
        #expect(englishRun.out.contains("pixc simulate: 1,200 learners, engine max-info, 4 challenges"))
        let frenchJSON = try Data(contentsOf: repository.url.appendingPathComponent("sim-2/summary.json"))
        let englishJSON = try Data(contentsOf: repository.url.appendingPathComponent("sim-en/summary.json"))
        #expect(frenchJSON == englishJSON, "summary.json does not change with the language")
    }

    @Test func calibrateSummaryAndReportInFrench() throws {
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": cleanChallenge])
        let root = repository.url
        #expect(pixc(["build", "--root", root.path]).code == 0)
        let ids = try CalibrateCommandTests.release(root).content.challenges.map(\.id).sorted()
        let answers = root.appendingPathComponent("logs/answers.csv")
        try FileManager.default.createDirectory(at: answers.deletingLastPathComponent(), withIntermediateDirectories: true)
        try CalibrateCommandTests.answers(for: ids, learners: 60).write(to: answers, atomically: true, encoding: .utf8)
        let run = pixc(["calibrate", answers.path, "--out", root.appendingPathComponent("Calibration/fr.csv").path, "--lang", "fr"], environment: english)
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out.contains("réponses de 60 candidats"))
        #expect(run.out.contains("épreuves estimées"))
        let report = try String(contentsOfFile: root.appendingPathComponent("logs/answers.report.html").path, encoding: .utf8)
        #expect(report.contains("<h1>Rapport de calibrage</h1>"))
        #expect(report.contains(">% justes</th>"))
        #expect(report.contains("réponses, moins de 100"), "the flags are French too")
        #expect(!report.contains("Calibration report"))
    }
}
