import Localization

/// The messages of `pixc serve`'s responses and of the command, in French and English.
public enum ServerMessages {
    public static let catalogue = Catalogue(
        domain: "Server",
        french: [
            "serve.noRelease": "aucune version n’est encore servie\u{A0}: le contenu a des erreurs (voir `pixc check`), corrigez-les puis demandez une reconstruction (POST /api/releases)",
            "serve.unknownRelease": "aucune version «\u{A0}{id}\u{A0}» n’est servie\u{A0}: GET /api/releases/latest donne la dernière",
            "serve.busy": "une reconstruction est déjà en cours\u{A0}; réessayez quand elle sera finie",
            "serve.refused.one": "reconstruction refusée\u{A0}: le contenu a {count}\u{A0}erreur\u{A0}; la version précédente reste servie",
            "serve.refused.other": "reconstruction refusée\u{A0}: le contenu a {count}\u{A0}erreurs\u{A0}; la version précédente reste servie",
            "serve.unknownFile": "aucune pièce jointe «\u{A0}{name}\u{A0}» dans les versions servies",
            "serve.unauthorized": "il faut l’en-tête Authorization: Bearer suivi du jeton (le contenu du fichier --token-file)",
            "serve.listening": "pixc serve\u{A0}: API de contenu sur http://{host}:{port}/api/releases/latest (jeton exigé)\u{A0}; pièces jointes sous {base}/attachments/\u{A0}; Ctrl-C arrête",
            "serve.built.one": "version {id} servie\u{A0}: {challenges}\u{A0}lignes d’épreuves, {count}\u{A0}avertissement",
            "serve.built.other": "version {id} servie\u{A0}: {challenges}\u{A0}lignes d’épreuves, {count}\u{A0}avertissements",
            "serve.refusedStart.one": "pas de version servie\u{A0}: le contenu a {count}\u{A0}erreur (voir `pixc check`)\u{A0}; POST /api/releases reconstruit une fois corrigé",
            "serve.refusedStart.other": "pas de version servie\u{A0}: le contenu a {count}\u{A0}erreurs (voir `pixc check`)\u{A0}; POST /api/releases reconstruit une fois corrigé",
            "serve.badPort": "--port doit être entre 0 et 65535",
            "serve.tokenUnreadable": "impossible de lire le jeton dans {path}\u{A0}: {reason}",
            "serve.tokenTooShort": "le jeton de {path} est trop court\u{A0}: il faut au moins {minimum}\u{A0}caractères, sans espace (par exemple la sortie de `openssl rand -hex 32`)",
            "serve.stopped": "le serveur de contenu s’est arrêté\u{A0}: {reason}",
        ],
        english: [
            "serve.noRelease": "no release is served yet: the content has errors (see `pixc check`); fix them, then ask for a rebuild (POST /api/releases)",
            "serve.unknownRelease": "no release “{id}” is served: GET /api/releases/latest gives the latest",
            "serve.busy": "a rebuild is already running; try again when it is over",
            "serve.refused.one": "rebuild refused: the content has {count} error; the previous release is still served",
            "serve.refused.other": "rebuild refused: the content has {count} errors; the previous release is still served",
            "serve.unknownFile": "no attachment “{name}” in the releases served",
            "serve.unauthorized": "send the header Authorization: Bearer and the token (the contents of the --token-file file)",
            "serve.listening": "pixc serve: content API at http://{host}:{port}/api/releases/latest (token required); attachments under {base}/attachments/; Ctrl-C stops",
            "serve.built.one": "serving release {id}: {challenges} challenge rows, {count} warning",
            "serve.built.other": "serving release {id}: {challenges} challenge rows, {count} warnings",
            "serve.refusedStart.one": "no release served: the content has {count} error (see `pixc check`); POST /api/releases rebuilds once it is fixed",
            "serve.refusedStart.other": "no release served: the content has {count} errors (see `pixc check`); POST /api/releases rebuilds once they are fixed",
            "serve.badPort": "--port must be between 0 and 65535",
            "serve.tokenUnreadable": "cannot read the token in {path}: {reason}",
            "serve.tokenTooShort": "the token in {path} is too short: it needs at least {minimum} characters, without spaces (for example the output of `openssl rand -hex 32`)",
            "serve.stopped": "the content server stopped: {reason}",
        ]
    )
}
