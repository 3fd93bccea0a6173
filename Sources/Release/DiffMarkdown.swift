import JSON
import Localization

/// The words of `pixc diff --format markdown`, in French and English.
public enum DiffMarkdownMessages {
    public static let catalogue = Catalogue(
        domain: "Release.diffMarkdown",
        french: [
            "title": "Changements du contenu (pixc diff)",
            "none": "Aucun changement entre les deux versions.",
            "summary": "**{added}, {removed}, {modified}**",
            "count.added.one": "{count}\u{A0}ajout", "count.added.other": "{count}\u{A0}ajouts",
            "count.removed.one": "{count}\u{A0}suppression", "count.removed.other": "{count}\u{A0}suppressions",
            "count.modified.one": "{count}\u{A0}modification", "count.modified.other": "{count}\u{A0}modifications",
            "summary.calibration.one": "{count}\u{A0}changement de calibrage",
            "summary.calibration.other": "{count}\u{A0}changements de calibrage",
            "summary.recalibrate.one": "{count}\u{A0}épreuve à recalibrer",
            "summary.recalibrate.other": "{count}\u{A0}épreuves à recalibrer",
            "added": "ajouté",
            "removed": "supprimé",
            "modified": "modifié",
            "counts": "{added}, {removed}, {modified}",
            "list.added": "ajouts\u{A0}:",
            "list.removed": "retraits\u{A0}:",
            "list.reordered": "ordre changé",
            "absent": "(absent)",
            "variants": "Déclinaisons, par prototype",
            "variants.prototype": "prototype {id}",
            "variants.skill": "acquis {id} (prototype inconnu)",
            "variants.values": "valeurs de {id}\u{A0}: {old} → {new}",
            "calibration": "Calibrage",
            "recalibrate": "À recalibrer (contenu changé, calibrage inchangé)",
            "kind.framework": "Référentiels", "kind.area": "Domaines", "kind.competence": "Compétences",
            "kind.thematic": "Thématiques", "kind.tube": "Sujets", "kind.skill": "Acquis", "kind.challenge": "Épreuves",
            "kind.tutorial": "Tutoriels", "kind.course": "Tests statiques", "kind.mission": "Missions",
        ],
        english: [
            "title": "Content changes (pixc diff)",
            "none": "No changes between the two releases.",
            "summary": "**{added}, {removed}, {modified}**",
            "count.added.one": "{count} added", "count.added.other": "{count} added",
            "count.removed.one": "{count} removed", "count.removed.other": "{count} removed",
            "count.modified.one": "{count} modified", "count.modified.other": "{count} modified",
            "summary.calibration.one": "{count} calibration change",
            "summary.calibration.other": "{count} calibration changes",
            "summary.recalibrate.one": "{count} challenge to recalibrate",
            "summary.recalibrate.other": "{count} challenges to recalibrate",
            "added": "added",
            "removed": "removed",
            "modified": "modified",
            "counts": "{added}, {removed}, {modified}",
            "list.added": "added:",
            "list.removed": "removed:",
            "list.reordered": "order changed",
            "absent": "(absent)",
            "variants": "Déclinaisons, by prototype",
            "variants.prototype": "prototype {id}",
            "variants.skill": "skill {id} (prototype unknown)",
            "variants.values": "values of {id}: {old} → {new}",
            "calibration": "Calibration",
            "recalibrate": "To recalibrate (content changed, calibration unchanged)",
            "kind.framework": "Frameworks", "kind.area": "Areas", "kind.competence": "Competences",
            "kind.thematic": "Thematics", "kind.tube": "Tubes", "kind.skill": "Skills", "kind.challenge": "Challenges",
            "kind.tutorial": "Tutorials", "kind.course": "Courses", "kind.mission": "Missions",
        ]
    )
}

extension ReleaseDiff {
    /// The diff as GitHub/GitLab-flavoured Markdown, for a merge-request comment: a summary, one
    /// section per kind that changed with each entity and its changed fields (list fields as the
    /// items added and removed), déclinaisons, calibration, challenges to recalibrate. Values are
    /// code spans, so nothing in the content is read as Markdown or HTML.
    public func renderMarkdown(language: Language = Localization.current) -> String {
        let messages = DiffMarkdownMessages.catalogue
        func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String { messages.text(key, arguments, in: language) }
        var lines = ["## " + text("title"), ""]
        guard !isEmpty else { return (lines + [text("none")]).joined(separator: "\n") + "\n" }
        let summary = self.summary
        func counted(_ key: String, _ count: Int) -> String { messages.counted(key, count, in: language) }
        func counts(_ added: Int, _ removed: Int, _ modified: Int) -> KeyValuePairs<String, String> {
            ["added": counted("count.added", added), "removed": counted("count.removed", removed), "modified": counted("count.modified", modified)]
        }
        var head = text("summary", counts(summary.added, summary.removed, summary.modified))
        if summary.calibrationChanges > 0 { head += " · " + counted("summary.calibration", summary.calibrationChanges) }
        if summary.needsRecalibration > 0 { head += " · " + counted("summary.recalibrate", summary.needsRecalibration) }
        lines.append(head)

        for changes in entities where !changes.isEmpty {
            lines.append("")
            lines.append("### \(text("kind." + changes.kind.rawValue)) (" + text("counts", counts(changes.added.count, changes.removed.count, changes.modified.count)) + ")")
            lines.append("")
            for entity in changes.added { lines.append("- **\(text("added"))** " + Self.heading(entity.id, entity.label)) }
            for entity in changes.removed { lines.append("- **\(text("removed"))** " + Self.heading(entity.id, entity.label)) }
            for entity in changes.modified {
                lines.append("- **\(text("modified"))** " + Self.heading(entity.id, entity.label))
                for field in entity.fields {
                    var line = "  - " + Self.code(field.field) + " : "
                    if let list = ListChange(old: field.old, new: field.new) {
                        var parts: [String] = []
                        if !list.added.isEmpty { parts.append(text("list.added") + " " + list.added.map(Self.code).joined(separator: ", ")) }
                        if !list.removed.isEmpty { parts.append(text("list.removed") + " " + list.removed.map(Self.code).joined(separator: ", ")) }
                        if list.reordered { parts.append(text("list.reordered")) }
                        line += parts.joined(separator: " ; ")
                    } else {
                        line += value(field.old, absent: text("absent")) + " → " + value(field.new, absent: text("absent"))
                    }
                    lines.append(line)
                }
            }
        }

        if !variants.isEmpty {
            lines.append("")
            lines.append("### " + text("variants"))
            lines.append("")
            for group in variants {
                let title = group.prototypeId.map { text("variants.prototype", ["id": Self.code($0)]) }
                    ?? text("variants.skill", ["id": Self.code(group.skillId ?? "?")])
                lines.append("- " + title)
                for id in group.added { lines.append("  - **\(text("added"))** " + Self.code(id)) }
                for id in group.removed { lines.append("  - **\(text("removed"))** " + Self.code(id)) }
                for id in group.modified { lines.append("  - **\(text("modified"))** " + Self.code(id)) }
                for change in group.valueChanges {
                    lines.append("  - " + text("variants.values", ["id": Self.code(change.challengeId),
                                                                  "old": Self.code(Self.valuesText(change.oldValues, language: language)),
                                                                  "new": Self.code(Self.valuesText(change.newValues, language: language))]))
                }
            }
        }

        if !calibration.isEmpty {
            lines.append("")
            lines.append("### " + text("calibration"))
            lines.append("")
            lines.append("| id | alpha | delta |")
            lines.append("|---|---|---|")
            for change in calibration {
                func pair(_ old: Double?, _ new: Double?) -> String {
                    switch change.change {
                    case .added: Self.numberText(new)
                    case .removed: "~~\(Self.numberText(old))~~"
                    case .changed: old == new ? Self.numberText(new) : "\(Self.numberText(old)) → \(Self.numberText(new))"
                    }
                }
                lines.append("| \(Self.code(change.challengeId)) | \(pair(change.oldAlpha, change.newAlpha)) | \(pair(change.oldDelta, change.newDelta)) |")
            }
        }

        if !needsRecalibration.isEmpty {
            lines.append("")
            lines.append("### " + text("recalibrate"))
            lines.append("")
            for need in needsRecalibration {
                lines.append("- " + Self.code(need.challengeId) + " : " + need.fields.map(Self.code).joined(separator: ", "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func value(_ value: JSONValue?, absent: String) -> String {
        guard let value else { return absent }
        if case .string(let text) = value { return Self.code(Self.shortened(text, limit: 120)) }
        return Self.code(Self.shortened(CanonicalJSON.string(value, layout: .compact), limit: 120))
    }

    static func heading(_ id: String, _ label: String?) -> String {
        code(id) + (label.map { " " + escaped($0) } ?? "")
    }

    static func shortened(_ text: String, limit: Int) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }

    /// A code span that holds `text` on one line whatever it contains: a fence longer than any
    /// run of backticks inside, line breaks as `⏎`, `|` escaped (a table cell would end there).
    static func code(_ text: String) -> String {
        var flat = ""
        for character in text {
            switch character {
            case "\n", "\r\n", "\r": flat += "⏎"
            case "|": flat += "\\|"
            default: flat.append(character)
            }
        }
        var longest = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = flat.hasPrefix("`") || flat.hasSuffix("`") || flat.isEmpty ? " \(flat) " : flat
        return fence + padded + fence
    }

    /// Text with Markdown's and HTML's special characters escaped, on one line.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\n", "\r\n", "\r": out += " "
            // `@` too: `@recherche1` would mention a GitHub user.
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "!", "&", "@": out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }
}
