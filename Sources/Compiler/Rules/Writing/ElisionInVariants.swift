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
            for text in LearnerText.of(view.challenge) where text.isAsWritten && !text.value.contains("{{") {
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
        let words = Self.words(of: text)
        for (index, word) in words.enumerated() where index + 1 < words.count {
            let next = words[index + 1]
            // One space (or a no-break space) between the two words, nothing else.
            let gap = text[word.range.upperBound..<next.range.lowerBound]
            guard gap == " " || gap == "\u{A0}" else { continue }
            if handWritten, next.text.count < 2 { continue }
            let lower = word.text.lowercased()
            let isStart = word.range.lowerBound == text.startIndex || !(text[text.index(before: word.range.lowerBound)].isLetter || text[text.index(before: word.range.lowerBound)] == "’" || text[text.index(before: word.range.lowerBound)] == "'")
            guard isStart else { continue }
            let contracted: [String: [String: String]] = handWritten ? [:] : ["de": ["le": "du", "les": "des"], "à": ["le": "au", "les": "aux"]]
            let range = text.utf8.distance(from: text.startIndex, to: word.range.lowerBound)..<text.utf8.distance(from: text.startIndex, to: next.range.upperBound)
            if let table = contracted[lower], let short = table[String(next.text)] {
                problems.append(Problem(word: String(word.text), next: String(next.text), elided: Self.keepCase(of: word.text, short), range: range))
            } else if let short = FrenchElision.elidable[lower], FrenchElision.elides(before: next.text),
                      !Self.elidesOnlyBeforeFewWords.contains(lower) || Self.fewWords.contains(next.text.lowercased()) {
                problems.append(Problem(word: String(word.text), next: String(next.text), elided: Self.keepCase(of: word.text, short) + next.text, range: range))
            }
        }
        return problems
    }

    /// « lorsque » and « puisque » elide only before « il », « elle », « on », « un », « en »,
    /// « ainsi » (Académie française): « puisque aucun site » is right.
    static let elidesOnlyBeforeFewWords: Set<String> = ["lorsque", "puisque"]
    static let fewWords: Set<String> = ["il", "ils", "elle", "elles", "on", "un", "une", "en", "ainsi"]

    private static func keepCase(of word: Substring, _ replacement: String) -> String {
        word.first?.isUppercase == true ? replacement.prefix(1).uppercased() + replacement.dropFirst() : replacement
    }

    private static func words(of text: String) -> [(text: Substring, range: Range<String.Index>)] {
        var words: [(Substring, Range<String.Index>)] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isLetter else { index = text.index(after: index); continue }
            let start = index
            while index < text.endIndex, text[index].isLetter || text[index] == "-" { index = text.index(after: index) }
            words.append((text[start..<index], start..<index))
        }
        return words
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
