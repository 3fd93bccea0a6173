/// The languages pixc speaks to people. Codes, keys and file formats never change with it; only
/// the text a person reads does.
public enum Language: String, Sendable, CaseIterable, Hashable {
    case fr
    case en

    /// The language named by a `--lang` value or by `PIXC_LANG`: `fr` or `en`, in any case, alone
    /// or followed by a region or encoding (`fr_FR.UTF-8`, `en-GB`). Nil for anything else.
    public init?(code: String) {
        let lowered = code.lowercased()
        let primary = lowered.prefix { $0 != "_" && $0 != "-" && $0 != "." && $0 != "@" }
        guard let language = Language(rawValue: String(primary)) else { return nil }
        self = language
    }

    /// The language of the POSIX locale in `environment`: the first non-empty of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` (the precedence POSIX gives them for messages); French when its
    /// value starts with `fr`, English otherwise (including `C`, `POSIX` and no locale at all).
    public static func ofLocale(in environment: [String: String]) -> Language {
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("fr") ? .fr : .en
        }
        return .en
    }

    /// The language pixc speaks in: `flag` (the `--lang` value, already validated), else
    /// `PIXC_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
    /// A non-empty `PIXC_LANG` that names no language is refused rather than ignored, so a typo
    /// in a setting is reported instead of silently giving English.
    public static func resolve(flag: Language?, environment: [String: String]) -> Result<Language, LanguageSettingError> {
        if let flag { return .success(flag) }
        if let setting = environment["PIXC_LANG"], !setting.isEmpty {
            guard let language = Language(code: setting) else {
                return .failure(LanguageSettingError(value: setting, fallback: ofLocale(in: environment)))
            }
            return .success(language)
        }
        return .success(ofLocale(in: environment))
    }
}

/// `PIXC_LANG` holds something other than a language pixc speaks.
public struct LanguageSettingError: Error, Sendable, Equatable {
    /// The value found in `PIXC_LANG`.
    public let value: String
    /// The language to report the problem in (the locale's).
    public let fallback: Language

    public init(value: String, fallback: Language) {
        self.value = value
        self.fallback = fallback
    }
}
