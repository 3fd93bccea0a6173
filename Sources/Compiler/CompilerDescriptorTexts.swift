import Diagnostics

/// The French titles and explanations of the Compiler module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum CompilerDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "Compiler", descriptors: CompilerDescriptorTexts.declaredHere, french: [
        "PIX0110.title": "Ce n’est pas un fichier ordinaire",
        "PIX0110.explanation": """
        Un canal nommé (FIFO), un périphérique ou une socket se trouve parmi le contenu. Le lire
        pourrait attendre indéfiniment ou ne jamais finir\u{A0}: pixc ne l’ouvre pas. Le contenu, les
        pièces jointes et les illustrations sont des fichiers ordinaires\u{A0}: remplacez-le par un
        fichier, ou sortez-le du dépôt.
        """,
        "PIX0111.title": "Lien symbolique impossible à suivre",
        "PIX0111.explanation": """
        Un lien symbolique ramène à l’un de ses propres dossiers (ou à lui-même), ne mène à rien,
        ou mène à un dossier déjà lu sous un autre nom. Le suivre ferait relire les mêmes fichiers
        sans fin, ou ne rien lire du tout. Remplacez le lien par les fichiers eux-mêmes, ou
        supprimez-le.
        """,
        "PIX0112.title": "Lien symbolique qui sort du dépôt",
        "PIX0112.explanation": """
        Un lien symbolique du contenu mène hors du dépôt. Ce qu’il désigne ne fait pas partie de
        l’historique du dépôt\u{A0}: une autre machine construirait autre chose (ou rien). pixc ne le
        suit pas. Copiez plutôt les fichiers dans le dépôt.
        """,
        "PIX0113.title": "Un dossier à la place d’un fichier, ou un fichier à la place d’un dossier",
        "PIX0113.explanation": """
        Un dossier porte le nom d’un fichier YAML (`crcn.yaml`, `annee.yaml`), ou bien
        `Referential`, `Challenges` ou `Calibration` est un fichier. pixc lit des fichiers YAML et
        cherche le contenu dans ces trois dossiers\u{A0}: renommez l’élément selon ce qu’il est.
        """,
        "PIX0114.title": "Dossiers imbriqués trop profondément",
        "PIX0114.explanation": """
        Des dossiers sont imbriqués sur plus de 64 niveaux sous un dossier de contenu. pixc
        s’arrête là\u{A0}: aucun dépôt n’en a besoin, et c’est le plus souvent une erreur de copie.
        """,
        "PIX0115.title": "Fichier trop volumineux",
        "PIX0115.explanation": """
        pixc lit les fichiers de contenu (YAML, CSV, variants.lock) jusqu’à 32 Mo et les pièces
        jointes jusqu’à 64 Mo\u{A0}; il ne lit pas du tout un fichier plus gros, pour qu’un mauvais
        fichier ne puisse pas épuiser la mémoire. Une épreuve ou un référentiel pèse quelques
        kilo-octets\u{A0}: un fichier plus gros n’est sans doute pas ce qu’il semble être.
        docs/limits.md donne chaque limite et la façon de la changer.
        """,
        "PIX0301.title": "Identifiant d’épreuve employé deux fois",
        "PIX0301.explanation": """
        L’`id` d’une épreuve est son identité, pour toujours\u{A0}: les réponses des candidats, la
        calibration et les déclinaisons s’y rattachent. Deux fichiers avec le même identifiant
        seraient confondus\u{A0}: chaque identifiant doit être unique dans tout le dépôt, quel que soit
        le dossier. Cela arrive surtout quand on copie un fichier pour commencer une nouvelle
        épreuve\u{A0}: donnez un nouvel identifiant à la copie. Ne reprenez jamais non plus l’identifiant
        d’une épreuve supprimée ou archivée.
        """,
        "PIX0302.title": "Nom de sujet employé deux fois",
        "PIX0302.explanation": """
        Une épreuve trouve son acquis par son nom, qui est le nom du sujet suivi d’un niveau
        (`@recherche2`). Si deux fichiers `tube.yaml` ont le même `name`, pixc ne peut pas savoir à
        quel sujet appartient une épreuve, et seul le premier est pris en compte. Chaque nom de
        sujet doit être unique dans le dépôt, quels que soient sa compétence et son dossier.
        """,
        "PIX0303.title": "Acquis défini deux fois dans un sujet",
        "PIX0303.explanation": """
        Un acquis se reconnaît à son sujet, à son niveau et à sa version\u{A0}: `@recherche3` est
        l’acquis de niveau 3 du sujet `@recherche`. Un sujet liste chaque niveau une seule fois.
        Quand un acquis est redéfini (sa portée change au point que les anciens résultats ne
        veulent plus dire la même chose), la nouvelle définition s’écrit comme une autre entrée, de
        même niveau, avec `version: 2`\u{A0}; l’ancienne reste, archivée, pour que l’historique des
        résultats garde son sens. Deux entrées de même niveau et de même version (1 quand elle
        n’est pas écrite) viennent d’un copier-coller.
        """,
        "PIX0304.title": "Acquis inconnu",
        "PIX0304.explanation": """
        `skill` désigne l’acquis que l’épreuve évalue\u{A0}: le nom d’un sujet suivi d’un niveau, comme
        `@recherche2` pour le niveau 2 du sujet `@recherche`. Le sujet doit être défini dans un
        fichier `tube.yaml`, et ce niveau listé sous ses `skills`. Une épreuve dont l’acquis
        n’existe pas ne peut pas être placée dans le référentiel\u{A0}: elle n’est jamais proposée.
        Vérifiez l’orthographe (une majuscule compte), ou ajoutez d’abord le niveau au sujet.
        """,
        "PIX0305.title": "Niveau d’acquis hors du référentiel",
        "PIX0305.explanation": """
        Le niveau d’un acquis dit où il se situe dans la compétence. Le CRCN (référentiel `pix`) a
        8 niveaux, de 1 (novice) à 8 (expert)\u{A0}; le CRCNÉ en a 4. Un niveau qui n’est pas parmi ceux
        du référentiel du sujet (`Referential/*.yaml`) ne peut être atteint par aucun candidat et
        fausse le calcul des pix. L’éditeur de Pix ne crée d’ailleurs d’acquis que jusqu’au
        niveau 7.
        """,
        "PIX0306.title": "Référentiel inconnu",
        "PIX0306.explanation": """
        Un sujet appartient à un référentiel de compétences\u{A0}: `pix` pour le CRCN, valeur par défaut
        quand `framework:` n’est pas écrit, ou un autre identifiant comme `crcne` pour le CRCNÉ.
        Chaque référentiel est décrit par un fichier du dossier `Referential/`, dont le
        `framework: id:` est la valeur à écrire ici. Sans lui, pixc ne peut vérifier ni la
        compétence, ni la thématique, ni les niveaux du sujet, ni placer ses acquis dans la
        publication.
        """,
        "PIX0307.title": "Compétence inconnue",
        "PIX0307.explanation": """
        `competence` donne le numéro de la compétence du sujet, tel que le référentiel le
        numérote\u{A0}: `"1.1"` pour «\u{A0}Mener une recherche et une veille d’information\u{A0}» dans le CRCN.
        Ce doit être l’une des compétences du référentiel du sujet (`pix` sauf si `framework:` dit
        autre chose), listées dans son fichier sous `Referential/`. Écrivez le numéro entre
        guillemets, avec un point.
        """,
        "PIX0308.title": "Thématique absente de la compétence",
        "PIX0308.explanation": """
        Dans une compétence, les sujets sont regroupés par thématique («\u{A0}Moteur de recherche et
        requête\u{A0}», «\u{A0}Évaluation de l’information\u{A0}»…). `thematic` donne la `key` d’une des
        thématiques que le référentiel liste sous la compétence du sujet. Une thématique d’une
        autre compétence ne convient pas\u{A0}: soit la clé est mal écrite, soit le sujet appartient à
        cette autre compétence.
        """,
        "PIX0309.title": "Plusieurs prototypes validés pour un acquis",
        "PIX0309.explanation": """
        En production, un acquis est évalué par un prototype (une épreuve sans `variantOf`) et ses
        déclinaisons. Quand un nouveau prototype de l’acquis est validé, Pix Editor archive le
        précédent avec ses déclinaisons («\u{A0}le prototype en production est archivé\u{A0}»). Deux
        prototypes `validé` du même acquis seraient proposés tous les deux et comparés comme s’ils
        mesuraient la même chose. Gardez le plus récent `validé` et passez l’ancien, ainsi que ses
        déclinaisons validées, en `archivé`.
        """,
        "PIX0310.title": "Prototype inconnu",
        "PIX0310.explanation": """
        Une déclinaison écrite à la main indique de quelle épreuve elle est une déclinaison avec
        `variantOf:`, qui donne l’`id` de son prototype. Cet identifiant doit être celui d’une autre
        épreuve du dépôt\u{A0}; les identifiants sont comparés à l’identique\u{A0}: vérifiez l’orthographe,
        ou si le prototype a été renommé.
        """,
        "PIX0311.title": "Déclinaison d’une déclinaison",
        "PIX0311.explanation": """
        La généalogie de Pix n’a que deux générations\u{A0}: un prototype («\u{A0}Prototype 1\u{A0}») et ses
        déclinaisons («\u{A0}Décliné 1\u{A0}»), chacune pointant vers le prototype. Une déclinaison de
        déclinaison n’y a pas sa place. Quand une déclinaison est écrite à partir d’une autre,
        `variantOf` donne quand même l’identifiant du prototype qu’elles partagent.
        """,
        "PIX0312.title": "Déclinaison qui ne correspond pas à son prototype",
        "PIX0312.explanation": """
        Une déclinaison est une autre version de la question de son prototype\u{A0}: elle évalue le
        même acquis et appartient à la même version du prototype. Pix retrouve le prototype d’une
        déclinaison par l’acquis et la version, et recopie sur ses déclinaisons les champs
        d’accessibilité et de qualité du prototype. Une déclinaison qui a un autre acquis est une
        nouvelle épreuve\u{A0}: retirez son `variantOf`, ou donnez-lui le `skill` de son prototype. Une
        déclinaison n’a pas besoin de répéter `version`\u{A0}; si elle le fait, ce doit être celle de
        son prototype.
        """,
        "PIX0313.title": "Déclinaison validée d’un prototype non validé",
        "PIX0313.explanation": """
        Une déclinaison entre en production avec son prototype, jamais avant lui\u{A0}: Pix Editor
        refuse de valider une déclinaison tant que «\u{A0}le prototype correspondant n’est pas
        validé\u{A0}». Et quand un prototype est archivé ou périmé, ses déclinaisons suivent. Une
        déclinaison `validé` a donc besoin d’un prototype `validé`\u{A0}: validez d’abord le prototype,
        ou laissez la déclinaison `proposé`.
        """,
        "PIX0314.title": "Plusieurs versions actives d’un acquis",
        "PIX0314.explanation": """
        Quand un acquis est redéfini, le sujet le liste de nouveau au même niveau avec une nouvelle
        `version`. Une seule version peut être `actif` (celle sur laquelle les candidats sont
        évalués)\u{A0}: quand une nouvelle version devient active, Pix Editor archive l’autre
        («\u{A0}l’autre version de l’acquis est archivée\u{A0}»). Passez l’ancienne version en `archivé`.
        """,
        "PIX0315.title": "Épreuve validée sur un acquis retiré",
        "PIX0315.explanation": """
        Seuls les acquis vivants (`actif` ou `en construction`) sont évalués. Quand un acquis est
        archivé ou périmé, Pix Editor archive ses épreuves avec lui. Une épreuve `validé` sur un
        acquis `archivé` ou `périmé` n’est donc jamais proposée, alors que son statut la dit en
        production\u{A0}: soit l’acquis doit redevenir vivant, soit l’épreuve doit être archivée.
        """,
        "PIX0316.title": "Sujet sans acquis",
        "PIX0316.explanation": """
        Un sujet est une progression\u{A0}: ses acquis, niveau par niveau, sont ce qu’évaluent les
        épreuves. Un sujet dont la liste `skills` est vide ne peut contenir aucune épreuve et
        ajoute un sujet vide à la publication. Listez son premier acquis
        (`- {{level: 1, status: en construction}}`), ou retirez le sujet jusqu’à ce qu’il soit
        prêt.
        """,
        "PIX0401.title": "QCU sans exactement une bonne proposition",
        "PIX0401.explanation": """
        Une QCU (question à choix unique) est réussie quand le candidat choisit LA bonne
        proposition\u{A0}: exactement une proposition doit être marquée `correct: oui`. S’il n’y en a
        aucune, personne ne peut réussir\u{A0}; s’il y en a deux, l’une des deux est comptée fausse. Si
        plusieurs propositions sont justes, faites-en une QCM.
        """,
        "PIX0402.title": "QCM sans bonne proposition",
        "PIX0402.explanation": """
        Une QCM (question à choix multiples) est réussie quand le candidat choisit exactement
        l’ensemble des bonnes propositions. Si aucune proposition n’est marquée `correct: oui`, la
        seule réponse acceptée serait de ne rien cocher, ce que l’interface de Pix ne permet pas.
        """,
        "PIX0403.title": "Deux propositions qui se ressemblent",
        "PIX0403.explanation": """
        Deux propositions qui ne diffèrent que par la casse, les accents, les espaces ou la
        ponctuation paraissent identiques au candidat, qui ne peut pas choisir entre elles\u{A0}; si
        l’une est juste et l’autre non, la question est injuste. pixc compare les propositions
        après les traitements t1 et t2 de Pix (minuscules, sans accents, sans espaces, sans
        ponctuation). Avec un jeu de données, c’est vérifié sur chaque déclinaison.
        """,
        "PIX0404.title": "Aucune réponse acceptée",
        "PIX0404.explanation": """
        Une réponse saisie est juste quand elle correspond à l’une des réponses acceptées. Une QROC
        sans `answers`, ou un champ ou un groupe de QROCM dont la liste est vide, ne peut jamais
        être réussi. Une réponse acceptée vide ne compte pas\u{A0}: Pix ignore les lignes vides.
        """,
        "PIX0405.title": "Réponse non numérique avec le format nombre",
        "PIX0405.explanation": """
        Avec `format: nombre`, Pix compare une réponse de QROC comme un nombre (`1978`, `1978,0` et
        ` 1978` sont alors la même réponse), mais seulement quand toutes les réponses acceptées
        sont des nombres. Une seule réponse acceptée non numérique fait repasser sans bruit toute
        l’épreuve à une comparaison de textes. Écrivez les nombres en chiffres, avec une virgule ou
        un point pour les décimales, et sans unité (mettez l’unité après le champ, dans
        `proposals`).
        """,
        "PIX0406.title": "Réponses numériques sans le format nombre",
        "PIX0406.explanation": """
        Toutes les réponses acceptées de cette QROC sont des nombres, mais l’épreuve n’emploie pas
        `format: nombre`. Les réponses sont alors comparées comme des textes\u{A0}: `12,0` ou `12.0`
        serait compté faux alors que `12` est juste. Avec `format: nombre`, Pix compare les
        valeurs.
        """,
        "PIX0407.title": "Les réponses de la QROCM-ind ne correspondent pas aux champs",
        "PIX0407.explanation": """
        Dans une QROCM-ind, chaque champ est corrigé séparément, d’après les réponses acceptées
        listées sous sa clé. Chaque `${{clé}}` de `proposals` a besoin de son entrée dans `answers`,
        et chaque entrée de `answers` doit être un champ\u{A0}: Pix échoue sur une clé de réponse
        absente de la solution, et une clé en trop est le plus souvent une faute de frappe.
        """,
        "PIX0408.title": "Moins de groupes de réponses que de champs",
        "PIX0408.explanation": """
        Dans une QROCM-dep, les champs sont interchangeables et chacun doit correspondre à un
        groupe de réponses différent (un groupe ne peut pas servir deux fois). Avec moins de
        groupes que de champs, au moins un champ ne peut jamais être juste\u{A0}: personne ne peut
        réussir.
        """,
        "PIX0409.title": "Réponse d’une liste déroulante absente de ses options",
        "PIX0409.explanation": """
        Une liste déroulante laisse le candidat choisir l’une de ses options, et Pix compare le
        choix à l’identique (aucune tolérance ne s’applique à une liste déroulante dans une QROC ou
        une QROCM-ind). Une réponse acceptée qui n’est pas exactement l’une des options ne peut
        jamais être choisie.
        """,
        "PIX0410.title": "Moins de deux propositions",
        "PIX0410.explanation": """
        Une question à choix a besoin d’au moins deux propositions\u{A0}; avec une seule, le candidat
        n’a rien à décider. L’éditeur de modules de Pix demande même au moins trois propositions
        dans une QCM.
        """,
        "PIX0411.title": "Un test d’auteur échoue",
        "PIX0411.explanation": """
        `tests.accept` liste des réponses que la correction doit accepter, `tests.reject` des
        réponses qu’elle doit refuser. pixc corrige chacune avec les règles exactes de Pix
        (tolérances t1, t2, t3, format `nombre`, listes déroulantes), sur l’épreuve et sur chaque
        déclinaison. Un test qui échoue veut dire que l’épreuve ne corrige pas comme son auteur le
        pense\u{A0}: corrigez les réponses acceptées ou les tolérances, ou bien le test.
        """,
        "PIX0412.title": "Champ décrit mais absent des propositions",
        "PIX0412.explanation": """
        `inputs` décrit les champs écrits dans `proposals` sous la forme `${{clé}}` (leur texte
        d’exemple, leur libellé ou les options d’une liste déroulante). Une entrée dont la clé
        n’apparaît pas dans `proposals` ne décrit rien, le plus souvent à cause d’une faute de
        frappe dans la clé.
        """,
        "PIX0413.title": "Syntaxe Pix invalide",
        "PIX0413.explanation": """
        Un contenu repris de Pix peut garder la syntaxe textuelle de Pix\u{A0}: les propositions en
        lignes `- proposition`, les champs en blocs `${{clé#texte§libellé options=["a","b"]}}`, et
        `solution` en numéros de propositions (QCU, QCM), une réponse par ligne (QROC) ou en YAML
        (QROCM). Ce texte ne suit pas cette syntaxe\u{A0}: Pix ne le lirait pas comme prévu. Les clés
        structurées (`options`, `inputs`, `answers`) évitent ces pièges.
        """,
        "PIX0414.title": "Mauvais nombre de champs",
        "PIX0414.explanation": """
        Une QROC demande une seule réponse saisie\u{A0}: ses `proposals` contiennent exactement un champ
        `${{clé}}`. Plusieurs champs demandent une QROCM-ind (corrigée champ par champ) ou une
        QROCM-dep (champs interchangeables). Une QROCM sans aucun champ ne peut pas recevoir de
        réponse.
        """,
        "PIX0415.title": "Tolérances sur une QROCM-dep avec liste déroulante",
        "PIX0415.explanation": """
        Une QROCM-dep applique les tolérances activées à tous ses champs, listes déroulantes
        comprises (contrairement aux QROC et QROCM-ind, où les listes déroulantes sont comparées à
        l’identique). L’éditeur de Pix le dit\u{A0}: n’activez pas T1, T2 ou T3 quand une liste
        déroulante est employée. Écrivez `tolerances: aucune`.
        """,
        "PIX0416.title": "Tests d’auteur manquants",
        "PIX0416.explanation": """
        Les tests d’auteur permettent à une équipe de s’assurer qu’une épreuve corrige comme prévu,
        aujourd’hui et après chaque modification\u{A0}: `tests.accept` liste des réponses qui doivent
        être comptées justes (la réponse attendue, ses graphies habituelles), `tests.reject` des
        réponses qui doivent être comptées fausses (les erreurs probables). pixc les exécute sur
        chaque déclinaison. Chaque épreuve devrait avoir au moins un test de chaque sorte.
        """,
        "PIX0417.title": "Test d’auteur de la mauvaise forme",
        "PIX0417.explanation": """
        Un test d’auteur s’écrit comme le candidat répondrait\u{A0}: le ou les numéros de proposition
        pour une QCU ou une QCM (`"2"`, `"1,3"`), le texte saisi pour une QROC, et une valeur par
        champ pour une QROCM (`{{nom: rapport, extension: pdf}}`), avec les clés des champs.
        """,
        "PIX0418.title": "Réponse trop longue pour la tolérance aux fautes de frappe",
        "PIX0418.explanation": """
        Avec la tolérance t3, Pix accepte une réponse qui ne s’écarte d’une réponse acceptée que de
        quelques fautes de frappe (une distance d’édition d’au plus un quart de sa longueur). Le
        temps de calcul de cette distance est proportionnel au produit des deux longueurs\u{A0}: pixc la
        calcule pour des textes qui diffèrent sur au plus 2\u{202F}000 caractères (une fois leurs débuts
        et fins communs mis de côté) et signale un test d’auteur au-delà, plutôt que de deviner si
        Pix l’accepte. Raccourcissez la réponse, ou retirez t3\u{A0}: un candidat ne saisit pas un texte
        aussi long.
        """,
        "PIX0420.title": "Langue inconnue",
        "PIX0420.explanation": """
        `locales` dit pour quels publics l’épreuve est écrite, avec les codes de Pix\u{A0}: `fr`
        (francophone, tous les pays de langue française), `fr-fr` (France seulement\u{A0}: l’épreuve
        parle d’institutions ou d’habitudes françaises), `en`, `nl`, `es`, `it`, `de`, `pt`. Les
        codes s’écrivent en minuscules avec un trait d’union\u{A0}; les libellés de Pix Editor
        («\u{A0}Francophone\u{A0}», «\u{A0}Franco Français\u{A0}»…) ne sont pas des codes. Sans `locales`, une épreuve
        est `fr`.
        """,
        "PIX0421.title": "Langue listée deux fois",
        "PIX0421.explanation": """
        Chaque langue de `locales` est un public à qui l’épreuve est proposée\u{A0}; en lister une deux
        fois n’ajoute rien et la ferait figurer deux fois dans la publication. Deux graphies du même
        code (`fr-fr` et `fr-FR`) comptent pour la même langue.
        """,
        "PIX0422.title": "Minuteur qui n’est pas positif",
        "PIX0422.explanation": """
        `timer` limite le temps dont le candidat dispose pour répondre, en secondes\u{A0}; Pix affiche un
        avertissement avant de commencer une épreuve minutée. Une durée de 0 ou moins n’a pas de
        sens\u{A0}: pour une épreuve sans limite de temps, n’écrivez pas `timer`.
        """,
        "PIX0423.title": "Réponse automatique sans application intégrée",
        "PIX0423.explanation": """
        Avec `autoReply: oui`, le candidat ne saisit pas de réponse\u{A0}: le simulateur affiché dans la
        page (`embed`) l’envoie quand la tâche est faite. Sans `embed`, rien ne peut répondre, et
        Pix Editor refuse d’enregistrer une telle épreuve («\u{A0}Le mode Réponse automatique a été
        activé alors que l’épreuve ne contient pas d’embed\u{A0}»). Ajoutez l’`embed` du simulateur, ou
        retirez `autoReply`.
        """,
        "PIX0424.title": "Adresse web incomplète",
        "PIX0424.explanation": """
        L’adresse d’une application intégrée (`embed`), d’une illustration donnée par `url`, et
        chacune des `urlsToConsult` sont ouvertes par le navigateur du candidat, depuis le site de
        Pix\u{A0}: ce doit être une adresse complète qui commence par `https://` (ou `http://`), suivie
        du nom du site, sans espaces. Une adresse sans `https://` (`www.cnil.fr`) serait lue comme
        une page du site de Pix lui-même. Copiez l’adresse depuis la barre d’adresse du navigateur.
        """,
        "PIX0425.title": "Illustration sans source unique",
        "PIX0425.explanation": """
        Une illustration est une image affichée avec la consigne. Elle vient soit d’un fichier
        rangé à côté de l’épreuve (`file: capture.png`), soit du web (`url: https://…`)\u{A0}:
        exactement l’un des deux. Sans aucun, il n’y a rien à afficher\u{A0}; avec les deux, pixc ne
        peut pas savoir quelle image le candidat doit voir.
        """,
        "PIX0426.title": "Illustration sans texte alternatif",
        "PIX0426.explanation": """
        Les candidats qui ne peuvent pas voir l’image, avec un lecteur d’écran, reçoivent à la place
        son texte `alt`. Il décrit en une ou deux phrases ce que l’image montre d’utile pour
        répondre («\u{A0}Capture d’écran d’un tableur\u{A0}: la cellule B2 contient la formule
        =SOMME(A1:A10)\u{A0}»), et non «\u{A0}image\u{A0}» ou le nom du fichier. Pix le traduit avec l’épreuve.
        Une illustration sans `alt` exclut ces candidats\u{A0}: c’est une erreur.
        """,
        "PIX0520.title": "Deux déclinaisons identiques",
        "PIX0520.explanation": """
        Deux déclinaisons de l’épreuve donnent exactement les mêmes textes et les mêmes réponses. Le
        plus souvent, une valeur tirée n’apparaît dans aucun texte (les déclinaisons qui ne
        diffèrent que par elle se ressemblent alors), ou une liste contient des éléments répétés.
        Chaque déclinaison doit être une question différente.
        """,
        "PIX0521.title": "La plupart des déclinaisons ont la même réponse",
        "PIX0521.explanation": """
        Plus de la moitié des déclinaisons de cette épreuve ont la même bonne réponse. Les
        déclinaisons sont là pour qu’une réponse ne puisse pas se transmettre ni s’apprendre par
        cœur\u{A0}; quand la plupart la partagent, elles ne jouent pas leur rôle. Faites dépendre la
        réponse des valeurs tirées.
        """,
        "PIX0522.title": "Les déclinaisons changeraient (--locked)",
        "PIX0522.explanation": """
        Avec `--locked`, `pixc build` et `pixc check` refusent tout changement des déclinaisons
        enregistrées dans variants.lock. L’identifiant d’une déclinaison vient de son contenu\u{A0}:
        modifier un modèle de texte, une ligne d’un jeu de données ou une valeur tirée change des
        identifiants. C’est un changement de ce que voient les candidats, qui mérite d’être relu.
        Lancez `pixc build` sans `--locked` pour enregistrer les nouvelles déclinaisons, puis
        relisez les différences de variants.lock.
        """,
        "PIX0523.title": "variants.lock mal formé",
        "PIX0523.explanation": """
        variants.lock est écrit par `pixc build`\u{A0}; il n’est pas fait pour être modifié à la main.
        Celui-ci ne peut pas être lu. Supprimez-le et lancez `pixc build` pour l’écrire de nouveau.
        """,
        "PIX0605.title": "La publication serait incohérente",
        "PIX0605.explanation": """
        Avant d’écrire, pixc relit sa propre publication et vérifie chaque référence entre les
        éléments. Ce diagnostic veut dire que pixc lui-même s’est trompé\u{A0}; rien n’a été écrit.
        Merci de le signaler avec le contenu qui l’a produit.
        """,
        "PIX0609.title": "Rien à construire",
        "PIX0609.explanation": """
        `pixc build` n’a trouvé aucune épreuve à mettre dans la publication\u{A0}: le dépôt n’en a
        aucune (un mauvais `--root`, ou un dossier `Challenges/` pas encore écrit), ou les filtres
        `--status`, `--locale` et `--framework` n’en laissent aucune. Une publication vide
        remplacerait celle qui est déployée et viderait variants.lock\u{A0}: pixc n’écrit rien.
        """,
        "PIX0701.title": "Fichier joint introuvable",
        "PIX0701.explanation": """
        `attachments` et le `file` d’une illustration nomment des fichiers rangés dans le dépôt,
        écrits par rapport au dossier du fichier de l’épreuve\u{A0}: `ventes.csv` est le fichier
        `ventes.csv` du même dossier que l’épreuve, `images/capture.png` un fichier de son
        sous-dossier `images`. Le nom doit correspondre exactement, majuscules et extension
        comprises (les serveurs qui publient distinguent `Ventes.CSV` de `ventes.csv`), et employer
        `/` entre les dossiers.
        """,
        "PIX0702.title": "Fichier joint hors du dossier de l’épreuve",
        "PIX0702.explanation": """
        Les fichiers qu’emploie une épreuve sont rangés avec elle, dans son dossier ou un
        sous-dossier, pour que le dépôt contienne tout ce dont la publication a besoin et qu’on
        puisse déplacer ou partager le dossier d’un sujet d’un seul tenant. Un chemin qui commence
        par `/`, `~` ou une lettre de lecteur, ou qui remonte avec `..`, désigne un autre endroit de
        l’ordinateur de l’auteur, où le serveur de construction ne le trouvera pas\u{A0}; un raccourci
        (lien symbolique) qui sort du dépôt est refusé pour la même raison. Copiez le fichier à côté
        de l’épreuve et donnez seulement son nom.
        """,
        "PIX0433.title": "Langue fr seule\u{A0}: épreuve jamais proposée en France",
        "PIX0433.explanation": """
        Pix choisit les épreuves d’un élève selon sa langue\u{A0}: un élève en France a la langue
        `fr-fr`, et l’API de Pix ne garde que les épreuves dont `locales` contient `fr-fr`. `fr`
        (francophone) ne comprend pas `fr-fr`\u{A0}: une épreuve dont la seule langue est `fr` n’est
        jamais proposée aux élèves en France. Indiquez les deux quand l’épreuve convient à tous les
        francophones\u{A0}; `fr-fr` seul quand elle parle d’institutions ou d’usages français. (Une
        épreuve sans `locales` est `fr` elle aussi\u{A0}; cet avertissement concerne une liste écrite
        `[fr]`.)
        """,
    ])
}

extension CompilerDescriptorTexts {
    /// The descriptors declared in Compiler: its own lists and its rules'.
    static var declaredHere: [DiagnosticDescriptor] {
        AnswerDiagnostics.all + LockDiagnostics.all + BundleDiagnostics.all + FileSystemDiagnostics.all + VariantCheckDiagnostics.all
            + (RuleSet.repositoryRules.map(\.descriptor) + RuleSet.challengeRules.map(\.descriptor))
                .filter { !WritingDescriptorTexts.codes.contains($0.code) }
    }
}
