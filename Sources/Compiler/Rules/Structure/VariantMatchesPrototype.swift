import Diagnostics
import Model

/// A variant assesses the same skill as its prototype, with the same prototype version.
struct VariantMatchesPrototype: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0312", .error,
        title: "Variant does not match its prototype",
        explanation: """
        A variant (« déclinaison ») is another version of its prototype's question: it assesses
        the same skill and belongs to the same prototype version. Pix finds a variant's prototype
        by skill and version, and copies the prototype's accessibility and quality fields to its
        variants. A variant with another skill is a new challenge: remove its `variantOf`, or
        give it its prototype's `skill`. A variant does not need to repeat `version`; when it
        does, it must be its prototype's.
        """,
        wrong: Example([
            StructureExamples.challengeFile("recherche-annee-cnil"),
            StructureExamples.challengeFile("recherche-annee-arcom", skill: "@recherche3", question: .arcom, extra: "variantOf: recherche-annee-cnil"),
        ]),
        right: Example([
            StructureExamples.challengeFile("recherche-annee-cnil"),
            StructureExamples.challengeFile("recherche-annee-arcom", skill: "@recherche2", question: .arcom, extra: "variantOf: recherche-annee-cnil"),
        ])
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let variant = view.challenge
        guard let written = variant.variantOf, written.value != variant.id.value,
              let prototype = context.index.challengesByID[written.value], prototype.isPrototype else { return [] }
        var diagnostics: [Diagnostic] = []
        if variant.skill.value != prototype.skill.value {
            diagnostics.append(descriptor(
                RuleMessages.text("VariantMatchesPrototype.1", ["skill": "\(variant.skill.value)", "id": "\(prototype.id.value)", "skill2": "\(prototype.skill.value)"]),
                at: variant.skill.span,
                labels: [Label(prototype.skill.span, RuleMessages.text("VariantMatchesPrototype.2"))],
                help: Help(RuleMessages.text("VariantMatchesPrototype.3"),
                           replacement: variant.skill.span.scalarReplacement(prototype.skill.value))
            ))
        }
        if let version = variant.version, version.value != prototype.effectiveVersion {
            diagnostics.append(descriptor(
                RuleMessages.text("VariantMatchesPrototype.4", ["version": "\(version.value)", "id": "\(prototype.id.value)", "effectiveVersion": "\(prototype.effectiveVersion)"]),
                at: version.span,
                labels: prototype.version.map { [Label($0.span, RuleMessages.text("VariantMatchesPrototype.5"))] } ?? [Label(prototype.id.span, RuleMessages.text("VariantMatchesPrototype.6"))],
                help: Help(RuleMessages.text("VariantMatchesPrototype.7", ["effectiveVersion": "\(prototype.effectiveVersion)"]),
                           replacement: version.span.scalarReplacement(String(prototype.effectiveVersion)))
            ))
        }
        return diagnostics
    }
}
