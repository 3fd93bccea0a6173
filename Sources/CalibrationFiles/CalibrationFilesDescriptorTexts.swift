import Diagnostics

/// The French titles and explanations of the CalibrationFiles module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum CalibrationFilesDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "CalibrationFiles", descriptors: CalibrationDiagnostics.all, french: [
        "PIX0601.title": "Fichier de calibration mal formé",
        "PIX0601.explanation": """
        Un fichier de calibration est un CSV dont la ligne d’en-tête nomme les colonnes
        (`challengeId`, `discrimination`, `difficulty`, et au besoin
        `discriminationStandardError`, `difficultyStandardError`, `responses`, `calibrationId`,
        `flags`), suivie d’une ligne par épreuve avec une valeur par colonne. Le format d’import de
        Pix est lu aussi\u{A0}: `challengeId`, `complementaryCertificationKey`, `alpha`, `delta`,
        `calibrationId` (l’`alpha` et le `delta` de Pix sont la discrimination et la difficulté).
        Les valeurs sont séparées par des virgules, des points-virgules ou des tabulations, selon
        ce qu’emploie l’en-tête.
        """,
        "PIX0602.title": "Valeur de calibration invalide",
        "PIX0602.explanation": """
        La discrimination et la difficulté sont des nombres décimaux (avec un point, ou une virgule
        quand le séparateur n’est pas la virgule)\u{A0}; la discrimination est supérieure à 0\u{A0}; le nombre
        de réponses est un nombre entier. Une valeur qui ne l’est pas donnerait au moteur adaptatif
        une épreuve dénuée de sens.
        """,
        "PIX0603.title": "Calibration d’une épreuve inconnue",
        "PIX0603.explanation": """
        La calibration nomme un identifiant d’épreuve qu’aucune épreuve du dépôt ne porte (ni
        aucune de leurs déclinaisons). Soit l’épreuve a été renommée ou supprimée (les
        identifiants ne doivent jamais changer), soit la calibration vient d’un autre dépôt.
        """,
        "PIX0604.title": "Épreuve calibrée deux fois",
        "PIX0604.explanation": """
        Deux lignes (d’un même fichier ou de deux fichiers de Calibration/) donnent des paramètres
        pour la même épreuve et la même clé de certification. pixc ne devine pas laquelle est à
        jour\u{A0}: gardez-en une.
        """,
        "PIX0606.title": "D’autres problèmes dans ce fichier",
        "PIX0606.explanation": """
        Un fichier qui a beaucoup de lignes fautives (un mauvais export, un fichier qui n’est pas un
        CSV) n’est signalé en détail que pour ses premiers problèmes\u{A0}; les autres sont comptés dans
        un dernier diagnostic, pour qu’un fichier abîmé de millions de lignes soit signalé vite et
        avec peu de mémoire. Corrigez les premiers problèmes et relancez.
        """,
        "PIX0607.title": "Données illisibles jusqu’au bout",
        "PIX0607.explanation": """
        Le fichier cesse d’être lisible en cours de route\u{A0}: des données compressées abîmées ou
        tronquées, une erreur de lecture, ou un enregistrement de plus d’un mégaoctet (le plus
        souvent un guillemet `"` jamais fermé, si bien que tout ce qui suit ressemble à une seule
        valeur). Rien n’est repris d’un tel fichier.
        """,
        "PIX0608.title": "Aucune ligne pour la clé de certification",
        "PIX0608.explanation": """
        Les fichiers d’import de calibration de Pix donnent les paramètres de chaque épreuve par
        certification (`complementaryCertificationKey`\u{A0}: `CORE` pour la certification socle,
        `DROIT`, `CLEA`, `EDU_1ER_DEGRE`…). La construction prend les lignes d’une seule clé
        (`pixc build --certification-key`, `CORE` par défaut)\u{A0}; un fichier sans ligne pour cette clé
        n’apporte rien.
        """,
        "PIX0610.title": "En-tête du journal de réponses incomplet",
        "PIX0610.explanation": """
        `pixc calibrate` lit un journal de réponses dont la première ligne nomme les colonnes\u{A0}: le
        candidat (`learner`, ou `certificationCourseId`, `assessmentId` ou `userId` de Pix),
        l’épreuve (`challenge` ou `challengeId`) et le résultat (`result`). Les autres colonnes sont
        ignorées.
        """,
        "PIX0611.title": "Ligne de réponse mal formée",
        "PIX0611.explanation": """
        Chaque ligne d’un journal de réponses a une valeur par colonne de l’en-tête, et nomme un
        candidat et une épreuve. Une ligne qui ne le fait pas n’est pas devinée\u{A0}: sinon, la
        calibration reposerait sur des réponses que personne n’a données.
        """,
        "PIX0612.title": "Résultat de réponse inconnu",
        "PIX0612.explanation": """
        Un résultat est l’un des statuts de réponse de Pix (`ok`, le seul qui soit juste, `ko`,
        `aband` pour une épreuve passée, `timedout`, `focusedOut`, `partially`, `unimplemented`) ou
        bien `1` / `0`. Tout statut autre que `ok` et `1` compte comme une réponse fausse, sauf si
        `pixc calibrate --drop` l’écarte (`--drop aband,timedout`).
        """,
    ])
}
