import Localization

/// The messages of the Model module, in French and English (see docs/architecture.md,
/// "Messages in two languages").
public enum ModelMessages {
    public static let catalogue = Catalogue(
        domain: "Model",
        french: [
            "unknownKey.frenchWord": "«\u{A0}{word}\u{A0}» s’écrit `{key}`\u{A0}: les clés des fichiers pixc sont en anglais, comme celles de Pix",
            "unknownKey.consequence": "conséquence\u{A0}: {what} n’est pas lu, et les noms qu’utilise l’épreuve ne sont pas définis ({names})",
        ],
        english: [
            "unknownKey.frenchWord": "`{word}` is written `{key}`: the keys of pixc's files are English, like Pix's",
            "unknownKey.consequence": "because of this, {what} is not read, and the names the challenge uses are not defined ({names})",
        ]
    )
}
