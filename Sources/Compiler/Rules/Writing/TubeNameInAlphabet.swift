import Diagnostics
import Localization
import Model

/// Tube names (and so skill names and ids) are written with ASCII letters and digits.
struct TubeNameInAlphabet: RepositoryRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0209", .error,
        title: "Tube name outside Pix's alphabet",
        explanation: """
        A tube's name makes its skills' names and the ids of the tube and its skills, for ever:
        `@formatFichier` gives the skill `@formatFichier3`, the ids `tube-formatFichier` and
        `skill-formatFichier3`, in the bundle, in calibration files and in answer logs. Pix writes
        them with ASCII letters and digits, in camelCase: an accent, a space or a hyphen is written
        differently by different tools (`accès` has two Unicode spellings) and breaks the links
        between them. pixc gives the transliterated name (`@accès données` → `@accesDonnees`), at
        the tube and at every challenge that names one of its skills: `pixc fix` renames them
        together.
        """,
        wrong: Example([
            StructureExamples.file("Challenges/1.1/requetes/tube.yaml", Self.tube(name: "@requêtes avancées")),
            StructureExamples.challengeFile("requetes-annee-cnil", in: "Challenges/1.1/requetes", skill: "@requêtes avancées3"),
        ]),
        right: Example([
            StructureExamples.file("Challenges/1.1/requetes/tube.yaml", Self.tube(name: "@requetesAvancees")),
            StructureExamples.challengeFile("requetes-annee-cnil", in: "Challenges/1.1/requetes", skill: "@requetesAvancees3"),
        ])
    )

    static func tube(name: String) -> String {
        """
        name: "\(name)"
        competence: "1.1"
        thematic: moteur-recherche
        title: Affiner une recherche
        description: Utiliser les opérateurs d’un moteur de recherche.
        skills:
          - {level: 3, status: en construction}
        """
    }

    func check(_ context: RuleContext) -> [Diagnostic] {
        let catalogue = WritingMessages.catalogue
        let repository = context.index.repository
        var diagnostics: [Diagnostic] = []
        for tube in repository.tubes {
            let written = tube.name.value
            guard written.hasPrefix("@") else { continue }
            let bare = String(written.dropFirst())
            guard !bare.isEmpty, !PixAlphabet.isTubeName(bare) else { continue }
            let fixed = PixAlphabet.transliteratedTubeName(bare)
            let taken = !fixed.isEmpty && repository.tubes.contains { $0.name.value == "@" + fixed }
            let applicability: Applicability = fixed.isEmpty || taken ? .maybeIncorrect : .machineApplicable
            func help(at span: Span, _ text: String) -> Help? {
                fixed.isEmpty ? nil : Help(catalogue.text("tubeAlphabet.help", ["fixed": text]),
                                           replacement: Replacement(span: span.scalarReplacement(text).span, text: span.scalarReplacement(text).text, applicability: applicability))
            }
            let notes = taken ? [catalogue.text("tubeAlphabet.taken", ["fixed": "@" + fixed])] : []
            diagnostics.append(descriptor(catalogue.text("tubeAlphabet.message", ["name": written]),
                                          at: tube.name.span, notes: notes, help: help(at: tube.name.span, "@" + fixed)))
            // Each challenge that names one of its skills: the same rename, where it is written.
            for challenge in repository.challenges {
                let skill = challenge.skill.value
                guard skill.hasPrefix(written) else { continue }
                let level = skill.dropFirst(written.count)
                guard !level.isEmpty, level.allSatisfy(\.isASCIIDigitCharacter) else { continue }
                diagnostics.append(descriptor(catalogue.text("tubeAlphabet.skill", ["skill": skill, "name": written]),
                                              at: challenge.skill.span, notes: notes, help: help(at: challenge.skill.span, "@" + fixed + level)))
            }
        }
        return diagnostics
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
