import Diagnostics
import Model

/// What pixc finds in the repository's folders that it cannot read as content (PIX011x): each
/// is reported at its path rather than skipped or read as something it is not.
public enum FileSystemDiagnostics {
    public static let notRegularFile = DiagnosticDescriptor(
        "PIX0110", .error,
        title: "Not a regular file",
        explanation: """
        A named pipe (FIFO), a device or a socket sits among the content. Reading one could wait
        forever or never end, so pixc does not open it. Content, attachments and illustrations are
        ordinary files: replace it with one, or move it out of the repository.
        """
    )

    public static let unfollowableLink = DiagnosticDescriptor(
        "PIX0111", .error,
        title: "Symbolic link that cannot be followed",
        explanation: """
        A symbolic link leads back to one of its own folders (or to itself), leads to nothing, or
        leads to a folder already read under another name. Following it would read the same
        files again and again, or nothing at all. Replace the link with the files themselves, or
        remove it.
        """
    )

    public static let linkOutsideRepository = DiagnosticDescriptor(
        "PIX0112", .error,
        title: "Symbolic link leaving the repository",
        explanation: """
        A symbolic link among the content leads outside the repository. What it points to is not
        part of the repository's history, so another machine would build something else (or
        nothing): pixc does not follow it. Copy the files into the repository instead.
        """
    )

    public static let wrongEntryKind = DiagnosticDescriptor(
        "PIX0113", .error,
        title: "A folder where a file is expected, or a file where a folder is expected",
        explanation: """
        A folder is named like a YAML file (`crcn.yaml`, `annee.yaml`), or `Referential`,
        `Challenges` or `Calibration` is a file. pixc reads YAML files and looks for content in
        those three folders: rename the entry to what it is.
        """
    )

    public static let tooDeep = DiagnosticDescriptor(
        "PIX0114", .error,
        title: "Folders nested too deeply",
        explanation: """
        Folders are nested more than 64 levels below a content folder. pixc stops there: no
        repository needs that many, and it usually means a copying mistake.
        """
    )

    public static let tooLarge = DiagnosticDescriptor(
        "PIX0115", .error,
        title: "File too large",
        explanation: """
        pixc reads content files (YAML, CSV, variants.lock) up to 32 MB and attachments up to
        64 MB, and does not read a larger file at all, so that a wrong file cannot exhaust memory.
        A challenge or a referential is a few kilobytes: a larger file is probably not what it
        seems. docs/limits.md lists every limit and how to change it.
        """
    )

    public static let all: [DiagnosticDescriptor] = [notRegularFile, unfollowableLink, linkOutsideRepository, wrongEntryKind, tooDeep, tooLarge]

    /// The diagnostic for an entry the folder listing could not read as a file.
    public static func diagnostic(for problem: FileSystemProblem) -> Diagnostic {
        let path = problem.path
        switch problem.kind {
        case .notRegularFile(let what):
            return notRegularFile(CompilerDiagnosticMessages.text("FileSystemDiagnostics.1", ["what": "\(what)"]), at: nil, path: path,
                                  help: Help(CompilerDiagnosticMessages.text("FileSystemDiagnostics.2")))
        case .linkLoop:
            return unfollowableLink(CompilerDiagnosticMessages.text("FileSystemDiagnostics.3"), at: nil, path: path,
                                    help: Help(CompilerDiagnosticMessages.text("FileSystemDiagnostics.4")))
        case .brokenLink:
            return unfollowableLink(CompilerDiagnosticMessages.text("FileSystemDiagnostics.5"), at: nil, path: path,
                                    help: Help(CompilerDiagnosticMessages.text("FileSystemDiagnostics.6")))
        case .linkToFolderAlreadyRead(let first):
            return unfollowableLink(CompilerDiagnosticMessages.text("FileSystemDiagnostics.7", ["repository": "\(first.isEmpty ? "the repository" : first)"]), at: nil, path: path,
                                    help: Help(CompilerDiagnosticMessages.text("FileSystemDiagnostics.8")))
        case .linkOutsideRoot:
            return linkOutsideRepository(CompilerDiagnosticMessages.text("FileSystemDiagnostics.9"), at: nil, path: path,
                                         help: Help(CompilerDiagnosticMessages.text("FileSystemDiagnostics.10")))
        case .folderNamedLikeFile:
            return wrongEntryKind(CompilerDiagnosticMessages.text("FileSystemDiagnostics.11"), at: nil, path: path,
                                  help: Help(CompilerDiagnosticMessages.text("FileSystemDiagnostics.12")))
        case .fileWhereFolderExpected:
            return wrongEntryKind(CompilerDiagnosticMessages.text("FileSystemDiagnostics.13"), at: nil, path: path,
                                  help: Help(CompilerDiagnosticMessages.text("FileSystemDiagnostics.14", ["path": "\(path)"])))
        case .tooDeep:
            return tooDeep(CompilerDiagnosticMessages.text("FileSystemDiagnostics.15", ["maximumFolderDepth": "\(FileLimits.maximumFolderDepth)"]), at: nil, path: path,
                           help: Help(CompilerDiagnosticMessages.text("FileSystemDiagnostics.16")))
        case .unreadableFolder(let reason):
            return ModelDiagnostics.unreadableFile(CompilerDiagnosticMessages.text("FileSystemDiagnostics.17", ["reason": "\(reason)"]), at: nil, path: path,
                                                   help: Help(CompilerDiagnosticMessages.text("FileSystemDiagnostics.18")))
        }
    }
}
