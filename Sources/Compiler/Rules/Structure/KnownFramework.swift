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

    let inputs: RepositoryInputs = .structure

    func check(_ context: RuleContext) -> [Diagnostic] {
        let index = context.index
        guard !index.hasBrokenReferential else { return [] }
        let known = index.referentialsByFramework.keys.sorted()
        let list = known.isEmpty ? RuleMessages.text("KnownFramework.1") : RuleMessages.text("KnownFramework.2") + String.codeList(known)
        var diagnostics: [Diagnostic] = []
        for tube in index.repository.tubes where index.referential(for: tube) == nil {
            guard let written = tube.framework else {
                diagnostics.append(descriptor(
                    RuleMessages.text("KnownFramework.3", ["defaultFramework": "\(ContentIndex.defaultFramework)"]),
                    at: tube.name.span,
                    help: Help(RuleMessages.text("KnownFramework.4", ["defaultFramework": "\(ContentIndex.defaultFramework)", "list": "\(list)"]))
                ))
                continue
            }
            if let (referential, how) = Self.referential(namedBy: written.value, in: index) {
                let id = referential.framework.id.value
                diagnostics.append(descriptor(
                    RuleMessages.text("KnownFramework.5", ["written": "\(written.value)", "how": "\(how)", "id": "\(id)"]),
                    at: written.span,
                    help: Help(RuleMessages.text("KnownFramework.6", ["id": "\(id)"]), replacement: written.span.scalarReplacement(id))
                ))
            } else if let suggestion = Suggestion.closest(to: written.value, among: known) {
                diagnostics.append(descriptor(
                    RuleMessages.text("KnownFramework.7", ["written": "\(written.value)"]),
                    at: written.span,
                    help: Help(RuleMessages.text("KnownFramework.8", ["suggestion": "\(suggestion)", "list": "\(list)"]), replacement: written.span.scalarReplacement(suggestion).maybeIncorrect)
                ))
            } else {
                diagnostics.append(descriptor(
                    RuleMessages.text("KnownFramework.7", ["written": "\(written.value)"]),
                    at: written.span,
                    help: Help(RuleMessages.text("KnownFramework.9", ["list": "\(list)"]))
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
            if stem.lowercased() == wanted { return (referential, RuleMessages.text("KnownFramework.10", ["fileName": "\(fileName)"])) }
            if referential.framework.name.value.lowercased() == wanted { return (referential, RuleMessages.text("KnownFramework.11", ["name": "\(referential.framework.name.value)"])) }
        }
        return nil
    }
}
