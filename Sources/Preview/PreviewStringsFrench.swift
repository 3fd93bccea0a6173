extension PreviewStrings {
    /// The site in French, for the teams who write the challenges. The texts Pix itself shows
    /// (answer instructions, numbered labels, the link title) are Pix's French ones.
    public static let french: PreviewStrings = {
        var s = PreviewStrings()
        s.languageCode = "fr"
        s.siteTitle = "Aperçu pixc"
        s.skipToContent = "Aller au contenu"
        s.home = "Toutes les épreuves"
        s.homeIntro = "Chaque épreuve telle qu’un candidat la voit sur Pix. Ouvrez-en une pour voir ses déclinaisons, y répondre et être corrigé comme Pix corrige."
        s.searchLabel = "Chercher par identifiant ou par texte"
        s.searchHint = "Tapez une partie d’un identifiant, d’une consigne ou d’une proposition\u{A0}: la liste ci-dessous se filtre à mesure."
        s.noSearchResult = "Aucune épreuve ne correspond."
        s.allChallenges = { "Les \($0) épreuves" }
        s.coverage = "Référentiel et couverture"
        s.gaps = "Manques"
        s.competencesWithoutValidated = "Compétences sans aucune épreuve validée"
        s.skillsWithoutChallenge = "Acquis sans aucune épreuve"
        s.levelsWithoutSkill = "Niveaux sans aucun acquis"
        s.none = "aucun"
        s.level = "Niveau"
        s.skill = "Acquis"
        s.skillStatus = "Statut de l’acquis"
        s.challengesColumn = "Épreuves"
        s.noChallenge = "aucune épreuve"
        s.diagnosticsTotal = { errors, warnings in
            "pixc check\u{A0}: \(errors) erreur\(errors > 1 ? "s" : ""), \(warnings) avertissement\(warnings > 1 ? "s" : "")"
        }
        s.challengeCount = { challenges, pages in
            "\(challenges) épreuve\(challenges > 1 ? "s" : ""), \(pages) page\(pages > 1 ? "s" : "") avec leurs déclinaisons"
        }
        s.countsByStatus = { counts in
            let shown = counts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
            return shown.isEmpty ? "aucune" : shown.joined(separator: ", ")
        }
        s.breadcrumb = "Fil d’Ariane"
        s.problemsInFile = "Problèmes dans ce fichier"
        s.line = "ligne"
        s.help = "aide"
        s.variants = "Déclinaisons"
        s.variantLink = { "Déclinaison \($0)" }
        s.variantValues = "Valeurs tirées pour cette déclinaison"
        s.asWritten = "Telle qu’écrite (sans jeu de données)"
        s.challengeHeading = "L’épreuve telle que le candidat la voit"
        s.illustration = "Illustration"
        s.externalIllustration = { "Image externe, non chargée hors ligne\u{A0}: \($0)" }
        s.attachments = "Pièces jointes"
        s.downloadFile = { "Télécharger le fichier (\($0))" }
        s.embedPlaceholder = { title, url, height in
            "Simulateur «\u{A0}\(title)\u{A0}» (\(url)\(height.map { ", \($0)\u{A0}px de haut" } ?? ""))\u{A0}: non chargé, l’aperçu fonctionne hors ligne."
        }
        s.untitledEmbed = "sans titre"
        s.alternativeInstruction = "Afficher l’alternative textuelle"
        s.timerNotice = { "Épreuve chronométrée\u{A0}: le candidat a \(PreviewStrings.duration($0)) pour répondre." }
        s.startTimer = "Lancer le chronomètre"
        s.timeLeft = "Temps restant"
        s.timeIsUp = "Le temps est écoulé\u{A0}: une bonne réponse compte désormais comme hors délai (timedout)."
        s.focusNotice = "Épreuve focalisée\u{A0}: le candidat doit rester sur cette page. En certification, une bonne réponse donnée après l’avoir quittée compte comme focusedOut."
        s.focusLost = "Vous avez quitté la page."
        s.chooseOne = "Veuillez sélectionner la bonne réponse\u{A0}:"
        s.chooseSeveral = "Veuillez sélectionner la ou les bonnes réponses\u{A0}:"
        s.yourAnswer = "Votre réponse"
        s.numberedLabel = { "Réponse \($0)" }
        s.newWindow = "ouverture dans une nouvelle fenêtre"
        s.selectPlaceholder = "Choisir"
        s.autoReplyNotice = "Le simulateur envoie la réponse (autoReply)\u{A0}: Pix ne montre aucun champ au candidat."
        s.autoReplyAnswer = "Réponse qu’enverrait le simulateur"
        s.shuffleNotice = "Propositions dans l’ordre où Pix les montre aux candidats de l’évaluation"
        s.notShuffled = "Propositions dans l’ordre écrit (shuffled: non)."
        s.reshuffle = "Remélanger"
        s.certificationCheckbox = "Corriger comme en certification"
        s.check = "Vérifier ma réponse"
        s.needsServer = "La correction demande le serveur\u{A0}: lancez `pixc preview --serve` et ouvrez l’adresse qu’il affiche."
        s.gradingFailed = "Le serveur n’a pas pu corriger cette réponse."
        s.reloadNotice = "Le contenu a changé sur le disque et l’aperçu a été reconstruit."
        s.reload = "Recharger"
        s.authorView = "Solution, tolérances et tests de l’auteur"
        s.solutionPix = "Solution (syntaxe Pix)"
        s.proposalsPix = "Propositions (syntaxe Pix)"
        s.acceptedAnswers = "Réponses acceptées"
        s.solutionToDisplay = "Solution montrée au candidat (solutionToDisplay)"
        s.tolerances = "Tolérances"
        s.format = "Format"
        s.noTolerance = "aucune"
        s.testsAccept = "Tests de l’auteur à accepter"
        s.testsReject = "Tests de l’auteur à refuser"
        s.noTests = "Aucun test de l’auteur."
        s.renderingNotes = "Comment Pix affiche ce texte"
        s.tableNote = "Ce texte contient un tableau Markdown\u{A0}: Pix (showdown sans son option de tableaux) l’affiche en lignes brutes avec des «\u{A0}|\u{A0}»."
        s.status = "Statut"
        s.type = "Type"
        s.verdictOK = "Juste (ok)"
        s.verdictKO = "Faux (ko)"
        s.verdictOther = { "Statut\u{A0}: \($0)" }
        s.emptyAnswer = "Donnez d’abord une réponse."
        s.exactMatch = { "correspond telle quelle à la réponse acceptée «\u{A0}\($0)\u{A0}»" }
        s.treatedMatch = { accepted, tolerances in
            "correspond à «\u{A0}\(accepted)\u{A0}» une fois appliquées \(tolerances.joined(separator: " et "))"
        }
        s.closeMatch = { accepted, distance, length in
            "acceptée par t3\u{A0}: \(distance) modification\(distance > 1 ? "s" : "") par rapport à «\u{A0}\(accepted)\u{A0}» sur \(length) caractère\(length > 1 ? "s" : "") (au plus un quart)"
        }
        s.numberMatch = { "égale en tant que nombre (format nombre)\u{A0}: \($0)" }
        s.noMatch = { nearest, distance in
            guard let nearest else { return "ne correspond à aucune réponse acceptée" }
            return "ne correspond à aucune réponse acceptée\u{A0}; la plus proche est «\u{A0}\(nearest)\u{A0}»" + (distance.map { " (\($0) modification\($0 > 1 ? "s" : ""))" } ?? "")
        }
        s.selectNote = "une liste déroulante\u{A0}: comparée sans aucune tolérance"
        s.groupNote = { "épuise le groupe «\u{A0}\($0)\u{A0}»" }
        s.toleranceName = { name in
            switch name {
            case "t1": return "t1 (casse, accents, espaces)"
            case "t2": return "t2 (ponctuation)"
            case "t3": return "t3 (petites fautes de frappe)"
            default: return name
            }
        }
        s.treatedAs = { "comparée comme «\u{A0}\($0)\u{A0}»" }
        s.choiceRight = "les propositions choisies sont les bonnes"
        s.choiceWrong = { chosen, right in "choisies\u{A0}: \(chosen)\u{A0}; bonnes\u{A0}: \(right)" }
        s.timedOutNote = "juste, mais donnée après la fin du temps"
        s.focusedOutNote = "juste, mais le candidat a quitté la page pendant une certification"
        s.failureNote = { "Pix échouerait sur cette réponse\u{A0}: \($0)" }
        return s
    }()
}
