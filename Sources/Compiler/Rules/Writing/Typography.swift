import Diagnostics
import Model
import Vocabulary

/// The house style of French typography (docs/authoring.md, “House style”): the typographic apostrophe ’, a
/// no-break space (U+00A0) before `:` `;` `!` `?` and inside « », the SI units `ko`, `Mo`, `Go`.
/// Each convention is enforced when the repository follows it in most of its learner texts, so
/// that a repository written otherwise is not buried in warnings: the rules then keep new texts
/// consistent with the rest.
struct TypographyHouseStyle: Sendable, Equatable {
    var typographicApostrophes = false
    var noBreakSpaces = false
    var siUnits = false

    init(_ challenges: [Challenge]) {
        var counts = TypographyCounts()
        for one in ParallelMap.map(challenges, { TypographyCounts($0) }) { counts.add(one) }
        self.init(counts)
    }

    init(_ counts: TypographyCounts) {
        typographicApostrophes = counts.curly > counts.straight
        noBreakSpaces = counts.noBreak > counts.plain
        siUnits = counts.lower > counts.upper
    }

    func follows(_ convention: HouseConvention) -> Bool {
        switch convention {
        case .typographicApostrophes: typographicApostrophes
        case .noBreakSpaces: noBreakSpaces
        case .siUnits: siUnits
        }
    }

    /// The codes of the rules whose convention the repository does not follow: their findings
    /// are dropped (the rules report them whatever the repository follows, so that a challenge's
    /// findings depend on that challenge only).
    var unenforcedCodes: Set<DiagnosticCode> {
        Set(RuleSet.challengeRules.compactMap { rule in rule.convention.flatMap { follows($0) ? nil : rule.descriptor.code } })
    }
}

/// A convention of the house style, enforced when most learner texts follow it.
public enum HouseConvention: Sendable {
    case typographicApostrophes, noBreakSpaces, siUnits
}

/// How often one challenge's learner texts follow each convention of the house style, and how
/// often they do not: summed over the repository, they decide what is enforced. Kept per file by
/// `pixc check --watch`, which adds and subtracts them as files change.
struct TypographyCounts: Sendable, Equatable {
    var curly = 0, straight = 0, noBreak = 0, plain = 0, lower = 0, upper = 0

    init() {}

    init(_ challenge: Challenge) {
        for text in LearnerText.of(challenge) {
            for piece in Prose.pieces(of: text.value) {
                let characters = ProseCharacters(piece.text)
                for finding in Prose.apostrophes(in: characters) { if finding.isStraight { straight += 1 } else { curly += 1 } }
                for finding in Prose.spacesBeforeMarks(in: characters) { if finding.isMissing { plain += 1 } else { noBreak += 1 } }
                for finding in Prose.kilobytes(in: characters) { if finding.isWrong { upper += 1 } else { lower += 1 } }
            }
        }
    }

    mutating func add(_ other: TypographyCounts, times sign: Int = 1) {
        curly += sign * other.curly
        straight += sign * other.straight
        noBreak += sign * other.noBreak
        plain += sign * other.plain
        lower += sign * other.lower
        upper += sign * other.upper
    }
}

/// Prose inside a learner text: the text outside `{{ … }}` expressions, `${…}` inputs,
/// `code spans` and web addresses, where typography applies.
enum Prose {
    struct Piece {
        /// A slice of the text.
        let text: Substring
        /// UTF-8 offset of the piece in the whole text.
        let offset: Int
    }

    /// With `keepingCode`, only `{{ … }}` and `${…}` are left out (code spans and addresses kept).
    static func pieces(of text: String, keepingCode: Bool = false) -> [Piece] {
        var pieces: [Piece] = []
        let utf8 = text.utf8
        // Bytes compared one by one: the text is walked once, nothing is allocated per byte.
        let bytes = ContiguousArray(utf8)
        let count = bytes.count
        return bytes.withUnsafeBufferPointer { bytes in
            var start = 0, index = 0
            func close(_ end: Int) {
                // Pieces are cut at ASCII bytes only, so each starts and ends on a scalar.
                guard end > start else { return }
                let lower = utf8.index(utf8.startIndex, offsetBy: start), upper = utf8.index(utf8.startIndex, offsetBy: end)
                pieces.append(Piece(text: text[lower..<upper], offset: start))
            }
            /// After the first `first` (then `second`, when given) from `position`, or the end.
            func skip(to first: UInt8, _ second: UInt8? = nil, from position: Int) -> Int {
                var cursor = position
                while cursor < count {
                    if bytes[cursor] == first {
                        guard let second else { return cursor + 1 }
                        if cursor + 1 < count, bytes[cursor + 1] == second { return cursor + 2 }
                    }
                    cursor += 1
                }
                return count
            }
            func starts(_ literal: StaticString, at position: Int) -> Bool {
                let length = literal.utf8CodeUnitCount
                guard position + length <= count else { return false }
                let pointer = literal.utf8Start
                for offset in 0..<length where bytes[position + offset] != pointer[offset] { return false }
                return true
            }
            while index < count {
                let byte = bytes[index]
                var end: Int?
                if byte == UInt8(ascii: "{"), index + 1 < count, bytes[index + 1] == UInt8(ascii: "{") {
                    end = skip(to: UInt8(ascii: "}"), UInt8(ascii: "}"), from: index + 2)
                } else if byte == UInt8(ascii: "$"), index + 1 < count, bytes[index + 1] == UInt8(ascii: "{") {
                    end = skip(to: UInt8(ascii: "}"), from: index + 2)
                } else if keepingCode {
                    end = nil
                } else if byte == UInt8(ascii: "`") {
                    end = skip(to: UInt8(ascii: "`"), from: index + 1)
                } else if (byte == UInt8(ascii: "h") && starts("http", at: index)) || (byte == UInt8(ascii: "w") && starts("www.", at: index)) {
                    var cursor = index
                    while cursor < count, bytes[cursor] != 0x20, bytes[cursor] != 0x0A, bytes[cursor] != UInt8(ascii: ")") { cursor += 1 }
                    end = cursor
                }
                if let end {
                    close(index)
                    index = end
                    start = end
                } else {
                    index += 1
                }
            }
            close(count)
            return pieces
        }
    }

    struct Finding {
        /// UTF-8 range in the piece.
        let range: Range<Int>
        let replacement: String
        var isStraight = false
        var isMissing = false
        var isWrong = false
        var detail = ""
    }

    /// Apostrophes between two letters (« l’écran », « aujourd’hui »).
    static func apostrophes(in text: Substring) -> [Finding] {
        apostrophes(in: ProseCharacters(text))
    }

    static func apostrophes(in characters: ProseCharacters) -> [Finding] {
        var findings: [Finding] = []
        guard characters.count >= 3 else { return findings }
        for index in 1..<(characters.count - 1) {
            let isStraight = characters.is(index, "'")
            guard isStraight || characters.is(index, "’"), characters.isLetter(index - 1), characters.isLetter(index + 1) else { continue }
            let offset = characters.offsets[index]
            findings.append(Finding(range: offset..<(offset + characters.width(index)), replacement: "’", isStraight: isStraight))
        }
        return findings
    }

    /// The space before `:` `;` `!` `?` and inside « », when there is one: missing when it is an
    /// ordinary space (or no space at all inside « »).
    static func spacesBeforeMarks(in text: Substring) -> [Finding] {
        spacesBeforeMarks(in: ProseCharacters(text))
    }

    static func spacesBeforeMarks(in characters: ProseCharacters) -> [Finding] {
        var findings: [Finding] = []
        let offsets = characters.offsets
        func isNoBreak(_ index: Int) -> Bool { characters.is(index, "\u{A0}") || characters.is(index, "\u{202F}") }
        for index in 0..<characters.count {
            if let mark = Self.mark(characters, index) {
                if index >= 1, characters.is(index - 1, " "), index < 2 || (!characters.is(index - 2, " ") && !characters.is(index - 2, "\n")) {
                    findings.append(Finding(range: offsets[index - 1]..<offsets[index], replacement: "\u{A0}", isMissing: true, detail: mark))
                } else if index >= 1, isNoBreak(index - 1) {
                    findings.append(Finding(range: offsets[index - 1]..<offsets[index], replacement: "\u{A0}", detail: mark))
                }
            } else if characters.is(index, "«"), index + 1 < characters.count {
                if characters.is(index + 1, " ") {
                    findings.append(Finding(range: offsets[index + 1]..<offsets[index + 2], replacement: "\u{A0}", isMissing: true, detail: "«"))
                } else if isNoBreak(index + 1) {
                    findings.append(Finding(range: offsets[index + 1]..<offsets[index + 2], replacement: "\u{A0}", detail: "«"))
                } else if !characters.is(index + 1, "\n") {
                    findings.append(Finding(range: offsets[index + 1]..<offsets[index + 1], replacement: "\u{A0}", isMissing: true, detail: "«"))
                }
            } else if characters.is(index, "»"), index >= 1 {
                if characters.is(index - 1, " ") {
                    findings.append(Finding(range: offsets[index - 1]..<offsets[index], replacement: "\u{A0}", isMissing: true, detail: "»"))
                } else if isNoBreak(index - 1) {
                    findings.append(Finding(range: offsets[index - 1]..<offsets[index], replacement: "\u{A0}", detail: "»"))
                } else if !characters.is(index - 1, "\n") {
                    findings.append(Finding(range: offsets[index]..<offsets[index], replacement: "\u{A0}", isMissing: true, detail: "»"))
                }
            }
        }
        return findings
    }

    /// `:` `;` `!` or `?` at `index`, as text.
    private static func mark(_ characters: ProseCharacters, _ index: Int) -> String? {
        switch characters.scalars[index] {
        case ":", ";", "!", "?", "\u{37E}":
            for mark in [":", ";", "!", "?"] as [Unicode.Scalar] where characters.is(index, mark) { return characters.text(index) }
            return nil
        default:
            return nil
        }
    }

    /// The kilobyte written as a word: `ko` (SI, right) or `Ko` (wrong).
    static func kilobytes(in text: Substring) -> [Finding] {
        kilobytes(in: ProseCharacters(text))
    }

    static func kilobytes(in characters: ProseCharacters) -> [Finding] {
        var findings: [Finding] = []
        for index in 0..<characters.count {
            guard index + 1 < characters.count, characters.is(index + 1, "o"), characters.is(index, "k") || characters.is(index, "K"),
                  index == 0 || !characters.isLetter(index - 1),
                  index + 2 == characters.count || !characters.isLetter(index + 2) else { continue }
            let offset = characters.offsets[index]
            findings.append(Finding(range: offset..<(offset + 2), replacement: "ko", isWrong: characters.is(index, "K")))
        }
        return findings
    }
}
