/// The characters of a piece of prose as the writing rules read them: for each character, its
/// first Unicode scalar and its UTF-8 offset.
///
/// The rules were written over `Array(text)` (Swift `Character`s), and grapheme breaking made
/// them the most expensive part of a check (a profile of 20,000 challenges: over half of the
/// time). Nearly all content is Latin script and French punctuation, where every scalar is a
/// character of its own: such a text is read scalar by scalar. Any other text (combining
/// accents, emoji, CR LF, other scripts) is read as `Character`s, so the rules see exactly what
/// they saw before in every case (`ProseCharactersTests` compares both readings).
struct ProseCharacters {
    /// The first scalar of each character.
    private(set) var scalars: [Unicode.Scalar] = []
    /// The UTF-8 offset of each character in the text, then the text's length.
    private(set) var offsets: [Int] = []
    /// The characters, when the text is not read scalar by scalar.
    private var characters: [Character]?

    init(_ text: Substring) {
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            guard Self.standsAlone(scalar) else {
                self = Self(characters: Array(String(text)))
                return
            }
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
    }

    private init(characters: [Character]) {
        self.characters = characters
        var offset = 0
        for character in characters {
            scalars.append(character.unicodeScalars.first ?? " ")
            offsets.append(offset)
            offset += character.utf8.count
        }
        offsets.append(offset)
    }

    var count: Int { scalars.count }

    /// Whether character `index` is `expected` (a character of one scalar, as in `Character`
    /// comparison).
    func `is`(_ index: Int, _ expected: Unicode.Scalar) -> Bool {
        guard let characters else { return scalars[index] == expected }
        return characters[index] == Character(expected)
    }

    /// Whether character `index` is one scalar (`scalars[index]`).
    func isSingleScalar(_ index: Int) -> Bool {
        guard let characters else { return true }
        return characters[index].unicodeScalars.count == 1
    }

    /// Character `index` as text.
    func text(_ index: Int) -> String {
        guard let characters else { return String(scalars[index]) }
        return String(characters[index])
    }

    /// `Character.isLetter`: the first scalar is alphabetic.
    func isLetter(_ index: Int) -> Bool {
        Self.isAlphabetic(scalars[index])
    }

    /// The UTF-8 length of character `index`.
    func width(_ index: Int) -> Int {
        offsets[index + 1] - offsets[index]
    }

    /// Scalars that are always a character of their own, whatever surrounds them (Unicode's
    /// grapheme cluster rules never join them to a neighbour), and that are not canonically
    /// equivalent to another scalar: Latin-1, Latin Extended-A and B, IPA and spacing modifiers
    /// (below U+0300, where the combining accents start) except CR, which joins a following LF;
    /// general punctuation from the hyphen to the ellipsis and from the narrow no-break space to
    /// U+205F (the zero-width joiners and the bidirectional marks are left out); the euro sign.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 { return value != 0x0D }
        return (0x2010...0x2027).contains(value) || (0x202F...0x205F).contains(value) || value == 0x20AC
    }

    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        if value < UInt32(latinAlphabetic.count) { return latinAlphabetic[Int(value)] }
        return scalar.properties.isAlphabetic
    }

    /// `isAlphabetic` of the scalars below U+0300, looked up once.
    private static let latinAlphabetic: [Bool] = (0..<0x300).map { value in
        Unicode.Scalar(UInt32(value))?.properties.isAlphabetic ?? false
    }
}
