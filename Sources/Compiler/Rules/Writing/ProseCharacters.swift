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
        let read = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            // Both arrays filled in place, at most one element per byte (this runs on every
            // learner text of every variant).
            var decoded = 0
            var standsAlone = true
            let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, scalarCount in
                offsets = [Int](unsafeUninitializedCapacity: bytes.count + 1) { offsets, offsetCount in
                    standsAlone = Self.readScalars(bytes, into: scalars, offsets: offsets, count: &decoded)
                    offsetCount = standsAlone ? decoded + 1 : 0
                }
                scalarCount = standsAlone ? decoded : 0
            }
            self.scalars = scalars
            return standsAlone
        }
        if read != true { self = Self(characters: Array(String(text))) }
    }

    /// The scalar of valid UTF-8 `bytes` (a Swift string's) at `index`, and its width in bytes;
    /// nil when the bytes end inside it.
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, width: Int)? {
        let lead = bytes[index]
        var value = UInt32(lead), width = 1
        if lead >= 0x80 {
            width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard index + width <= bytes.count else { return nil }
            value = UInt32(lead) & (0xFF >> (width + 1))
            for continuation in 1..<width { value = value << 6 | UInt32(bytes[index + continuation] & 0x3F) }
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, width)
    }

    /// Decodes valid UTF-8 (a Swift string's), one character per scalar, and writes the end
    /// offset after the last; false as soon as a scalar may join its neighbours.
    private static func readScalars(_ bytes: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutableBufferPointer<Unicode.Scalar>,
                                    offsets: UnsafeMutableBufferPointer<Int>, count: inout Int) -> Bool {
        var index = 0, decoded = 0
        while index < bytes.count {
            guard let (scalar, width) = decodeScalar(bytes, at: index), standsAlone(scalar) else { return false }
            scalars.initializeElement(at: decoded, to: scalar)
            offsets.initializeElement(at: decoded, to: index)
            decoded += 1
            index += width
        }
        offsets.initializeElement(at: decoded, to: bytes.count)
        count = decoded
        return true
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

    /// Whether each character is one scalar of its own (the text was not read as `Character`s).
    var isReadByScalar: Bool { characters == nil }

    /// Whether character `index` is `expected` (a character of one scalar, as in `Character`
    /// comparison).
    @inline(__always)
    func `is`(_ index: Int, _ expected: Unicode.Scalar) -> Bool {
        // Inlined: the rules ask it of nearly every character of every rendered text.
        guard characters != nil else { return scalars[index] == expected }
        return isCharacter(index, expected)
    }

    private func isCharacter(_ index: Int, _ expected: Unicode.Scalar) -> Bool {
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
