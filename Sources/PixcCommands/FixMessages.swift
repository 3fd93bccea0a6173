import Compiler
import Diagnostics
import Localization

/// Every sentence `pixc fix` prints, in French and English.
public enum FixMessages {
    public static let catalogue = Catalogue(
        domain: "PixcCommands.fix",
        french: [
            "fix.applied": "corrigé {place} {code}\u{A0}: {change}",
            "fix.wouldApply": "à corriger {place} {code}\u{A0}: {change}",
            "fix.replace": "`{old}` → `{new}`",
            "fix.insert": "ajout de `{new}`",
            "fix.delete": "suppression de `{old}`",
            "fix.rename": "renommage de `{old}` en `{new}`",
            "fix.targetExists": "{path}\u{A0}: non renommé, `{target}` existe déjà",
            "fix.namesFileNotRenamed": "{path}\u{A0}: non écrit, il cite `{renamed}`, qui n’a pas pu être renommé",
            "fix.overlapping": "même endroit {place} {code}\u{A0}: sa correction touchait le même endroit qu’une autre, faite d’abord\u{A0}; le texte corrigé a été vérifié à nouveau",
            "fix.waiting": "en attente {place} {code}\u{A0}: encore à corriger après {passes}\u{A0}passes, elle sera faite au prochain `pixc fix`",
            "fix.refused": "{path}\u{A0}: corrections non appliquées, elles ajouteraient une erreur (signalez-le, c’est un défaut de pixc)\u{A0}:",
            "fix.refusedProblem": "  {place} {code}\u{A0}: {message}",
            "fix.fixes.one": "{count}\u{A0}correction",
            "fix.fixes.other": "{count}\u{A0}corrections",
            "fix.files.one": "{count}\u{A0}fichier",
            "fix.files.other": "{count}\u{A0}fichiers",
            "fix.summary.written.one": "{fixes} écrite dans {files}.",
            "fix.summary.written.other": "{fixes} écrites dans {files}.",
            "fix.summary.dryRun": "{fixes} à écrire dans {files}\u{A0}; rien n’est écrit (--dry-run).",
            "fix.summary.nothing": "Rien à corriger automatiquement.",
            "fix.summary.again": "{fixes} en attente\u{A0}: relancez `pixc fix`.",
            "fix.remaining": "Reste à corriger par une personne\u{A0}:",
            "fix.remaining.none": "Il ne reste rien à corriger.",
            "fix.changed": "{path} a changé depuis sa vérification\u{A0}: non écrit, relancez `pixc fix`",
            "fix.outside": "{path} n’est pas dans Referential/, Challenges/ ou Calibration/\u{A0}: non écrit",
            "fix.writeFailed": "impossible d’écrire {path}\u{A0}: {reason}",
        ],
        english: [
            "fix.applied": "fixed {place} {code}: {change}",
            "fix.wouldApply": "would fix {place} {code}: {change}",
            "fix.replace": "`{old}` → `{new}`",
            "fix.insert": "insert `{new}`",
            "fix.delete": "delete `{old}`",
            "fix.rename": "rename `{old}` to `{new}`",
            "fix.targetExists": "{path}: not renamed, `{target}` already exists",
            "fix.namesFileNotRenamed": "{path}: not written, it names `{renamed}`, which could not be renamed",
            "fix.overlapping": "same place {place} {code}: its fix touched the same place as another one, made first; the fixed text was checked again",
            "fix.waiting": "waiting {place} {code}: still to fix after {passes} passes; the next `pixc fix` makes it",
            "fix.refused": "{path}: fixes not applied, they would add an error (please report it: it is a pixc bug):",
            "fix.refusedProblem": "  {place} {code}: {message}",
            "fix.fixes.one": "{count} fix",
            "fix.fixes.other": "{count} fixes",
            "fix.files.one": "{count} file",
            "fix.files.other": "{count} files",
            "fix.summary.written.one": "{fixes} written in {files}.",
            "fix.summary.written.other": "{fixes} written in {files}.",
            "fix.summary.dryRun": "{fixes} to write in {files}; nothing is written (--dry-run).",
            "fix.summary.nothing": "Nothing to fix automatically.",
            "fix.summary.again": "{fixes} waiting: run `pixc fix` again.",
            "fix.remaining": "Left for a person to fix:",
            "fix.remaining.none": "Nothing is left to fix.",
            "fix.changed": "{path} changed since it was checked: not written, run `pixc fix` again",
            "fix.outside": "{path} is not in Referential/, Challenges/ or Calibration/: not written",
            "fix.writeFailed": "cannot write {path}: {reason}",
        ]
    )

    static func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        catalogue.text(key, arguments)
    }

    /// `key.one` or `key.other`: French counts 0 and 1 in the singular, English 1 only.
    static func counted(_ key: String, _ count: Int) -> String {
        catalogue.counted(key, count)
    }

    static func place(_ diagnostic: Diagnostic) -> String {
        guard let span = diagnostic.span else { return diagnostic.path ?? "" }
        return "\(span.file.path):\(span.startLocation)"
    }

    /// One fixed (or, with --dry-run, fixable) diagnostic.
    static func fixed(_ diagnostic: Diagnostic, dryRun: Bool) -> String {
        var change = ""
        if let replacement = diagnostic.help?.replacement {
            let old = visible(replacement.span.text)
            let new = visible(replacement.text)
            change = old.isEmpty ? text("fix.insert", ["new": new]) : new.isEmpty ? text("fix.delete", ["old": old]) : text("fix.replace", ["old": old, "new": new])
        }
        return text(dryRun ? "fix.wouldApply" : "fix.applied", ["place": place(diagnostic), "code": diagnostic.code.rawValue, "change": change])
    }

    /// One renamed (or, with --dry-run, to be renamed) file, at the place of its first diagnostic.
    static func renamed(_ rename: PlannedRename, dryRun: Bool) -> String {
        let place = rename.diagnostics.first.map(place) ?? rename.from
        let code = rename.diagnostics.first?.code.rawValue ?? ""
        return text(dryRun ? "fix.wouldApply" : "fix.applied", ["place": place, "code": code, "change": text("fix.rename", ["old": rename.from, "new": rename.to])])
    }

    static func overlapping(_ diagnostic: Diagnostic) -> String {
        text("fix.overlapping", ["place": place(diagnostic), "code": diagnostic.code.rawValue])
    }

    static func waiting(_ diagnostic: Diagnostic) -> String {
        text("fix.waiting", ["place": place(diagnostic), "code": diagnostic.code.rawValue, "passes": String(Fixer.maximumPasses)])
    }

    static func refused(_ file: RefusedFile) -> String {
        ([text("fix.refused", ["path": file.path])] + file.newProblems.map {
            text("fix.refusedProblem", ["place": place($0), "code": $0.code.rawValue, "message": $0.message])
        }).joined(separator: "\n")
    }

    static func summary(_ plan: FixPlan, dryRun: Bool) -> String {
        guard plan.appliedCount > 0 else { return text("fix.summary.nothing") }
        let counts: KeyValuePairs<String, String> = ["fixes": counted("fix.fixes", plan.appliedCount), "files": counted("fix.files", plan.changedFileCount)]
        var lines = [dryRun ? text("fix.summary.dryRun", counts) : catalogue.counted("fix.summary.written", plan.appliedCount, counts)]
        if plan.waitingCount > 0 { lines.append(text("fix.summary.again", ["fixes": counted("fix.fixes", plan.waitingCount)])) }
        return lines.joined(separator: "\n")
    }

    static var remaining: String { text("fix.remaining") }
    static var nothingRemains: String { text("fix.remaining.none") }

    static func failure(_ failure: FixWriteFailure) -> String {
        switch failure.reason {
        case .changed: text("fix.changed", ["path": failure.path])
        case .outsideContent: text("fix.outside", ["path": failure.path])
        case .targetExists(let target): text("fix.targetExists", ["path": failure.path, "target": target])
        case .namesFileNotRenamed(let renamed): text("fix.namesFileNotRenamed", ["path": failure.path, "renamed": renamed])
        case .system(let reason): text("fix.writeFailed", ["path": failure.path, "reason": reason])
        }
    }

    /// Line breaks and tabs shown as escapes, so one fix stays on one line.
    private static func visible(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.append(character)
            }
        }
        return out
    }
}
