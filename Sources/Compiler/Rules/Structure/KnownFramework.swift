import Diagnostics
import Model
import Vocabulary

/// A tube belongs to a framework that a referential defines.
struct KnownFramework: RepositoryRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0306", .error,
        title: "Unknown framework",
        explanation: """
        A tube belongs to a framework (a competence referential): `pix` for the CRCN, which is
        the default when `framework:` is not written, or another id such as `crcne` for the
        CRCNÉ. Each framework is described by a file of the `Referential/` folder, whose
        `framework: id:` is the value to write here. Without it, pixc cannot check the tube's
        competence, thematic and levels, nor place its skills in the release.
        """,
        wrong: Example([
            StructureExamples.requetesTube(framework: "crcn"),
        ]),
        right: Example([
            StructureExamples.requetesTube(framework: "pix"),
        ])
    )

    func check(_ context: RuleContext) -> [Diagnostic] {
        let index = context.index
        guard !index.hasBrokenReferential else { return [] }
        let known = index.referentialsByFramework.keys.sorted()
        let list = known.isEmpty ? "no referential is defined yet: add one under `Referential/`" : "the frameworks are " + String.codeList(known)
        var diagnostics: [Diagnostic] = []
        for tube in index.repository.tubes where index.referential(for: tube) == nil {
            guard let written = tube.framework else {
                diagnostics.append(descriptor(
                    "no referential defines the framework `\(ContentIndex.defaultFramework)`, which this tube uses by default",
                    at: tube.name.span,
                    help: Help("add the CRCN as `Referential/crcn.yaml` (with `framework: id: \(ContentIndex.defaultFramework)`), or write the tube's `framework:`; \(list)")
                ))
                continue
            }
            if let (referential, how) = Self.referential(namedBy: written.value, in: index) {
                let id = referential.framework.id.value
                diagnostics.append(descriptor(
                    "unknown framework `\(written.value)`: \(how) of the framework `\(id)`",
                    at: written.span,
                    help: Help("write the framework's id: `framework: \(id)`", replacement: written.span.scalarReplacement(id))
                ))
            } else if let suggestion = Suggestion.closest(to: written.value, among: known) {
                diagnostics.append(descriptor(
                    "unknown framework `\(written.value)`",
                    at: written.span,
                    help: Help("did you mean `\(suggestion)`? (\(list))", replacement: written.span.scalarReplacement(suggestion).maybeIncorrect)
                ))
            } else {
                diagnostics.append(descriptor(
                    "unknown framework `\(written.value)`",
                    at: written.span,
                    help: Help("write the `id` of a framework defined under `Referential/`: \(list)")
                ))
            }
        }
        return diagnostics
    }

    /// A referential the author named by its file name or its name rather than its id
    /// (`crcn` for `Referential/crcn.yaml`, whose id is `pix`), with how it was named.
    static func referential(namedBy word: String, in index: ContentIndex) -> (Referential, String)? {
        let wanted = word.lowercased()
        for referential in index.repository.referentials.sorted(by: { $0.file.path < $1.file.path }) {
            let fileName = referential.file.path.split(separator: "/").last.map(String.init) ?? ""
            let stem = fileName.split(separator: ".").first.map(String.init) ?? fileName
            if stem.lowercased() == wanted { return (referential, "`\(fileName)` is the file") }
            if referential.framework.name.value.lowercased() == wanted { return (referential, "`\(referential.framework.name.value)` is the name") }
        }
        return nil
    }
}
