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

    /// A tube name after its `@`: an ASCII letter, then ASCII letters and digits. Pix writes
    /// them in camelCase (`@formatFichier`); a skill's name is the tube's and a level
    /// (`@formatFichier3`), its id `skill-formatFichier3`.
    static func isTubeName(_ bare: String) -> Bool {
        guard let first = bare.utf8.first, isASCIILetter(first) else { return false }
        return bare.utf8.allSatisfy { isASCIILetter($0) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    /// `accès Données` → `accesDonnees`: accents dropped, each word after the first capitalized,
    /// the rest removed; empty when nothing is left, or when it would not start with a letter.
    static func transliteratedTubeName(_ bare: String) -> String {
        // Folded character by character, so that the capitals of camelCase stay.
        var words: [String] = [""]
        for character in bare {
            guard character.isLetter || character.isNumber else {
                if words.last?.isEmpty == false { words.append("") }
                continue
            }
            let folded = String(String.UnicodeScalarView(Folding.folded(String(character))))
            // A letter with no ASCII spelling: the name is left to a person.
            guard !folded.isEmpty, folded.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return "" }
            words[words.count - 1] += character.isUppercase ? folded.prefix(1).uppercased() + folded.dropFirst() : folded
        }
        var result = ""
        for (index, word) in words.enumerated() where !word.isEmpty {
            result += index == 0 ? word.prefix(1).lowercased() + word.dropFirst() : word.prefix(1).uppercased() + word.dropFirst()
        }
        return isTubeName(result) ? result : ""
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }
}
