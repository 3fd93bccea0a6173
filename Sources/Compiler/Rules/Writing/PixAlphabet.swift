import Vocabulary

/// Pix's alphabet for ids and file names: lower-case ASCII letters, digits, hyphens (and, in file
/// names, dots and underscores). Accents, spaces and capitals break URLs, exports and the
/// servers that tell `Clé.png` from `cle.png`.
enum PixAlphabet {
    static func isID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
            && text.first != "-" && text.last != "-"
    }

    static func isFileName(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") }
    }

    /// `Stockage Clé` → `stockage-cle`: accents dropped, capitals lowered, every run of other
    /// characters one hyphen, none at either end.
    static func transliterated(_ text: String, keeping kept: Set<Character> = []) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in Folding.folded(text) {
            let character = Character(scalar)
            if scalar.isASCII, character.isLetter || character.isNumber || kept.contains(character) {
                if pendingHyphen, !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.append(character)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    /// A file name transliterated part by part, its extension kept.
    static func transliteratedFileName(_ name: String) -> String {
        transliterated(name, keeping: [".", "_"])
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }
}
