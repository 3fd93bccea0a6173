import Localization

/// The messages of the writing rules (Sources/Compiler/Rules/Writing), in French and English.
public enum WritingMessages {
    public static let catalogue = Catalogue(
        domain: "Writing",
        french: [
            "decimalList.message": "`[{left},{right}]` se lit comme deux réponses, «\u{A0}{left}\u{A0}» et «\u{A0}{right}\u{A0}», et non comme le nombre {left},{right}",
            "decimalList.help": "entre guillemets, la virgule reste dans la réponse\u{A0}: `\"{left},{right}\"`",
            "decimalList.helpTwo": "si ce sont bien deux réponses, écrivez `[{left}, {right}]` avec une espace après la virgule",

            "decimalT2.message": "la saisie `{key}` accepte le nombre décimal «\u{A0}{value}\u{A0}», mais la tolérance t2 efface la virgule\u{A0}: «\u{A0}{erased}\u{A0}» serait accepté aussi{variant}",
            "decimalT2.help": "retirez t2 des tolérances\u{A0}: `{tolerances}`",

            "formatNoEffect.message": "`format: nombre` n’a d’effet que sur une QROC\u{A0}: une {type} compare ses réponses comme du texte",
            "formatNoEffect.help": "supprimez la ligne `format: nombre`",

            "idAlphabet.message": "l’identifiant `{id}` sort de l’alphabet de Pix (minuscules sans accent, chiffres, tirets)",
            "idAlphabet.help": "écrivez `{fixed}`",
            "tubeAlphabet.message": "le nom de sujet `{name}` sort de l’alphabet de Pix (lettres sans accent et chiffres, en camelCase)",
            "tubeAlphabet.skill": "l’acquis `{skill}` vient du sujet `{name}`, dont le nom sort de l’alphabet de Pix",
            "tubeAlphabet.help": "écrivez `{fixed}`",
            "tubeAlphabet.taken": "un autre sujet s’appelle déjà `{fixed}`\u{A0}: choisissez un autre nom",
            "fileAlphabet.message": "le nom de fichier `{name}` sort de l’alphabet de Pix (minuscules sans accent, chiffres, tirets, points)",
            "fileAlphabet.help": "renommez le fichier en `{fixed}`, et ses références avec (`pixc fix` fait les deux)",
            "fileAlphabet.sameTarget": "un autre fichier de ce dossier deviendrait aussi `{fixed}`\u{A0}: choisissez les noms vous-même",
            "fileAlphabet.targetExists": "un fichier `{fixed}` existe déjà dans ce dossier\u{A0}: choisissez un autre nom, ou supprimez l’un des deux",

            "elision.message": "«\u{A0}{phrase}\u{A0}»{variant}\u{A0}: devant une voyelle ou un h muet, le français élide en «\u{A0}{elided}\u{A0}»",
            "elision.help": "écrivez `{fixed}`\u{A0}: «\u{A0}{elided}\u{A0}» ici, «\u{A0}{full}\u{A0}» devant une consonne",
            "elision.helpPlain": "écrivez «\u{A0}{elided}\u{A0}»",

            "apostrophe.message": "apostrophe droite ' dans un texte que lit le candidat\u{A0}; le dépôt écrit l’apostrophe typographique ’",
            "apostrophe.help": "écrivez `{fixed}`",
            "noBreakSpace.message": "il manque une espace insécable {where}",
            "noBreakSpace.before": "avant «\u{A0}{mark}\u{A0}»",
            "noBreakSpace.insideQuotes": "à l’intérieur des guillemets «\u{A0}»",
            "noBreakSpace.help": "écrivez `{fixed}` (U+00A0, espace insécable)",
            "byteUnit.message": "`{written}`\u{A0}: l’unité française du Système international s’écrit `{unit}`",
            "byteUnit.help": "écrivez `{unit}`",

            "activeWithoutValidated.message": "l’acquis `{skill}` est actif mais aucune de ses épreuves n’est validée\u{A0}: publié ainsi, il change la valeur en pix d’autres acquis ({changes})",
            "activeWithoutValidated.help": "gardez l’acquis `en construction` jusqu’à ce qu’une de ses épreuves soit validée",

            "sameQuestion.message": "les déclinaisons {first} et {second} posent la même question avec d’autres mots\u{A0}: mêmes nombres, même réponse",
            "sameQuestion.help": "ajoutez une contrainte qui écarte ces déclinaisons, ou faites varier aussi les nombres",

            "quality.title": "QCU qu’on peut réussir sans l’acquis",
            "quality.long": "bonne proposition bien plus longue que les autres ({count})\u{A0}:",
            "quality.longItem": "{id} ({path})\u{A0}: {right}\u{A0}caractères, les autres {others} en moyenne",
            "quality.position": "bonne proposition toujours à la même place dans les QCU non mélangées d’un sujet ({count})\u{A0}:",
            "quality.positionItem": "{tube}\u{A0}: en position {position} dans ses {count}\u{A0}QCU affichées dans l’ordre écrit ({ids})",
        ],
        english: [
            "decimalList.message": "`[{left},{right}]` is read as two answers, `{left}` and `{right}`, not as the number {left},{right}",
            "decimalList.help": "in quotes, the comma stays in the answer: `\"{left},{right}\"`",
            "decimalList.helpTwo": "if these are two answers, write `[{left}, {right}]` with a space after the comma",

            "decimalT2.message": "input `{key}` accepts the decimal number `{value}`, but the t2 tolerance deletes its comma: `{erased}` would be accepted too{variant}",
            "decimalT2.help": "remove t2 from the tolerances: `{tolerances}`",

            "formatNoEffect.message": "`format: nombre` only has an effect on a QROC: a {type} compares its answers as text",
            "formatNoEffect.help": "delete the `format: nombre` line",

            "idAlphabet.message": "the id `{id}` is outside Pix's alphabet (lower-case letters without accents, digits, hyphens)",
            "idAlphabet.help": "write `{fixed}`",
            "tubeAlphabet.message": "the tube name `{name}` is outside Pix's alphabet (letters without accents and digits, in camelCase)",
            "tubeAlphabet.skill": "the skill `{skill}` comes from the tube `{name}`, whose name is outside Pix's alphabet",
            "tubeAlphabet.help": "write `{fixed}`",
            "tubeAlphabet.taken": "another tube is already called `{fixed}`: choose another name",
            "fileAlphabet.message": "the file name `{name}` is outside Pix's alphabet (lower-case letters without accents, digits, hyphens, dots)",
            "fileAlphabet.help": "rename the file to `{fixed}`, and its references with it (`pixc fix` does both)",
            "fileAlphabet.sameTarget": "another file of this folder would become `{fixed}` too: choose the names yourself",
            "fileAlphabet.targetExists": "a file `{fixed}` already exists in this folder: choose another name, or remove one of them",

            "elision.message": "«\u{A0}{phrase}\u{A0}»{variant}: before a vowel or a mute h, French elides it to «\u{A0}{elided}\u{A0}»",
            "elision.help": "write `{fixed}`: «\u{A0}{elided}\u{A0}» here, «\u{A0}{full}\u{A0}» before a consonant",
            "elision.helpPlain": "write «\u{A0}{elided}\u{A0}»",

            "apostrophe.message": "straight apostrophe ' in a text the learner reads; the repository writes the typographic apostrophe ’",
            "apostrophe.help": "write `{fixed}`",
            "noBreakSpace.message": "a no-break space is missing {where}",
            "noBreakSpace.before": "before `{mark}`",
            "noBreakSpace.insideQuotes": "inside the quotation marks « »",
            "noBreakSpace.help": "write `{fixed}` (U+00A0, no-break space)",
            "byteUnit.message": "`{written}`: the French SI unit is written `{unit}`",
            "byteUnit.help": "write `{unit}`",

            "activeWithoutValidated.message": "skill `{skill}` is active but none of its challenges is validated: published like this, it changes the pix value of other skills ({changes})",
            "activeWithoutValidated.help": "keep the skill `en construction` until one of its challenges is validated",

            "sameQuestion.message": "variants {first} and {second} ask the same question in other words: same numbers, same answer",
            "sameQuestion.help": "add a constraint that rules these variants out, or let the numbers vary too",

            "quality.title": "QCU a learner can pass without the skill",
            "quality.long": "right option much longer than the others ({count}):",
            "quality.longItem": "{id} ({path}): {right} characters, the others {others} on average",
            "quality.position": "right option always at the same place in a tube's unshuffled QCU ({count}):",
            "quality.positionItem": "{tube}: position {position} in its {count} QCU shown in written order ({ids})",
        ]
    )
}
