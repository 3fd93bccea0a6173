/// Pix's text treatments (`api/src/evaluation/domain/services/validation-treatments.js`).
///
/// Every function gives, for any Swift string, the code units V8 gives for the same string.
public enum Treatments {
    /// `applyPreTreatments`: NFC, then every U+00A0 (no-break space) becomes a space.
    /// Pix applies it to every answer, and to QROCM-ind solutions, whatever the tolerances.
    public static func preTreatment(_ text: String) -> String {
        let composed = JavaScript.nfc(text)
        guard composed.unicodeScalars.contains("\u{A0}") else { return composed }
        return String(String.UnicodeScalarView(composed.unicodeScalars.map { $0 == "\u{A0}" ? " " : $0 }))
    }

    /// `normalizeAndRemoveAccents` (t1): trim, lower-case, NFD, drop U+0300–U+036F, then drop
    /// every `\s` character. Ligatures (œ, æ, ﬁ) are kept: NFD does not split them.
    public static func t1(_ text: String) -> String {
        let lowered = JavaScript.toLowerCase(JavaScript.trim(text))
        let decomposed = JavaScript.nfd(lowered)
        var result = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars {
            let value = scalar.value
            if (0x300...0x36F).contains(value) || JavaScript.isWhitespace(value) { continue }
            result.append(scalar)
        }
        return String(result)
    }

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
