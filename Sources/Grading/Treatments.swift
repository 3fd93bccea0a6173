/// Pix's text treatments (`api/src/evaluation/domain/services/validation-treatments.js`).
///
/// Every function gives, for any Swift string, the code units V8 gives for the same string.
public enum Treatments {
    /// `applyPreTreatments`: NFC, then every U+00A0 (no-break space) becomes a space.
    /// Pix applies it to every answer, and to QROCM-ind solutions, whatever the tolerances.
    public static func preTreatment(_ text: String) -> String {
        let composed = JavaScript.nfc(text)
        guard composed.unicodeScalars.contains("\u{A0}") else { return composed }
        return Scalars.string(composed.unicodeScalars.map { $0 == "\u{A0}" ? " " : $0 })
    }

    /// `normalizeAndRemoveAccents` (t1): trim, lower-case, NFD, drop U+0300–U+036F, then drop
    /// every `\s` character. Ligatures (œ, æ, ﬁ) are kept: NFD does not split them.
    public static func t1(_ text: String) -> String {
        let trimmed = JavaScript.trim(text)
        if trimmed.unicodeScalars.allSatisfy({ $0.value < 0x100 }) { return latin1T1(trimmed) }
        let decomposed = JavaScript.nfd(JavaScript.toLowerCase(trimmed))
        var kept: [Unicode.Scalar] = []
        for scalar in decomposed.unicodeScalars {
            let value = scalar.value
            if (0x300...0x36F).contains(value) || JavaScript.isWhitespace(value) { continue }
            kept.append(scalar)
        }
        return Scalars.string(kept)
    }

    /// t1 for text below U+0100, most answers: lower-casing stays below U+0100, there is no
    /// combining mark to reorder, and each accented letter's NFD is its base letter followed by
    /// marks in U+0300–U+036F, so a table replaces the Foundation round trip. The V8 reference
    /// tests cover every character of this range.
    private static func latin1T1(_ text: String) -> String {
        // Every scalar stays below U+0100: one UTF-8 byte below U+0080, two above.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if JavaScript.isWhitespace(value) { continue }
            if (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7) { value += 0x20 }
            if value >= 0xE0 { value = latin1BaseLetters[Int(value - 0xE0)] }
            if value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: value))
            } else {
                bytes.append(UInt8(truncatingIfNeeded: 0xC0 | (value >> 6)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// U+00E0…U+00FF without their diacritics; letters NFD does not split (æ, ð, ø, þ) and ÷ stay.
    private static let latin1BaseLetters: [UInt32] = [
        0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0xE6, 0x63, 0x65, 0x65, 0x65, 0x65, 0x69, 0x69, 0x69, 0x69,
        0xF0, 0x6E, 0x6F, 0x6F, 0x6F, 0x6F, 0x6F, 0xF7, 0xF8, 0x75, 0x75, 0x75, 0x75, 0x79, 0xFE, 0x79,
    ]

    /// `removeSpecialCharacters` (t2): drop every character outside `[a-zA-Z0-9 ]`, then turn each
    /// run of two or more spaces into one. Leading and trailing spaces stay. (Pix's middle step,
    /// a `replace` with the literal string '/ {2,}/', never matches and is a no-op.)
    public static func t2(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var inSpaceRun = false
        for byte in text.utf8 {
            let isKeptNonSpace = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
                || (byte >= 0x61 && byte <= 0x7A)
            if byte == 0x20 {
                inSpaceRun = true
            } else if isKeptNonSpace {
                // Only spaces survive the filter, so every run of them (single or not) ends as one.
                if inSpaceRun { bytes.append(0x20) }
                inSpaceRun = false
                bytes.append(byte)
            }
        }
        if inSpaceRun { bytes.append(0x20) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `applyTreatments`: the enabled ones among t1 and t2, in that order. t3 is not a
    /// transformation; it changes how the treated strings are compared (see `Similarity`).
    public static func apply(_ text: String, t1 applyT1: Bool, t2 applyT2: Bool) -> String {
        var result = text
        if applyT1 { result = t1(result) }
        if applyT2 { result = t2(result) }
        return result
    }

    public static func apply(_ text: String, _ tolerances: Tolerances) -> String {
        apply(text, t1: tolerances.t1, t2: tolerances.t2)
    }
}
