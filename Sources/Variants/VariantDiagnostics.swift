import Diagnostics
import Expressions

/// Diagnostic codes about datasets, templates and variants (PIX05xx); those of the expression
/// language itself are `ExpressionDiagnostics`, listed here too so the catalogue keeps its order.
public enum VariantDiagnostics {
    public static let unknownDataset = DiagnosticDescriptor(
        "PIX0505", .error,
        title: "Unknown dataset",
        explanation: """
        The challenge names a shared dataset with `dataset:`, but no file
        `Challenges/datasets/<name>.yaml` has that name. The name is the file name without
        `.yaml`.
        """,
        wrong: ExpressionDiagnostics.yearExample(challenge: ExpressionDiagnostics.yearChallenge(dataset: "dataset: organisme")),
        right: ExpressionDiagnostics.yearExample()
    )

    public static let invalidRow = DiagnosticDescriptor(
        "PIX0506", .error,
        title: "Row value does not fit its column",
        explanation: """
        Every row of a dataset has the same fields, and a field of a column declared under
        `columns:` must have that type: `number` (digits, with a point or a comma for decimals),
        `date` (`2024-03-01` or `01/03/2024`), `boolean` (`oui`/`non`). A row that lacks a field, has
        an extra one, or holds a value of the wrong type would give a broken variant.
        """,
        wrong: ExpressionDiagnostics.yearExample(dataset: """
        description: Organismes publics français et leur année de création
        row: organisme
        key: nom
        columns:
          annee: number
        rows:
          - { nom: la CNIL, annee: 1978, site: cnil.fr }
          - { nom: l’Arcom, annee: en 2022, site: arcom.fr }
          - { nom: la BnF, annee: 1994, site: bnf.fr }
        """),
        right: ExpressionDiagnostics.yearExample()
    )

    public static let duplicateRow = DiagnosticDescriptor(
        "PIX0507", .error,
        title: "Two rows with the same key",
        explanation: """
        A row's key (the fields named by `key:`, or all its fields without `key:`) identifies it:
        the values drawn for its variants are derived from it, so that adding or removing other
        rows never changes them. Two rows with the same key would be the same variant twice.
        """,
        wrong: ExpressionDiagnostics.yearExample(dataset: """
        description: Organismes publics français et leur année de création
        row: organisme
        key: nom
        columns:
          annee: number
        rows:
          - { nom: la CNIL, annee: 1978, site: cnil.fr }
          - { nom: la BnF, annee: 1994, site: bnf.fr }
          - { nom: la CNIL, annee: 1978, site: www.cnil.fr }
        """),
        right: ExpressionDiagnostics.yearExample()
    )

    public static let definitionCycle = DiagnosticDescriptor(
        "PIX0508", .error,
        title: "Derived values depend on each other",
        explanation: """
        A derived value is computed from other values. When two derived values (or more) are
        computed from each other, none can be computed first. Compute one of them from drawn
        values only.
        """,
        wrong: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            taille: integer(2, 40)
          derived:
            ko: octets / 1000
            octets: ko * 1000
        """, answer: "{{ ko }}"),
        right: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            taille: integer(2, 40)
          derived:
            ko: octets / 1000
            octets: taille * 1000000
        """, answer: "{{ ko }}")
    )

    public static let duplicateName = DiagnosticDescriptor(
        "PIX0509", .error,
        title: "Name defined twice or not usable",
        explanation: """
        Each name of a dataset — the row, each value, each derived value — must be defined once,
        be a word (letters, digits and `_`, starting with a letter) and not be a word of the
        language (`and`, `or`, `not`, `if`, `then`, `else`, `true`, `false`).
        """,
        wrong: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            taille: integer(2, 40)
          derived:
            taille: taille * 1000
        """),
        right: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            taille: integer(2, 40)
          derived:
            ko: taille * 1000
        """, answer: "{{ ko }}")
    )

    public static let unsatisfiableConstraint = DiagnosticDescriptor(
        "PIX0511", .error,
        title: "Constraint never satisfied",
        explanation: """
        No combination of values satisfies the constraints, so the challenge would have no
        variant. pixc names the constraint that rejects the most combinations. pixc never falls
        back on a variant that breaks a constraint.
        """,
        wrong: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            taille: integer(2, 40)
          constraints:
            - taille > 50
        """),
        right: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            taille: integer(2, 40)
          constraints:
            - taille > 20
        """)
    )

    public static let rareConstraint = DiagnosticDescriptor(
        "PIX0512", .error,
        title: "Constraint too rare",
        explanation: """
        When there are too many combinations to list them all, pixc draws candidates and keeps
        those that satisfy the constraints. If it finds no variant after 1,000 draws, the
        constraints are too rare: the build stops and reports the acceptance rate and the
        constraint that rejects the most. Narrow the ranges, or compute the value instead of
        drawing it and rejecting it.
        """,
        wrong: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            mo: integer(1, 1000000)
            ko: integer(1, 1000000)
          constraints:
            - ko == mo * 1000
        """, instruction: "Un fichier pèse {{ mo }} Mo. Combien de Ko cela représente-t-il (1 Mo = 1 000 Ko) ?", answer: "{{ ko }}", reject: "{{ mo }}"),
        right: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            mo: integer(1, 1000)
          derived:
            ko: mo * 1000
        """, instruction: "Un fichier pèse {{ mo }} Mo. Combien de Ko cela représente-t-il (1 Mo = 1 000 Ko) ?", answer: "{{ ko }}", reject: "{{ mo }}")
    )

    public static let tooManyVariantsRequested = DiagnosticDescriptor(
        "PIX0513", .error,
        title: "More variants requested than exist",
        explanation: """
        `variants:` asks for more variants than the dataset can produce: the rows times the
        possible drawn values, minus what the constraints exclude. The message gives the number
        that exists; ask for at most that many, or write `variants: all`.
        """,
        wrong: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            taille: pick([2, 4, 8])
        """, variants: "variants: 5"),
        right: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            taille: pick([2, 4, 8])
        """, variants: "variants: all")
    )

    public static let spaceTooLarge = DiagnosticDescriptor(
        "PIX0514", .error,
        title: "Too many combinations for all variants",
        explanation: """
        `variants: all` (or no `variants:` at all) asks for every combination of the dataset, but
        there are too many of them to build and check. Ask for a number of variants instead: pixc
        then draws them.
        """,
        wrong: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            taille: integer(1, 1000000)
        """, variants: "variants: all"),
        right: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            taille: integer(1, 1000000)
        """, variants: "variants: 50")
    )

    public static let templateSyntax = DiagnosticDescriptor(
        "PIX0516", .error,
        title: "Placeholder cannot be read",
        explanation: """
        A text holds `{{` that is not closed by `}}`, or an empty placeholder. Placeholders
        `{{ … }}` are replaced by a value for each variant; they are distinct from Pix input blocks
        `${…}`, which pixc leaves untouched. To write `{{` itself, write `{{ "{{" }}`.
        """,
        wrong: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            taille: integer(2, 40)
        """, instruction: "Un fichier pèse {{ taille } Mo. Combien de Ko cela représente-t-il (1 Mo = 1 000 Ko) ?"),
        right: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            taille: integer(2, 40)
        """)
    )

    public static let nameList = DiagnosticDescriptor(
        "PIX0517", .error,
        title: "Name list missing or invalid",
        explanation: """
        `first_name()` and `last_name()` draw from the lists shipped in the repository:
        `Challenges/datasets/noms/prenoms.txt` (one first name per line, optionally followed by
        `;f`, `;m` or `;x` for a name given to both) and `Challenges/datasets/noms/noms.txt`. The
        list is missing, empty, or a line has an unknown gender.
        """,
        wrong: Example([
            ExampleFile(path: "Challenges/datasets/noms/prenoms.txt", text: "Camille;x\nLéa;f\nHugo;h\n"),
            ExampleFile(path: "Challenges/datasets/noms/noms.txt", text: "Martin\nBernard\n"),
            ExampleFile(path: "Challenges/1.3/tableur/partage.yaml", text: """
            id: tableur-partage-fichier
            skill: "@tableur2"
            type: QROC
            status: proposé
            instruction: "{{ prenom }} partage un fichier de {{ taille }} Mo avec 2 collègues. Combien de Mo sont envoyés en tout ?"
            proposals: "${total} Mo"
            answers: ["{{ taille * 2 }}"]
            format: nombre
            data:
              values:
                prenom: first_name()
                taille: integer(2, 40)
            variants: 3
            tests:
              accept: ["{{ taille * 2 }}"]
              reject: ["{{ taille }}"]
            """),
        ]),
        right: Example([
            ExampleFile(path: "Challenges/datasets/noms/prenoms.txt", text: "Camille;x\nLéa;f\nHugo;m\n"),
            ExampleFile(path: "Challenges/datasets/noms/noms.txt", text: "Martin\nBernard\n"),
            ExampleFile(path: "Challenges/1.3/tableur/partage.yaml", text: """
            id: tableur-partage-fichier
            skill: "@tableur2"
            type: QROC
            status: proposé
            instruction: "{{ prenom }} partage un fichier de {{ taille }} Mo avec 2 collègues. Combien de Mo sont envoyés en tout ?"
            proposals: "${total} Mo"
            answers: ["{{ taille * 2 }}"]
            format: nombre
            data:
              values:
                prenom: first_name()
                taille: integer(2, 40)
            variants: 3
            tests:
              accept: ["{{ taille * 2 }}"]
              reject: ["{{ taille }}"]
            """),
        ])
    )

    public static let conflictingData = DiagnosticDescriptor(
        "PIX0518", .error,
        title: "Dataset settings in conflict",
        explanation: """
        The dataset settings of the challenge contradict each other: `variants:` without
        `dataset:` or `data:`, rows written both in a shared dataset and under `data:`, or `row`,
        `key` or `columns` under `data:` while the rows come from a shared dataset. With
        `dataset:`, `data:` may only add `values`, `derived` and `constraints`.
        """,
        wrong: Example(path: ExpressionDiagnostics.challengePath, """
        id: tableur-conversion-taille
        skill: "@tableur2"
        type: QROC
        status: proposé
        instruction: Un fichier pèse 12 Mo. Combien de Ko cela représente-t-il (1 Mo = 1 000 Ko) ?
        proposals: "${ko} Ko"
        answers: ["12000"]
        format: nombre
        variants: 10
        tests:
          accept: ["12000"]
          reject: ["12"]
        """),
        right: Example(path: ExpressionDiagnostics.challengePath, """
        id: tableur-conversion-taille
        skill: "@tableur2"
        type: QROC
        status: proposé
        instruction: Un fichier pèse 12 Mo. Combien de Ko cela représente-t-il (1 Mo = 1 000 Ko) ?
        proposals: "${ko} Ko"
        answers: ["12000"]
        format: nombre
        tests:
          accept: ["12000"]
          reject: ["12"]
        """)
    )

    public static let unusedValue = DiagnosticDescriptor(
        "PIX0519", .warning,
        title: "Value never used",
        explanation: """
        A drawn or derived value is used by no text, no other value and no constraint. Its draws
        multiply the variants (with `variants: all`) or make them differ in nothing the learner
        sees. Use it, or remove it.
        """,
        wrong: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            taille: integer(2, 40)
            unite: pick(["Ko", "Mo", "Go"])
        """),
        right: ExpressionDiagnostics.sizeChallenge(data: """
          values:
            taille: integer(2, 40)
        """)
    )

    public static let all: [DiagnosticDescriptor] = [
        ExpressionDiagnostics.expressionSyntax, ExpressionDiagnostics.unknownName, ExpressionDiagnostics.typeMismatch,
        ExpressionDiagnostics.wrongArguments, unknownDataset, invalidRow, duplicateRow,
        definitionCycle, duplicateName, ExpressionDiagnostics.invalidGenerator, unsatisfiableConstraint, rareConstraint,
        tooManyVariantsRequested, spaceTooLarge, ExpressionDiagnostics.evaluationError, templateSyntax, nameList, conflictingData, unusedValue,
    ]
}
