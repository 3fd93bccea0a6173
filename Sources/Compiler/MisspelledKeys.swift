import Diagnostics
import Expressions
import Localization
import Model
import Variants

/// The messages of the Compiler module written since the catalogues exist (the others move in
/// with the translation of every diagnostic).
public enum CompilerMessages {
    public static let catalogue = Catalogue(
        domain: "Compiler",
        french: [
            "lostDataset.message": "{names} ne sont pas définis, car `{written}` n’est pas lu comme `{intended}`",
            "lostDataset.messageOne": "{names} n’est pas défini, car `{written}` n’est pas lu comme `{intended}`",
            "lostDataset.label": "clé inconnue, lue comme rien\u{A0}: le jeu de données de l’épreuve est perdu",
            "lostDataset.note": "{count}\u{A0}usages de ces noms dans l’épreuve, signalés une seule fois ici",
            "lostDataset.help": "écrivez `{intended}` à la place de `{written}` (ligne {line})",
            "frenchOnly.message": "la seule locale de l’épreuve est `fr`\u{A0}: Pix ne la propose pas aux apprenants en France (`fr-fr`)",
            "build.releaseID": "identifiant de la version\u{A0}: {id} (tiré du contenu)",
            "build.localUse": "ce paquet est pour un usage local\u{A0}: les adresses des pièces jointes et des illustrations sont relatives (attachments/…), et le front de Pix ne les résout pas. Pour déployer, reconstruisez avec --assets-base-url et l’adresse où le dossier sera servi.",
            "frenchOnly.help": "écrivez `locales: [fr, fr-fr]` si l’épreuve convient à tous les francophones, `locales: [fr-fr]` si elle ne concerne que la France",
        ],
        english: [
            "lostDataset.message": "{names} are not defined, because `{written}` is not read as `{intended}`",
            "lostDataset.messageOne": "{names} is not defined, because `{written}` is not read as `{intended}`",
            "lostDataset.label": "unknown key, read as nothing: the challenge's dataset is lost",
            "lostDataset.note": "{count} uses of these names in the challenge, reported once here",
            "lostDataset.help": "write `{intended}` instead of `{written}` (line {line})",
            "frenchOnly.message": "the challenge's only locale is `fr`: Pix does not offer it to learners in France (`fr-fr`)",
            "build.releaseID": "release id: {id} (derived from the content)",
            "build.localUse": "this bundle is for local use: attachment and illustration URLs are relative (attachments/…), which Pix's front end does not resolve. To deploy, build again with --assets-base-url and the address the folder will be served at.",
            "frenchOnly.help": "write `locales: [fr, fr-fr]` if the challenge suits every French-speaking learner, `locales: [fr-fr]` if it concerns France only",
        ]
    )
}

extension Checker {
    /// A challenge whose `data` or `dataset` key is misspelled: its templates' names are not
    /// defined, which is one mistake, not one per use. They are reported once, at the first use,
    /// as the consequence of the misspelled key; the rules that read rendered texts do not run on
    /// texts that could not be rendered (as for a dataset that cannot be expanded).
    static func compileWithLostDataset(_ challenge: Challenge, lost: MisspelledKey, context: RuleContext, variants: VariantContext) -> (CompiledChallenge, [Diagnostic]) {
        let skill = context.index.skill(named: challenge.skill.value)
        let plan = VariantPlan.make(for: challenge, library: variants.library, names: variants.names)
        var diagnostics = plan.diagnostics
        var undefined: [Diagnostic] = []
        for text in ChallengeRendering.templatedTexts(of: challenge) where Template.hasPlaceholders(text.value) {
            for diagnostic in plan.compileTemplate(text).diagnostics {
                if isUndefinedName(diagnostic) { undefined.append(diagnostic) } else { diagnostics.append(diagnostic) }
            }
        }
        if let first = undefined.min(by: { ($0.span?.start ?? 0) < ($1.span?.start ?? 0) }) {
            var names: [String] = []
            for diagnostic in undefined {
                if let name = diagnostic.span?.text, !names.contains(name) { names.append(name) }
            }
            let arguments: KeyValuePairs<String, String> = [
                "names": names.map { "`\($0)`" }.joined(separator: ", "), "written": lost.written.value, "intended": lost.intended,
            ]
            let catalogue = CompilerMessages.catalogue
            diagnostics.append(ExpressionDiagnostics.unknownName(
                catalogue.text(names.count > 1 ? "lostDataset.message" : "lostDataset.messageOne", arguments),
                at: first.span,
                labels: [Label(lost.written.span, catalogue.text("lostDataset.label"))],
                notes: undefined.count > 1 ? [catalogue.text("lostDataset.note", ["count": "\(undefined.count)"])] : [],
                help: Help(catalogue.text("lostDataset.help", [
                    "intended": lost.intended, "written": lost.written.value, "line": "\(lost.written.span.startLocation.line)",
                ]))
            ))
        }
        let view = ChallengeView(challenge: challenge, form: PixFormBuilder.build(challenge).form, skill: skill)
        diagnostics.append(contentsOf: runRules(on: view, context: context, variantsOnly: false))
        return (CompiledChallenge(view: view, variants: [], statistics: nil, isRandomized: true), diagnostics)
    }

    /// The keys the answer rules read: when one is written under another name (`réponses`,
    /// `propositions`), PIX0202 says so with the fix, and the answer rules would only repeat it
    /// ("accepts no answer", "needs `proposals`").
    static let answerKeys: Set<String> = ["options", "shuffled", "proposals", "inputs", "answers", "solution", "tolerances", "format", "tests"]

    /// A challenge with a misspelled answer key: only the structure rules run (skill, status,
    /// locales, files…); the answer rules wait until the key is fixed.
    static func compileWithLostAnswers(_ challenge: Challenge, context: RuleContext) -> (CompiledChallenge, [Diagnostic]) {
        let skill = context.index.skill(named: challenge.skill.value)
        let view = ChallengeView(challenge: challenge, form: PixFormBuilder.build(challenge).form, skill: skill)
        var diagnostics: [Diagnostic] = []
        for rule in StructureRules.challengeRules where !rule.checksVariants && !rule.needsSoundChallenge {
            diagnostics.append(contentsOf: rule.check(view, in: context))
        }
        return (CompiledChallenge(view: view, variants: [], statistics: nil, isRandomized: challenge.dataset != nil || challenge.data != nil), diagnostics)
    }

    /// A name the templates use that no dataset defines (not an unknown function, which is a
    /// mistake of its own).
    private static func isUndefinedName(_ diagnostic: Diagnostic) -> Bool {
        guard diagnostic.code == ExpressionDiagnostics.unknownName.code, let span = diagnostic.span else { return false }
        let name = span.text
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic,
              name.unicodeScalars.allSatisfy({ $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else { return false }
        // Not a function (`pik(…)`) nor a field after a dot (`site.nmo`): those are mistakes of their own.
        let after = span.file.text(in: span.end..<(span.end + 1))
        let before = span.start > 0 ? span.file.text(in: (span.start - 1)..<span.start) : ""
        return after != "(" && before != "."
    }
}
