import Foundation
import JSON
import Localization

extension ReleaseDiff {
    public struct Summary: Sendable, Hashable {
        public var added: Int
        public var removed: Int
        public var modified: Int
        public var variantGroups: Int
        public var calibrationChanges: Int
        public var needsRecalibration: Int
    }

    public var summary: Summary {
        Summary(added: entities.reduce(0) { $0 + $1.added.count }, removed: entities.reduce(0) { $0 + $1.removed.count },
                modified: entities.reduce(0) { $0 + $1.modified.count }, variantGroups: variants.count,
                calibrationChanges: calibration.count, needsRecalibration: needsRecalibration.count)
    }

    // MARK: Text

    /// A report for a reviewer: one section per kind that changed, then déclinaisons,
    /// calibration and the challenges to recalibrate. Long values are shortened to one line.
    public func renderText(language: Language = .en) -> String {
        func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
            DiffMessages.catalogue.text(key, arguments, in: language)
        }
        func count(_ key: String, _ value: Int) -> String { text(key, ["count": "\(value)"]) }
        func plural(_ key: String, _ value: Int) -> String { DiffMessages.catalogue.counted(key, value, in: language) }
        guard !isEmpty else { return text("none") + "\n" }
        let summary = self.summary
        var head = text("head", ["added": "\(summary.added)", "removed": "\(summary.removed)", "modified": "\(summary.modified)"])
        if summary.calibrationChanges > 0 { head += plural("head.calibration", summary.calibrationChanges) }
        if summary.needsRecalibration > 0 { head += plural("head.recalibrate", summary.needsRecalibration) }
        var lines = [head]

        for changes in entities where !changes.isEmpty {
            lines.append("")
            var counts: [String] = []
            if !changes.added.isEmpty { counts.append(count("added", changes.added.count)) }
            if !changes.removed.isEmpty { counts.append(count("removed", changes.removed.count)) }
            if !changes.modified.isEmpty { counts.append(count("modified", changes.modified.count)) }
            lines.append(text("titled", ["title": changes.kind.collection, "counts": counts.joined(separator: ", ")]))
            for entity in changes.added { lines.append("  + " + heading(entity.id, entity.label)) }
            for entity in changes.removed { lines.append("  - " + heading(entity.id, entity.label)) }
            for entity in changes.modified {
                lines.append("  ~ " + heading(entity.id, entity.label))
                for field in entity.fields {
                    if let list = ListChange(old: field.old, new: field.new) {
                        lines.append("      " + text("field.list", ["field": field.field, "changes": list.text(language: language)]))
                    } else {
                        lines.append("      " + text("field", ["field": field.field, "old": Self.shortText(field.old, language: language), "new": Self.shortText(field.new, language: language)]))
                    }
                }
            }
        }

        if !variants.isEmpty {
            lines.append("")
            lines.append(text("variants"))
            for group in variants {
                var title: String
                if let prototypeId = group.prototypeId {
                    title = text("prototype", ["id": prototypeId]) + (group.skillId.map { text("prototypeSkill", ["skill": $0]) } ?? "")
                } else {
                    title = text("unknownPrototype", ["skill": group.skillId ?? "?"])
                }
                var counts: [String] = []
                if !group.added.isEmpty { counts.append(count("added", group.added.count)) }
                if !group.removed.isEmpty { counts.append(count("removed", group.removed.count)) }
                if !group.modified.isEmpty { counts.append(count("modified", group.modified.count)) }
                if !group.valueChanges.isEmpty { counts.append(count("newValues", group.valueChanges.count)) }
                lines.append("  " + text("titled", ["title": title, "counts": counts.joined(separator: ", ")]))
                for id in group.added { lines.append("    + \(id)") }
                for id in group.removed { lines.append("    - \(id)") }
                for id in group.modified { lines.append("    ~ \(id)") }
                for change in group.valueChanges {
                    lines.append("    " + text("values", ["id": change.challengeId, "old": Self.valuesText(change.oldValues, language: language), "new": Self.valuesText(change.newValues, language: language)]))
                }
            }
        }

        if !calibration.isEmpty {
            lines.append("")
            lines.append(text("calibration"))
            for change in calibration {
                let old = "alpha \(Self.numberText(change.oldAlpha)), delta \(Self.numberText(change.oldDelta))"
                let new = "alpha \(Self.numberText(change.newAlpha)), delta \(Self.numberText(change.newDelta))"
                switch change.change {
                case .added: lines.append("  + \(change.challengeId)  \(new)")
                case .removed: lines.append("  - \(change.challengeId)  " + text("was", ["old": old]))
                case .changed:
                    var parts: [String] = []
                    parts.append("alpha \(Self.numberText(change.oldAlpha))" + (change.oldAlpha != change.newAlpha ? " -> \(Self.numberText(change.newAlpha))" : ""))
                    parts.append("delta \(Self.numberText(change.oldDelta))" + (change.oldDelta != change.newDelta ? " -> \(Self.numberText(change.newDelta))" : ""))
                    lines.append("  ~ \(change.challengeId)  " + parts.joined(separator: ", "))
                }
            }
        }

        if !needsRecalibration.isEmpty {
            lines.append("")
            lines.append(text("recalibrate"))
            for need in needsRecalibration {
                lines.append("  " + text("recalibrateFields", ["id": need.challengeId, "fields": need.fields.joined(separator: ", ")]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func heading(_ id: String, _ label: String?) -> String {
        label.map { "\(id)  \($0)" } ?? id
    }

    static func shortText(_ value: JSONValue?, limit: Int = 60, language: Language = .en) -> String {
        guard let value else { return DiffMessages.catalogue.text("absent", in: language) }
        if case .string(let text) = value { return quoteShortened(text, limit: limit) }
        let text = CanonicalJSON.string(value, layout: .compact)
        return text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }

    static func numberText(_ value: Double?) -> String {
        value.map(JSONNumberText.canonical) ?? "null"
    }

    static func valuesText(_ values: [String: String], language: Language = .en) -> String {
        let text = CanonicalJSON.sortedKeys(values.keys).map { "\($0)=\(values[$0] ?? "")" }.joined(separator: ", ")
        return text.isEmpty ? DiffMessages.catalogue.text("noValues", in: language) : text
    }

    // MARK: JSON

    /// The diff as JSON; schema in docs/release-format.md.
    public var jsonValue: JSONValue {
        let summary = self.summary
        var entityMembers: [String: JSONValue] = [:]
        for changes in entities {
            entityMembers[changes.kind.collection] = .object([
                "added": .array(changes.added.map(Self.refJSON)),
                "removed": .array(changes.removed.map(Self.refJSON)),
                "modified": .array(changes.modified.map { modification in
                    .object([
                        "id": .string(modification.id),
                        "label": modification.label.map(JSONValue.string) ?? .null,
                        "fields": .array(modification.fields.map { change in
                            var members: [String: JSONValue] = ["field": .string(change.field)]
                            members["old"] = change.old
                            members["new"] = change.new
                            return .object(members)
                        }),
                    ])
                }),
            ])
        }
        return .object([
            "formatVersion": .integer(Self.formatVersion),
            "isEmpty": .bool(isEmpty),
            "summary": .object([
                "added": .integer(summary.added), "removed": .integer(summary.removed), "modified": .integer(summary.modified),
                "variantGroups": .integer(summary.variantGroups), "calibrationChanges": .integer(summary.calibrationChanges),
                "needsRecalibration": .integer(summary.needsRecalibration),
            ]),
            "entities": .object(entityMembers),
            "variants": .array(variants.map { group in
                .object([
                    "prototypeId": group.prototypeId.map(JSONValue.string) ?? .null,
                    "skillId": group.skillId.map(JSONValue.string) ?? .null,
                    "added": .array(group.added.map(JSONValue.string)),
                    "removed": .array(group.removed.map(JSONValue.string)),
                    "modified": .array(group.modified.map(JSONValue.string)),
                    "valueChanges": .array(group.valueChanges.map { change in
                        .object([
                            "challengeId": .string(change.challengeId),
                            "oldVariantId": .string(change.oldVariantId), "newVariantId": .string(change.newVariantId),
                            "oldValues": .object(change.oldValues.mapValues(JSONValue.string)),
                            "newValues": .object(change.newValues.mapValues(JSONValue.string)),
                        ])
                    }),
                ])
            }),
            "calibration": .array(calibration.map { change in
                .object([
                    "challengeId": .string(change.challengeId),
                    "change": .string(change.change.rawValue),
                    "old": .object(["alpha": Self.numberJSON(change.oldAlpha), "delta": Self.numberJSON(change.oldDelta)]),
                    "new": .object(["alpha": Self.numberJSON(change.newAlpha), "delta": Self.numberJSON(change.newDelta)]),
                ])
            }),
            "needsRecalibration": .array(needsRecalibration.map { need in
                .object(["challengeId": .string(need.challengeId), "fields": .array(need.fields.map(JSONValue.string))])
            }),
        ])
    }

    /// The JSON report, canonical like the bundle files.
    public func renderJSON() -> Data {
        CanonicalJSON.data(jsonValue, layout: .pretty)
    }

    private static func refJSON(_ ref: EntityRef) -> JSONValue {
        .object(["id": .string(ref.id), "label": ref.label.map(JSONValue.string) ?? .null])
    }

    private static func numberJSON(_ value: Double?) -> JSONValue {
        value.map(JSONValue.number) ?? .null
    }
}

/// What changed in a list field: the items removed and added (each compared whole, repeated
/// items counted), or only their order. A diff shows these instead of both lists shortened.
struct ListChange: Sendable, Hashable {
    /// Items as shown: a string as itself, anything else as compact JSON.
    var removed: [String]
    var added: [String]
    var reordered: Bool

    /// Nil unless both values are arrays.
    init?(old: JSONValue?, new: JSONValue?) {
        guard case .array(let before)? = old, case .array(let after)? = new else { return nil }
        func shown(_ value: JSONValue) -> String {
            if case .string(let text) = value { return text }
            return CanonicalJSON.string(value, layout: .compact)
        }
        var remaining: [JSONValue: Int] = [:]
        for item in after { remaining[item, default: 0] += 1 }
        var removed: [String] = []
        var kept: [JSONValue] = []
        for item in before {
            if let count = remaining[item], count > 0 {
                remaining[item] = count - 1
                kept.append(item)
            } else {
                removed.append(shown(item))
            }
        }
        var present: [JSONValue: Int] = [:]
        for item in kept { present[item, default: 0] += 1 }
        var added: [String] = []
        var keptInNewOrder: [JSONValue] = []
        for item in after {
            if let count = present[item], count > 0 {
                present[item] = count - 1
                keptInNewOrder.append(item)
            } else {
                added.append(shown(item))
            }
        }
        self.removed = removed
        self.added = added
        reordered = kept != keptInNewOrder
    }

    /// `+ "a", + "b"; - "c"` (strings quoted), or `order changed`, in `language` (« ordre
    /// changé », and a no-break space before `;` in French).
    func text(language: Language = .en) -> String {
        var parts: [String] = []
        if !added.isEmpty { parts.append(added.map { "+ " + quoteShortened($0, limit: 80) }.joined(separator: ", ")) }
        if !removed.isEmpty { parts.append(removed.map { "- " + quoteShortened($0, limit: 80) }.joined(separator: ", ")) }
        if reordered { parts.append(DiffMessages.catalogue.text("list.reordered", in: language)) }
        return parts.joined(separator: DiffMessages.catalogue.text("list.separator", in: language))
    }
}
