import Diagnostics
import Foundation
import Expressions
import Localization
import Model

/// « de {{ prenom }} » gives « de Adèle » in some variant: French needs « d’Adèle ».
struct ElisionInVariants: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0524", .warning,
        title: "Missing elision in a learner text or a rendered variant",
        explanation: """
        A template written `de {{ prenom }}` reads well with « Paul » and wrongly with « Adèle »:
        French elides « de », « le », « la », « que »… before a vowel or a mute h (« d’Adèle »,
        « l’écran », « qu’il »), and contracts « de le » and « à le » (« du clavier », « au
        clavier »). pixc renders every variant and reports the ones where this is missing, and
        reads the texts written by hand too (« le écran » is fixed to « l’écran »; « de le » is
        left alone there: « essayez de le faire » is right). In a template, write
        `{{ de(prenom) }}`, `{{ au(lieu) }}`, `{{ le(nom) }}`, `{{ la(nom) }}` or `{{ que(nom) }}`:
        they choose the right form for each value (docs/datasets.md, §6).
        """,
        wrong: RuleExamples.challenge("courriel-destinataire", type: "QROC", instruction: "Quelle est l’adresse électronique de {{ personne.prenom }}\u{A0}?", """
        proposals: "Adresse\u{A0}: ${adresse}"
        data:
          row: personne
          key: prenom
          rows:
            - {prenom: Paul, adresse: paul.martin@exemple.fr}
            - {prenom: Adèle, adresse: adele.durand@exemple.fr}
        answers: ["{{ personne.adresse }}"]
        tests:
          accept: ["{{ personne.adresse }}"]
          reject: ["martin@exemple.fr"]
        """),
        right: RuleExamples.challenge("courriel-destinataire", type: "QROC", instruction: "Quelle est l’adresse électronique {{ de(personne.prenom) }}\u{A0}?", """
        proposals: "Adresse\u{A0}: ${adresse}"
        data:
          row: personne
          key: prenom
          rows:
            - {prenom: Paul, adresse: paul.martin@exemple.fr}
            - {prenom: Adèle, adresse: adele.durand@exemple.fr}
        answers: ["{{ personne.adresse }}"]
        tests:
          accept: ["{{ personne.adresse }}"]
          reject: ["martin@exemple.fr"]
        """)
    )

    var checksVariants: Bool { true }

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if view.variant == nil {
            // The texts written by hand, without a template: the same in every variant, checked
            // once, on the challenge as written.
            for text in LearnerText.of(view.challenge) where text.isAsWritten && !text.value.holdsExpression {
                // Prose only: code spans, inputs and addresses are written as a tool shows them.
                for piece in Prose.pieces(of: text.value) {
                    for problem in Self.problems(in: String(piece.text), handWritten: true) {
                        diagnostics.append(handWritten(problem, offset: piece.offset, in: text))
                        if diagnostics.count >= 20 { return diagnostics }
                    }
                }
            }
            return diagnostics
        }
        for text in LearnerText.of(view.challenge) where !text.isAsWritten {
            for problem in Self.problems(in: text.value) {
                diagnostics.append(diagnostic(problem, in: text, view: view))
                if diagnostics.count >= 20 { return diagnostics }
            }
        }
        return diagnostics
    }

    struct Problem {
        /// « de », « le », « à »… as written in the rendered text.
        let word: String
        let next: String
        let elided: String
        /// The bytes of « de Adèle » in the text (UTF-8 offsets).
        let range: Range<Int>
    }

    /// « de Adèle », « le écran », « de le clavier », « à les élèves » in a rendered text.
    /// `handWritten`: only elisions, and not before a single letter. In a text written by hand
    /// « de le » and « à les » are right before a verb (« essayez de le faire »), and a single
    /// letter is a name (« la valeur de a »); a template's value is neither.
    static func problems(in text: String, handWritten: Bool = false) -> [Problem] {
        var problems: [Problem] = []
        let characters = ProseCharacters(text[...])
        let utf8 = text.utf8
        func slice(_ words: Range<Int>) -> Substring {
            text[utf8.index(utf8.startIndex, offsetBy: characters.offsets[words.lowerBound])..<utf8.index(utf8.startIndex, offsetBy: characters.offsets[words.upperBound])]
        }
        // Each word with the one before it, as the words are read.
        var previous: Range<Int>?
        var index = 0
        while index < characters.count {
            guard characters.isLetter(index) else { index += 1; continue }
            let start = index
            while index < characters.count, characters.isLetter(index) || characters.is(index, "-") { index += 1 }
            let next = start..<index
            defer { previous = next }
            guard let word = previous else { continue }
            // One space (or a no-break space) between the two words, nothing else.
            guard next.lowerBound == word.upperBound + 1,
                  characters.is(word.upperBound, " ") || characters.is(word.upperBound, "\u{A0}") else { continue }
            if handWritten, next.count < 2 { continue }
            let before = word.lowerBound - 1
            let isStart = before < 0 || !(characters.isLetter(before) || characters.is(before, "’") || characters.is(before, "'"))
            guard isStart, let lower = Self.elidingWord(characters, word) ?? Self.lowercasedIfUnsure(characters, word, slice) else { continue }
            let wordText = slice(word), nextText = slice(next)
            let range = characters.offsets[word.lowerBound]..<characters.offsets[next.upperBound]
            if !handWritten, let table = Self.contracted[lower], let short = table[String(nextText)] {
                problems.append(Problem(word: String(wordText), next: String(nextText), elided: Self.keepCase(of: wordText, short), range: range))
            } else if let short = FrenchElision.elidable[lower], FrenchElision.elides(before: nextText),
                      !Self.elidesOnlyBeforeFewWords.contains(lower) || Self.fewWords.contains(nextText.lowercased()) {
                problems.append(Problem(word: String(wordText), next: String(nextText), elided: Self.keepCase(of: wordText, short) + nextText, range: range))
            }
        }
        return problems
    }

    /// The words that elide or contract, lowercase, as scalars.
    private static let elidingWords: [(word: String, scalars: [Unicode.Scalar])] =
        (Array(FrenchElision.elidable.keys) + contracted.keys).sorted().map { ($0, Array($0.unicodeScalars)) }

    /// The word at `range`, lowercased, when it is one of the words that elide or contract;
    /// nil when it is not. Read scalar by scalar, this is `lowercased()` followed by a lookup:
    /// only A–Z and À lowercase to the scalars of these words. Nil too when the text is read as
    /// `Character`s (`lowercasedIfUnsure` answers then).
    private static func elidingWord(_ characters: ProseCharacters, _ range: Range<Int>) -> String? {
        // Most words are rejected by their first letter, without comparing them to each word.
        guard characters.isReadByScalar, range.count <= 7, mayElide(characters.scalars[range.lowerBound]) else { return nil }
        candidates: for candidate in elidingWords where candidate.scalars.count == range.count {
            for (offset, expected) in candidate.scalars.enumerated() {
                var scalar = characters.scalars[range.lowerBound + offset]
                if (0x41...0x5A).contains(scalar.value) { scalar = Unicode.Scalar(UInt8(scalar.value + 0x20)) }
                if scalar == "À" { scalar = "à" }
                guard scalar == expected else { continue candidates }
            }
            return candidate.word
        }
        return nil
    }

    /// `lowercased()` of the word, for a text read as `Character`s (never for one read scalar by
    /// scalar: `elidingWord` has answered). The words that elide or contract have at most seven
    /// letters (« lorsque »), and lowercasing never shortens a word.
    private static func lowercasedIfUnsure(_ characters: ProseCharacters, _ range: Range<Int>, _ slice: (Range<Int>) -> Substring) -> String? {
        guard !characters.isReadByScalar, range.count <= 7, mayElide(characters.scalars[range.lowerBound]) else { return nil }
        return slice(range).lowercased()
    }

    /// Whether a word starting with `first` may lowercase to one of the words that elide or
    /// contract (« de », « lorsque », « à »…; a decomposed « À » starts with « A »).
    private static func mayElide(_ first: Unicode.Scalar) -> Bool {
        switch first {
        case "d", "l", "q", "j", "m", "t", "s", "n", "p", "a", "à", "D", "L", "Q", "J", "M", "T", "S", "N", "P", "A", "À": true
        default: false
        }
    }

    /// « de le » and « à les » in a rendered text, with their contraction.
    private static let contracted: [String: [String: String]] = ["de": ["le": "du", "les": "des"], "à": ["le": "au", "les": "aux"]]

    /// « lorsque » and « puisque » elide only before « il », « elle », « on », « un », « en »,
    /// « ainsi » (Académie française): « puisque aucun site » is right.
    static let elidesOnlyBeforeFewWords: Set<String> = ["lorsque", "puisque"]
    static let fewWords: Set<String> = ["il", "ils", "elle", "elles", "on", "un", "une", "en", "ainsi"]

    private static func keepCase(of word: Substring, _ replacement: String) -> String {
        word.first?.isUppercase == true ? replacement.prefix(1).uppercased() + replacement.dropFirst() : replacement
    }

    /// The helper that writes `word` right, when there is one.
    static let helpers: [String: String] = ["de": "de", "à": "au", "le": "le", "la": "la", "que": "que"]

    private func diagnostic(_ problem: Problem, in text: Text, view: ChallengeView) -> Diagnostic {
        let catalogue = WritingMessages.catalogue
        let phrase = "\(problem.word) \(problem.next)"
        let variant = view.variant.map { " (\($0.description))" } ?? ""
        let message = catalogue.text("elision.message", ["phrase": phrase, "elided": problem.elided, "variant": variant])
        if let fix = Self.templateFix(for: problem.word, in: text) {
            let full = problem.word + " …"
            return descriptor(message, at: fix.span,
                              help: Help(catalogue.text("elision.help", ["fixed": fix.text, "elided": problem.elided, "full": full]), replacement: fix))
        }
        return descriptor(message, at: text.span, help: Help(catalogue.text("elision.helpPlain", ["elided": problem.elided])))
    }

    /// In a text written by hand, the fix writes the elided form in place. Before an h it is a
    /// guess (pixc lists the common aspirated h, not all of them): left to a person.
    private func handWritten(_ problem: Problem, offset: Int, in text: Text) -> Diagnostic {
        let catalogue = WritingMessages.catalogue
        let message = catalogue.text("elision.message", ["phrase": "\(problem.word) \(problem.next)", "elided": problem.elided, "variant": ""])
        let beforeH = problem.next.lowercased().hasPrefix("h")
        let fix = Replacement(span: text.span(ofTextRange: (problem.range.lowerBound + offset)..<(problem.range.upperBound + offset)), text: problem.elided, applicability: beforeH ? .maybeIncorrect : .machineApplicable)
        return descriptor(message, at: fix.span, help: Help(catalogue.text("elision.helpPlain", ["elided": problem.elided]), replacement: fix))
    }

    /// `de {{ expression }}` written once in the template: the fix writes `{{ de(expression) }}`.
    static func templateFix(for word: String, in text: Text) -> Replacement? {
        guard let helper = helpers[word.lowercased()] else { return nil }
        let source = text.source.text
        let pattern = word + " {{"
        var found: [Range<String.Index>] = []
        var searchStart = source.startIndex
        while let range = source.range(of: pattern, range: searchStart..<source.endIndex) {
            let isStart = range.lowerBound == source.startIndex || !source[source.index(before: range.lowerBound)].isLetter
            if isStart { found.append(range) }
            searchStart = range.upperBound
        }
        guard found.count == 1, let opening = found.first,
              let closing = source.range(of: "}}", range: opening.upperBound..<source.endIndex) else { return nil }
        let expression = source[opening.upperBound..<closing.lowerBound].trimmingWhitespace()
        guard !expression.isEmpty, !expression.contains("{{") else { return nil }
        let call = "\(helper)(\(expression))"
        let written = word.first?.isUppercase == true ? "{{ capitalize(\(call)) }}" : "{{ \(call) }}"
        let start = source.utf8.distance(from: source.startIndex, to: opening.lowerBound)
        let end = source.utf8.distance(from: source.startIndex, to: closing.upperBound)
        let span = text.source.span(ofTextRange: start..<end)
        return Replacement(span: span, text: written)
    }
}
