import Compiler
import Foundation
import Localization

/// Every sentence `pixc check --watch` prints, in French and English.
public enum WatchMessages {
    public static let catalogue = Catalogue(
        domain: "PixcCommands.watch",
        french: [
            "watch.watching": "Surveillance de {folders}\u{A0}: le rapport est mis à jour à chaque enregistrement (Ctrl-C pour arrêter).",
            "watch.changed": "Modifié\u{A0}: {files}",
            "watch.changedMore": "Modifié\u{A0}: {files} et {count}\u{A0}autres",
            "watch.fixed": "corrigé\u{A0}: {place}",
            "watch.errors.one": "{count}\u{A0}erreur",
            "watch.errors.other": "{count}\u{A0}erreurs",
            "watch.warnings.one": "{count}\u{A0}avertissement",
            "watch.warnings.other": "{count}\u{A0}avertissements",
            "watch.new.one": "{count}\u{A0}nouveau",
            "watch.new.other": "{count}\u{A0}nouveaux",
            "watch.fixedCount.one": "{count}\u{A0}corrigé",
            "watch.fixedCount.other": "{count}\u{A0}corrigés",
            "watch.summary.first": "Vérifié\u{A0}: {errors}, {warnings}.",
            "watch.summary.same": "Vérifié\u{A0}: rien de nouveau, {errors}, {warnings}.",
            "watch.summary.changes": "Vérifié\u{A0}: {new}, {fixed}\u{A0}; {errors}, {warnings}.",
            "watch.work": "watch\u{A0}: {decoded}, {compiled}, {reused}, {rules}, {milliseconds}\u{A0}ms",
            "watch.work.decoded.one": "{count}\u{A0}fichier décodé",
            "watch.work.decoded.other": "{count}\u{A0}fichiers décodés",
            "watch.work.compiled.one": "{count}\u{A0}épreuve compilée",
            "watch.work.compiled.other": "{count}\u{A0}épreuves compilées",
            "watch.work.reused.one": "{count}\u{A0}reprise",
            "watch.work.reused.other": "{count}\u{A0}reprises",
            "watch.work.rules.one": "{count}\u{A0}règle sur tout le dépôt relancée",
            "watch.work.rules.other": "{count}\u{A0}règles sur tout le dépôt relancées",
            "watch.stopped": "Surveillance arrêtée.",
            "watch.onlyHuman": "--watch affiche des rapports pour les personnes\u{A0}: utilisez-le sans --format (ou avec --format human)",
            "watch.cannotWatch": "impossible de surveiller les fichiers\u{A0}: {reason}",
            "watch.tooManyFolders": "impossible de surveiller plus de dossiers\u{A0}: augmentez fs.inotify.max_user_watches (sysctl)",
        ],
        english: [
            "watch.watching": "Watching {folders}: the report is updated at every save (Ctrl-C to stop).",
            "watch.changed": "Changed: {files}",
            "watch.changedMore": "Changed: {files} and {count} more",
            "watch.fixed": "fixed: {place}",
            "watch.errors.one": "{count} error",
            "watch.errors.other": "{count} errors",
            "watch.warnings.one": "{count} warning",
            "watch.warnings.other": "{count} warnings",
            "watch.new.one": "{count} new",
            "watch.new.other": "{count} new",
            "watch.fixedCount.one": "{count} fixed",
            "watch.fixedCount.other": "{count} fixed",
            "watch.summary.first": "Checked: {errors}, {warnings}.",
            "watch.summary.same": "Checked: nothing new, {errors}, {warnings}.",
            "watch.summary.changes": "Checked: {new}, {fixed}; {errors}, {warnings}.",
            "watch.work": "watch: {decoded}, {compiled}, {reused}, {rules}, {milliseconds} ms",
            "watch.work.decoded.one": "{count} file decoded",
            "watch.work.decoded.other": "{count} files decoded",
            "watch.work.compiled.one": "{count} challenge compiled",
            "watch.work.compiled.other": "{count} challenges compiled",
            "watch.work.reused.one": "{count} reused",
            "watch.work.reused.other": "{count} reused",
            "watch.work.rules.one": "{count} repository rule run",
            "watch.work.rules.other": "{count} repository rules run",
            "watch.stopped": "Stopped watching.",
            "watch.onlyHuman": "--watch prints reports for people: use it without --format (or with --format human)",
            "watch.cannotWatch": "cannot watch files: {reason}",
            "watch.tooManyFolders": "cannot watch more folders: raise fs.inotify.max_user_watches (sysctl)",
        ]
    )

    static func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        catalogue.text(key, arguments)
    }

    /// `key.one` or `key.other`: French counts 0 and 1 in the singular, English 1 only.
    static func counted(_ key: String, _ count: Int) -> String {
        catalogue.counted(key, count)
    }

    static func watching(_ folders: [String]) -> String {
        text("watch.watching", ["folders": folders.map { $0 + "/" }.joined(separator: ", ")])
    }

    static func changedFiles(_ paths: [String]) -> String {
        let shown = paths.prefix(3).joined(separator: ", ")
        return paths.count > 3 ? text("watch.changedMore", ["files": shown, "count": String(paths.count - 3)]) : text("watch.changed", ["files": shown])
    }

    static func fixed(_ place: String) -> String { text("watch.fixed", ["place": place]) }

    /// The last line of a report: what changed since the previous one, then where things stand.
    static func summary(appeared: Int, fixed: Int, errors: Int, warnings: Int, first: Bool) -> String {
        let now: KeyValuePairs<String, String> = ["errors": counted("watch.errors", errors), "warnings": counted("watch.warnings", warnings)]
        if first { return text("watch.summary.first", now) }
        if appeared == 0 && fixed == 0 { return text("watch.summary.same", now) }
        return text("watch.summary.changes", ["new": counted("watch.new", appeared), "fixed": counted("watch.fixedCount", fixed),
                                              "errors": counted("watch.errors", errors), "warnings": counted("watch.warnings", warnings)])
    }

    static var stopped: String { text("watch.stopped") }
    static var onlyHuman: String { text("watch.onlyHuman") }

    static func cannotWatch(_ failure: FileEventWatcher.Failure) -> String {
        switch failure {
        case .tooManyFolders: text("watch.tooManyFolders")
        case .system(let reason): text("watch.cannotWatch", ["reason": reason])
        }
    }

    static func work(decoded: Int, compiled: Int, reused: Int, rules: Int, milliseconds: Double) -> String {
        text("watch.work", ["decoded": counted("watch.work.decoded", decoded), "compiled": counted("watch.work.compiled", compiled),
                            "reused": counted("watch.work.reused", reused), "rules": counted("watch.work.rules", rules),
                            "milliseconds": String(format: "%.1f", milliseconds)])
    }
}
