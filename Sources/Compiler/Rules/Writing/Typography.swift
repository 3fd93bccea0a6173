import Diagnostics
import Model

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
        for challenge in challenges { counts.add(TypographyCounts(challenge)) }
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
                for finding in Prose.apostrophes(in: piece.text) { if finding.isStraight { straight += 1 } else { curly += 1 } }
                for finding in Prose.spacesBeforeMarks(in: piece.text) { if finding.isMissing { plain += 1 } else { noBreak += 1 } }
                for finding in Prose.kilobytes(in: piece.text) { if finding.isWrong { upper += 1 } else { lower += 1 } }
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
        let text: Substring
        /// UTF-8 offset of the piece in the whole text.
        let offset: Int
    }

    /// With `keepingCode`, only `{{ … }}` and `${…}` are left out (code spans and addresses kept).
    static func pieces(of text: String, keepingCode: Bool = false) -> [Piece] {
        var pieces: [Piece] = []
        let bytes = Array(text.utf8)
        var start = 0, index = 0
        func close(_ end: Int) {
            // Pieces are cut at ASCII bytes only, so each is valid UTF-8.
            if end > start { pieces.append(Piece(text: Substring(String(decoding: bytes[start..<end], as: UTF8.self)), offset: start)) }
        }
        func skip(to closing: [UInt8], from position: Int) -> Int {
            var cursor = position
            while cursor + closing.count <= bytes.count {
                if bytes[cursor..<(cursor + closing.count)].elementsEqual(closing) { return cursor + closing.count }
                cursor += 1
            }
            return bytes.count
        }
        while index < bytes.count {
            let byte = bytes[index]
            var end: Int?
            if byte == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") {
                end = skip(to: Array("}}".utf8), from: index + 2)
            } else if byte == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") {
                end = skip(to: Array("}".utf8), from: index + 2)
            } else if keepingCode {
                end = nil
            } else if byte == UInt8(ascii: "`") {
                end = skip(to: Array("`".utf8), from: index + 1)
            } else if bytes[index...].starts(with: Array("http".utf8)) || bytes[index...].starts(with: Array("www.".utf8)) {
                var cursor = index
                while cursor < bytes.count, bytes[cursor] != 0x20, bytes[cursor] != 0x0A, bytes[cursor] != UInt8(ascii: ")") { cursor += 1 }
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
        close(bytes.count)
        return pieces
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
        var findings: [Finding] = []
        let characters = Array(text)
        var offset = 0
        for (index, character) in characters.enumerated() {
            defer { offset += character.utf8.count }
            guard character == "'" || character == "’", index > 0, index + 1 < characters.count,
                  characters[index - 1].isLetter, characters[index + 1].isLetter else { continue }
            findings.append(Finding(range: offset..<(offset + character.utf8.count), replacement: "’", isStraight: character == "'"))
        }
        return findings
    }

    /// The space before `:` `;` `!` `?` and inside « », when there is one: missing when it is an
    /// ordinary space (or no space at all inside « »).
    static func spacesBeforeMarks(in text: Substring) -> [Finding] {
        var findings: [Finding] = []
        let characters = Array(text)
        var offsets: [Int] = []
        var offset = 0
        for character in characters {
            offsets.append(offset)
            offset += character.utf8.count
        }
        offsets.append(offset)
        for (index, character) in characters.enumerated() {
            if ":;!?".contains(character), index >= 1, characters[index - 1] == " ", index < 2 || (characters[index - 2] != " " && characters[index - 2] != "\n") {
                findings.append(Finding(range: offsets[index - 1]..<offsets[index], replacement: "\u{A0}", isMissing: true, detail: String(character)))
            } else if ":;!?".contains(character), index >= 1, characters[index - 1] == "\u{A0}" || characters[index - 1] == "\u{202F}" {
                findings.append(Finding(range: offsets[index - 1]..<offsets[index], replacement: "\u{A0}", detail: String(character)))
            } else if character == "«", index + 1 < characters.count {
                let next = characters[index + 1]
                if next == " " {
                    findings.append(Finding(range: offsets[index + 1]..<offsets[index + 2], replacement: "\u{A0}", isMissing: true, detail: "«"))
                } else if next == "\u{A0}" || next == "\u{202F}" {
                    findings.append(Finding(range: offsets[index + 1]..<offsets[index + 2], replacement: "\u{A0}", detail: "«"))
                } else if next != "\n" {
                    findings.append(Finding(range: offsets[index + 1]..<offsets[index + 1], replacement: "\u{A0}", isMissing: true, detail: "«"))
                }
            } else if character == "»", index >= 1 {
                let previous = characters[index - 1]
                if previous == " " {
                    findings.append(Finding(range: offsets[index - 1]..<offsets[index], replacement: "\u{A0}", isMissing: true, detail: "»"))
                } else if previous == "\u{A0}" || previous == "\u{202F}" {
                    findings.append(Finding(range: offsets[index - 1]..<offsets[index], replacement: "\u{A0}", detail: "»"))
                } else if previous != "\n" {
                    findings.append(Finding(range: offsets[index]..<offsets[index], replacement: "\u{A0}", isMissing: true, detail: "»"))
                }
            }
        }
        return findings
    }

    /// The kilobyte written as a word: `ko` (SI, right) or `Ko` (wrong).
    static func kilobytes(in text: Substring) -> [Finding] {
        var findings: [Finding] = []
        let characters = Array(text)
        var offset = 0
        for index in characters.indices {
            defer { offset += characters[index].utf8.count }
            guard index + 1 < characters.count, characters[index + 1] == "o", characters[index] == "k" || characters[index] == "K",
                  index == 0 || !characters[index - 1].isLetter,
                  index + 2 == characters.count || !characters[index + 2].isLetter else { continue }
            findings.append(Finding(range: offset..<(offset + 2), replacement: "ko", isWrong: characters[index] == "K"))
        }
        return findings
    }
}
