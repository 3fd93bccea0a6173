import Compiler
import Localization
import Model

/// The messages of the command layer (PixcCommands), in French and English.
enum CommandMessages {
    static let catalogue = Catalogue(
        domain: "PixcCommands",
        french: [
            "language.invalidSetting": "erreur\u{A0}: PIXC_LANG vaut «\u{A0}{value}\u{A0}», une langue que pixc ne parle pas. Valeurs possibles\u{A0}: fr ou en (ou retirez la variable pour suivre la langue du système).",
            "schema.written": "{count}\u{A0}schémas écrits dans {folder}",
            "schema.writeFailed": "impossible d’écrire les schémas dans {folder}\u{A0}: {reason}",
        ],
        english: [
            "language.invalidSetting": "error: PIXC_LANG is “{value}”, a language pixc does not speak. Use fr or en (or unset it to follow the system's locale).",
            "schema.written": "wrote {count} schemas to {folder}",
            "schema.writeFailed": "cannot write the schemas to {folder}: {reason}",
        ]
    )
}

/// Every catalogue of pixc, for the test that each message exists in both languages with the
/// same placeholders. A module that adds a catalogue adds it here.
public enum PixcCatalogues {
    public static var all: [Catalogue] {
        [CommandMessages.catalogue, ModelMessages.catalogue, CompilerMessages.catalogue]
    }
}
