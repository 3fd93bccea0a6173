import CalibrationFiles
import Compiler
import Diagnostics
import Expressions
import Grading
import Localization
import Model
import Preview
import Release
import Server
import Simulation
import Variants
import YAML

/// The messages of the command layer (PixcCommands), in French and English.
enum CommandMessages {
    static let catalogue = Catalogue(
        domain: "PixcCommands",
        french: [
            "language.invalidSetting": "erreur\u{A0}: PIXC_LANG vaut «\u{A0}{value}\u{A0}», une langue que pixc ne parle pas. Valeurs possibles\u{A0}: fr ou en (ou retirez la variable pour suivre la langue du système).",
            "new.what.type": "le type d’épreuve (QCU, QCM, QROC, QROCM-ind, QROCM-dep)",
            "new.what.skill": "l’acquis évalué (par exemple @recherche2)",
            "new.what.id": "l’identifiant de l’épreuve (par exemple recherche-annee-cnil)",
            "new.what.name": "le nom du sujet (par exemple @recherche)",
            "new.what.competence": "le numéro de la compétence (par exemple 1.1)",
            "new.what.thematic": "la clé de la thématique (voir Referential/)",
            "new.what.title": "le titre du sujet",
            "new.what.description": "ce que le sujet évalue, en une phrase",
            "new.what.dataset": "l’identifiant du jeu de données (par exemple organismes-publics)",
            "new.what.row": "le nom d’une ligne",
            "new.prompt": "{what}\u{A0}? ",
            "new.missing": "il manque --{option}\u{A0}: {what}. Sur un terminal, pixc le demande\u{A0}; ici, donnez-le en option.",
            "new.invalid": "«\u{A0}{value}\u{A0}» ne convient pas\u{A0}; valeurs possibles\u{A0}: {values}",
            "new.badSkill": "«\u{A0}{skill}\u{A0}» n’est pas un acquis\u{A0}: écrivez @, le nom du sujet et le niveau, par exemple @recherche2",
            "new.badSlug": "«\u{A0}{value}\u{A0}» ne convient pas pour {what}\u{A0}: lettres minuscules sans accent, chiffres et tirets seulement",
            "new.badTubeName": "«\u{A0}{value}\u{A0}» ne convient pas comme nom de sujet\u{A0}: @ suivi d’un mot en minuscules, par exemple @recherche",
            "new.badCompetence": "«\u{A0}{value}\u{A0}» n’est pas un numéro de compétence\u{A0}: par exemple 1.1",
            "new.unknownTube": "aucun sujet ne s’appelle {tube} (l’acquis {skill})\u{A0}: créez-le avec `pixc new tube`, ou choisissez le fichier avec --out",
            "new.unknownDataset": "aucun jeu de données «\u{A0}{id}\u{A0}» utilisable dans Challenges/datasets/ (il faut un fichier {id}.yaml sans erreur, avec `row:`)",
            "new.exists": "{path} existe déjà\u{A0}: pixc ne remplace jamais un fichier. Choisissez un autre identifiant ou un autre chemin (--out).",
            "new.writeFailed": "impossible d’écrire {path}\u{A0}: {reason}",
            "new.written": "{path} est écrit\u{A0}: remplacez les textes d’exemple, puis lancez `pixc check`.",
            "schema.written": "{count}\u{A0}schémas écrits dans {folder}",
            "schema.writeFailed": "impossible d’écrire les schémas dans {folder}\u{A0}: {reason}",
            "build.badAssetsBaseURL": "--assets-base-url {url}\u{A0}: donnez une adresse http ou https complète, sans «\u{A0}?\u{A0}» ni «\u{A0}#\u{A0}», par exemple https://contenu.example.fr/pix",
        ],
        english: [
            "language.invalidSetting": "error: PIXC_LANG is “{value}”, a language pixc does not speak. Use fr or en (or unset it to follow the system's locale).",
            "new.what.type": "the challenge type (QCU, QCM, QROC, QROCM-ind, QROCM-dep)",
            "new.what.skill": "the skill assessed (for example @recherche2)",
            "new.what.id": "the challenge's id (for example recherche-annee-cnil)",
            "new.what.name": "the tube's name (for example @recherche)",
            "new.what.competence": "the competence index (for example 1.1)",
            "new.what.thematic": "the thematic's key (see Referential/)",
            "new.what.title": "the tube's title",
            "new.what.description": "what the tube assesses, in one sentence",
            "new.what.dataset": "the dataset's id (for example organismes-publics)",
            "new.what.row": "the name of a row",
            "new.prompt": "{what}? ",
            "new.missing": "--{option} is missing: {what}. On a terminal pixc asks for it; here, pass it as an option.",
            "new.invalid": "“{value}” does not fit; the values are: {values}",
            "new.badSkill": "“{skill}” is not a skill: write @, the tube's name and the level, for example @recherche2",
            "new.badSlug": "“{value}” does not fit as {what}: lowercase letters without accents, digits and dashes only",
            "new.badTubeName": "“{value}” does not fit as a tube name: @ and a lowercase word, for example @recherche",
            "new.badCompetence": "“{value}” is not a competence index: for example 1.1",
            "new.unknownTube": "no tube is named {tube} (the skill {skill}): create it with `pixc new tube`, or choose the file with --out",
            "new.unknownDataset": "no usable dataset “{id}” in Challenges/datasets/ (it needs a file {id}.yaml without errors, with `row:`)",
            "new.exists": "{path} already exists: pixc never replaces a file. Choose another id or another path (--out).",
            "new.writeFailed": "cannot write {path}: {reason}",
            "new.written": "wrote {path}: replace the example texts, then run `pixc check`.",
            "schema.written": "wrote {count} schemas to {folder}",
            "schema.writeFailed": "cannot write the schemas to {folder}: {reason}",
            "build.badAssetsBaseURL": "--assets-base-url {url}: give a full http or https address, without “?” or “#”, for example https://content.example.org/pix",
        ]
    )
}

/// Every catalogue of pixc, for the test that each message exists in both languages with the
/// same placeholders. A module that adds a catalogue adds it here.
public enum PixcCatalogues {
    public static var all: [Catalogue] {
        [CommandMessages.catalogue, ModelMessages.catalogue, CompilerMessages.catalogue, WatchMessages.catalogue,
         DiagnosticsMessages.catalogue, ExplanationMessages.catalogue, YAMLMessages.catalogue, RuleMessages.catalogue,
         CompilerDiagnosticMessages.catalogue, CalibrationFilesMessages.catalogue, StatisticsMessages.catalogue,
         ExpressionsMessages.catalogue, VariantsMessages.catalogue, GradingMessages.catalogue, SimulationInputMessages.catalogue,
         CommandHelp.catalogue, RunMessages.catalogue, SimulationCommandMessages.catalogue, CalibrationMessages.catalogue,
         ExpansionMessages.catalogue, DiffMessages.catalogue, BuildOutputMessages.catalogue, SimulationMessages.catalogue,
         FixMessages.catalogue, WritingMessages.catalogue,
         ServerMessages.catalogue, DiffMarkdownMessages.catalogue]
    }

    /// Every diagnostic code pixc reports (what `pixc explain` lists), with the French titles
    /// and explanations of every module (`DiagnosticCatalog.textProblems()` is tested empty).
    public static var diagnostics: DiagnosticCatalog {
        let rules = RuleSet.catalog
        return DiagnosticCatalog(rules.descriptors + SimulationInputDiagnostics.all,
                                 translations: rules.translations + [SimulationDescriptorTexts.texts])
    }
}
