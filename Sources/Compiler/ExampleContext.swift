/// The small repository every diagnostic example is checked against: a reduced CRCN (its first
/// domain) and a few tubes. It is self-contained so that `pixc explain` and the example tests do
/// not depend on the shipped content, which changes.
public enum ExampleContext {
    public static let files: [String: String] = [
        "Referential/crcn.yaml": """
        framework:
          id: pix
          name: Pix
          title: Cadre de référence des compétences numériques (CRCN), extrait pour les exemples
          origin: Pix
        levels:
          - {level: 1, grade: Novice}
          - {level: 2, grade: Novice}
          - {level: 3, grade: Indépendant}
          - {level: 4, grade: Indépendant}
          - {level: 5, grade: Avancé}
          - {level: 6, grade: Avancé}
          - {level: 7, grade: Expert}
          - {level: 8, grade: Expert}
        domains:
          - code: "1"
            title: Information et données
            color: jaffa
            competences:
              - index: "1.1"
                name: Mener une recherche et une veille d’information
                description: Mener une recherche et une veille d’information pour répondre à un besoin d’information.
                thematics:
                  - {key: moteur-recherche, name: Moteur de recherche et requête}
                  - {key: evaluation-information, name: Évaluation de l’information}
              - index: "1.3"
                name: Traiter des données
                description: Appliquer des traitements à des données pour les analyser et les interpréter.
                thematics:
                  - {key: tableur, name: Tableur et calcul}
        """,
        "Challenges/1.1/recherche/tube.yaml": """
        name: "@recherche"
        competence: "1.1"
        thematic: moteur-recherche
        title: Rechercher sur le web
        description: Formuler une requête et trouver une information précise.
        skills:
          - {level: 1, status: actif}
          - {level: 2, status: actif}
          - {level: 3, status: actif}
          - {level: 4, status: actif}
          - {level: 5, status: en construction}
        """,
        "Challenges/1.3/tableur/tube.yaml": """
        name: "@tableur"
        competence: "1.3"
        thematic: tableur
        title: Calculer avec un tableur
        description: Utiliser des formules simples dans un tableur.
        skills:
          - {level: 2, status: actif}
          - {level: 3, status: actif}
          - {level: 4, status: actif}
        """,
        "Challenges/1.3/tableur/ventes.csv": "mois;ventes\njanvier;120\nfévrier;95\n",
    ]

    public static var fileSystem: MemoryFileSystem { MemoryFileSystem(texts: files) }
}
