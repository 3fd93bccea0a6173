import Diagnostics
import Model

/// `variantOf` names a prototype, not another variant.
struct PrototypeIsNotVariant: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0311", .error,
        title: "Variant of a variant",
        explanation: """
        Pix's genealogy has two generations only: a prototype (« Prototype 1 ») and its variants
        (« Décliné 1 »), each variant pointing at the prototype. A variant of a variant has no
        place in it. When a variant is written from another variant, `variantOf` still gives the
        id of the prototype they share.
        """,
        wrong: Example([
            StructureExamples.challengeFile("recherche-annee-cnil"),
            StructureExamples.challengeFile("recherche-annee-arcom", question: .arcom, extra: "variantOf: recherche-annee-cnil"),
            StructureExamples.challengeFile("recherche-annee-wikipedia", question: .wikipedia, extra: "variantOf: recherche-annee-arcom"),
        ]),
        right: Example([
            StructureExamples.challengeFile("recherche-annee-cnil"),
            StructureExamples.challengeFile("recherche-annee-arcom", question: .arcom, extra: "variantOf: recherche-annee-cnil"),
            StructureExamples.challengeFile("recherche-annee-wikipedia", question: .wikipedia, extra: "variantOf: recherche-annee-cnil"),
        ])
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let challenge = view.challenge
        guard let written = challenge.variantOf, written.value != challenge.id.value,
              let parent = context.index.challengesByID[written.value],
              let grandparent = parent.variantOf else { return [] }
        let isPrototype = context.index.challengesByID[grandparent.value]?.isPrototype == true
        return [descriptor(
            "`\(parent.id.value)` is itself a variant of `\(grandparent.value)`",
            at: written.span,
            labels: [Label(grandparent.span, "`\(parent.id.value)` is a variant here")],
            help: isPrototype
                ? Help("name the prototype: `variantOf: \(grandparent.value)`", replacement: written.span.scalarReplacement(grandparent.value))
                : Help("name the prototype the variants share, a challenge without `variantOf`")
        )]
    }
}
