import Diagnostics

/// Diagnostic codes about datasets, expressions, templates and variants (PIX05xx).
public enum VariantDiagnostics {
    static let challengePath = "Challenges/1.3/tableur/conversion-taille.yaml"
    static let recherchePath = "Challenges/1.1/recherche/annee-creation.yaml"
    static let organismesPath = "Challenges/datasets/organismes.yaml"

    /// A challenge of the example context converting file sizes; `data` and the texts vary.
    static func sizeChallenge(data: String, variants: String = "variants: 10", instruction: String = "Un fichier pèse {{ taille }} Mo. Combien de Ko cela représente-t-il (1 Mo = 1 000 Ko) ?", answer: String = "{{ taille * 1000 }}", reject: String = "{{ taille }}") -> Example {
        Example(path: challengePath, """
        id: tableur-conversion-taille
        skill: "@tableur2"
        type: QROC
        status: proposé
        instruction: \(instruction)
        proposals: "${ko} Ko"
        answers: ["\(answer)"]
        format: nombre
        data:
        \(data)
        \(variants)
        tests:
          accept: ["\(answer)"]
          reject: ["\(reject)"]
        """)
    }

    static let organismes = """
        description: Organismes publics français et leur année de création
        row: organisme
        key: nom
        columns:
          annee: number
        rows:
          - { nom: la CNIL, annee: 1978, site: cnil.fr }
          - { nom: l’Arcom, annee: 2022, site: arcom.fr }
          - { nom: la BnF, annee: 1994, site: bnf.fr }
        """

    static func yearChallenge(dataset: String = "dataset: organismes", instruction: String = "En quelle année {{ organisme.nom }} a-t-elle été créée ? Cherchez sur {{ organisme.site }}.", reject: String = "{{ organisme.annee + 1 }}") -> String {
        """
        id: recherche-annee-creation
        skill: "@recherche3"
        type: QROC
        status: proposé
        \(dataset)
        instruction: \(instruction)
        proposals: "Année : ${annee}"
        answers: ["{{ organisme.annee }}"]
        format: nombre
        variants: all
        tests:
          accept: ["{{ organisme.annee }}"]
          reject: ["\(reject)"]
        """
    }

    static func yearExample(dataset: String = organismes, challenge: String = yearChallenge()) -> Example {
        Example([ExampleFile(path: organismesPath, text: dataset), ExampleFile(path: recherchePath, text: challenge)])
    }

    public static let expressionSyntax = DiagnosticDescriptor(
        "PIX0501", .error,
        title: "Expression cannot be read",
        explanation: """
        A value, a derived value, a constraint or a `{{ … }}` placeholder holds an expression that
        does not follow the syntax of the expression language: a parenthesis not closed, an
        operator without a value on its right, `=` instead of `==`, a decimal written with a comma
        (`3,5` instead of `3.5`). The caret shows the first character pixc could not read.
        docs/datasets.md describes the language.
        """,
        wrong: sizeChallenge(data: """
          values:
            taille: integer(2, 40
        """),
        right: sizeChallenge(data: """
          values:
            taille: integer(2, 40)
        """)
    )

    public static let unknownName = DiagnosticDescriptor(
        "PIX0502", .error,
        title: "Unknown name",
        explanation: """
        An expression uses a name that is not defined: not a value, not a derived value, not the
        row (or not one of its fields), not a function. It is usually a typing mistake; pixc
        suggests the closest name. A field of the row is written with the row's name and a point:
        `organisme.nom`.
        """,
        wrong: sizeChallenge(data: """
          values:
            taille: integer(2, 40)
        """, instruction: "Un fichier pèse {{ tail }} Mo. Combien de Ko cela représente-t-il (1 Mo = 1 000 Ko) ?"),
        right: sizeChallenge(data: """
          values:
            taille: integer(2, 40)
        """)
    )

    public static let typeMismatch = DiagnosticDescriptor(
        "PIX0503", .error,
        title: "Value of the wrong type",
        explanation: """
        Every expression has a type: a number, a text, a yes/no value, a date or a list. An
        operator or a function received a value of another type, for example a text in a
        calculation. Row fields are texts unless their column is declared under `columns:`
        (`annee: number`): pixc never guesses that `0612` or `1.10` is a number.
        """,
        wrong: yearExample(dataset: """
        description: Organismes publics français et leur année de création
        row: organisme
        key: nom
        rows:
          - { nom: la CNIL, annee: 1978, site: cnil.fr }
          - { nom: l’Arcom, annee: 2022, site: arcom.fr }
          - { nom: la BnF, annee: 1994, site: bnf.fr }
        """),
        right: yearExample()
    )

    public static let wrongArguments = DiagnosticDescriptor(
        "PIX0504", .error,
        title: "Wrong arguments in a call",
        explanation: """
        A function was called with too few or too many arguments, or with a named argument it does
        not have. Each function and its arguments are listed in docs/datasets.md. Decimal numbers
        are written with a point in expressions: `decimal(0.5, 3, step=0.5)`; `0,5` would be two
        arguments.
        """,
        wrong: sizeChallenge(data: """
          values:
            taille: integer(2, 40, pas=2)
        """),
        right: sizeChallenge(data: """
          values:
            taille: integer(2, 40, step=2)
        """)
    )

    public static let unknownDataset = DiagnosticDescriptor(
        "PIX0505", .error,
        title: "Unknown dataset",
        explanation: """
        The challenge names a shared dataset with `dataset:`, but no file
        `Challenges/datasets/<name>.yaml` has that name. The name is the file name without
        `.yaml`.
        """,
        wrong: yearExample(challenge: yearChallenge(dataset: "dataset: organisme")),
        right: yearExample()
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
        wrong: yearExample(dataset: """
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
        right: yearExample()
    )

    public static let duplicateRow = DiagnosticDescriptor(
        "PIX0507", .error,
        title: "Two rows with the same key",
        explanation: """
        A row's key (the fields named by `key:`, or all its fields without `key:`) identifies it:
        the values drawn for its variants are derived from it, so that adding or removing other
        rows never changes them. Two rows with the same key would be the same variant twice.
        """,
        wrong: yearExample(dataset: """
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
        right: yearExample()
    )

    public static let definitionCycle = DiagnosticDescriptor(
        "PIX0508", .error,
        title: "Derived values depend on each other",
        explanation: """
        A derived value is computed from other values. When two derived values (or more) are
        computed from each other, none can be computed first. Compute one of them from drawn
        values only.
        """,
        wrong: sizeChallenge(data: """
          values:
            taille: integer(2, 40)
          derived:
            ko: octets / 1000
            octets: ko * 1000
        """, answer: "{{ ko }}"),
        right: sizeChallenge(data: """
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
        wrong: sizeChallenge(data: """
          values:
            taille: integer(2, 40)
          derived:
            taille: taille * 1000
        """),
        right: sizeChallenge(data: """
          values:
            taille: integer(2, 40)
          derived:
            ko: taille * 1000
        """, answer: "{{ ko }}")
    )

    public static let invalidGenerator = DiagnosticDescriptor(
        "PIX0510", .error,
        title: "Invalid drawn value",
        explanation: """
        A drawn value (`integer`, `decimal`, `pick`, `sample`, `shuffle`, `first_name`,
        `last_name`, `date` between two dates) has nothing to draw from: a minimum above the
        maximum, a step that is not positive, an empty list, more items to sample than the list
        holds. Drawing functions are only allowed as the whole expression of an entry of `values`,
        and their arguments can use fixed values and row fields, not other drawn values (relate
        drawn values with a constraint instead).
        """,
        wrong: sizeChallenge(data: """
          values:
            taille: integer(40, 2)
        """),
        right: sizeChallenge(data: """
          values:
            taille: integer(2, 40)
        """)
    )

    public static let unsatisfiableConstraint = DiagnosticDescriptor(
        "PIX0511", .error,
        title: "Constraint never satisfied",
        explanation: """
        No combination of values satisfies the constraints, so the challenge would have no
        variant. pixc names the constraint that rejects the most combinations. pixc never falls
        back on a variant that breaks a constraint.
        """,
        wrong: sizeChallenge(data: """
          values:
            taille: integer(2, 40)
          constraints:
            - taille > 50
        """),
        right: sizeChallenge(data: """
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
        wrong: sizeChallenge(data: """
          values:
            mo: integer(1, 1000000)
            ko: integer(1, 1000000)
          constraints:
            - ko == mo * 1000
        """, instruction: "Un fichier pèse {{ mo }} Mo. Combien de Ko cela représente-t-il (1 Mo = 1 000 Ko) ?", answer: "{{ ko }}", reject: "{{ mo }}"),
        right: sizeChallenge(data: """
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
        wrong: sizeChallenge(data: """
          values:
            taille: pick([2, 4, 8])
        """, variants: "variants: 5"),
        right: sizeChallenge(data: """
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
        wrong: sizeChallenge(data: """
          values:
            taille: integer(1, 1000000)
        """, variants: "variants: all"),
        right: sizeChallenge(data: """
          values:
            taille: integer(1, 1000000)
        """, variants: "variants: 50")
    )

    public static let evaluationError = DiagnosticDescriptor(
        "PIX0515", .error,
        title: "Error while computing a variant",
        explanation: """
        An expression cannot be computed for some variant: a division by zero, a division with
        no exact decimal value (`10 / 3`; write `round(10 / 3, 2)`), a position outside a list
        (positions start at 1), a number too large, or more work than the budget allows. The
        message names the values of the variant where it happens.
        """,
        wrong: sizeChallenge(data: """
          values:
            taille: integer(2, 40)
          derived:
            tiers: taille / 3
        """, instruction: "Un fichier de {{ taille }} Mo est coupé en trois parts égales. Combien de Mo pèse chaque part ?", answer: "{{ tiers }}"),
        right: sizeChallenge(data: """
          values:
            taille: integer(2, 40)
          derived:
            tiers: round(taille / 3, 2)
        """, instruction: "Un fichier de {{ taille }} Mo est coupé en trois parts égales. Combien de Mo pèse chaque part (arrondi au centième) ?", answer: "{{ tiers }}")
    )

    public static let templateSyntax = DiagnosticDescriptor(
        "PIX0516", .error,
        title: "Placeholder cannot be read",
        explanation: """
        A text holds `{{` that is not closed by `}}`, or an empty placeholder. Placeholders
        `{{ … }}` are replaced by a value for each variant; they are distinct from Pix input blocks
        `${…}`, which pixc leaves untouched. To write `{{` itself, write `{{ "{{" }}`.
        """,
        wrong: sizeChallenge(data: """
          values:
            taille: integer(2, 40)
        """, instruction: "Un fichier pèse {{ taille } Mo. Combien de Ko cela représente-t-il (1 Mo = 1 000 Ko) ?"),
        right: sizeChallenge(data: """
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
        wrong: Example(path: challengePath, """
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
        right: Example(path: challengePath, """
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
        wrong: sizeChallenge(data: """
          values:
            taille: integer(2, 40)
            unite: pick(["Ko", "Mo", "Go"])
        """),
        right: sizeChallenge(data: """
          values:
            taille: integer(2, 40)
        """)
    )

    public static let all: [DiagnosticDescriptor] = [
        expressionSyntax, unknownName, typeMismatch, wrongArguments, unknownDataset, invalidRow, duplicateRow,
        definitionCycle, duplicateName, invalidGenerator, unsatisfiableConstraint, rareConstraint,
        tooManyVariantsRequested, spaceTooLarge, evaluationError, templateSyntax, nameList, conflictingData, unusedValue,
    ]
}
