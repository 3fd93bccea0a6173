import Diagnostics

/// The French titles and explanations of the YAML module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum YAMLDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "YAML", descriptors: YAMLDiagnostics.all, french: [
        "PIX0101.title": "Erreur de syntaxe YAML",
        "PIX0101.explanation": """
        Le fichier n’est pas du YAML valide\u{A0}: pixc ne peut pas le lire. Les causes les plus
        fréquentes sont une indentation qui ne correspond pas aux lignes du dessus, une valeur qui
        contient `: ` sans être entre guillemets, et un guillemet ouvert mais jamais fermé. pixc
        montre l’endroit où la lecture du YAML s’est arrêtée\u{A0}: l’erreur est sur cette ligne ou juste
        au-dessus.
        """,
        "PIX0102.title": "Tabulation dans l’indentation",
        "PIX0102.explanation": """
        YAML n’accepte que des espaces pour indenter les lignes. Dans la plupart des éditeurs, une
        tabulation ressemble à des espaces, ce qui rend l’erreur difficile à voir. Remplacez chaque
        tabulation du début de la ligne par des espaces (deux par niveau), et réglez votre éditeur
        pour qu’il insère des espaces quand vous appuyez sur Tab.
        """,
        "PIX0103.title": "Clé écrite deux fois au même niveau",
        "PIX0103.explanation": """
        Une clé apparaît deux fois au même niveau. YAML ne garderait en silence qu’une des deux
        valeurs\u{A0}: une modification pourrait se perdre sans que personne ne s’en aperçoive. pixc
        refuse donc le fichier et montre les deux endroits. Gardez-en un seul.
        """,
        "PIX0104.title": "Des alias qui produisent trop de valeurs",
        "PIX0104.explanation": """
        Les ancres (`&nom`) et les alias (`*nom`) de YAML permettent de répéter une valeur sans la
        réécrire. Des alias qui renvoient à des listes d’alias se multiplient\u{A0}: dix niveaux de dix
        font dix milliards de valeurs (l’attaque dite «\u{A0}billion laughs\u{A0}»). pixc compte ce
        qu’ajoutent les alias et arrête de lire le document quand ils ajouteraient plus de
        100\u{202F}000 valeurs, ou dix fois ce qui est écrit.
        """,
        "PIX0105.title": "Alias d’une ancre qui n’existe pas",
        "PIX0105.explanation": """
        Un alias `*nom` répète la valeur marquée par l’ancre `&nom`. L’ancre doit être écrite plus
        haut, dans le même document.
        """,
        "PIX0106.title": "Étiquette YAML ignorée",
        "PIX0106.explanation": """
        Les étiquettes YAML comme `!!int` ou `!custom` demandent à une bibliothèque YAML de
        convertir une valeur. pixc ne convertit jamais une valeur de lui-même\u{A0}: chaque champ décide
        comment lire son texte (ainsi, `0612` reste `0612`). Les étiquettes n’ont donc aucun effet\u{A0}:
        retirez-les.
        """,
        "PIX0107.title": "Plusieurs documents YAML dans un fichier",
        "PIX0107.explanation": """
        Une ligne `---` commence un nouveau document YAML. pixc lit un seul document par fichier
        (une épreuve, un sujet, un jeu de données)\u{A0}: un second document serait ignoré. Mettez-le
        dans son propre fichier.
        """,
        "PIX0108.title": "Fichier qui n’est pas en UTF-8",
        "PIX0108.explanation": """
        pixc lit des fichiers encodés en UTF-8, l’encodage de tous les éditeurs récents et des
        dépôts git. Dans un fichier enregistré en Latin-1 ou en Windows-1252, les lettres accentuées
        deviennent des octets invalides\u{A0}: pixc montre le premier. Enregistrez de nouveau le fichier
        en UTF-8 et vérifiez ses accents. Une marque d’ordre des octets (BOM) UTF-8 au début du
        fichier est acceptée.
        """,
        "PIX0109.title": "Valeurs imbriquées trop profondément",
        "PIX0109.explanation": """
        Des listes et des tableaux de clés sont imbriqués sur plus de 200 niveaux. Aucun fichier
        pixc n’en a besoin\u{A0}: un tel fichier est abîmé, ou fabriqué pour épuiser l’outil, et pixc
        arrête de le lire.
        """,
    ])
}
