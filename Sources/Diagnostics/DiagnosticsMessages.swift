import Localization

/// The words the renderers and the collector write around diagnostics, in French and English
/// (see docs/architecture.md, "Messages in two languages").
public enum DiagnosticsMessages {
    public static let catalogue = Catalogue(
        domain: "Diagnostics",
        french: [
            "severity.error": "erreur",
            "severity.warning": "avertissement",
            "severity.note": "remarque",
            "render.note": "= remarque",
            "render.help": "= aide",
            "sarif.note": "remarque\u{A0}: {text}",
            "sarif.helpLine": "aide\u{A0}: {text}",
            "render.delete": "supprimer `{text}`",
            "render.write": "écrire `{text}`",
            "render.rename": "renommer {from} en {to}",
            "render.fixAt": "{change} ({place})",
            "summary": "{errors}, {warnings}",
            "summary.errors.one": "{count}\u{A0}erreur",
            "summary.errors.other": "{count}\u{A0}erreurs",
            "summary.warnings.one": "{count}\u{A0}avertissement",
            "summary.warnings.other": "{count}\u{A0}avertissements",
            "limits.repeats.one": "… et {count}\u{A0}autre du même genre\u{A0}: {message}",
            "limits.repeats.other": "… et {count}\u{A0}autres du même genre\u{A0}: {message}",
            "limits.repeats.help": "corrigez les premiers\u{A0}: les autres sont très probablement la même erreur",
            "limits.file.one": "… et {count}\u{A0}autre problème dans ce fichier, non affiché",
            "limits.file.other": "… et {count}\u{A0}autres problèmes dans ce fichier, non affichés",
            "limits.file.help": "corrigez les {limit}\u{A0}premiers problèmes et relancez la vérification",
            "limits.overall.one": "… et {count}\u{A0}autre problème, non affiché",
            "limits.overall.other": "… et {count}\u{A0}autres problèmes, non affichés",
            "limits.overall.help": "corrigez les {limit}\u{A0}premiers problèmes et relancez la vérification",
            "help.explain": "`pixc explain {code}` explique ce problème, avec un exemple",
            "help.didYouMean": "vouliez-vous écrire `{suggestion}`\u{A0}?",
            "sarif.help": "{explanation}\n\n`pixc explain {code}` en donne des exemples.",
            "sarif.withHelp": "{message} (aide\u{A0}: {help})",
        ],
        english: [
            "severity.error": "error",
            "severity.warning": "warning",
            "severity.note": "note",
            "render.note": "= note",
            "render.help": "= help",
            "sarif.note": "note: {text}",
            "sarif.helpLine": "help: {text}",
            "render.delete": "delete `{text}`",
            "render.write": "write `{text}`",
            "render.rename": "rename {from} to {to}",
            "render.fixAt": "{change} at {place}",
            "summary": "{errors}, {warnings}",
            "summary.errors.one": "{count} error",
            "summary.errors.other": "{count} errors",
            "summary.warnings.one": "{count} warning",
            "summary.warnings.other": "{count} warnings",
            "limits.repeats.one": "… and {count} more like this: {message}",
            "limits.repeats.other": "… and {count} more like this: {message}",
            "limits.repeats.help": "fix the first ones: the others are most likely the same mistake",
            "limits.file.one": "… and {count} more problem in this file, not shown",
            "limits.file.other": "… and {count} more problems in this file, not shown",
            "limits.file.help": "fix the first {limit} problems and check again",
            "limits.overall.one": "… and {count} more problem, not shown",
            "limits.overall.other": "… and {count} more problems, not shown",
            "limits.overall.help": "fix the first {limit} problems and check again",
            "help.explain": "`pixc explain {code}` explains this problem, with an example",
            "help.didYouMean": "did you mean `{suggestion}`?",
            "sarif.help": "{explanation}\n\nRun `pixc explain {code}` for examples.",
            "sarif.withHelp": "{message} (help: {help})",
        ]
    )

    static func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        catalogue.text(key, arguments)
    }

    /// `key.one` or `key.other` for `count`, as the current language counts: French takes the
    /// singular for 0 and 1, English for 1 only.
    /// `{count}` is written as `shown` (the plain number unless given).
    static func counted(_ key: String, _ count: Int, shown: String? = nil, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        catalogue.counted(key, count, shown: shown, arguments)
    }

    /// 7998 → "7,998" in English, "7 998" (narrow no-break space) in French.
    public static func grouped(_ value: Int, in language: Language = Localization.current) -> String {
        let digits = String(value.magnitude)
        let separator: Character = language == .fr ? "\u{202F}" : ","
        var out = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(separator) }
            out.append(digit)
        }
        return out
    }
}

extension Severity {
    /// The word for the severity in the current language (`error`, `erreur`); the JSON and SARIF
    /// fields keep `rawValue`, which never changes.
    public var word: String {
        DiagnosticsMessages.text("severity." + rawValue)
    }
}
