import Diagnostics
import YAML

/// Diagnostic codes about the structure of a file (PIX02xx).
public enum ModelDiagnostics {
    static func challenge(_ lines: String) -> Example { Example(path: ExampleChallenge.path, lines) }

    public static let wrongKind = DiagnosticDescriptor(
        "PIX0201", .error,
        title: "Value of the wrong kind",
        explanation: """
        Each key expects a kind of value: a text, a list (lines starting with `- `) or a mapping
        (lines of `key: value`, indented under the key). The value written has another kind, often
        because of an indentation mistake or a missing `- `.
        """,
        wrong: ExampleChallenge.with(["instruction": "instruction:\n  texte: En quelle année la CNIL a-t-elle été créée ?"]),
        right: ExampleChallenge.with()
    )

    public static let unknownKey = DiagnosticDescriptor(
        "PIX0202", .error,
        title: "Unknown key",
        explanation: """
        The key is not part of the schema of this kind of file, so pixc would ignore it; a
        misspelled key would silently lose what was written under it. pixc suggests the key meant:
        the English key of a French word (`consigne` → `instruction`, `réponses` → `answers`,
        `données` → `data`), else the closest known key, with the fix. What depends on the key is
        not reported again: a required key written in French is not also "missing", the answer
        rules wait until a misspelled answer key (`réponses`, `propositions`…) is fixed, and the
        names of a misspelled `data` or `dataset` are reported once. The full list of keys is in
        docs/authoring.md and in the JSON Schemas of `schemas/`.
        """,
        wrong: ExampleChallenge.with(["status": "statut: proposé"]),
        right: ExampleChallenge.with()
    )

    public static let missingKey = DiagnosticDescriptor(
        "PIX0203", .error,
        title: "Required key missing",
        explanation: """
        This kind of file needs the key to be meaningful: a challenge needs `id`, `skill`, `type`,
        `status` and `instruction`; a tube needs `name`, `competence`, `thematic`, `title`,
        `description` and `skills`.
        """,
        wrong: ExampleChallenge.with(["status": ""]),
        right: ExampleChallenge.with()
    )

    public static let invalidValue = DiagnosticDescriptor(
        "PIX0204", .error,
        title: "Value not allowed",
        explanation: """
        The key accepts a fixed set of values (a status, a type, a format…), a number in a range,
        or yes/no, and the value written is not one of them. pixc never guesses: it suggests the
        closest allowed value.
        """,
        wrong: ExampleChallenge.with(["status": "status: valide"]),
        right: ExampleChallenge.with(["status": "status: validé"])
    )

    public static let misplacedKey = DiagnosticDescriptor(
        "PIX0205", .error,
        title: "Key does not fit the challenge type",
        explanation: """
        Some keys only make sense for some types: `options` for QCU and QCM, `proposals`,
        `inputs` and `answers` for QROC, QROCM-ind and QROCM-dep. Two keys that say the same
        thing (`answers` and Pix's `solution`, `options` and Pix's `proposals` list) cannot be
        used together.
        """,
        wrong: challenge("""
        id: recherche-moteur
        skill: "@recherche2"
        type: QCU
        status: proposé
        instruction: Lequel de ces sites est un moteur de recherche ?
        options:
          - text: Qwant
            correct: oui
          - text: Wikipédia
        answers: ["Qwant"]
        tests:
          accept: ["1"]
          reject: ["2"]
        """),
        right: challenge("""
        id: recherche-moteur
        skill: "@recherche2"
        type: QCU
        status: proposé
        instruction: Lequel de ces sites est un moteur de recherche ?
        options:
          - text: Qwant
            correct: oui
          - text: Wikipédia
        tests:
          accept: ["1"]
          reject: ["2"]
        """)
    )

    public static let emptyFile = DiagnosticDescriptor(
        "PIX0206", .error,
        title: "File is empty",
        explanation: """
        The file has no content (or only comments). Every YAML file under `Challenges/` and
        `Referential/` describes something; delete the file or fill it in.
        """,
        wrong: Example(path: ExampleChallenge.path, "# à écrire\n"),
        right: ExampleChallenge.with()
    )

    public static let unreadableFile = DiagnosticDescriptor(
        "PIX0207", .error,
        title: "File cannot be read",
        explanation: """
        pixc could not open or read the file (missing, a folder, no permission). The message gives
        the system's reason.
        """
    )

    public static let all: [DiagnosticDescriptor] = [wrongKind, unknownKey, missingKey, invalidValue, misplacedKey, emptyFile, unreadableFile]
}
