import Diagnostics
import Model

/// A challenge written for `fr` only is not served to learners in France.
struct FrenchOnlyLocale: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0433", .warning,
        title: "Locale fr only: not served in France",
        explanation: """
        Pix selects a learner's challenges by locale: a learner in France has the locale `fr-fr`,
        and the Pix API keeps the challenges whose `locales` list `fr-fr` (`'fr-fr' = ANY(locales)`).
        `fr` (francophone) does not include `fr-fr`: a challenge whose only locale is `fr` is never
        shown to learners in France. List both when the challenge suits every French-speaking
        learner; list `fr-fr` alone when it speaks of French institutions or habits. (A challenge
        without `locales` is `fr` as well; this warning is about a list written as `[fr]`.)
        """,
        wrong: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: "locales: [fr]")]),
        right: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: "locales: [fr, fr-fr]")])
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let locales = view.challenge.locales
        guard !locales.isEmpty, locales.allSatisfy({ KnownLocales.respelling($0.value) == "fr" }), let first = locales.first else { return [] }
        let catalogue = CompilerMessages.catalogue
        return [descriptor(
            catalogue.text("frenchOnly.message"),
            at: first.span,
            help: Help(catalogue.text("frenchOnly.help"), replacement: Self.fix(first.span, count: locales.count))
        )]
    }

    /// `fr, fr-fr` in place of `fr` when the list is written `[fr]` (a flow list with one item),
    /// the one form a replacement cannot break.
    static func fix(_ span: Span, count: Int) -> Replacement? {
        guard count == 1, span.text == "fr" else { return nil }
        let bytes = span.file.bytes
        var next = span.end
        while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
        guard next < bytes.count, bytes[next] == UInt8(ascii: "]") else { return nil }
        return Replacement(span: span, text: "fr, fr-fr")
    }
}
