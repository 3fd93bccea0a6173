import Diagnostics
import Model
import Vocabulary

/// Attachments and illustration files exist next to the challenge.
struct ReferencedFilesExist: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0701", .error,
        title: "Attached file not found",
        explanation: """
        `attachments` and an illustration's `file` name files stored in the repository, written
        relative to the challenge file's folder: `ventes.csv` is the file `ventes.csv` in the
        same folder as the challenge, `images/capture.png` a file in its `images` subfolder. The
        name must match exactly, capital letters and extension included (the servers that
        publish the release tell `Ventes.CSV` from `ventes.csv`), and use `/` between folders.
        """,
        wrong: Example([StructureExamples.challengeFile("tableur-ventes-janvier", in: StructureExamples.tableur, skill: "@tableur2", question: .ventes, extra: "attachments: [vente.csv]")]),
        right: Example([StructureExamples.challengeFile("tableur-ventes-janvier", in: StructureExamples.tableur, skill: "@tableur2", question: .ventes, extra: "attachments: [ventes.csv]")])
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let folder = ContentPath.folder(of: view.challenge.file.path)
        var diagnostics: [Diagnostic] = []
        for (written, role) in view.challenge.referencedFiles where !ContentPath.leavesFolder(written.value) {
            if written.value.trimmingWhitespace().isEmpty {
                diagnostics.append(descriptor("the \(role) has no file name", at: written.span,
                                              help: Help("give the name of the file, next to the challenge, or remove the empty entry")))
                continue
            }
            if written.value.contains("\\") {
                diagnostics.append(backslashed(written, role: role, in: folder, context: context))
                continue
            }
            let path = ContentPath.resolve(written.value, in: folder)
            switch context.fileSystem.kind(of: path) {
            case .outsideRoot:
                continue
            case .file:
                if let problem = context.fileSystem.problem(reading: path, maximumSize: FileLimits.maximumAttachmentSize) {
                    if problem.size != nil {
                        diagnostics.append(FileSystemDiagnostics.tooLarge("the \(role) `\(written.value)` is not copied into the bundle: \(problem.reason)", at: written.span,
                                                                          help: Help("reduce the file, or link to it with a web address instead")))
                    } else {
                        diagnostics.append(descriptor("the \(role) `\(written.value)` cannot be read: \(problem.reason)", at: written.span,
                                                      help: Help("check the file's permissions")))
                    }
                }
            case .notRegular(let what):
                diagnostics.append(descriptor("the \(role) `\(written.value)` is \(what), not a file", at: written.span,
                                              help: Help("replace it with an ordinary file")))
            case .folder:
                diagnostics.append(descriptor(
                    "the \(role) `\(written.value)` is a folder, not a file",
                    at: written.span,
                    help: Help("give the name of a file inside it, for example `\(written.value)/…`")
                ))
            case .missing:
                diagnostics.append(descriptor(
                    "the \(role) `\(written.value)` is not in \(folder.isEmpty ? "the repository" : folder)",
                    at: written.span,
                    help: help(for: written, in: folder, context: context)
                ))
            }
        }
        return diagnostics
    }

    /// `images\\capture.png`: Windows' separator names no folder on the servers that publish the release.
    private func backslashed(_ written: Located<String>, role: String, in folder: String, context: RuleContext) -> Diagnostic {
        let slashed = written.value.replacingAll("\\", with: "/")
        let exists = context.fileSystem.kind(of: ContentPath.resolve(slashed, in: folder)) == .file
        return descriptor(
            "the \(role) `\(written.value)` separates folders with `\\`",
            at: written.span,
            help: exists
                ? Help("separate folders with `/`: `\(slashed)`", replacement: written.span.scalarReplacement(slashed))
                : Help("separate folders with `/`, and check the file's name: `\(slashed)` is not in \(folder.isEmpty ? "the repository" : folder) either")
        )
    }

    private func help(for written: Located<String>, in folder: String, context: RuleContext) -> Help {
        let assets = context.assets(in: folder)
        let candidates = assets.files
        if let suggestion = Suggestion.closest(to: written.value, in: assets.candidates) {
            return Help.didYouMean(suggestion, fix: written.span.scalarReplacement(suggestion).maybeIncorrect)
        }
        if candidates.isEmpty {
            return Help("put the file in \(folder.isEmpty ? "the repository" : folder), next to the challenge, or correct its name")
        }
        return Help("the files next to the challenge are " + String.codeList(Array(candidates.prefix(10))) + (candidates.count > 10 ? "…" : ""))
    }
}
