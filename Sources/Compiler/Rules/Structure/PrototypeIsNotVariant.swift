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
            RuleMessages.text("PrototypeIsNotVariant.1", ["id": "\(parent.id.value)", "grandparent": "\(grandparent.value)"]),
            at: written.span,
            labels: [Label(grandparent.span, RuleMessages.text("PrototypeIsNotVariant.2", ["id": "\(parent.id.value)"]))],
            help: isPrototype
                ? Help(RuleMessages.text("PrototypeIsNotVariant.3", ["grandparent": "\(grandparent.value)"]), replacement: written.span.scalarReplacement(grandparent.value))
                : Help(RuleMessages.text("PrototypeIsNotVariant.4"))
        )]
    }
}
