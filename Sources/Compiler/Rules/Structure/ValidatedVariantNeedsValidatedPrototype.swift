import Diagnostics
import Model

/// A validated variant has a validated prototype.
struct ValidatedVariantNeedsValidatedPrototype: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0313", .error,
        title: "Validated variant of an unvalidated prototype",
        explanation: """
        A variant goes into production with its prototype, never before it: Pix Editor refuses
        to validate a déclinaison while « le prototype correspondant n’est pas validé ». And when
        a prototype is archived or made obsolete, its variants follow. So a `validé` variant
        needs a `validé` prototype: validate the prototype first, or keep the variant `proposé`.
        """,
        wrong: Example([
            StructureExamples.challengeFile("recherche-annee-cnil", status: "proposé"),
            StructureExamples.challengeFile("recherche-annee-arcom", status: "validé", question: .arcom, extra: "variantOf: recherche-annee-cnil"),
        ]),
        right: Example([
            StructureExamples.challengeFile("recherche-annee-cnil", status: "validé"),
            StructureExamples.challengeFile("recherche-annee-arcom", status: "validé", question: .arcom, extra: "variantOf: recherche-annee-cnil"),
        ])
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let variant = view.challenge
        guard variant.status.value == .validé, let written = variant.variantOf, written.value != variant.id.value,
              let prototype = context.index.challengesByID[written.value], prototype.isPrototype,
              prototype.status.value != .validé else { return [] }
        let status = prototype.status.value.rawValue
        return [descriptor(
            RuleMessages.text("ValidatedVariantNeedsValidatedPrototype.1", ["id": "\(prototype.id.value)", "status": "\(status)"]),
            at: variant.status.span,
            labels: [Label(prototype.status.span, RuleMessages.text("ValidatedVariantNeedsValidatedPrototype.2", ["status": "\(status)"]))],
            help: prototype.status.value == .proposé
                ? Help(RuleMessages.text("ValidatedVariantNeedsValidatedPrototype.3"))
                : Help(RuleMessages.text("ValidatedVariantNeedsValidatedPrototype.4", ["status": "\(status)"]),
                       replacement: variant.status.span.scalarReplacement(status))
        )]
    }
}
