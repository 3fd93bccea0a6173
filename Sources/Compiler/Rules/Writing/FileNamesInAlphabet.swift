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
        lower-case letters without accents, digits, hyphens, underscores and dots. `pixc fix`
        renames the file and, in the same run, what names it (attachments, illustrations, the
        `dataset:` key of the challenges using a dataset); not when the new name is taken, or when
        two files would take the same one.
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
        let repository = context.index.repository
        // Each misnamed file once, with the places that name it (a file several challenges
        // attach is renamed once, its references with it).
        var files: [Misnamed] = []
        var indexByPath: [String: Int] = [:]
        func add(_ path: String, reported: (span: Span?, path: String?), reference: Replacement?) {
            let name = Self.name(of: path)
            guard !PixAlphabet.isFileName(name) else { return }
            if let index = indexByPath[path] {
                files[index].reports.append(reported)
                if let reference { files[index].references.append(reference) }
            } else {
                indexByPath[path] = files.count
                files.append(Misnamed(path: path, name: name, reports: [reported], references: reference.map { [$0] } ?? []))
            }
        }
        for challenge in repository.challenges {
            add(challenge.file.path, reported: (nil, challenge.file.path), reference: nil)
            let folder = ContentPath.folder(of: challenge.file.path)
            for (written, _) in challenge.referencedFiles where !ContentPath.leavesFolder(written.value) && !written.value.contains("\\") {
                let path = ContentPath.resolve(written.value, in: folder)
                // A missing file is PIX0701's: its name is corrected with it.
                guard case .file = context.fileSystem.kind(of: path) else { continue }
                let fixed = PixAlphabet.transliteratedFileName(Self.name(of: path))
                add(path, reported: (written.span, nil), reference: written.span.scalarReplacement(Self.renamed(written.value, to: fixed)))
            }
        }
        for dataset in repository.datasets {
            let fixed = PixAlphabet.transliteratedFileName(Self.name(of: dataset.file.path))
            let newID = fixed.hasSuffix(".yaml") ? String(fixed.dropLast(5)) : fixed.hasSuffix(".yml") ? String(fixed.dropLast(4)) : fixed
            add(dataset.file.path, reported: (nil, dataset.file.path), reference: nil)
            guard let index = indexByPath[dataset.file.path] else { continue }
            for challenge in repository.challenges {
                if let written = challenge.dataset, written.value == dataset.id { files[index].references.append(written.span.scalarReplacement(newID)) }
            }
        }
        // Two files whose names give the same one: neither is renamed without a person.
        var sources: [String: Int] = [:]
        for file in files where !file.fixed.isEmpty { sources[file.target, default: 0] += 1 }
        var diagnostics: [Diagnostic] = []
        for file in files {
            var help: Help?
            var notes: [String] = []
            if !file.fixed.isEmpty {
                let message = catalogue.text("fileAlphabet.help", ["fixed": file.fixed])
                var free = true
                if sources[file.target, default: 0] > 1 {
                    free = false
                    notes.append(catalogue.text("fileAlphabet.sameTarget", ["fixed": file.fixed]))
                } else if context.fileSystem.kind(of: file.target) != .missing {
                    free = false
                    notes.append(catalogue.text("fileAlphabet.targetExists", ["fixed": file.fixed]))
                } else if file.fixed.hasPrefix(".") || !Fixer.isFixable(path: file.target) {
                    free = false
                }
                help = Help(message, rename: FileRename(from: file.path, to: file.target, references: file.references,
                                                        applicability: free ? .machineApplicable : .maybeIncorrect))
            }
            for report in file.reports {
                diagnostics.append(descriptor(
                    catalogue.text("fileAlphabet.message", ["name": file.name]),
                    at: report.span, path: report.path, notes: notes, help: help
                ))
            }
        }
        return diagnostics
    }

    /// A misnamed file, the diagnostics that report it and the replacements of what names it.
    private struct Misnamed {
        let path: String
        let name: String
        var reports: [(span: Span?, path: String?)]
        var references: [Replacement]
        var fixed: String { PixAlphabet.transliteratedFileName(name) }
        var target: String {
            let folder = ContentPath.folder(of: path)
            return folder.isEmpty ? fixed : folder + "/" + fixed
        }
    }

    static func name(of path: String) -> String {
        // The last non-empty component (what splitting at `/` gives last), found from the end
        // (this runs on every file of the repository) when the path is ASCII, whose characters
        // are its bytes: elsewhere a slash followed by a combining mark is no slash.
        let utf8 = path.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return path.split(separator: "/").last.map(String.init) ?? path }
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return path }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != UInt8(ascii: "/") { start = utf8.index(before: start) }
        return String(path[start..<end])
    }

    /// `written` (a path relative to a challenge's folder) with its last component `name`.
    static func renamed(_ written: String, to name: String) -> String {
        guard let slash = written.lastIndex(of: "/") else { return name }
        return String(written[...slash]) + name
    }
}
