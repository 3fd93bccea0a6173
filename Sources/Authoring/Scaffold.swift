import Vocabulary

/// The text of a new file, ready to fill in: it passes `pixc check` as it is, starts with the
/// line that gives editors its JSON Schema, and carries short French comments that guide the
/// author (authors are French-speaking; the comments are content, like the challenges).
public enum Scaffold {
    /// `# yaml-language-server: $schema=…` for a file at `path` (repository-relative).
    public static func schemaLine(kind: String, path: String) -> String {
        let depth = path.split(separator: "/").count - 1
        return "# yaml-language-server: $schema=" + String(repeating: "../", count: depth) + "schemas/\(kind).schema.json\n"
    }

    public struct Tube: Sendable {
        public var name: String
        public var competence: String
        public var thematic: String
        public var framework: String?
        public var title: String
        public var description: String

        public init(name: String, competence: String, thematic: String, framework: String?, title: String, description: String) {
            self.name = name
            self.competence = competence
            self.thematic = thematic
            self.framework = framework
            self.title = title
            self.description = description
        }
    }

    public static func tube(_ tube: Tube, path: String) -> String {
        var text = schemaLine(kind: "tube", path: path)
        text += """
        # Un sujet et ses acquis, du plus simple au plus difficile. Chaque acquis s’appelle comme le
        # sujet suivi de son niveau (\(tube.name)1, \(tube.name)2…)\u{A0}: c’est ce que les épreuves citent dans `skill`.
        name: \(quoted(tube.name))

        """
        if let framework = tube.framework { text += "framework: \(framework)\n" }
        text += """
        competence: \(quoted(tube.competence))
        thematic: \(quoted(tube.thematic))          # la clé d’une thématique de la compétence (Referential/)
        title: \(quoted(tube.title))
        description: \(quoted(tube.description))
        skills:
          # Un seul acquis `actif` par niveau\u{A0}; ajoutez les niveaux au fil des épreuves.
          - level: 1
            status: actif

        """
        return text
    }

    public struct Challenge: Sendable {
        public var id: String
        public var type: ChallengeType
        public var skill: String
        public var locale: String
        /// A shared dataset: its id, the name of a row and the column that identifies a row.
        public var dataset: (id: String, row: String, column: String)?

        public init(id: String, type: ChallengeType, skill: String, locale: String, dataset: (id: String, row: String, column: String)?) {
            self.id = id
            self.type = type
            self.skill = skill
            self.locale = locale
            self.dataset = dataset
        }
    }

    public static func challenge(_ challenge: Challenge, path: String) -> String {
        var text = schemaLine(kind: "challenge", path: path)
        text += """
        # Épreuve \(challenge.type.rawValue)\u{A0}: \(typeSummary(challenge.type)).
        # Remplacez les textes d’exemple par les vôtres, puis lancez `pixc check`.
        # Toutes les clés\u{A0}: docs/authoring.md\u{A0}; les jeux de données\u{A0}: docs/datasets.md.
        id: \(challenge.id)                # stable et unique\u{A0}: ne le changez plus une fois publié
        skill: \(quoted(challenge.skill))
        type: \(challenge.type.rawValue)
        status: proposé               # `validé` une fois l’épreuve relue
        locales: [\(challenge.locale == "fr" ? "fr, fr-fr" : challenge.locale)]

        """
        // With a dataset, the right answer is a field of the drawn row: every déclinaison
        // has its own, and the tests check each one.
        let right: String
        if let dataset = challenge.dataset {
            right = "{{ \(dataset.row).\(dataset.column) }}"
            text += """
            dataset: \(dataset.id)          # Challenges/datasets/\(dataset.id).yaml\u{A0}: une déclinaison par ligne
            # Dans les textes, {{ \(dataset.row).\(dataset.column) }} est remplacé par la valeur de la ligne tirée.

            """
        } else {
            right = ""
        }
        switch challenge.type {
        case .qcu:
            text += """
            instruction: |
              \(right.isEmpty ? "Quelle proposition est la bonne\u{A0}?" : "Quelle proposition correspond à «\u{A0}\(right)\u{A0}»\u{A0}?")
            options:                      # la bonne proposition porte `correct: oui`
              - text: \(right.isEmpty ? "La bonne réponse" : quoted(right))
                correct: oui
              - text: Une mauvaise réponse
              - text: Une autre mauvaise réponse
            tests:                        # numéros des propositions, dans l’ordre où elles sont écrites
              accept: ["1"]
              reject: ["2", "3"]

            """
        case .qcm:
            text += """
            instruction: |
              Quelles propositions sont justes\u{A0}?\(right.isEmpty ? "" : " («\u{A0}\(right)\u{A0}»)")
            options:                      # chaque bonne proposition porte `correct: oui`
              - text: \(right.isEmpty ? "Une bonne réponse" : quoted(right))
                correct: oui
              - text: Une autre bonne réponse
                correct: oui
              - text: Une mauvaise réponse
            tests:                        # numéros des bonnes propositions, séparés par des virgules
              accept: ["1,2"]
              reject: ["1", "1,3"]

            """
        case .qroc:
            let answer = right.isEmpty ? "réponse attendue" : right
            text += """
            instruction: |
              \(right.isEmpty ? "Quelle est la réponse attendue\u{A0}?" : "Écrivez «\u{A0}\(right)\u{A0}».")
            proposals: "Réponse\u{A0}: ${reponse}"   # ${reponse} est le champ de saisie
            answers: [\(quoted(answer))]        # toutes les réponses acceptées
            tests:
              accept: [\(quoted(answer))]
              reject: ["une réponse fausse"]

            """
        case .qrocmInd:
            let first = right.isEmpty ? "première réponse" : right
            text += """
            instruction: |
              Remplissez chaque champ.
            proposals: |                  # chaque ${clé} est un champ de saisie
              Premier champ\u{A0}: ${premier}
              Second champ\u{A0}: ${second}
            answers:                      # les réponses acceptées, champ par champ
              premier: [\(quoted(first))]
              second: ["seconde réponse"]
            tests:
              accept:
                - {premier: \(quoted(first)), second: "seconde réponse"}
              reject:
                - {premier: "une réponse fausse", second: "seconde réponse"}

            """
        case .qrocmDep:
            let first = right.isEmpty ? "Qwant" : right
            text += """
            instruction: |
              Citez deux réponses différentes.
            proposals: |                  # les champs sont interchangeables
              Première\u{A0}: ${reponse1}
              Seconde\u{A0}: ${reponse2}
            answers:                      # des groupes\u{A0}: chaque champ doit en trouver un différent
              - [\(quoted(first))]
              - ["Ecosia"]
              - ["Lilo"]
            tests:
              accept:
                - {reponse1: "Ecosia", reponse2: \(quoted(first))}
              reject:
                - {reponse1: "Ecosia", reponse2: "Ecosia"}

            """
        }
        return text
    }

    public struct Dataset: Sendable {
        public var id: String
        public var row: String

        public init(id: String, row: String) {
            self.id = id
            self.row = row
        }
    }

    public static func dataset(_ dataset: Dataset, path: String) -> String {
        schemaLine(kind: "dataset", path: path) + """
        # Un jeu de données partagé\u{A0}: une épreuve qui le cite (`dataset: \(dataset.id)`) a une
        # déclinaison par ligne. Dans ses textes, {{ \(dataset.row).nom }} est la valeur de la colonne
        # `nom` de la ligne tirée. Voir docs/datasets.md.
        description: |
          Ce que contient ce jeu de données, pour les autres auteurs.
        row: \(dataset.row)                  # le nom d’une ligne dans les textes des épreuves
        key: nom                      # la colonne qui distingue les lignes
        columns:                      # le type des colonnes qui ne sont pas du texte
          annee: number
        rows:
          - {nom: la CNIL, annee: 1978}
          - {nom: l’Arcom, annee: 2022}
          - {nom: la HAS, annee: 2004}

        """
    }

    static func typeSummary(_ type: ChallengeType) -> String {
        switch type {
        case .qcu: "une seule bonne proposition"
        case .qcm: "plusieurs bonnes propositions"
        case .qroc: "une réponse à saisir"
        case .qrocmInd: "plusieurs champs, chacun sa réponse"
        case .qrocmDep: "plusieurs champs interchangeables"
        }
    }

    /// A YAML double-quoted scalar (pixc reads it as written).
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
