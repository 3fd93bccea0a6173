import Localization

/// The messages of the Grading module (why a text cannot be written in Pix's syntaxes), in French
/// and English (see docs/architecture.md, "Messages in two languages").
public enum GradingMessages {
    public static let catalogue = Catalogue(
        domain: "Grading",
        french: [
            "item": "élément {number}\u{A0}: {reason}",
            "option.rereads": "l’option ne se relirait pas à l’identique",
            "option.empty": "une option ne peut pas être vide",
            "option.leadingSpace": "une option ne peut pas commencer par une espace ou un saut de ligne",
            "option.dashLine": "une ligne d’une option ne peut pas commencer par «\u{A0}-\u{A0}»",
            "option.trailingBreak": "une option ne peut pas se terminer par un saut de ligne",
            "proposals.blockOpening": "le texte ne peut pas contenir «\u{A0}${{\u{A0}», qui ouvre un champ de réponse",
            "proposals.partRereads": "cette partie ne se relirait pas à l’identique",
            "block.lineBreak": "un saut de ligne",
            "block.character": "«\u{A0}{character}\u{A0}»",
            "block.contains": "{what} ne peut pas contenir {shown}",
            "block.spaces": "{what} ne peut ni commencer ni se terminer par une espace",
            "block.markers": "{what} ne peut contenir ni «\u{A0}options=\u{A0}» ni «\u{A0}value=\u{A0}»",
            "block.unnamed": "un champ de réponse doit avoir un nom",
            "block.name": "le nom du champ",
            "block.placeholder": "le texte indicatif (placeholder)",
            "block.ariaLabel": "le libellé d’accessibilité (aria label)",
            "block.selectDefault": "une liste déroulante ne peut pas avoir de valeur par défaut",
            "block.rereads": "ce champ ne se relirait pas à l’identique",
            "solution.empty": "une réponse acceptée ne peut pas être vide",
            "solution.lineBreak": "une réponse acceptée ne peut pas contenir de saut de ligne",
        ],
        english: [
            "item": "item {number}: {reason}",
            "option.rereads": "the option would not read back unchanged",
            "option.empty": "an option cannot be empty",
            "option.leadingSpace": "an option cannot start with a space or a line break",
            "option.dashLine": "a line of an option cannot start with \"-\"",
            "option.trailingBreak": "an option cannot end with a line break",
            "proposals.blockOpening": "text cannot contain \"${{\", which opens an input block",
            "proposals.partRereads": "this part would not read back unchanged",
            "block.lineBreak": "a line break",
            "block.character": "\"{character}\"",
            "block.contains": "the {what} cannot contain {shown}",
            "block.spaces": "the {what} cannot start or end with a space",
            "block.markers": "the {what} cannot contain \"options=\" or \"value=\"",
            "block.unnamed": "an input block needs a name",
            "block.name": "name",
            "block.placeholder": "placeholder",
            "block.ariaLabel": "aria label",
            "block.selectDefault": "a select list cannot have a default value",
            "block.rereads": "this block would not read back unchanged",
            "solution.empty": "an accepted answer cannot be empty",
            "solution.lineBreak": "an accepted answer cannot contain a line break",
        ]
    )

    /// The text of `key` in the current language, its placeholders filled from `arguments`.
    static func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        catalogue.text(key, arguments)
    }
}
