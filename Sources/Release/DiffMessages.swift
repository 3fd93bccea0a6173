import Localization

/// The text of `pixc diff`, in French and English.
public enum DiffMessages {
    public static let catalogue = Catalogue(
        domain: "Release.diff",
        french: [
            "none": "Aucun changement entre les deux versions.",
            "head": "Différences entre versions — ajoutés\u{A0}: {added}, retirés\u{A0}: {removed}, modifiés\u{A0}: {modified}",
            "head.calibration.one": "\u{A0}; 1 calibrage modifié",
            "head.calibration.many": "\u{A0}; {count} calibrages modifiés",
            "head.recalibrate.one": "\u{A0}; 1 épreuve à recalibrer",
            "head.recalibrate.many": "\u{A0}; {count} épreuves à recalibrer",
            "added": "ajoutés\u{A0}: {count}",
            "removed": "retirés\u{A0}: {count}",
            "modified": "modifiés\u{A0}: {count}",
            "newValues": "nouvelles valeurs\u{A0}: {count}",
            "titled": "{title} — {counts}",
            "field": "{field}\u{A0}: {old} -> {new}",
            "variants": "déclinaisons (par prototype)",
            "prototype": "prototype {id}",
            "prototypeSkill": " (acquis {skill})",
            "unknownPrototype": "acquis {skill} (prototype inconnu)",
            "values": "valeurs de {id}\u{A0}: {old} -> {new}",
            "calibration": "calibrage",
            "was": "valait {old}",
            "recalibrate": "à recalibrer (contenu modifié, calibrage inchangé)",
            "recalibrateFields": "{id}\u{A0}: {fields}",
        ],
        english: [
            "none": "No changes between the two releases.",
            "head": "Release diff: {added} added, {removed} removed, {modified} modified",
            "head.calibration.one": "; 1 calibration change",
            "head.calibration.many": "; {count} calibration changes",
            "head.recalibrate.one": "; 1 challenge to recalibrate",
            "head.recalibrate.many": "; {count} challenges to recalibrate",
            "added": "{count} added",
            "removed": "{count} removed",
            "modified": "{count} modified",
            "newValues": "{count} with new values",
            "titled": "{title}: {counts}",
            "field": "{field}: {old} -> {new}",
            "variants": "variants (déclinaisons by prototype)",
            "prototype": "prototype {id}",
            "prototypeSkill": " (skill {skill})",
            "unknownPrototype": "skill {skill} (prototype unknown)",
            "values": "values of {id}: {old} -> {new}",
            "calibration": "calibration",
            "was": "was {old}",
            "recalibrate": "to recalibrate (content changed, calibration unchanged)",
            "recalibrateFields": "{id}: {fields}",
        ]
    )
}
