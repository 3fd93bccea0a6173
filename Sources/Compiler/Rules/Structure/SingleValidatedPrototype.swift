import Diagnostics
import Model
import Vocabulary

/// A skill has at most one validated prototype.
struct SingleValidatedPrototype: RepositoryRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0309", .error,
        title: "Several validated prototypes for one skill",
        explanation: """
        A skill is assessed in production by one prototype (a challenge without `variantOf`) and
        its variants (déclinaisons). When a new prototype of the skill is validated, Pix Editor
        archives the previous one with its variants (« le prototype en production est
        archivé »). Two `validé` prototypes of the same skill would both be served and compared
        as if they measured the same thing. Keep the newest one `validé` and set the older one,
        and its validated variants, to `archivé`.
        """,
        wrong: Example([
            StructureExamples.challengeFile("recherche-annee-cnil", status: "validé"),
            StructureExamples.challengeFile("recherche-annee-wikipedia", status: "validé", question: .wikipedia, extra: "version: 2"),
        ]),
        right: Example([
            StructureExamples.challengeFile("recherche-annee-cnil", status: "archivé"),
            StructureExamples.challengeFile("recherche-annee-wikipedia", status: "validé", question: .wikipedia, extra: "version: 2"),
        ])
    )

    let inputs: RepositoryInputs = [.challengeIdentities, .challengePlacements]

    func check(_ context: RuleContext) -> [Diagnostic] {
        var bySkill: [String: [Challenge]] = [:]
        for challenge in context.index.repository.challenges where challenge.isPrototype && challenge.status.value == .validé {
            bySkill[challenge.skill.value, default: []].append(challenge)
        }
        var diagnostics: [Diagnostic] = []
        for skill in bySkill.keys.sorted() {
            guard let prototypes = bySkill[skill], prototypes.count > 1 else { continue }
            // The newest prototype (highest version, Pix numbers them in order) is the one in
            // production; ties are broken by path so the report does not depend on reading order.
            let ordered = prototypes.sorted { ($1.effectiveVersion, $0.file.path) < ($0.effectiveVersion, $1.file.path) }
            guard let kept = ordered.first else { continue }
            for older in ordered.dropFirst() {
                let isOlder = older.effectiveVersion < kept.effectiveVersion
                diagnostics.append(descriptor(
                    RuleMessages.text("SingleValidatedPrototype.1", ["skill": "\(skill)", "id": "\(kept.id.value)"]),
                    at: older.status.span,
                    labels: [Label(kept.status.span, RuleMessages.text("SingleValidatedPrototype.2", ["effectiveVersion": "\(kept.effectiveVersion)"]))],
                    help: isOlder
                        ? Help(RuleMessages.text("SingleValidatedPrototype.3", ["effectiveVersion": "\(older.effectiveVersion)"]), replacement: older.status.span.scalarReplacement(ChallengeStatus.archivé.rawValue).maybeIncorrect)
                        : Help(RuleMessages.text("SingleValidatedPrototype.4"))
                ))
            }
        }
        return diagnostics
    }
}
