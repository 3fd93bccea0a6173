import Diagnostics

/// The French titles and explanations of the Expressions module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum ExpressionsDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "Expressions", descriptors: ExpressionsDescriptorTexts.declaredHere, french: [
        "PIX0501.title": "Expression illisible",
        "PIX0501.explanation": """
        Une valeur, une valeur calculée, une contrainte ou un emplacement `{{{{ … }}}}` contient une
        expression qui ne suit pas la syntaxe du langage d’expressions\u{A0}: une parenthèse non fermée,
        un opérateur sans valeur à sa droite, `=` au lieu de `==`, un nombre décimal écrit avec une
        virgule (`3,5` au lieu de `3.5`), ou plus de 100 niveaux d’imbrication (parenthèses,
        opérateurs, appels, listes)\u{A0}: découpez alors le calcul en valeurs calculées. Le chevron
        montre le premier caractère que pixc n’a pas pu lire. docs/datasets.md décrit le langage.
        """,
        "PIX0502.title": "Nom inconnu",
        "PIX0502.explanation": """
        Une expression emploie un nom qui n’est pas défini\u{A0}: ni une valeur, ni une valeur calculée,
        ni la ligne (ou l’un de ses champs), ni une fonction. C’est le plus souvent une faute de
        frappe\u{A0}; pixc propose le nom le plus proche. Un champ de la ligne s’écrit avec le nom de la
        ligne et un point\u{A0}: `organisme.nom`.
        """,
        "PIX0503.title": "Valeur du mauvais type",
        "PIX0503.explanation": """
        Chaque expression a un type\u{A0}: un nombre, un texte, une valeur oui/non, une date ou une
        liste. Un opérateur ou une fonction a reçu une valeur d’un autre type, par exemple un texte
        dans un calcul. Les champs d’une ligne sont des textes, sauf si leur colonne est déclarée
        sous `columns:` (`annee: number`)\u{A0}: pixc ne devine jamais que `0612` ou `1.10` est un
        nombre.
        """,
        "PIX0504.title": "Mauvais arguments dans un appel",
        "PIX0504.explanation": """
        Une fonction a été appelée avec trop peu ou trop d’arguments, ou avec un argument nommé
        qu’elle n’a pas. docs/datasets.md liste chaque fonction et ses arguments. Dans les
        expressions, les nombres décimaux s’écrivent avec un point\u{A0}: `decimal(0.5, 3, step=0.5)`\u{A0};
        `0,5` ferait deux arguments.
        """,
        "PIX0510.title": "Valeur tirée invalide",
        "PIX0510.explanation": """
        Une valeur tirée (`integer`, `decimal`, `pick`, `sample`, `shuffle`, `first_name`,
        `last_name`, `date` entre deux dates) n’a rien dans quoi tirer\u{A0}: un minimum au-dessus du
        maximum, un pas qui n’est pas positif, une liste vide, plus d’éléments à tirer que la liste
        n’en contient. Les fonctions de tirage ne sont permises que comme expression entière d’une
        entrée de `values`, et leurs arguments peuvent employer des valeurs fixes et des champs de
        la ligne, pas d’autres valeurs tirées (reliez plutôt les valeurs tirées par une
        contrainte).
        """,
        "PIX0515.title": "Erreur de calcul d’une déclinaison",
        "PIX0515.explanation": """
        Une expression ne peut pas être calculée pour une déclinaison\u{A0}: une division par zéro, une
        division sans valeur décimale exacte (`10 / 3`\u{A0}; écrivez `round(10 / 3, 2)`), une position
        hors d’une liste (les positions commencent à 1), un nombre trop grand, ou plus de travail
        que le budget ne le permet. Le message donne les valeurs de la déclinaison en cause.
        """,
    ])
}

extension ExpressionsDescriptorTexts {
    /// The descriptors declared in Expressions (Variants lists them in `VariantDiagnostics.all`).
    public static var declaredHere: [DiagnosticDescriptor] {
        [ExpressionDiagnostics.expressionSyntax, ExpressionDiagnostics.unknownName, ExpressionDiagnostics.typeMismatch,
         ExpressionDiagnostics.wrongArguments, ExpressionDiagnostics.invalidGenerator, ExpressionDiagnostics.evaluationError]
    }
}
