import Diagnostics
import Localization
import Model

/// Content files and the files challenges attach are named in Pix's alphabet.
struct FileNamesInAlphabet: RepositoryRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0703", .error,
        title: "File name outside Pix's alphabet",
        explanation: """
        Challenge files, dataset files and the files a challenge attaches are published under their
        names. An accent, a space or a capital letter in a name is encoded differently by macOS,
        Windows, git and web servers (`clé.png` has two Unicode spellings; `Photo.PNG` is not
        `photo.png` on the server): the file goes missing on some machines. Name files with
        lower-case letters without accents, digits, hyphens, underscores and dots. A file is
        renamed, not edited: rename it (`git mv`) and update what refers to it.
        """,
        wrong: Example([
            StructureExamples.challengeFile("tableur-ventes-janvier", in: StructureExamples.tableur, skill: "@tableur2", question: .ventes, extra: "attachments: [Ventes Janvier.csv]"),
            StructureExamples.file("\(StructureExamples.tableur)/Ventes Janvier.csv", "article;quantite\nclavier;120\n"),
        ]),
        right: Example([
            StructureExamples.challengeFile("tableur-ventes-janvier", in: StructureExamples.tableur, skill: "@tableur2", question: .ventes, extra: "attachments: [ventes-janvier.csv]"),
            StructureExamples.file("\(StructureExamples.tableur)/ventes-janvier.csv", "article;quantite\nclavier;120\n"),
        ])
    )

    let inputs: RepositoryInputs = [.structure, .challengeIdentities, .referencedFiles]

    func check(_ context: RuleContext) -> [Diagnostic] {
        let catalogue = WritingMessages.catalogue
        var diagnostics: [Diagnostic] = []
        func report(_ name: String, at span: Span?, path: String?) {
            guard !PixAlphabet.isFileName(name) else { return }
            let fixed = PixAlphabet.transliteratedFileName(name)
            diagnostics.append(descriptor(
                catalogue.text("fileAlphabet.message", ["name": name]),
                at: span, path: path,
                help: fixed.isEmpty ? nil : Help(catalogue.text("fileAlphabet.help", ["fixed": fixed]))
            ))
        }
        let repository = context.index.repository
        for challenge in repository.challenges {
            report(Self.name(of: challenge.file.path), at: nil, path: challenge.file.path)
            let folder = ContentPath.folder(of: challenge.file.path)
            for (written, _) in challenge.referencedFiles where !ContentPath.leavesFolder(written.value) && !written.value.contains("\\") {
                // A missing file is PIX0701's: its name is corrected with it.
                guard case .file = context.fileSystem.kind(of: ContentPath.resolve(written.value, in: folder)) else { continue }
                report(Self.name(of: written.value), at: written.span, path: nil)
            }
        }
        for dataset in repository.datasets {
            report(Self.name(of: dataset.file.path), at: nil, path: dataset.file.path)
        }
        return diagnostics
    }

    static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
