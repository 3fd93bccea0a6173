import Localization

/// Why `pixc build` refuses an output folder or a release date, in French and English.
public enum BuildOutputMessages {
    public static let catalogue = Catalogue(
        domain: "Compiler.buildOutput",
        french: [
            "danglingLink": "--out {given} est un lien symbolique vers rien\u{A0}; donnez un dossier",
            "isRepository": "--out {given} est le dépôt de contenu lui-même\u{A0}: y construire remplacerait Referential/, Challenges/ et tout le reste par le paquet\u{A0}; donnez-lui un dossier à part, par exemple dist",
            "containsRepository": "--out {given} contient le dépôt de contenu\u{A0}: y construire le remplacerait par le paquet\u{A0}; donnez un dossier à part, par exemple {repository}/dist",
            "insideSources": "--out {given} est dans {folder}/, qui contient le contenu\u{A0}: le paquet remplacerait ce qu’écrivent les auteurs ou s’y mêlerait\u{A0}; donnez un dossier hors de celui-ci, par exemple dist",
            "partIsFile": "--out {given}\u{A0}: une partie de ce chemin est un fichier, pas un dossier",
            "system": "--out {given}\u{A0}: {reason}",
            "isFile": "--out {given} est un fichier, pas un dossier\u{A0}: pixc écrit le paquet (release.json, manifest.json, attachments/) dans un dossier\u{A0}; donnez un dossier nouveau ou vide, ou qui contient un paquet précédent",
            "cannotList": "--out {given}\u{A0}: impossible de lister ce dossier\u{A0}: {reason}",
            "notABundle": "--out {given} est un dossier qui ne contient pas de paquet pixc (il contient {entries})\u{A0}: y construire effacerait ses fichiers\u{A0}; donnez un dossier nouveau ou vide, ou qui contient un paquet précédent",
            "foreign.one": "--out {given} contient un paquet pixc mais aussi {entries}, qu’y construire effacerait\u{A0}; déplacez-le d’abord ailleurs",
            "foreign.many": "--out {given} contient un paquet pixc mais aussi {entries}, qu’y construire effacerait\u{A0}; déplacez-les d’abord ailleurs",
            "more": "{shown} et {count} de plus",
            "invalidReleaseDate": "--release-date {text}\u{A0}: écrivez une vraie date entre {earliest} et {latest}, comme 2026-11-23 ou 2026-11-23T09:00:00Z",
            "invalidSourceDateEpoch": "SOURCE_DATE_EPOCH={text} n’est pas un nombre entier de secondes depuis 1970 donnant une date entre {earliest} et {latest}",
        ],
        english: [
            "danglingLink": "--out {given} is a symbolic link to nothing; give a folder",
            "isRepository": "--out {given} is the content repository itself: building there would replace Referential/, Challenges/ and everything else with the bundle; give a folder of its own, such as dist",
            "containsRepository": "--out {given} contains the content repository: building there would replace it with the bundle; give a folder of its own, such as {repository}/dist",
            "insideSources": "--out {given} is inside {folder}/, which holds the content: the bundle would replace or mix with what authors write; give a folder outside it, such as dist",
            "partIsFile": "--out {given}: a part of this path is a file, not a folder",
            "system": "--out {given}: {reason}",
            "isFile": "--out {given} is a file, not a folder: pixc writes the bundle (release.json, manifest.json, attachments/) into a folder; give a new or empty folder, or one holding a previous bundle",
            "cannotList": "--out {given}: cannot list this folder: {reason}",
            "notABundle": "--out {given} is a folder that does not hold a pixc bundle (it holds {entries}): building there would delete its files; give a new or empty folder, or one holding a previous bundle",
            "foreign.one": "--out {given} holds a pixc bundle but also {entries}, which building there would delete; move it elsewhere first",
            "foreign.many": "--out {given} holds a pixc bundle but also {entries}, which building there would delete; move them elsewhere first",
            "more": "{shown} and {count} more",
            "invalidReleaseDate": "--release-date {text}: write a real date between {earliest} and {latest}, as 2026-11-23 or 2026-11-23T09:00:00Z",
            "invalidSourceDateEpoch": "SOURCE_DATE_EPOCH={text} is not a whole number of seconds since 1970 giving a date between {earliest} and {latest}",
        ]
    )
}
