import Diagnostics
import Grading
import Model

/// Helpers shared by the answer rules and their examples.
enum RuleExamples {
    static let path = "Challenges/1.1/recherche/exemple.yaml"

    /// A complete challenge file for an example: common keys, then `body`.
    static func challenge(_ id: String, type: String, instruction: String, _ body: String) -> Example {
        Example(path: path, """
        id: \(id)
        skill: "@recherche2"
        type: \(type)
        status: proposé
        instruction: \(instruction)
        \(body)
        """)
    }
}

extension RuleExamples {
    /// A QROCM-ind asking for a file's name and extension; `answerKey` and `testKey` name the
    /// extension's key in `answers` and in the accepted test (to show a typo in either).
    static func fileNameAndExtension(answerKey: String = "extension", testKey: String = "extension") -> Example {
        challenge("recherche-fichier", type: "QROCM-ind", instruction: "Donnez le nom et l’extension du fichier rapport.pdf.", """
        proposals: |
          Nom : ${nom}
          Extension : ${extension}
        answers:
          nom: [rapport]
          \(answerKey): [pdf]
        tests:
          accept:
            - {nom: rapport, \(testKey): pdf}
        """)
    }
}

extension ChallengeView {
    /// " in variant 3 (taille = 12, unite = Mo)" for a rendered variant, "" otherwise.
    var variantSuffix: String { variant.map { RuleMessages.text("Support.1", ["description": "\($0.description)"]) } ?? "" }

    /// Notes for diagnostics found on a variant: none, as the message already names the variant
    /// and its values (kept so rules can add variant-specific facts later in one place).
    var variantNotes: [String] { [] }
}

extension PixForm {
    var gradingTolerances: Tolerances {
        Tolerances(t1: tolerances.contains(.t1), t2: tolerances.contains(.t2), t3: tolerances.contains(.t3))
    }

    /// The text Pix compares for an option or answer under the challenge's t1/t2 tolerances.
    func treated(_ text: String) -> String {
        Treatments.apply(Treatments.preTreatment(text), gradingTolerances)
    }
}
