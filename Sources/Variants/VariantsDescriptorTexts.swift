import Diagnostics
import Expressions

/// The French titles and explanations of the Variants module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum VariantsDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "Variants", descriptors: VariantDiagnostics.declaredHere, french: [
        "PIX0505.title": "Jeu de données inconnu",
        "PIX0505.explanation": """
        L’épreuve désigne un jeu de données partagé avec `dataset:`, mais aucun fichier
        `Challenges/datasets/<nom>.yaml` ne porte ce nom. Le nom est celui du fichier, sans
        `.yaml`.
        """,
        "PIX0506.title": "Valeur de ligne qui ne convient pas à sa colonne",
        "PIX0506.explanation": """
        Toutes les lignes d’un jeu de données ont les mêmes champs, et le champ d’une colonne
        déclarée sous `columns:` doit en avoir le type\u{A0}: `number` (des chiffres, avec un point ou
        une virgule pour les décimales), `date` (`2024-03-01` ou `01/03/2024`), `boolean`
        (`oui`/`non`). Une ligne à laquelle il manque un champ, qui en a un de trop, ou dont une
        valeur n’est pas du bon type donnerait une déclinaison cassée.
        """,
        "PIX0507.title": "Deux lignes avec la même clé",
        "PIX0507.explanation": """
        La clé d’une ligne (les champs nommés par `key:`, ou tous ses champs sans `key:`) l’identifie\u{A0}:
        les valeurs tirées pour ses déclinaisons en dépendent, si bien qu’ajouter ou retirer d’autres
        lignes ne les change jamais. Deux lignes de même clé donneraient deux fois la même
        déclinaison.
        """,
        "PIX0508.title": "Des valeurs calculées dépendent l’une de l’autre",
        "PIX0508.explanation": """
        Une valeur calculée se calcule à partir d’autres valeurs. Quand deux valeurs calculées (ou
        plus) se calculent l’une à partir de l’autre, aucune ne peut être calculée en premier.
        Calculez l’une d’elles à partir des seules valeurs tirées.
        """,
        "PIX0509.title": "Nom défini deux fois ou inutilisable",
        "PIX0509.explanation": """
        Chaque nom d’un jeu de données (la ligne, chaque valeur, chaque valeur calculée) doit être
        défini une seule fois, être un mot (lettres, chiffres et `_`, en commençant par une lettre)
        et ne pas être un mot du langage (`and`, `or`, `not`, `if`, `then`, `else`, `true`,
        `false`).
        """,
        "PIX0511.title": "Contrainte jamais satisfaite",
        "PIX0511.explanation": """
        Aucune combinaison de valeurs ne satisfait les contraintes\u{A0}: l’épreuve n’aurait aucune
        déclinaison. pixc nomme la contrainte qui rejette le plus de combinaisons. pixc ne se
        rabat jamais sur une déclinaison qui enfreint une contrainte.
        """,
        "PIX0512.title": "Contrainte trop rarement satisfaite",
        "PIX0512.explanation": """
        Quand il y a trop de combinaisons pour les lister toutes, pixc tire des candidates et garde
        celles qui satisfont les contraintes. S’il ne trouve aucune déclinaison après 1\u{202F}000 tirages,
        les contraintes sont trop rares\u{A0}: la construction s’arrête et indique le taux d’acceptation
        et la contrainte qui rejette le plus. Resserrez les intervalles, ou calculez la valeur au
        lieu de la tirer puis de la rejeter.
        """,
        "PIX0513.title": "Plus de déclinaisons demandées qu’il n’en existe",
        "PIX0513.explanation": """
        `variants:` demande plus de déclinaisons que le jeu de données ne peut en produire\u{A0}: les
        lignes multipliées par les valeurs tirées possibles, moins ce que les contraintes excluent.
        Le message donne le nombre qui existe\u{A0}; demandez-en au plus autant, ou écrivez
        `variants: all`.
        """,
        "PIX0514.title": "Trop de combinaisons pour toutes les déclinaisons",
        "PIX0514.explanation": """
        `variants: all` (ou l’absence de `variants:`) demande toutes les combinaisons du jeu de
        données, mais elles sont trop nombreuses pour être construites et vérifiées. Demandez
        plutôt un nombre de déclinaisons\u{A0}: pixc les tire alors au sort.
        """,
        "PIX0516.title": "Emplacement illisible",
        "PIX0516.explanation": """
        Un texte contient `{{{{` qui n’est pas fermé par `}}}}`, ou un emplacement vide. Les
        emplacements `{{{{ … }}}}` sont remplacés par une valeur dans chaque déclinaison\u{A0}; ils sont
        distincts des champs de Pix `${{…}}`, que pixc laisse tels quels. Pour écrire `{{{{` lui-même,
        écrivez `{{{{ "{{{{" }}}}`.
        """,
        "PIX0517.title": "Liste de noms absente ou invalide",
        "PIX0517.explanation": """
        `first_name()` et `last_name()` tirent dans les listes livrées avec le dépôt\u{A0}:
        `Challenges/datasets/noms/prenoms.txt` (un prénom par ligne, suivi au besoin de `;f`, `;m`,
        ou `;x` pour un prénom mixte) et `Challenges/datasets/noms/noms.txt`. La liste est absente,
        vide, ou une ligne a un genre inconnu.
        """,
        "PIX0518.title": "Réglages du jeu de données contradictoires",
        "PIX0518.explanation": """
        Les réglages du jeu de données de l’épreuve se contredisent\u{A0}: `variants:` sans `dataset:`
        ni `data:`, des lignes écrites à la fois dans un jeu de données partagé et sous `data:`, ou
        `row`, `key` ou `columns` sous `data:` alors que les lignes viennent d’un jeu de données
        partagé. Avec `dataset:`, `data:` ne peut ajouter que `values`, `derived` et
        `constraints`.
        """,
        "PIX0519.title": "Valeur jamais employée",
        "PIX0519.explanation": """
        Une valeur tirée ou calculée n’est employée par aucun texte, aucune autre valeur et aucune
        contrainte. Ses tirages multiplient les déclinaisons (avec `variants: all`) ou les font
        différer par quelque chose que le candidat ne voit pas. Employez-la, ou retirez-la.
        """,
    ])
}

extension VariantDiagnostics {
    /// The descriptors declared in Variants (`all` also lists some of Expressions').
    static var declaredHere: [DiagnosticDescriptor] {
        let expressions = Set(ExpressionsDescriptorTexts.declaredHere.map(\.code))
        return all.filter { !expressions.contains($0.code) }
    }
}
