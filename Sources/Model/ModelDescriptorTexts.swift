import Diagnostics

/// The French titles and explanations of the Model module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum ModelDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "Model", descriptors: ModelDiagnostics.all, french: [
        "PIX0201.title": "Valeur d’une mauvaise nature",
        "PIX0201.explanation": """
        Chaque clé attend une nature de valeur\u{A0}: un texte, une liste (des lignes qui commencent par
        `- `) ou un tableau de clés (des lignes `clé: valeur`, indentées sous la clé). La valeur
        écrite est d’une autre nature, souvent à cause d’une erreur d’indentation ou d’un `- `
        oublié.
        """,
        "PIX0202.title": "Clé inconnue",
        "PIX0202.explanation": """
        Cette clé ne fait pas partie du schéma de ce genre de fichier\u{A0}: pixc l’ignorerait, et une
        clé mal écrite ferait perdre sans bruit ce qui est écrit dessous. pixc propose la clé
        voulue\u{A0}: la clé anglaise d’un mot français (`consigne` → `instruction`, `réponses` →
        `answers`, `données` → `data`), sinon la clé connue la plus proche, avec la correction. Ce
        qui dépend de la clé n’est pas signalé une seconde fois\u{A0}: une clé obligatoire écrite en
        français n’est pas aussi déclarée «\u{A0}manquante\u{A0}», les règles sur les réponses attendent que
        la clé des réponses mal écrite (`réponses`, `propositions`…) soit corrigée, et les noms
        d’un `data` ou d’un `dataset` mal écrit sont signalés une seule fois. La liste complète des
        clés est dans docs/authoring.md et dans les schémas JSON de `schemas/`.
        """,
        "PIX0203.title": "Clé obligatoire manquante",
        "PIX0203.explanation": """
        Ce genre de fichier a besoin de cette clé pour avoir un sens\u{A0}: une épreuve a besoin de
        `id`, `skill`, `type`, `status` et `instruction`\u{A0}; un sujet a besoin de `name`,
        `competence`, `thematic`, `title`, `description` et `skills`.
        """,
        "PIX0204.title": "Valeur non autorisée",
        "PIX0204.explanation": """
        La clé accepte un ensemble fixe de valeurs (un statut, un type, un format…), un nombre
        compris dans un intervalle, ou oui/non, et la valeur écrite n’en fait pas partie. pixc ne
        devine jamais\u{A0}: il propose la valeur autorisée la plus proche.
        """,
        "PIX0205.title": "Clé qui ne convient pas au type d’épreuve",
        "PIX0205.explanation": """
        Certaines clés n’ont de sens que pour certains types\u{A0}: `options` pour les QCU et QCM,
        `proposals`, `inputs` et `answers` pour les QROC, QROCM-ind et QROCM-dep. Deux clés qui
        disent la même chose (`answers` et la `solution` de Pix, `options` et la liste
        `proposals` de Pix) ne peuvent pas être employées ensemble.
        """,
        "PIX0206.title": "Fichier vide",
        "PIX0206.explanation": """
        Le fichier n’a aucun contenu (ou seulement des commentaires). Chaque fichier YAML de
        `Challenges/` et de `Referential/` décrit quelque chose\u{A0}: supprimez le fichier ou
        remplissez-le.
        """,
        "PIX0207.title": "Fichier illisible",
        "PIX0207.explanation": """
        pixc n’a pas pu ouvrir ou lire le fichier (absent, c’est un dossier, droits insuffisants).
        Le message donne la raison indiquée par le système.
        """,
    ])
}
