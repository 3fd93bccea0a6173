import Diagnostics
import Model
import Vocabulary

/// A tube's competence is a competence of its framework.
struct KnownCompetence: RepositoryRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0307", .error,
        title: "Unknown competence",
        explanation: """
        `competence` gives the index of the competence the tube belongs to, as the referential
        numbers it: `"1.1"` for « Mener une recherche et une veille d’information » in the CRCN.
        It must be one of the competences of the tube's framework (`pix` unless `framework:`
        says otherwise), listed in its file under `Referential/`. Write the index in quotes, with
        a dot.
        """,
        wrong: Example([
            StructureExamples.requetesTube(competence: "1.4"),
        ]),
        right: Example([
            StructureExamples.requetesTube(),
        ])
    )

    let inputs: RepositoryInputs = .structure

    func check(_ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for tube in context.index.repository.tubes {
            guard let referential = context.index.referential(for: tube) else { continue }
            let written = tube.competence
            guard referential.competence(written.value) == nil else { continue }
            let framework = referential.framework.id.value
            let indexes = referential.competences.map(\.index.value)
            let list = indexes.isEmpty ? RuleMessages.text("KnownCompetence.1") : RuleMessages.text("KnownCompetence.2") + indexes.joined(separator: ", ")
            if let fixed = Self.respelled(written.value, among: indexes) {
                diagnostics.append(descriptor(
                    RuleMessages.text("KnownCompetence.3", ["written": "\(written.value)", "framework": "\(framework)"]),
                    at: written.span,
                    help: Help(RuleMessages.text("KnownCompetence.4", ["fixed": "\(fixed)"]), replacement: written.span.scalarReplacement(fixed))
                ))
                continue
            }
            if let other = context.index.referentialsByFramework.keys.sorted().first(where: { $0 != framework && context.index.referentialsByFramework[$0]?.competence(written.value) != nil }) {
                diagnostics.append(descriptor(
                    RuleMessages.text("KnownCompetence.5", ["framework": "\(framework)", "written": "\(written.value)", "other": "\(other)"]),
                    at: written.span,
                    labels: tube.framework.map { [Label($0.span, RuleMessages.text("KnownCompetence.6"))] } ?? [],
                    help: Help(RuleMessages.text("KnownCompetence.7", ["other": "\(other)", "list": "\(list)"]))
                ))
                continue
            }
            diagnostics.append(descriptor(
                RuleMessages.text("KnownCompetence.3", ["written": "\(written.value)", "framework": "\(framework)"]),
                at: written.span,
                help: Help(RuleMessages.text("KnownCompetence.8", ["list": "\(list)"]))
            ))
        }
        return diagnostics
    }

    /// The index the author meant when only its spelling differs: `1,1`, `1-1`, ` 1.1`, `C1.1`.
    static func respelled(_ written: String, among indexes: [String]) -> String? {
        var normalized = written.trimmingWhitespace()
        if let first = normalized.first, first == "C" || first == "c" { normalized.removeFirst() }
        normalized = String(normalized.map { $0 == "," || $0 == "-" || $0 == "_" ? "." : $0 })
        guard normalized != written else { return nil }
        return indexes.first { $0 == normalized }
    }
}
