import Diagnostics

/// Diagnostic codes of the expression language (PIX05xx, shared with datasets and variants): its
/// syntax, names, types, calls, drawn values and evaluation. Their examples are whole challenges
/// of the example context, as an author meets these problems.
public enum ExpressionDiagnostics {
    package static let sizeInstruction = "Un fichier pèse {{ taille }} Mo. Combien de Ko cela représente-t-il (1 Mo = 1 000 Ko) ?"
    package static let yearInstruction = "En quelle année {{ organisme.nom }} a-t-elle été créée ? Cherchez sur {{ organisme.site }}."
    package static let challengePath = "Challenges/1.3/tableur/conversion-taille.yaml"
    package static let recherchePath = "Challenges/1.1/recherche/annee-creation.yaml"
    package static let organismesPath = "Challenges/datasets/organismes.yaml"

    /// A challenge of the example context converting file sizes; `data` and the texts vary.
    package static func sizeChallenge(data: String, variants: String = "variants: 10", instruction: String = sizeInstruction, answer: String = "{{ taille * 1000 }}", reject: String = "{{ taille }}") -> Example {
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

    package static let organismes = """
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

    package static func yearChallenge(dataset: String = "dataset: organismes", instruction: String = yearInstruction, reject: String = "{{ organisme.annee + 1 }}") -> String {
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

    package static func yearExample(dataset: String = organismes, challenge: String = yearChallenge()) -> Example {
        Example([ExampleFile(path: organismesPath, text: dataset), ExampleFile(path: recherchePath, text: challenge)])
    }

    public static let expressionSyntax = DiagnosticDescriptor(
        "PIX0501", .error,
        title: "Expression cannot be read",
        explanation: """
        A value, a derived value, a constraint or a `{{ … }}` placeholder holds an expression that
        does not follow the syntax of the expression language: a parenthesis not closed, an
        operator without a value on its right, `=` instead of `==`, a decimal written with a comma
        (`3,5` instead of `3.5`), or more than 100 levels of nesting (parentheses, operators,
        calls, lists): split such a calculation into derived values. The caret shows the first
        character pixc could not read. docs/datasets.md describes the language.
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
}
