extension ReportText {
    /// The French report: written for the pedagogical and data teams who read it, with French
    /// numbers (decimal comma, narrow no-break space between thousands) and typography.
    public static let french = ReportText(
        language: "fr",
        title: "Simulation du test adaptatif",
        subtitle: { engine, learners in "\(learners) candidats simulés, moteur \(engine)" },
        inputsHeading: "Données d’entrée",
        bankLabel: "Banque",
        bankFromBundle: { path, framework, statuses in "paquet \(path), référentiel \(framework), statut \(statuses)" },
        bankFromItems: { path in "fichier d’épreuves \(path)" },
        challengesLabel: "Épreuves",
        provisionalNote: { provisional, total in "\(provisional) épreuves sur \(total) ont des paramètres provisoires (pas encore de calibrage\u{A0}: difficulté tirée du niveau de l’acquis, discrimination 1)\u{A0}; leurs chiffres sont des estimations d’estimations." },
        noProvisional: "Toutes les épreuves sont calibrées.",
        truthLabel: "Réponses tirées selon",
        truthSame: "les paramètres de la banque elle-même",
        populationLabel: "Population",
        engineLabel: "Moteur",
        flashDescription: { length, initial, variation, perTube, passage, between, pick in
            "flash (certification v3 de Pix)\u{A0}: \(length) questions, capacité de départ \(initial), "
                + (variation.map { "la capacité bouge au plus de \($0) × elle-même par réponse" } ?? "pas de limite aux mouvements de la capacité")
                + ", une question par \(perTube ? "sujet" : "acquis"), " + (passage ? "chaque compétence avant qu’une revienne" : "compétences dans n’importe quel ordre")
                + ", \(between) questions entre deux d’une même compétence, probabilité de choix \(pick)\u{A0}%"
        },
        maxInfoDescription: { length, stopError in
            "max-info (classique)\u{A0}: EAP avec une loi a priori N(0, 1), l’épreuve la plus informative à chaque fois, \(length) questions"
                + (stopError.map { " au plus, arrêt à une erreur type de \($0)" } ?? "")
        },
        smartRandomDescription: { locale, maximumLength in
            "smart random (campagnes de Pix), langue \(locale)" + (maximumLength.map { ", au plus \($0) questions" } ?? ", jusqu’à épuisement des acquis")
        },
        seedLabel: "Graine",
        digestLabel: "Empreinte de la banque",
        thresholdLabel: "Seuil d’erreur type",
        overallHeading: "Précision",
        learnersLabel: "Candidats",
        biasLabel: "Biais",
        rmseLabel: "RMSE",
        meanErrorRateLabel: "Taux d’erreur moyen",
        coverageLabel: "Couverture à 95\u{A0}%",
        meanLengthLabel: "Longueur moyenne",
        correctRateLabel: "Réponses justes",
        correlationLabel: "Corrélation",
        undefinedNote: { count in "\(count) candidats n’ont pas d’estimation définie et sont exclus de ces chiffres." },
        overallExplanation: "Le biais est la moyenne de (estimation − capacité réelle), la RMSE la racine de la moyenne des écarts au carré, tous deux en logits. Le taux d’erreur est l’erreur type qu’annonce le moteur\u{A0}; la couverture est la part des candidats dont la capacité réelle se trouve à moins de 1,96 taux d’erreur de l’estimation (95\u{A0}% quand le taux d’erreur est honnête).",
        bandsHeading: "Précision par tranche de capacité",
        bandsChartTitle: "Biais, RMSE et taux d’erreur moyen par tranche de capacité réelle",
        bandAxis: "Tranche de capacité réelle (logits)",
        logitAxis: "Logits",
        bandColumn: "Tranche",
        shareColumn: "Part des candidats",
        informationHeading: "Là où la banque mesure bien",
        informationChartTitle: { length in "Information du test\u{A0}: les \(length) épreuves les plus informatives à chaque capacité" },
        capacityAxis: "Capacité θ (logits)",
        informationAxis: "Information",
        testInformationSeries: { length in "Information des \(length) meilleures épreuves" },
        thresholdSeries: { threshold in "Nécessaire pour une erreur type de \(threshold)" },
        weakRangeSeries: "Mal mesuré",
        weakRangesText: { threshold, ranges in "L’erreur type attendue dépasse \(threshold) pour les capacités dans \(ranges)\u{A0}: aucun test adaptatif de cette longueur ne peut y mesurer précisément les candidats avec cette banque." },
        noWeakRange: { threshold in "L’erreur type attendue reste sous \(threshold) de −5 à 5." },
        exposureHeading: "Exposition",
        exposureChartTitle: "Taux d’exposition de chaque épreuve, de la plus exposée à la moins exposée",
        exposureRankAxis: "Épreuves, de la plus exposée à la moins exposée",
        exposureRateAxis: "Part des candidats qui l’ont vue",
        exposureSeries: "Taux d’exposition",
        uniformExposureSeries: "Toutes les épreuves autant utilisées",
        exposureText: { maximum, challenge, neverUsed, neverUsedShare, overlap in "L’épreuve la plus exposée (\(challenge)) est vue par \(maximum) des candidats\u{A0}; \(neverUsed) épreuves (\(neverUsedShare)) ne sont jamais utilisées. Deux candidats ont en moyenne \(overlap) de leurs questions en commun." },
        scoresHeading: "Scores de la certification v3",
        scoresChartTitle: "Répartition des scores pix v3",
        scoreAxis: "Score pix (tranches de 32 pix)",
        learnersShareAxis: "Candidats (%)",
        scoresSeries: "Candidats",
        scoresText: { mean, sd, median, p5, p95 in "Moyenne \(mean) pix (écart-type \(sd))\u{A0}; médiane \(median)\u{A0}; 90\u{A0}% des candidats entre \(p5) et \(p95)." },
        noScores: "Ce moteur ne donne pas de score v3.",
        competencePixHeading: "Pix par compétence",
        competencePixChartTitle: "Pix moyens par compétence\u{A0}: gagnés pendant le test et impliqués par la capacité réelle",
        competenceAxis: "Compétence",
        pixAxis: "Pix",
        earnedSeries: "Gagnés (smart random)",
        impliedSeries: "Impliqués par la capacité réelle",
        competencePixExplanation: "Un acquis compte comme impliqué quand le candidat répondrait juste à sa plus facile épreuve plus souvent que faux (capacité réelle au moins égale à sa vraie difficulté). Les pix par compétence et les niveaux sont plafonnés comme Pix les plafonne (48 pix, niveau 6).",
        sameLevelColumn: "Même niveau",
        answersHeading: "Réponses par compétence",
        competenceColumn: "Compétence",
        answersColumn: "Réponses",
        noCompetence: "(sans compétence)",
        gapsHeading: "Là où de nouvelles épreuves aideraient le plus",
        gapsExplanation: { information in "Chaque ligne est une compétence et une tranche de capacité où une nouvelle épreuve de discrimination médiane, de difficulté dans la tranche, apporterait le plus d’information aux candidats simulés (\(information) au centre de la tranche). Classement par gain pondéré par la part des candidats dans la tranche." },
        rankColumn: "Rang",
        challengesColumn: "Épreuves dans la tranche",
        reasonColumn: "Pourquoi",
        noGap: "Aucun manque\u{A0}: chaque compétence a des épreuves informatives partout où il y a des candidats.",
        noChallengeReason: { competence, band, share in "\(competence) n’a aucune épreuve de difficulté dans \(band), où se trouvent \(share) des candidats." },
        lowInformationReason: { competence, count, band, best, new, share in "\(competence) a \(count) \(count == "0" || count == "1" ? "épreuve" : "épreuves") dans \(band), mais la meilleure n’y apporte que \(best) d’information (une nouvelle\u{A0}: \(new))\u{A0}; \(share) des candidats sont dans cette tranche." },
        footer: "Écrit par pixc simulate. Chaque chiffre vient de summary.json, dans le même dossier.",
        below: { bound in "< \(bound)" },
        between: { from, to in "[\(from)\u{A0}; \(to)[" },
        above: { bound in "≥ \(bound)" },
        decimalSeparator: ",",
        percentSign: "\u{A0}%",
        thousandsSeparator: "\u{202F}",
        missingValue: "–",
        pretest: .french
    )

    /// The report in `language` ("fr" or "en").
    public static func named(_ language: String) -> ReportText {
        language == "fr" ? .french : .english
    }
}

extension PretestText {
    public static let french = PretestText(
        heading: "Préparer un prétest\u{A0}: combien de candidats il faut aux nouvelles épreuves",
        explanation: { count, perSession, length, source in
            "Épreuves en prétest\u{A0}: \(count) (\(source))\u{A0}; chaque session en a reçu \(perSession) à des places tirées au sort parmi ses \(length) premières questions, avec des réponses tirées de leurs vrais paramètres, comptées ni dans le score ni dans l’estimation de la capacité. Pour chaque nombre de candidats, les réponses des premiers candidats ont été calibrées comme le fait pixc calibrate, les épreuves en service ancrées aux paramètres utilisés par le moteur, et les estimations comparées à la vérité."
        },
        fromProvisional: "les épreuves provisoires de la banque, vrais paramètres tirés du fichier de vérité ou leurs paramètres provisoires",
        fromItems: { path in "tirées de \(path)" },
        chartTitle: "Erreur des estimations des épreuves en prétest selon le nombre de candidats",
        learnersAxis: "Candidats",
        rmseAxis: "RMSE par rapport à la vérité",
        difficultySeries: "RMSE de la difficulté",
        discriminationSeries: "RMSE de la discrimination",
        targetSeries: { target in "RMSE de difficulté visée \(target)" },
        learnersColumn: "Candidats",
        answersColumn: "Réponses par épreuve (moyenne, minimum)",
        difficultyRMSEColumn: "RMSE de la difficulté",
        difficultyBiasColumn: "Biais de la difficulté",
        difficultyCorrelationColumn: "Corrélation de la difficulté",
        standardErrorColumn: "Erreur type moyenne",
        discriminationRMSEColumn: "RMSE de la discrimination",
        discriminationCorrelationColumn: "Corrélation de la discrimination",
        flaggedColumn: "Signalées",
        reached: { learners, target in "La RMSE de la difficulté passe sous \(target) à partir de \(learners) candidats (à ce nombre et à chaque nombre plus grand essayé)." },
        notReached: { target, largest, rmse in "Aucun des nombres de candidats essayés n’amène la RMSE de la difficulté sous \(target)\u{A0}: avec \(largest) candidats, elle vaut encore \(rmse). Essayez plus de candidats, ou plus de questions de prétest par session." },
        notConverged: { learners in "Le calibrage à partir de \(learners) candidats n’a pas convergé\u{A0}: ses chiffres ne sont pas fiables." },
        unanswered: { learners, count in "Avec \(learners) candidats, \(count) épreuves en prétest n’ont reçu aucune réponse et n’ont pas pu être estimées." },
        noCorrelation: "Une corrélation affiche «\u{A0}–\u{A0}» quand les vraies valeurs ne varient pas (comme la discrimination provisoire 1 de chaque épreuve).",
        summaryHeading: { count, single, perSession in "prétest\u{A0}: \(count) épreuve\(single ? "" : "s"), \(perSession) par session\u{A0}; candidats\u{A0}: RMSE de la difficulté (corrélation), RMSE de la discrimination (corrélation)" },
        summaryLine: { learners, answers, bRMSE, bCorrelation, aRMSE, aCorrelation in
            "  \(learners) candidats (\(answers) réponses par épreuve en moyenne)\u{A0}: difficulté \(bRMSE) (\(bCorrelation)), discrimination \(aRMSE) (\(aCorrelation))"
        }
    )
}
