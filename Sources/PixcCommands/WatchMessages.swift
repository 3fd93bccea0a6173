import Foundation

/// Every sentence `pixc check --watch` prints, in English and French, kept together until the
/// message catalogues (the Localization module) take them.
struct WatchMessages: Sendable {
    enum Language: Sendable { case english, french }
    let language: Language

    /// `PIXC_LANG`, else `LC_ALL`, `LC_MESSAGES`, `LANG`: French when it starts with `fr`.
    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> WatchMessages {
        for name in ["PIXC_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return WatchMessages(language: value.lowercased().hasPrefix("fr") ? .french : .english)
            }
        }
        return WatchMessages(language: .english)
    }

    private func pick(_ english: String, _ french: String) -> String { language == .french ? french : english }

    func watching(_ folders: [String]) -> String {
        let list = folders.map { $0 + "/" }.joined(separator: ", ")
        return pick("Watching \(list): the report is updated at every save (Ctrl-C to stop).",
                    "Surveillance de \(list)\u{A0}: le rapport est mis à jour à chaque enregistrement (Ctrl-C pour arrêter).")
    }

    func changedFiles(_ paths: [String]) -> String {
        let shown = paths.prefix(3).joined(separator: ", ")
        let more = paths.count > 3 ? pick(" and \(paths.count - 3) more", " et \(paths.count - 3) autre\(paths.count - 3 == 1 ? "" : "s")") : ""
        return pick("Changed: \(shown)\(more)", "Modifié\u{A0}: \(shown)\(more)")
    }

    func fixed(_ location: String) -> String {
        pick("fixed: \(location)", "corrigé\u{A0}: \(location)")
    }

    func counts(errors: Int, warnings: Int) -> String {
        switch language {
        case .english:
            return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        case .french:
            return "\(errors) erreur\(errors > 1 ? "s" : ""), \(warnings) avertissement\(warnings > 1 ? "s" : "")"
        }
    }

    /// The last line of a report: what changed since the previous one, then where things stand.
    func summary(appeared: Int, fixed: Int, errors: Int, warnings: Int, first: Bool) -> String {
        let now = counts(errors: errors, warnings: warnings)
        if first { return pick("Checked: \(now).", "Vérifié\u{A0}: \(now).") }
        if appeared == 0 && fixed == 0 { return pick("Checked: nothing new, \(now).", "Vérifié\u{A0}: rien de nouveau, \(now).") }
        let change = pick("\(appeared) new, \(fixed) fixed", "\(appeared) nouveau\(appeared > 1 ? "x" : ""), \(fixed) corrigé\(fixed > 1 ? "s" : "")")
        return pick("Checked: \(change); \(now).", "Vérifié\u{A0}: \(change)\u{A0}; \(now).")
    }

    func work(decoded: Int, compiled: Int, reused: Int, milliseconds: Double) -> String {
        let time = String(format: "%.1f", milliseconds)
        return pick("watch: \(decoded) file(s) decoded, \(compiled) challenge(s) compiled, \(reused) reused, \(time) ms",
                    "watch\u{A0}: \(decoded) fichier(s) décodé(s), \(compiled) épreuve(s) compilée(s), \(reused) reprise(s), \(time) ms")
    }

    var stopped: String { pick("Stopped watching.", "Surveillance arrêtée.") }

    var onlyHuman: String {
        pick("--watch prints reports for people: use it without --format (or with --format human)",
             "--watch affiche des rapports pour les personnes\u{A0}: utilisez-le sans --format (ou avec --format human)")
    }
}
