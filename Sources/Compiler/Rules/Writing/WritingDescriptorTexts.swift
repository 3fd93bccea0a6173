import Diagnostics

/// The French titles and explanations of the writing rules (see docs/architecture.md, "Messages
/// in two languages"). The English stays in the descriptors.
public enum WritingDescriptorTexts {
    static var descriptors: [DiagnosticDescriptor] {
        WritingRules.repositoryRules.map(\.descriptor) + WritingRules.challengeRules.map(\.descriptor) + WritingRules.otherDescriptors
    }

    static var codes: Set<DiagnosticCode> { Set(descriptors.map(\.code)) }

    public static let texts = DescriptorTexts(domain: "Writing", descriptors: descriptors, french: [
        "PIX0208.title": "Identifiant hors de l’alphabet de Pix",
        "PIX0208.explanation": """
        L’identifiant d’une épreuve la nomme pour toujours\u{A0}: dans la publication, les fichiers de
        calibration, les journaux de réponses et les adresses web. Les identifiants de Pix
        n’emploient que des minuscules sans accent, des chiffres et des tirets\u{A0}: un accent, une
        espace ou une majuscule s’écrit différemment selon les outils (`clé` a deux graphies
        Unicode\u{A0}; certains systèmes mettent les identifiants en minuscules) et rompt les liens entre
        eux. pixc donne l’identifiant translittéré (`stockage-clé` → `stockage-cle`).
        """,
        "PIX0209.title": "Nom de sujet hors de l’alphabet de Pix",
        "PIX0209.explanation": """
        Le nom d’un sujet fait le nom de ses acquis et les identifiants du sujet et de ses acquis,
        pour toujours\u{A0}: `@formatFichier` donne l’acquis `@formatFichier3`, les identifiants
        `tube-formatFichier` et `skill-formatFichier3`, dans la publication, les fichiers de
        calibration et les journaux de réponses. Pix les écrit en lettres sans accent et en chiffres,
        en camelCase\u{A0}: un accent, une espace ou un tiret s’écrit différemment selon les outils
        (`accès` a deux graphies Unicode) et rompt les liens entre eux. pixc donne le nom translittéré
        (`@accès données` → `@accesDonnees`), au sujet et à chaque épreuve qui cite l’un de ses
        acquis\u{A0}: `pixc fix` les renomme ensemble.
        """,
        "PIX0317.title": "Acquis actif sans épreuve validée qui change les pix des autres",
        "PIX0317.explanation": """
        Chaque niveau d’une compétence vaut 8\u{A0}pix, partagés entre ses acquis actifs (4\u{A0}pix au plus
        chacun\u{A0}; `compute-pix-values-by-skill` de pix-editor). Un nouvel acquis passé `actif` prend
        aussitôt sa part, même si aucune de ses épreuves n’est `validé` et qu’aucun candidat ne peut
        être évalué dessus\u{A0}: les autres acquis du niveau perdent des pix (deux acquis à 4\u{A0}pix
        deviennent trois à 2,67), et les scores des candidats changent à la publication suivante.
        Gardez un nouvel acquis `en construction` jusqu’à ce qu’une de ses épreuves soit validée.
        """,
        "PIX0427.title": "Une liste de deux nombres qui était sans doute un décimal",
        "PIX0427.explanation": """
        Dans une liste YAML écrite entre crochets, la virgule sépare les éléments\u{A0}: `[1,5]`, ce
        sont les deux réponses «\u{A0}1\u{A0}» et «\u{A0}5\u{A0}», et non le décimal 1,5. Le candidat qui saisit 1,5
        est alors compté faux, et celui qui saisit 5 compté juste. Écrivez le décimal entre
        guillemets, `["1,5"]`\u{A0}; si ce sont bien deux réponses, mettez une espace après la
        virgule, `[1, 5]`.
        """,
        "PIX0428.title": "Réponse décimale dans un champ de QROCM avec la tolérance t2",
        "PIX0428.explanation": """
        La tolérance t2 efface la ponctuation avant de comparer, virgule décimale comprise\u{A0}: avec
        t2, la réponse acceptée `6,5` devient `65`, et le candidat qui saisit 65 est compté juste.
        Une QROC avec `format: nombre` compare des nombres et ne craint rien\u{A0}; un champ de
        QROCM-ind ou de QROCM-dep est toujours comparé comme du texte\u{A0}: une épreuve dont les champs
        attendent des décimaux ne doit pas employer t2 (gardez t1 et t3 si vous les voulez).
        """,
        "PIX0429.title": "format: nombre sans effet",
        "PIX0429.explanation": """
        Pix ne compare les réponses comme des nombres (`1978`, `1978,0` et ` 1978` pareillement)
        que dans une QROC avec `format: nombre`. Dans une QROCM-ind ou une QROCM-dep, le format ne
        change rien\u{A0}: les réponses sont comparées comme du texte, avec les tolérances. La ligne
        donne une fausse assurance\u{A0}: écrivez dans `answers` les graphies acceptées de chaque
        nombre, et voyez PIX0428 sur t2 et les virgules décimales.
        """,
        "PIX0430.title": "Apostrophe droite",
        "PIX0430.explanation": """
        Le contenu livré écrit l’apostrophe typographique ’ («\u{A0}l’écran\u{A0}») dans ce que lisent les
        candidats\u{A0}; une apostrophe droite ' au milieu fait l’effet d’une faute de frappe et change
        la façon dont les lecteurs d’écran et les recherches traitent le mot. pixc fait respecter le
        style que suit la plus grande partie des textes du dépôt (docs/authoring.md, “House style”)\u{A0}: quand ’ est
        majoritaire, chaque ' entre deux lettres d’une consigne, d’une proposition, d’un libellé ou
        d’une solution est signalée, avec sa correction. Les réponses et les tests ne sont pas
        concernés\u{A0}: les tolérances t1 et t2 de Pix acceptent déjà les deux.
        """,
        "PIX0431.title": "Espace insécable manquante",
        "PIX0431.explanation": """
        La typographie française met une espace avant `:` `;` `!` `?` et à l’intérieur des « », et
        cette espace ne doit pas couper la ligne\u{A0}: avec une espace ordinaire, un écran étroit peut
        rejeter le point d’interrogation seul en début de ligne. Le style maison
        (docs/authoring.md, “House style”) est l’espace insécable U+00A0. pixc le fait respecter quand le dépôt
        le suit dans la plus grande partie de ses textes\u{A0}: chaque espace ordinaire à ces places,
        dans ce que lisent les candidats, est signalée avec sa correction (dans un éditeur, U+00A0
        se tape avec Option+Espace sur Mac, AltGr+Maj+Espace sur un clavier Linux français).
        """,
        "PIX0432.title": "Kilooctet écrit Ko",
        "PIX0432.explanation": """
        L’unité française de 1\u{A0}000 octets est le kilooctet, `ko`\u{A0}: le préfixe kilo du Système
        international est un k minuscule (`Mo`, `Go`, `To` prennent une majuscule parce que méga,
        giga et téra en prennent une). `Ko` est une faute courante que les lecteurs attentifs
        remarquent. pixc la signale dans ce que lisent les candidats quand le dépôt écrit `ko` dans
        la plus grande partie de ses textes (docs/authoring.md, “House style”), avec sa correction.
        """,
        "PIX0524.title": "Élision manquante dans un texte ou une déclinaison",
        "PIX0524.explanation": """
        Un modèle écrit `de {{{{ prenom }}}}` se lit bien avec «\u{A0}Paul\u{A0}» et mal avec «\u{A0}Adèle\u{A0}»\u{A0}: le
        français élide «\u{A0}de\u{A0}», «\u{A0}le\u{A0}», «\u{A0}la\u{A0}», «\u{A0}que\u{A0}»… devant une voyelle ou un h muet
        («\u{A0}d’Adèle\u{A0}», «\u{A0}l’écran\u{A0}», «\u{A0}qu’il\u{A0}»), et contracte «\u{A0}de le\u{A0}» et «\u{A0}à le\u{A0}» («\u{A0}du
        clavier\u{A0}», «\u{A0}au clavier\u{A0}»). pixc produit chaque déclinaison et signale celles où cela
        manque, et lit aussi les textes écrits à la main («\u{A0}le écran\u{A0}» devient «\u{A0}l’écran\u{A0}»\u{A0};
        «\u{A0}de le\u{A0}» y est laissé tel quel\u{A0}: «\u{A0}essayez de le faire\u{A0}» est juste). Dans un modèle, écrivez `{{{{ de(prenom) }}}}`, `{{{{ au(lieu) }}}}`, `{{{{ le(nom) }}}}`, `{{{{ la(nom) }}}}` ou
        `{{{{ que(nom) }}}}`\u{A0}: ces fonctions choisissent la bonne forme pour chaque valeur
        (docs/datasets.md, §6).
        """,
        "PIX0525.title": "Déclinaisons qui ne diffèrent que par les mots",
        "PIX0525.explanation": """
        Deux déclinaisons de cette épreuve montrent les mêmes nombres et ont la même bonne
        réponse\u{A0}; seuls leurs mots diffèrent (un autre appareil, un autre prénom). Pour le
        candidat, c’est la même question\u{A0}: une réponse transmise d’une déclinaison convient à
        l’autre, et la banque compte deux déclinaisons là où il n’y en a qu’une. Faites varier les
        nombres avec les mots (une capacité qui n’appartient qu’à un appareil, par exemple), ou
        ajoutez une contrainte qui écarte les combinaisons répétées.
        """,
        "PIX0703.title": "Nom de fichier hors de l’alphabet de Pix",
        "PIX0703.explanation": """
        Les fichiers d’épreuves, de jeux de données et les fichiers joints sont publiés sous leur
        nom. Un accent, une espace ou une majuscule dans un nom s’encode différemment selon macOS,
        Windows, git et les serveurs web (`clé.png` a deux graphies Unicode\u{A0}; `Photo.PNG` n’est pas
        `photo.png` sur le serveur)\u{A0}: le fichier disparaît sur certaines machines. Nommez les
        fichiers avec des minuscules sans accent, des chiffres, des tirets, des tirets bas et des
        points. `pixc fix` renomme le fichier et, dans la même passe, ce qui le cite (pièces jointes,
        illustrations, clé `dataset:` des épreuves qui utilisent un jeu de données)\u{A0}; il ne le
        fait pas quand le nouveau nom est déjà pris, ou quand deux fichiers prendraient le même.
        """,
    ])
}
