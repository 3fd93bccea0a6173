import ArgumentParser
import Compiler
import Diagnostics
import Foundation

/// Where the content repository is.
struct RootOptions: ParsableArguments {
    @Option(name: .long, help: CommandHelp.help("options.root", valueName: "folder"))
    var root: String?

    /// The repository folder: --root, else the nearest folder (current or above) holding
    /// Referential/ or Challenges/.
    func resolveRoot() throws -> URL {
        try Self.resolve(root)
    }

    /// Where a command without `--root` writes by default: the repository around the current
    /// folder, else the current folder. (A command without the option group calls this rather
    /// than `RootOptions()`, whose option cannot be read outside parsing.)
    static func enclosingRepositoryOrCurrentFolder() -> URL {
        (try? resolve(nil)) ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// The bundle a command reads: `bundle` (`--bundle`) when given, else `dist/` in the repository.
    func bundleFolder(_ bundle: String?) throws -> String {
        try bundle ?? resolveRoot().appendingPathComponent("dist").path
    }

    private static func resolve(_ root: String?) throws -> URL {
        let manager = FileManager.default
        if let root {
            let url = URL(fileURLWithPath: root).standardizedFileURL
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw UsageFailure(message: RunMessages.catalogue.text("root.noSuchFolder", ["root": root]))
            }
            return url
        }
        var folder = URL(fileURLWithPath: manager.currentDirectoryPath).standardizedFileURL
        while true {
            for marker in ["Referential", "Challenges"] {
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: folder.appendingPathComponent(marker).path, isDirectory: &isFolder), isFolder.boolValue {
                    return folder
                }
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        throw UsageFailure(message: RunMessages.catalogue.text("root.notFound"))
    }
}

/// The words of an option that takes a comma-separated list (`--status validé,proposé`,
/// `--drop skipped,timeout`), trimmed, empty ones left out.
func commaSeparatedWords(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case human
    case json
    case sarif
}

/// Prints diagnostics in the chosen format.
enum DiagnosticPrinter {
    /// `root`: the content repository, for SARIF's URIs relative to the git repository.
    static func print(_ diagnostics: [Diagnostic], format: DiagnosticFormat, console: Console, root: URL? = nil) {
        console.out(render(diagnostics, format: format, useColor: console.useColor, root: root))
    }

    /// What `print` writes.
    static func render(_ diagnostics: [Diagnostic], format: DiagnosticFormat, useColor: Bool, root: URL? = nil) -> String {
        switch format {
        case .human:
            HumanRenderer(useColor: useColor).render(diagnostics)
        case .json:
            JSONRenderer().render(diagnostics)
        case .sarif:
            SARIFRenderer(toolVersion: PixcVersion.current, catalog: RuleSet.catalog,
                          repositoryPrefix: root.flatMap(GitRepository.prefix(of:))).render(diagnostics)
        }
    }
}

/// Turns command-line paths into repository-relative prefixes.
enum PathFilter {
    static func prefixes(for paths: [String], root: URL) throws -> [String] {
        let manager = FileManager.default
        let cwd = URL(fileURLWithPath: manager.currentDirectoryPath)
        let rootPath = root.resolvingSymlinksInPath().path
        return try paths.map { path in
            let url = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : cwd.appendingPathComponent(path)).standardizedFileURL
            guard manager.fileExists(atPath: url.path) else {
                throw UsageFailure(message: RunMessages.catalogue.text("path.notFound", ["path": path]))
            }
            let resolved = url.resolvingSymlinksInPath().path
            if resolved == rootPath { return "" }
            guard resolved.hasPrefix(rootPath + "/") else {
                throw UsageFailure(message: RunMessages.catalogue.text("path.outside", ["path": path, "root": rootPath]))
            }
            return String(resolved.dropFirst(rootPath.count + 1))
        }
    }

    static func keeps(_ diagnostic: Diagnostic, prefixes: [String]) -> Bool {
        guard let path = diagnostic.path else { return true }
        return keeps(path: path, prefixes: prefixes)
    }

    static func keeps(path: String, prefixes: [String]) -> Bool {
        guard !prefixes.isEmpty, !prefixes.contains("") else { return true }
        return prefixes.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }
}

/// Where the content repository sits in its git repository.
enum GitRepository {
    /// The content folder's path inside the git repository that holds it (`content/`, or empty
    /// at its root), found by looking for `.git` (a folder, or a file in a worktree) upward;
    /// nil outside a git repository.
    static func prefix(of root: URL) -> String? {
        let resolved = root.resolvingSymlinksInPath().standardizedFileURL
        var folder = resolved
        var inside: [String] = []
        for _ in 0..<256 {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) {
                return inside.reversed().map { $0 + "/" }.joined()
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            inside.append(folder.lastPathComponent)
            folder = parent
        }
        return nil
    }
}
