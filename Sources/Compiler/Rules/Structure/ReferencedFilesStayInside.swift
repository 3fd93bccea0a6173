import Diagnostics
import Model

/// Attachments and illustration files are inside the challenge's folder, not elsewhere on the disk.
struct ReferencedFilesStayInside: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0702", .error,
        title: "Attached file outside the challenge's folder",
        explanation: """
        The files a challenge uses are stored with it, in its folder or a subfolder, so that the
        repository holds everything the release needs and a tube's folder can be moved or shared
        whole. A path starting with `/`, `~` or a drive letter, or climbing with `..`, points
        elsewhere on the author's computer, where the build server cannot find it; a shortcut
        (symbolic link) leading out of the repository is refused for the same reason. Copy the
        file next to the challenge and give its name only.
        """,
        wrong: Example([StructureExamples.challengeFile("tableur-ventes-janvier", in: StructureExamples.tableur, skill: "@tableur2", question: .ventes, extra: "attachments: [../../partage/ventes.csv]")]),
        right: Example([StructureExamples.challengeFile("tableur-ventes-janvier", in: StructureExamples.tableur, skill: "@tableur2", question: .ventes, extra: "attachments: [ventes.csv]")])
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let folder = ContentPath.folder(of: view.challenge.file.path)
        var diagnostics: [Diagnostic] = []
        for (written, role) in view.challenge.referencedFiles {
            if ContentPath.leavesFolder(written.value) {
                let name = written.value.replacingAll("\\", with: "/").split(separator: "/").last.map(String.init) ?? written.value
                let nextToIt = !name.isEmpty && name != ".." && context.fileSystem.kind(of: ContentPath.resolve(name, in: folder)) == .file
                diagnostics.append(descriptor(
                    RuleMessages.text("ReferencedFilesStayInside.1", ["role": "\(role)", "written": "\(written.value)"]),
                    at: written.span,
                    help: nextToIt
                        ? Help(RuleMessages.text("ReferencedFilesStayInside.2", ["name": "\(name)"]), replacement: written.span.scalarReplacement(name))
                        : Help(RuleMessages.text("ReferencedFilesStayInside.3", ["folder": folder.isEmpty ? RuleMessages.text("place.challengeFolder") : folder]))
                ))
            } else if !written.value.contains("\\"), context.fileSystem.kind(of: ContentPath.resolve(written.value, in: folder)) == .outsideRoot {
                // A path with `\\` is refused by the disk as unsafe; it is reported as misspelled (PIX0701).
                diagnostics.append(descriptor(
                    RuleMessages.text("ReferencedFilesStayInside.4", ["role": "\(role)", "written": "\(written.value)"]),
                    at: written.span,
                    help: Help(RuleMessages.text("ReferencedFilesStayInside.5"))
                ))
            }
        }
        return diagnostics
    }
}
