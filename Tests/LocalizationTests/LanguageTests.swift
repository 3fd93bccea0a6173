import Localization
import Testing

@Suite("Language")
struct LanguageTests {
    @Test(arguments: [
        ("fr", Language.fr), ("FR", .fr), ("fr_FR.UTF-8", .fr), ("fr-CA", .fr),
        ("en", .en), ("en_GB.UTF-8", .en),
    ])
    func codes(code: String, language: Language) {
        #expect(Language(code: code) == language)
    }

    @Test(arguments: ["de", "", "french", "f", "C", "_fr"])
    func unknownCodes(code: String) {
        #expect(Language(code: code) == nil)
    }

    @Test func theFlagWinsOverEverything() {
        let environment = ["PIXC_LANG": "en", "LC_ALL": "en_US.UTF-8", "LANG": "en_US.UTF-8"]
        #expect(Language.resolve(flag: .fr, environment: environment) == .success(.fr))
    }

    @Test func pixcLangWinsOverTheLocale() {
        #expect(Language.resolve(flag: nil, environment: ["PIXC_LANG": "fr", "LANG": "C"]) == .success(.fr))
        #expect(Language.resolve(flag: nil, environment: ["PIXC_LANG": "en", "LC_ALL": "fr_FR.UTF-8"]) == .success(.en))
    }

    @Test func anEmptyPixcLangIsUnset() {
        #expect(Language.resolve(flag: nil, environment: ["PIXC_LANG": "", "LANG": "fr_FR.UTF-8"]) == .success(.fr))
    }

    @Test func anUnknownPixcLangIsRefusedInTheLocalesLanguage() {
        let result = Language.resolve(flag: nil, environment: ["PIXC_LANG": "de", "LANG": "fr_FR.UTF-8"])
        #expect(result == .failure(LanguageSettingError(value: "de", fallback: .fr)))
    }

    @Test func localeFollowsPosixPrecedence() {
        // LC_ALL overrides LC_MESSAGES, which overrides LANG; an empty variable counts as unset.
        #expect(Language.ofLocale(in: ["LC_ALL": "fr_FR.UTF-8", "LC_MESSAGES": "en_US", "LANG": "en_US"]) == .fr)
        #expect(Language.ofLocale(in: ["LC_ALL": "C", "LC_MESSAGES": "fr_FR", "LANG": "fr_FR"]) == .en)
        #expect(Language.ofLocale(in: ["LC_ALL": "", "LC_MESSAGES": "fr_BE.UTF-8", "LANG": "en_US"]) == .fr)
        #expect(Language.ofLocale(in: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "fr_CH"]) == .fr)
        #expect(Language.ofLocale(in: ["LANG": "de_DE.UTF-8"]) == .en)
        #expect(Language.ofLocale(in: ["LANG": "POSIX"]) == .en)
        #expect(Language.ofLocale(in: [:]) == .en)
    }
}
