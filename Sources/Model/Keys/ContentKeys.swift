import Vocabulary

// The key tables of every file authors write: referentials, tubes, challenges, datasets. The
// decoders read exactly these keys (Fields), `pixc schema` writes them as JSON Schema, and the
// French words of each key are what an author may write instead (PIX0202 suggests the key).
// Descriptions are in French: editors show them to authors.

/// The tables of the files of a content repository.
public enum ContentKeys {
    static let text = ValueShape.text
    static let texts = ValueShape.oneOrMore(.text)
    static let yesNo = ValueShape.boolean

    static func words<Value: RawRepresentable & CaseIterable>(_ type: Value.Type) -> ValueShape where Value.RawValue == String {
        .choice(type.allCases.map(\.rawValue))
    }

    // MARK: Referential

    public static let framework = KeyTable("framework", what: "a framework", description: "Le référentiel décrit par ce fichier.", keys: [
        KeySpec("id", required: true, "Identifiant du référentiel, repris par les sujets (`pix` pour le CRCN, `crcne` pour le CRCNÉ).", text, french: ["identifiant"]),
        KeySpec("name", required: true, "Nom du référentiel dans la publication, par exemple «\u{A0}Pix\u{A0}».", text, french: ["nom"]),
        KeySpec("title", required: true, "Titre complet du référentiel.", text, french: ["titre", "intitule"]),
        KeySpec("origin", required: true, "Origine de ses compétences, par exemple «\u{A0}Pix\u{A0}».", text, french: ["origine", "source"]),
    ])

    public static let level = KeyTable("level", what: "a level", description: "Un niveau de maîtrise.", keys: [
        KeySpec("level", required: true, "Numéro du niveau, de 1 à 8.", .integer(1...8), french: ["niveau", "numero"]),
        KeySpec("grade", required: true, "Nom du palier, par exemple «\u{A0}Novice\u{A0}».", text, french: ["palier", "intitule", "degre"]),
        KeySpec("description", "Ce que sait faire une personne de ce niveau.", text, french: ["descriptif"]),
    ])

    public static let thematic = KeyTable("thematic", what: "a thematic", description: "Une thématique de la compétence, à laquelle se rattachent des sujets.", keys: [
        KeySpec("key", required: true, "Clé de la thématique, reprise par les sujets (`thematic:`), par exemple `moteur-recherche`.", text, french: ["cle", "identifiant"]),
        KeySpec("name", required: true, "Nom de la thématique.", text, french: ["nom", "intitule"]),
    ])

    public static let competence = KeyTable("competence", what: "a competence", description: "Une compétence du référentiel.", keys: [
        KeySpec("index", required: true, "Numéro de la compétence, entre guillemets\u{A0}: \"1.1\".", text, french: ["indice", "numero"]),
        KeySpec("name", required: true, "Nom officiel de la compétence.", text, french: ["nom", "intitule"]),
        KeySpec("description", required: true, "Description officielle de la compétence.", text, french: ["descriptif"]),
        KeySpec("thematics", "Les thématiques de la compétence.", .list(.mapping(thematic)), french: ["thematiques", "themes"]),
    ])

    public static let domain = KeyTable("domain", what: "a domain", description: "Un domaine du référentiel et ses compétences.", keys: [
        KeySpec("code", required: true, "Code du domaine, entre guillemets\u{A0}: \"1\".", text, french: ["numero"]),
        KeySpec("title", required: true, "Intitulé officiel du domaine.", text, french: ["titre", "intitule"]),
        KeySpec("color", "Couleur du domaine dans Pix.", words(AreaColor.self), french: ["couleur"]),
        KeySpec("competences", "Les compétences du domaine.", .list(.mapping(competence))),
    ])

    public static let gridItem = KeyTable("gridItem", what: "a grid item", description: "Un élément de la grille d’évaluation.", keys: [
        KeySpec("key", required: true, "Clé de l’élément.", text, french: ["cle", "identifiant"]),
        KeySpec("title", required: true, "Intitulé de l’élément.", text, french: ["titre", "intitule"]),
        KeySpec("criteria", "Les critères observés.", texts, french: ["criteres", "critere"]),
    ])

    public static let gridPhase = KeyTable("gridPhase", what: "a grid phase", description: "Une phase de la grille d’évaluation.", keys: [
        KeySpec("key", required: true, "Clé de la phase, par exemple `conception`.", text, french: ["cle", "identifiant"]),
        KeySpec("name", required: true, "Nom de la phase.", text, french: ["nom", "intitule"]),
        KeySpec("items", "Les éléments évalués dans cette phase.", .list(.mapping(gridItem)), french: ["elements", "rubriques"]),
    ])

    public static let grid = KeyTable("grid", what: "an evaluation grid", description: "La grille d’évaluation du référentiel.", keys: [
        KeySpec("phases", "Les phases de la grille.", .list(.mapping(gridPhase)), french: ["etapes"]),
    ])

    public static let certification = KeyTable("certification", what: "a certification rule", description: "La règle qui combine les évaluations en un niveau certifié.", keys: [
        KeySpec("rule", required: true, "La règle\u{A0}: `lowest`, le plus haut niveau reconnu par toutes les évaluations.", words(CertificationRule.Kind.self), french: ["regle"]),
        KeySpec("evaluations", "Les évaluations combinées.", texts, french: ["evaluation"]),
        KeySpec("explanation", required: true, "La règle en une phrase.", text, french: ["explication"]),
    ])

    public static let referential = KeyTable("referential", what: "a referential", description: "Un référentiel de compétences (`Referential/*.yaml`).", keys: [
        KeySpec("framework", required: true, "Le référentiel\u{A0}: identifiant, nom, titre, origine.", .mapping(framework), french: ["referentiel", "cadre"]),
        KeySpec("levels", required: true, "Les niveaux de maîtrise.", .list(.mapping(level)), french: ["niveaux"]),
        KeySpec("domains", required: true, "Les domaines et leurs compétences.", .list(.mapping(domain)), french: ["domaines"]),
        KeySpec("grid", "La grille d’évaluation (CRCNÉ).", .mapping(grid), french: ["grille", "grilleDEvaluation"]),
        KeySpec("certification", "La règle de certification.", .mapping(certification)),
    ])

    // MARK: Tube

    public static let skill = KeyTable("skill", what: "a skill", description: "Un acquis du sujet, à un niveau.", keys: [
        KeySpec("level", required: true, "Niveau de l’acquis\u{A0}: de 1 à 8 (CRCN), de 1 à 4 (CRCNÉ). L’acquis s’appelle alors @sujet et son niveau\u{A0}: @recherche2.", .integer(nil), french: ["niveau"]),
        KeySpec("status", required: true, "Statut de l’acquis. Un seul acquis `actif` par niveau.", words(SkillStatus.self), french: ["statut", "etat"]),
        KeySpec("hint", "Indice montré à l’apprenant.", text, french: ["indice", "aide", "astuce"]),
        KeySpec("hintStatus", "Statut de l’indice.", words(HintStatus.self), french: ["statutIndice", "statutDeLIndice", "etatIndice"]),
        KeySpec("version", "Version de l’acquis\u{A0}: un acquis redéfini passe en version 2, 3…", .integer(1...999), french: ["numeroDeVersion"]),
        KeySpec("tutorials", "Identifiants des tutoriels associés.", texts, french: ["tutoriels", "tutoriel", "tutos"]),
    ])

    public static let tube = KeyTable("tube", what: "a tube", description: "Un sujet et ses acquis par niveau (`Challenges/<compétence>/<sujet>/tube.yaml`).", keys: [
        KeySpec("name", required: true, "Nom du sujet\u{A0}: @ suivi d’un mot, unique dans le dépôt, par exemple \"@recherche\" (entre guillemets).", text, french: ["nom"]),
        KeySpec("framework", "Référentiel du sujet\u{A0}: `pix` (CRCN, par défaut) ou `crcne` (CRCNÉ).", text, french: ["referentiel", "cadre"]),
        KeySpec("competence", required: true, "Numéro de la compétence dans ce référentiel, entre guillemets\u{A0}: \"1.1\".", text, french: ["numeroDeCompetence"]),
        KeySpec("thematic", required: true, "Clé d’une des thématiques de la compétence (voir Referential/).", text, french: ["thematique", "theme"]),
        KeySpec("title", required: true, "Titre pratique du sujet, tel que l’apprenant le lit.", text, french: ["titre", "intitule"]),
        KeySpec("description", required: true, "Ce que le sujet évalue, en une phrase.", text, french: ["descriptif"]),
        KeySpec("skills", required: true, "Les acquis du sujet, chacun avec son niveau et son statut.", .list(.mapping(skill)), french: ["acquis", "niveaux"]),
    ])

    // MARK: Challenge

    public static let option = KeyTable("option", what: "an option", description: "Une proposition d’une QCU ou d’une QCM (un texte seul est une proposition fausse).", keys: [
        KeySpec("text", required: true, "Texte de la proposition (Markdown).", text, french: ["texte", "libelle", "intitule", "proposition"]),
        KeySpec("correct", "`oui` pour une bonne réponse\u{A0}; absent ou `non` pour une mauvaise.", yesNo, french: ["correcte", "juste", "bonne", "bonneReponse", "vrai"]),
    ])

    public static let input = KeyTable("input", what: "an input", description: "La présentation d’un champ de saisie `${clé}` des propositions.", keys: [
        KeySpec("key", required: true, "La clé du champ dans `proposals`\u{A0}: `annee` pour `${annee}`.", text, french: ["cle", "nom", "identifiant"]),
        KeySpec("placeholder", "Texte grisé montré dans le champ vide, par exemple «\u{A0}AAAA\u{A0}».", text, french: ["indication", "texteIndicatif", "exemple", "espaceReserve"]),
        KeySpec("label", "Étiquette du champ, lue par les lecteurs d’écran.", text, french: ["libelle", "etiquette", "intitule"]),
        KeySpec("default", "Valeur déjà saisie à l’affichage.", text, french: ["parDefaut", "valeurParDefaut", "defaut"]),
        KeySpec("options", "Pour une liste déroulante\u{A0}: les choix proposés (les réponses doivent en faire partie).", texts, french: ["choix", "valeurs", "liste", "propositions"]),
    ])

    public static let embed = KeyTable("embed", what: "an embed", description: "Un simulateur affiché dans la page de l’épreuve.", keys: [
        KeySpec("url", required: true, "Adresse du simulateur\u{A0}: https://…", text, french: ["adresse", "lien"]),
        KeySpec("title", "Titre du simulateur.", text, french: ["titre", "intitule"]),
        KeySpec("height", "Hauteur en pixels.", .integer(1...10_000), french: ["hauteur"]),
    ])

    public static let illustration = KeyTable("illustration", what: "an illustration", description: "Une image de l’épreuve\u{A0}: un fichier à côté de l’épreuve ou une adresse, et son texte alternatif.", keys: [
        KeySpec("file", "Fichier de l’image, relatif au dossier de l’épreuve.", text, french: ["fichier", "image"]),
        KeySpec("url", "Adresse de l’image (à la place de `file`).", text, french: ["adresse", "lien"]),
        KeySpec("alt", "Texte alternatif\u{A0}: ce que montre l’image, pour qui ne la voit pas (obligatoire).", text, french: ["texteAlternatif", "alternative", "description"]),
    ])

    public static let accessibility = KeyTable("accessibility", what: "accessibility", description: "Accessibilité de l’épreuve.", keys: [
        KeySpec("blind", "Accessibilité aux personnes non voyantes.", words(BlindAccessibility.self), french: ["nonVoyant", "nonVoyants", "aveugle", "aveugles"]),
        KeySpec("colorBlind", "Accessibilité aux personnes daltoniennes.", words(SimpleAccessibility.self), french: ["daltonien", "daltoniens", "daltonisme"]),
    ])

    /// A test answer: a text (QCU, QCM, QROC) or input keys mapped to texts (QROCM).
    static let testAnswer = ValueShape.anyOf([.text, .namedValues(.text)])

    public static let tests = KeyTable("tests", what: "author tests", description: "Réponses que la correction doit accepter ou refuser, vérifiées sur l’épreuve et chacune de ses déclinaisons.", keys: [
        KeySpec("accept", "Réponses à accepter. QCU, QCM\u{A0}: numéros des propositions (\"1\", \"1,3\")\u{A0}; QROCM\u{A0}: une réponse par clé.", .list(testAnswer), french: ["accepter", "acceptees", "acceptes", "justes", "bonnes"]),
        KeySpec("reject", "Réponses à refuser.", .list(testAnswer), french: ["refuser", "refusees", "refuses", "rejeter", "rejetees", "fausses"]),
    ])

    public static let challenge = KeyTable("challenge", what: "a challenge", description: "Une épreuve (`Challenges/<compétence>/<sujet>/<nom>.yaml`).", keys: [
        KeySpec("id", required: true, "Identifiant stable, unique dans le dépôt, jamais réutilisé\u{A0}: `recherche-annee-cnil`.", text, french: ["identifiant"]),
        KeySpec("skill", required: true, "L’acquis évalué, entre guillemets\u{A0}: \"@recherche2\".", text, french: ["acquis"]),
        KeySpec("type", required: true, "Type d’épreuve\u{A0}: QCU (une bonne proposition), QCM (plusieurs), QROC (une saisie), QROCM-ind (saisies indépendantes), QROCM-dep (saisies interchangeables).", words(ChallengeType.self), french: ["typeDEpreuve", "genre"]),
        KeySpec("status", required: true, "Statut de l’épreuve.", words(ChallengeStatus.self), french: ["statut", "etat"]),
        KeySpec("locales", "Langues de l’épreuve (par défaut `fr`).", .oneOrMore(.choice(ChallengeLocale.known)), french: ["langues", "langue"]),
        KeySpec("instruction", required: true, "La consigne que lit l’apprenant (Markdown).", text, french: ["consigne", "enonce", "question"]),
        KeySpec("alternativeInstruction", "Consigne alternative pour les lecteurs d’écran (décrit une image ou un simulateur).", text, french: ["consigneAlternative", "alternativeConsigne", "consigneAccessible"]),
        KeySpec("options", "QCU, QCM\u{A0}: les propositions\u{A0}; `correct: oui` marque les bonnes.", .list(.anyOf([.text, .mapping(option)])), french: ["choix", "propositions"], types: [.qcu, .qcm]),
        KeySpec("shuffled", "QCU, QCM\u{A0}: propositions montrées dans un ordre aléatoire (par défaut `oui`).", yesNo, french: ["melange", "melanger", "melangees", "aleatoire", "ordreAleatoire"]),
        KeySpec("proposals", "QROC, QROCM\u{A0}: le texte autour des champs de saisie, où `${clé}` est un champ.", text, french: ["propositions", "texteATrous"], types: [.qroc, .qrocmInd, .qrocmDep]),
        KeySpec("inputs", "QROC, QROCM\u{A0}: la présentation de chaque champ (texte grisé, étiquette, liste déroulante).", .list(.mapping(input)), french: ["champs", "champ", "saisies", "zones", "zonesDeSaisie"]),
        KeySpec("answers", "Les réponses acceptées. QROC\u{A0}: une liste\u{A0}; QROCM-ind\u{A0}: une liste par clé\u{A0}; QROCM-dep\u{A0}: des groupes.", .anyOf([texts, .namedValues(texts), .list(texts)]), french: ["reponses", "reponse", "bonnesReponses", "reponsesAcceptees"]),
        KeySpec("solution", "Syntaxe de Pix (reprise de contenu)\u{A0}: la solution comme Pix l’écrit.", text, french: ["soluce"]),
        KeySpec("solutionToDisplay", "La réponse montrée dans la correction, quand les réponses brutes ne suffisent pas.", text, french: ["solutionAAfficher", "solutionAffichee", "corrige", "correction"]),
        KeySpec("tolerances", "Tolérances de la correction\u{A0}: t1 (espaces, casse, accents), t2 (ponctuation), t3 (petites fautes de frappe)\u{A0}; `aucune` pour aucune\u{A0}; par défaut les trois.", .anyOf([.choice(["aucune", "none"]), .oneOrMore(words(Tolerance.self))])),
        KeySpec("format", "Style de saisie\u{A0}: `petit`, `mots` (par défaut), `phrase`, `paragraphe`, `nombre` (comparé comme un nombre), `date`.", words(InputFormat.self), french: ["formatDeReponse", "formatDeSaisie", "typeDeSaisie"]),
        KeySpec("dataset", "Le jeu de données partagé de l’épreuve\u{A0}: le nom d’un fichier de Challenges/datasets/ sans `.yaml`.", text, french: ["jeuDeDonnees", "jeu", "donneesPartagees"]),
        KeySpec("data", "Le jeu de données propre à l’épreuve\u{A0}: valeurs tirées, valeurs calculées, contraintes (voir docs/datasets.md).", .mapping(inlineDataset), french: ["donnees", "donnee"]),
        KeySpec("variants", "Nombre de déclinaisons à produire, ou `all` pour toutes.", .anyOf([.choice(["all", "toutes", "tous"]), .integer(1...100_000)]), french: ["declinaisons", "variantes", "nombreDeDeclinaisons"]),
        KeySpec("timer", "Temps accordé, en secondes.", .integer(nil), french: ["minuteur", "chrono", "chronometre", "temps", "duree", "tempsLimite"]),
        KeySpec("focus", "`oui` quand l’apprenant ne doit pas quitter la page.", yesNo, french: ["focalisation", "focalise"]),
        KeySpec("autoReply", "`oui` quand le simulateur donne lui-même la réponse (demande `embed`).", yesNo, french: ["reponseAutomatique", "autoReponse", "autovalidation"]),
        KeySpec("embed", "Un simulateur affiché dans la page.", .mapping(embed), french: ["simulateur", "integration", "applicationIntegree"]),
        KeySpec("illustration", "Une image\u{A0}: `file` (ou `url`) et `alt`.", .mapping(illustration), french: ["image"]),
        KeySpec("attachments", "Fichiers à télécharger, relatifs au dossier de l’épreuve.", texts, french: ["piecesJointes", "pieceJointe", "fichiers", "fichier", "documents"]),
        KeySpec("variantOf", "Pour une déclinaison écrite à la main\u{A0}: l’identifiant de son prototype.", text, french: ["declinaisonDe", "varianteDe", "prototype"]),
        KeySpec("version", "Version du prototype dans l’acquis (par défaut 1).", .integer(1...999), french: ["numeroDeVersion"]),
        KeySpec("pedagogy", "Pédagogie de l’épreuve.", words(Pedagogy.self), french: ["pedagogie"]),
        KeySpec("declinable", "Facilité à décliner l’épreuve.", words(Declinable.self), french: ["declinaison"]),
        KeySpec("accessibility", "Accessibilité aux personnes non voyantes (`blind`) et daltoniennes (`colorBlind`).", .mapping(accessibility), french: ["accessibilite"]),
        KeySpec("deafAndHardOfHearing", "Accessibilité aux personnes sourdes et malentendantes.", words(SimpleAccessibility.self), french: ["sourdsEtMalentendants", "malentendants", "sourds", "accessibiliteAuditive"]),
        KeySpec("responsive", "Écrans sur lesquels l’épreuve s’affiche bien.", words(Responsive.self), french: ["adaptatif", "ecrans", "mobile"]),
        KeySpec("spoil", "Facilité à divulguer la réponse.", words(Spoil.self), french: ["divulgation", "divulgachage", "spoiler"]),
        KeySpec("authors", "Codes des auteurs et autrices.", texts, french: ["auteurs", "auteur", "autrices", "autrice", "redacteurs"]),
        KeySpec("geography", "Pays de l’épreuve (`France`), `Neutre` ou `Institutions internationales`.", text, french: ["geographie", "pays", "zoneGeographique"]),
        KeySpec("urlsToConsult", "Adresses que l’apprenant doit consulter.", texts, french: ["urlsAConsulter", "liensAConsulter", "sitesAConsulter", "liens", "adresses"]),
        KeySpec("contextualizedFields", "Champs contextualisés de l’épreuve.", .oneOrMore(words(ContextualizedField.self)), french: ["champsContextualises"]),
        KeySpec("requireGafamWebsiteAccess", "`oui` quand l’épreuve demande l’accès à un site des GAFAM.", yesNo, french: ["accesGafam", "necessiteGafam", "sitesGafam"]),
        KeySpec("isIncompatibleIpadCertif", "`oui` quand l’épreuve ne peut pas être passée sur iPad en certification.", yesNo, french: ["incompatibleIpad", "incompatibleIpadCertif"]),
        KeySpec("isAwarenessChallenge", "`oui` pour une épreuve de sensibilisation.", yesNo, french: ["epreuveDeSensibilisation", "sensibilisation"]),
        KeySpec("toRephrase", "`oui` quand l’épreuve est à reformuler.", yesNo, french: ["aReformuler", "reformuler"]),
        KeySpec("hasEmbedInternalValidation", "`oui` quand le simulateur valide lui-même la réponse de l’apprenant (Pix Junior)\u{A0}; par défaut `non`.", yesNo, french: ["validationDansLeSimulateur", "validationInterne"]),
        KeySpec("noValidationNeeded", "`oui` quand l’épreuve n’attend aucune validation de l’apprenant (Pix Junior)\u{A0}; par défaut `non`.", yesNo, french: ["sansValidation", "aucuneValidation"]),
        KeySpec("tests", "Réponses que la correction doit accepter (`accept`) ou refuser (`reject`).", .mapping(tests), french: ["essais", "verifications", "controles"]),
    ])

    // MARK: Dataset

    /// The words `columns:` accepts as a column's type (Variants' `DatasetDecoder.typeNames`,
    /// checked equal by a test).
    public static let columnTypeWords = ["text", "texte", "number", "nombre", "date", "boolean", "booléen", "oui/non"]

    static let datasetKeys: [KeySpec] = [
        KeySpec("row", "Nom d’une ligne dans les expressions\u{A0}: avec `row: site`, on écrit `site.nom`.", text, french: ["ligne", "nomDeLigne"]),
        KeySpec("key", "La ou les colonnes qui identifient une ligne (par défaut toutes).", texts, french: ["cle", "cles"]),
        KeySpec("columns", "Le type des colonnes qui ne sont pas du texte\u{A0}: `annee: number` (number, text, date, boolean).", .namedValues(.choice(columnTypeWords)), french: ["colonnes"]),
        KeySpec("rows", "Les lignes\u{A0}: une par ligne, `- {nom: la CNIL, annee: 1978}`.", .list(.namedValues(texts)), french: ["lignes"]),
        KeySpec("values", "Valeurs tirées au hasard, une par ligne\u{A0}: `taille: integer(10, 900, step=10)`.", .namedValues(.text), french: ["valeurs", "tirages"]),
        KeySpec("derived", "Valeurs calculées à partir des autres\u{A0}: `total: prix * quantite`.", .namedValues(.text), french: ["derivees", "calculees", "valeursDerivees", "valeursCalculees"]),
        KeySpec("constraints", "Conditions que chaque déclinaison doit remplir\u{A0}: `- taille > 100`.", texts, french: ["contraintes", "contrainte"]),
    ]

    /// A challenge's `data:` block.
    public static let inlineDataset = KeyTable("inlineDataset", what: "the `data` block", description: "Le jeu de données propre à l’épreuve.", keys: datasetKeys)

    /// A shared dataset, `Challenges/datasets/<nom>.yaml`.
    public static let dataset = KeyTable("dataset", what: "a dataset", description: "Un jeu de données partagé par plusieurs épreuves (`Challenges/datasets/<nom>.yaml`).", keys: [
        KeySpec("description", "Ce que contient le jeu de données, pour les auteurs.", text, french: ["descriptif"]),
    ] + datasetKeys)

    /// The table of the top of each kind of file, in the order of `pixc schema`'s files.
    public static let files: [(kind: String, table: KeyTable)] = [
        ("referential", referential), ("tube", tube), ("challenge", challenge), ("dataset", dataset),
    ]
}
