@testable import Compiler
import Expressions
import Testing

/// The writing rules read prose scalar by scalar when every scalar is a character of its own,
/// and as `Character`s otherwise. These tests hold them to what they found when they always
/// read `Array(text)`: the reference readings below are the rules as first written.
@Suite struct ProseCharactersTests {
    /// Texts that take each path: Latin script and French punctuation (scalars), and what needs
    /// grapheme breaking (combining accents, CR LF, emoji, flags, joiners), plus scalars that
    /// `Character` comparison treats as equal to another (U+037E is « ; », U+212A is « K »).
    static let fragments: [String] = [
        "de ", "le ", "la ", "à ", "A\u{300} ", "les ", "que ", "puisque ", "lorsque ", "De ", "À ", "Le ", "LE ",
        "Adèle", "écran", "il", "huit", "USB", "Paul", "hôtel", "e\u{301}cran", "Ade\u{300}le", "a", "x",
        "l'", "l’", "aujourd'hui", "'", "’", " ", "\u{A0}", "\u{202F}", " :", "\u{A0}?", ";", "!", "?",
        "« ", "«", " »", "»", "\n", "\r\n", "\r", "Ko", "ko", "k", "o", "\u{212A}o", "\u{37E}", "-",
        "1", "000", ",", "3,5", "1\u{A0}000", "👍", "🇫🇷", "\u{200D}", "\u{FE0F}", "{{ x }}", "`code`",
        "http://exemple.fr", "www.a.fr", "${x}", "Ελλάδα", "한국", "…", "€", "\u{301}",
    ]

    static let texts: [String] = {
        var texts = fragments + ["Parle A\u{300} le clavier", "Va A\u{300} les élèves", "De Adèle", "puisque il"]
        // A small linear congruential generator: the same texts on every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<4_000 {
            texts.append((0...next(14)).map { _ in fragments[next(fragments.count)] }.joined())
        }
        return texts
    }()

    @Test func characterReadingMatchesCharacters() {
        for text in Self.texts {
            let characters = ProseCharacters(text[...])
            let expected = Array(text)
            #expect(characters.count == expected.count, "\(text.debugDescription)")
            guard characters.count == expected.count else { continue }
            for (index, character) in expected.enumerated() {
                #expect(characters.isLetter(index) == character.isLetter)
                #expect(characters.text(index) == String(character))
                #expect(characters.is(index, " ") == (character == " "))
                #expect(characters.is(index, ";") == (character == ";"))
                #expect(characters.is(index, "K") == (character == "K"))
            }
        }
    }

    @Test func typographyFindingsAreThoseOfCharacters() {
        func same(_ found: [Prose.Finding], _ expected: [Prose.Finding], _ text: String) {
            #expect(found.map(\.range) == expected.map(\.range), "\(text.debugDescription)")
            #expect(found.map(\.replacement) == expected.map(\.replacement), "\(text.debugDescription)")
            #expect(found.map(\.detail) == expected.map(\.detail), "\(text.debugDescription)")
            #expect(found.map { [$0.isStraight, $0.isMissing, $0.isWrong] } == expected.map { [$0.isStraight, $0.isMissing, $0.isWrong] })
        }
        for text in Self.texts {
            for piece in Prose.pieces(of: text) {
                let standalone = Substring(String(piece.text))
                same(Prose.apostrophes(in: piece.text), Reference.apostrophes(in: standalone), text)
                same(Prose.spacesBeforeMarks(in: piece.text), Reference.spacesBeforeMarks(in: standalone), text)
                same(Prose.kilobytes(in: piece.text), Reference.kilobytes(in: standalone), text)
            }
        }
    }

    @Test func elisionProblemsAreThoseOfCharacters() {
        for text in Self.texts {
            for handWritten in [false, true] {
                let found = ElisionInVariants.problems(in: text, handWritten: handWritten)
                let expected = Reference.problems(in: text, handWritten: handWritten)
                #expect(found.map { [$0.word, $0.next, $0.elided] } == expected.map { [$0.word, $0.next, $0.elided] }, "\(text.debugDescription)")
                #expect(found.map(\.range) == expected.map(\.range), "\(text.debugDescription)")
            }
        }
    }

    @Test func numbersAreThoseOfCharacters() {
        for text in Self.texts {
            #expect(SameQuestionInOtherWords.numbersIn(text[...]) == Reference.numbersIn(text), "\(text.debugDescription)")
            // A piece of prose is a slice of a longer text (controls join no character around them).
            let longer = "\n" + text + "\u{0}"
            #expect(SameQuestionInOtherWords.numbersIn(longer.dropFirst().dropLast()) == Reference.numbersIn(text), "\(text.debugDescription)")
        }
    }

    @Test func piecesLeaveOutCodeInputsAndAddresses() {
        let text = "Tapez `ls -l` ou ${champ} : voir https://exemple.fr) et {{ a }} fin"
        #expect(Prose.pieces(of: text).map(\.text) == ["Tapez ", " ou ", " : voir ", ") et ", " fin"])
        #expect(Prose.pieces(of: text).map(\.offset) == [0, 13, 25, 51, 63])
        #expect(Prose.pieces(of: text, keepingCode: true).map(\.text) == ["Tapez `ls -l` ou ", " : voir https://exemple.fr) et ", " fin"])
        // An expression left open runs to the end of the text.
        #expect(Prose.pieces(of: "avant {{ a } après").map(\.text) == ["avant "])
    }

    @Test func largeCharactersKeepTheirOffsets() {
        // « ’ » is three bytes, « 👍 » four: findings are placed in bytes.
        let found = Prose.apostrophes(in: "l’écran de l'élève")
        #expect(found.map(\.range) == [1..<4, 15..<16])
        #expect(found.map(\.isStraight) == [false, true])
    }
}

/// The prose readings as first written, over `Array(text)`.
private enum Reference {
    static func apostrophes(in text: Substring) -> [Prose.Finding] {
        var findings: [Prose.Finding] = []
        let characters = Array(text)
        var offset = 0
        for (index, character) in characters.enumerated() {
            defer { offset += character.utf8.count }
            guard character == "'" || character == "’", index > 0, index + 1 < characters.count,
                  characters[index - 1].isLetter, characters[index + 1].isLetter else { continue }
            findings.append(Prose.Finding(range: offset..<(offset + character.utf8.count), replacement: "’", isStraight: character == "'"))
        }
        return findings
    }

    static func spacesBeforeMarks(in text: Substring) -> [Prose.Finding] {
        var findings: [Prose.Finding] = []
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
                findings.append(Prose.Finding(range: offsets[index - 1]..<offsets[index], replacement: "\u{A0}", isMissing: true, detail: String(character)))
            } else if ":;!?".contains(character), index >= 1, characters[index - 1] == "\u{A0}" || characters[index - 1] == "\u{202F}" {
                findings.append(Prose.Finding(range: offsets[index - 1]..<offsets[index], replacement: "\u{A0}", detail: String(character)))
            } else if character == "«", index + 1 < characters.count {
                let next = characters[index + 1]
                if next == " " {
                    findings.append(Prose.Finding(range: offsets[index + 1]..<offsets[index + 2], replacement: "\u{A0}", isMissing: true, detail: "«"))
                } else if next == "\u{A0}" || next == "\u{202F}" {
                    findings.append(Prose.Finding(range: offsets[index + 1]..<offsets[index + 2], replacement: "\u{A0}", detail: "«"))
                } else if next != "\n" {
                    findings.append(Prose.Finding(range: offsets[index + 1]..<offsets[index + 1], replacement: "\u{A0}", isMissing: true, detail: "«"))
                }
            } else if character == "»", index >= 1 {
                let previous = characters[index - 1]
                if previous == " " {
                    findings.append(Prose.Finding(range: offsets[index - 1]..<offsets[index], replacement: "\u{A0}", isMissing: true, detail: "»"))
                } else if previous == "\u{A0}" || previous == "\u{202F}" {
                    findings.append(Prose.Finding(range: offsets[index - 1]..<offsets[index], replacement: "\u{A0}", detail: "»"))
                } else if previous != "\n" {
                    findings.append(Prose.Finding(range: offsets[index]..<offsets[index], replacement: "\u{A0}", isMissing: true, detail: "»"))
                }
            }
        }
        return findings
    }

    static func kilobytes(in text: Substring) -> [Prose.Finding] {
        var findings: [Prose.Finding] = []
        let characters = Array(text)
        var offset = 0
        for index in characters.indices {
            defer { offset += characters[index].utf8.count }
            guard index + 1 < characters.count, characters[index + 1] == "o", characters[index] == "k" || characters[index] == "K",
                  index == 0 || !characters[index - 1].isLetter,
                  index + 2 == characters.count || !characters[index + 2].isLetter else { continue }
            findings.append(Prose.Finding(range: offset..<(offset + 2), replacement: "ko", isWrong: characters[index] == "K"))
        }
        return findings
    }

    static func problems(in text: String, handWritten: Bool) -> [ElisionInVariants.Problem] {
        var problems: [ElisionInVariants.Problem] = []
        var words: [(text: Substring, range: Range<String.Index>)] = []
        var cursor = text.startIndex
        while cursor < text.endIndex {
            guard text[cursor].isLetter else { cursor = text.index(after: cursor); continue }
            let start = cursor
            while cursor < text.endIndex, text[cursor].isLetter || text[cursor] == "-" { cursor = text.index(after: cursor) }
            words.append((text[start..<cursor], start..<cursor))
        }
        func keepCase(of word: Substring, _ replacement: String) -> String {
            word.first?.isUppercase == true ? replacement.prefix(1).uppercased() + replacement.dropFirst() : replacement
        }
        for (index, word) in words.enumerated() where index + 1 < words.count {
            let next = words[index + 1]
            let gap = text[word.range.upperBound..<next.range.lowerBound]
            guard gap == " " || gap == "\u{A0}" else { continue }
            if handWritten, next.text.count < 2 { continue }
            let lower = word.text.lowercased()
            let isStart = word.range.lowerBound == text.startIndex || !(text[text.index(before: word.range.lowerBound)].isLetter || text[text.index(before: word.range.lowerBound)] == "’" || text[text.index(before: word.range.lowerBound)] == "'")
            guard isStart else { continue }
            let contracted: [String: [String: String]] = handWritten ? [:] : ["de": ["le": "du", "les": "des"], "à": ["le": "au", "les": "aux"]]
            let range = text.utf8.distance(from: text.startIndex, to: word.range.lowerBound)..<text.utf8.distance(from: text.startIndex, to: next.range.upperBound)
            if let table = contracted[lower], let short = table[String(next.text)] {
                problems.append(ElisionInVariants.Problem(word: String(word.text), next: String(next.text), elided: keepCase(of: word.text, short), range: range))
            } else if let short = FrenchElision.elidable[lower], FrenchElision.elides(before: next.text),
                      !ElisionInVariants.elidesOnlyBeforeFewWords.contains(lower) || ElisionInVariants.fewWords.contains(next.text.lowercased()) {
                problems.append(ElisionInVariants.Problem(word: String(word.text), next: String(next.text), elided: keepCase(of: word.text, short) + next.text, range: range))
            }
        }
        return problems
    }

    static func numbersIn(_ text: String) -> [String] {
        var numbers: [String] = []
        var current = ""
        var pendingSeparator = ""
        func flush() {
            if !current.isEmpty { numbers.append(current) }
            current = ""
            pendingSeparator = ""
        }
        for character in text {
            if character.isASCII, character.isNumber {
                current += pendingSeparator == "," ? "," : ""
                pendingSeparator = ""
                current.append(character)
            } else if !current.isEmpty, pendingSeparator.isEmpty, character == "," || character == "\u{202F}" || character == "\u{A0}" {
                pendingSeparator = String(character)
            } else {
                flush()
            }
        }
        flush()
        return numbers
    }
}
