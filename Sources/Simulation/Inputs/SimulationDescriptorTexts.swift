import Diagnostics

/// The French titles and explanations of the Simulation module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum SimulationDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "Simulation", descriptors: SimulationInputDiagnostics.all, french: [
        "PIX0801.title": "Fichier d’entrée de la simulation mal formé",
        "PIX0801.explanation": """
        Un fichier d’épreuves (`--items`, `--truth`) est un CSV dont l’en-tête nomme les colonnes\u{A0}:
        `id`, `discrimination`, `difficulty`, et au besoin `competence`, `tube`, `skill`, `level`
        (`alpha`/`a` et `delta`/`b` sont aussi acceptés). Un fichier de capacités (`--capacities`)
        a les colonnes `learner` et `capacity`. Chaque ligne après l’en-tête a une valeur par
        colonne.
        """,
        "PIX0802.title": "Valeur invalide dans une entrée de la simulation",
        "PIX0802.explanation": """
        La discrimination est un nombre supérieur à 0, la difficulté et la capacité sont des nombres
        finis (un point ou une virgule pour les décimales), un niveau est un nombre entier de 1 à 8,
        et les identifiants ne sont pas vides. Une valeur qui ne l’est pas donnerait aux candidats
        simulés ou au moteur une épreuve dénuée de sens.
        """,
        "PIX0803.title": "Identifiant donné deux fois dans une entrée de la simulation",
        "PIX0803.explanation": """
        Chaque épreuve d’un fichier d’épreuves et chaque candidat d’un fichier de capacités
        apparaît une seule fois\u{A0}: deux lignes de même identifiant feraient deux épreuves que les
        sorties (items.csv, answers.csv) ne pourraient pas distinguer. Pour la même raison, une
        épreuve en prétest (`--pretest-items`) n’est pas dans la banque.
        """,
        "PIX0804.title": "Paramètres vrais manquants pour une épreuve",
        "PIX0804.explanation": """
        Avec `--truth`, les réponses simulées sont tirées des paramètres du fichier de vérité, et
        non de ceux que croit le moteur. Chaque épreuve de la banque a besoin de ses paramètres
        vrais\u{A0}: une épreuve qui n’en a pas ne pourrait recevoir aucune réponse.
        """,
        "PIX0805.title": "Paramètres vrais d’une épreuve absente de la banque",
        "PIX0805.explanation": """
        Une ligne du fichier de vérité nomme une épreuve que la banque ne contient pas (un autre
        référentiel ou statut, une épreuve renommée, une faute de frappe). Elle est ignorée.
        """,
    ])
}
