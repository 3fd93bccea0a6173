import Localization
import PixcCommands
import Testing

@Suite("--lang and the catalogues")
struct LanguageOptionTests {
    @Test func everyCatalogueHasEveryMessageInBothLanguages() {
        for catalogue in PixcCatalogues.all {
            #expect(catalogue.problems() == [], "\(catalogue.domain)")
        }
    }

    @Test func everySubcommandAcceptsLang() {
        var commands: [[String]] = Pixc.configuration.subcommands.map { [$0._commandName] }
        for subcommand in Pixc.configuration.subcommands {
            commands += subcommand.configuration.subcommands.map { [subcommand._commandName, $0._commandName] }
        }
        #expect(commands.contains(["new", "challenge"]))
        for command in commands {
            let run = pixc(command + ["--help"])
            #expect(run.out.contains("--lang <language>"), "\(command)")
        }
    }

    @Test func anUnknownLangIsAUsageError() {
        let run = pixc(["explain", "PIX0101", "--lang", "de"])
        #expect(run.code == 2)
        #expect(run.err.contains("--lang"))
    }

    @Test func anUnknownPixcLangIsReportedInTheLocalesLanguage() {
        let console = Console(capturing: [])
        let code = Console.$current.withValue(console) {
            PixcMain.run(["explain", "PIX0101"], environment: ["PIXC_LANG": "de", "LANG": "fr_FR.UTF-8"])
        }
        #expect(code == 2)
        #expect(console.capturedErr.contains("PIXC_LANG vaut «\u{A0}de\u{A0}»"))
    }

    @Test func theFlagOverridesPixcLang() {
        let console = Console(capturing: [])
        let code = Console.$current.withValue(console) {
            PixcMain.run(["explain", "PIX0101", "--lang", "en"], environment: ["PIXC_LANG": "de"])
        }
        #expect(code == 0)
    }
}
