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
                diagnostics.append(descriptor(RuleMessages.text("ReferencedFilesExist.1", ["role": "\(role)"]), at: written.span,
                                              help: Help(RuleMessages.text("ReferencedFilesExist.2"))))
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
                        diagnostics.append(FileSystemDiagnostics.tooLarge(RuleMessages.text("ReferencedFilesExist.3", ["role": "\(role)", "written": "\(written.value)", "reason": "\(problem.reason)"]), at: written.span,
                                                                          help: Help(RuleMessages.text("ReferencedFilesExist.4"))))
                    } else {
                        diagnostics.append(descriptor(RuleMessages.text("ReferencedFilesExist.5", ["role": "\(role)", "written": "\(written.value)", "reason": "\(problem.reason)"]), at: written.span,
                                                      help: Help(RuleMessages.text("ReferencedFilesExist.6"))))
                    }
                }
            case .notRegular(let what):
                diagnostics.append(descriptor(RuleMessages.text("ReferencedFilesExist.7", ["role": "\(role)", "written": "\(written.value)", "what": "\(what)"]), at: written.span,
                                              help: Help(RuleMessages.text("ReferencedFilesExist.8"))))
            case .folder:
                diagnostics.append(descriptor(
                    RuleMessages.text("ReferencedFilesExist.9", ["role": "\(role)", "written": "\(written.value)"]),
                    at: written.span,
                    help: Help(RuleMessages.text("ReferencedFilesExist.10", ["written": "\(written.value)"]))
                ))
            case .missing:
                diagnostics.append(descriptor(
                    RuleMessages.text("ReferencedFilesExist.11", ["role": "\(role)", "written": "\(written.value)", "folder": folder.isEmpty ? RuleMessages.text("place.repository") : folder]),
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
            RuleMessages.text("ReferencedFilesExist.12", ["role": "\(role)", "written": "\(written.value)"]),
            at: written.span,
            help: exists
                ? Help(RuleMessages.text("ReferencedFilesExist.13", ["slashed": "\(slashed)"]), replacement: written.span.scalarReplacement(slashed))
                : Help(RuleMessages.text("ReferencedFilesExist.14", ["slashed": "\(slashed)", "folder": folder.isEmpty ? RuleMessages.text("place.repository") : folder]))
        )
    }

    private func help(for written: Located<String>, in folder: String, context: RuleContext) -> Help {
        let assets = context.assets(in: folder)
        let candidates = assets.files
        if let suggestion = Suggestion.closest(to: written.value, in: assets.candidates) {
            return Help.didYouMean(suggestion, fix: written.span.scalarReplacement(suggestion))
        }
        if candidates.isEmpty {
            return Help(RuleMessages.text("ReferencedFilesExist.15", ["folder": folder.isEmpty ? RuleMessages.text("place.repository") : folder]))
        }
        return Help(RuleMessages.text("ReferencedFilesExist.16") + String.codeList(Array(candidates.prefix(10))) + (candidates.count > 10 ? "…" : ""))
    }
}
