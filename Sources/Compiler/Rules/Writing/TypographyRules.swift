import Diagnostics
import Foundation
import Localization
import Model

extension ChallengeRule {
    /// Findings of `find` in the learner texts of a challenge as written, each with its fix, at
    /// most 20 per challenge.
    func typographyFindings(_ view: ChallengeView, _ find: (Substring) -> [Prose.Finding], report: (Prose.Finding, Span, Replacement) -> Diagnostic?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for text in LearnerText.of(view.challenge) where text.isAsWritten {
            let map = text.sourceMap
            for piece in Prose.pieces(of: text.value) {
                for finding in find(piece.text) {
                    let range = (piece.offset + finding.range.lowerBound)..<(piece.offset + finding.range.upperBound)
                    let span = map.span(ofTextRange: range)
                    if let diagnostic = report(finding, span, Replacement(span: span, text: finding.replacement)) {
                        diagnostics.append(diagnostic)
                        if diagnostics.count >= 20 { return diagnostics }
                    }
                }
            }
        }
        return diagnostics
    }
}

/// Straight apostrophes in a repository that writes ’.
struct StraightApostrophes: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0430", .warning,
        title: "Straight apostrophe",
        explanation: """
        The shipped content writes the typographic apostrophe ’ (« l’écran ») in what learners
        read; a straight ' among them looks like a typing mistake and changes how screen readers
        and searches treat the word. pixc enforces the style the repository follows in most of its
        texts (docs/authoring.md, “House style”): when ’ is the majority, each ' between two letters of an
        instruction, option, label or solution is reported, with the fix. Answers and tests are
        not concerned: Pix's t1 and t2 tolerances already accept both.
        """,
        wrong: Example([
            StructureExamples.file("Challenges/1.1/recherche/annee-arcom.yaml", StructureExamples.challenge("recherche-annee-arcom", question: StructureExamples.Question(instruction: "En quelle année l’Arcom, l’autorité de régulation de l’audiovisuel, a-t-elle été créée ?", answer: "2022", mistake: "1989"))),
            StructureExamples.file("Challenges/1.1/recherche/annee-cnil.yaml", StructureExamples.challenge("recherche-annee-cnil", question: StructureExamples.Question(instruction: "En quelle année l'autorité de protection des données, la CNIL, a-t-elle été créée ?", answer: "1978", mistake: "1987"))),
        ]),
        right: Example([
            StructureExamples.file("Challenges/1.1/recherche/annee-arcom.yaml", StructureExamples.challenge("recherche-annee-arcom", question: StructureExamples.Question(instruction: "En quelle année l’Arcom, l’autorité de régulation de l’audiovisuel, a-t-elle été créée ?", answer: "2022", mistake: "1989"))),
            StructureExamples.file("Challenges/1.1/recherche/annee-cnil.yaml", StructureExamples.challenge("recherche-annee-cnil", question: StructureExamples.Question(instruction: "En quelle année l’autorité de protection des données, la CNIL, a-t-elle été créée ?", answer: "1978", mistake: "1987"))),
        ])
    )

    let convention: HouseConvention? = .typographicApostrophes

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let catalogue = WritingMessages.catalogue
        return typographyFindings(view, Prose.apostrophes) { finding, span, fix in
            guard finding.isStraight else { return nil }
            return descriptor(catalogue.text("apostrophe.message"), at: span, help: Help(catalogue.text("apostrophe.help", ["fixed": "’"]), replacement: fix))
        }
    }
}

/// An ordinary space before `:` `;` `!` `?` or inside « », in a repository that writes U+00A0.
struct NoBreakSpaces: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0431", .warning,
        title: "Missing no-break space",
        explanation: """
        French typography puts a space before `:` `;` `!` `?` and inside « », and that space must
        not break: with an ordinary space, a narrow screen can put the question mark alone at the
        start of a line. The house style (docs/authoring.md, “House style”) is the no-break space U+00A0. pixc
        enforces it when the repository follows it in most of its texts: each ordinary space in
        those places, in what learners read, is reported with the fix (in an editor, U+00A0 is
        typed with Option+Space on a Mac, AltGr+Shift+Space on a French Linux keyboard).
        """,
        wrong: Example([
            StructureExamples.file("Challenges/1.1/recherche/annee-arcom.yaml", StructureExamples.challenge("recherche-annee-arcom", question: StructureExamples.Question(instruction: "En quelle année l’Arcom a-t-elle été créée\u{A0}?", answer: "2022", mistake: "1989")).replacingOccurrences(of: "Réponse : ", with: "Réponse\u{A0}: ")),
            StructureExamples.file("Challenges/1.1/recherche/annee-cnil.yaml", StructureExamples.challenge("recherche-annee-cnil").replacingOccurrences(of: "Réponse : ", with: "Réponse\u{A0}: ")),
        ]),
        right: Example([
            StructureExamples.file("Challenges/1.1/recherche/annee-arcom.yaml", StructureExamples.challenge("recherche-annee-arcom", question: StructureExamples.Question(instruction: "En quelle année l’Arcom a-t-elle été créée\u{A0}?", answer: "2022", mistake: "1989")).replacingOccurrences(of: "Réponse : ", with: "Réponse\u{A0}: ")),
            StructureExamples.file("Challenges/1.1/recherche/annee-cnil.yaml", StructureExamples.challenge("recherche-annee-cnil", question: StructureExamples.Question(instruction: "En quelle année la CNIL a-t-elle été créée\u{A0}?", answer: "1978", mistake: "1987")).replacingOccurrences(of: "Réponse : ", with: "Réponse\u{A0}: ")),
        ])
    )

    let convention: HouseConvention? = .noBreakSpaces

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let catalogue = WritingMessages.catalogue
        return typographyFindings(view, Prose.spacesBeforeMarks) { finding, span, fix in
            guard finding.isMissing else { return nil }
            let place = finding.detail == "«" || finding.detail == "»"
                ? catalogue.text("noBreakSpace.insideQuotes") : catalogue.text("noBreakSpace.before", ["mark": finding.detail])
            let fixed = finding.detail == "«" ? "«\u{A0}" : "\u{A0}" + finding.detail
            return descriptor(catalogue.text("noBreakSpace.message", ["where": place]), at: span,
                              help: Help(catalogue.text("noBreakSpace.help", ["fixed": fixed]), replacement: fix))
        }
    }
}

/// `Ko` for the kilobyte, in a repository that writes the SI `ko`.
struct ByteUnits: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0432", .warning,
        title: "Kilobyte written Ko",
        explanation: """
        The French unit of 1 000 octets is the kilooctet, `ko`: the SI prefix kilo is a lower-case
        k (`Mo`, `Go`, `To` take capitals because mega, giga and tera do). `Ko` is a common mistake
        that careful readers notice. pixc reports it in what learners read when the repository
        writes `ko` in most of its texts (docs/authoring.md, “House style”), with the fix.
        """,
        wrong: Example([
            StructureExamples.file("Challenges/1.1/recherche/taille-page.yaml", StructureExamples.challenge("recherche-taille-page", question: StructureExamples.Question(instruction: "Une page pèse 300 ko et ses images 700 ko. Combien pèse-t-elle en tout, en Ko ?", answer: "1000", mistake: "300"))),
            StructureExamples.file("Challenges/1.1/recherche/taille-image.yaml", StructureExamples.challenge("recherche-taille-image", question: StructureExamples.Question(instruction: "Une image de 2 Mo est compressée en 500 ko. Combien de ko a-t-on gagnés ?", answer: "1500", mistake: "500"))),
        ]),
        right: Example([
            StructureExamples.file("Challenges/1.1/recherche/taille-page.yaml", StructureExamples.challenge("recherche-taille-page", question: StructureExamples.Question(instruction: "Une page pèse 300 ko et ses images 700 ko. Combien pèse-t-elle en tout, en ko ?", answer: "1000", mistake: "300"))),
            StructureExamples.file("Challenges/1.1/recherche/taille-image.yaml", StructureExamples.challenge("recherche-taille-image", question: StructureExamples.Question(instruction: "Une image de 2 Mo est compressée en 500 ko. Combien de ko a-t-on gagnés ?", answer: "1500", mistake: "500"))),
        ])
    )

    let convention: HouseConvention? = .siUnits

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let catalogue = WritingMessages.catalogue
        return typographyFindings(view, Prose.kilobytes) { finding, span, fix in
            guard finding.isWrong else { return nil }
            return descriptor(catalogue.text("byteUnit.message", ["written": "Ko", "unit": "ko"]), at: span,
                              help: Help(catalogue.text("byteUnit.help", ["unit": "ko"]), replacement: fix))
        }
    }
}
