import CalibrationFiles
import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `pixc fix`: the machine-applicable replacements of a check, applied together.
///
/// A pass takes, in each file, the replacements in the order of their diagnostics (file, line,
/// column); one that overlaps a replacement already taken waits. The fixed bytes are checked
/// again: a file whose fixes would break it (a YAML error it did not have, a new error where a
/// fix wrote) keeps its bytes (a fix that
/// breaks a file is a bug of its rule; the person gets the diagnostics instead). Then another
/// pass runs on the fixed content — a fix can reveal a problem that was not reported before it
/// (`statut: Validé`: the value is read once the key is `status`), and a fix that waited is
/// found again on the fixed text — until nothing is left to fix or `maximumPasses` ran, so that
/// a second `pixc fix` changes nothing.
public enum Fixer {
    /// The folders whose files `pixc fix` may change.
    public static let contentFolders = [RepositoryLoader.referentialFolder, RepositoryLoader.challengesFolder, CalibrationReader.folder]
    /// Passes in one run. Each one checks the whole repository again; a fix whose result has a
    /// fix again (a rule's bug) stops here instead of looping.
    public static let maximumPasses = 4

    /// Checks `fileSystem`, applies the fixes of the files `keeps` accepts (in memory), and checks
    /// the result again. Nothing is written: `write(_:root:)` does.
    public static func plan(_ fileSystem: ContentFileSystem, certificationKey: String = CalibrationReader.coreCertificationKey,
                            keeps: (String) -> Bool = { _ in true }) -> FixPlan {
        let before = Checker.check(fileSystem, certificationKey: certificationKey).diagnostics
        var diagnostics = before
        // Bytes by path on disk (a renamed file's under its old path), and renames done.
        var overrides: [String: [UInt8]] = [:]
        var moves: [String: String] = [:]
        var progress: [String: FixedFile] = [:]
        var renames: [PlannedRename] = []
        var refused: [RefusedFile] = []
        var excluded = Set<RefusedFix>()
        var passes = 0
        while passes < maximumPasses {
            let current = OverlayFileSystem(base: fileSystem, overrides: overrides, moves: moves)
            var pass = fixedFiles(diagnostics, fileSystem: current, keeps: keeps, excluding: excluded)
            guard !pass.isEmpty else { break }
            passes += 1
            var next = diagnostics
            while !pass.isEmpty {
                var trial = overrides
                for file in pass.files { trial[file.path] = file.fixed }
                var trialMoves = moves
                for rename in pass.renames { trialMoves[rename.from] = rename.to }
                next = Checker.check(OverlayFileSystem(base: fileSystem, overrides: trial, moves: trialMoves), certificationKey: certificationKey).diagnostics
                var refusedNow = false
                for file in pass.files {
                    let (wrong, found) = brokenFixes(file, before: diagnostics, after: next)
                    guard !wrong.isEmpty else { continue }
                    refusedNow = true
                    excluded.formUnion(wrong.compactMap { RefusedFix($0) })
                    refused.append(RefusedFile(path: file.path, fixes: wrong, newProblems: found))
                }
                // A rename must not leave something that named the file pointing at nothing.
                let brokenElsewhere = brokenByRenames(pass, before: diagnostics, beforeMoves: moves, after: next, afterMoves: trialMoves)
                if !brokenElsewhere.isEmpty {
                    refusedNow = true
                    for rename in pass.renames {
                        excluded.formUnion(rename.diagnostics.compactMap { RefusedFix($0) })
                        refused.append(RefusedFile(path: rename.from, fixes: rename.diagnostics, newProblems: brokenElsewhere))
                    }
                }
                guard refusedNow else { break }
                pass = fixedFiles(diagnostics, fileSystem: current, keeps: keeps, excluding: excluded)
                next = diagnostics
            }
            for file in pass.files {
                overrides[file.path] = file.fixed
                if let earlier = progress[file.path] {
                    progress[file.path] = earlier.followed(by: file)
                } else {
                    progress[file.path] = file
                }
            }
            for rename in pass.renames {
                moves[rename.from] = rename.to
                renames.append(rename)
            }
            diagnostics = next
        }
        // Fixes still there after the last pass wait for the next run.
        var waiting: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            if let fix = fix(of: diagnostic), keeps(fix.span.file.path), RefusedFix(diagnostic).map(excluded.contains) != true {
                waiting[fix.span.file.path, default: []].append(diagnostic)
            } else if let rename = renameFix(of: diagnostic), keeps(rename.from), RefusedFix(diagnostic).map(excluded.contains) != true {
                waiting[rename.from, default: []].append(diagnostic)
            }
        }
        let files = progress.keys.sorted().compactMap { path -> FixedFile? in
            guard var file = progress[path], file.fixed != file.original || moves[path] != nil else { return nil }
            file.waiting = waiting[path] ?? []
            file.renamedTo = moves[path]
            return file
        }
        return FixPlan(before: before, files: files, renames: renames.sorted { $0.from < $1.from }, refused: refused,
                       remaining: diagnostics.filter { $0.path.map(keeps) ?? true },
                       passes: passes, waitingElsewhere: waiting.filter { progress[$0.key] == nil }.values.flatMap { $0 })
    }

    /// New errors after a pass of renames (which has no other fix): a file or a name pointing
    /// at a file that is not there any more. Files are compared by their paths on disk.
    static func brokenByRenames(_ pass: FixPass, before: [Diagnostic], beforeMoves: [String: String],
                                after: [Diagnostic], afterMoves: [String: String]) -> [Diagnostic] {
        guard !pass.renames.isEmpty else { return [] }
        struct Key: Hashable { let path: String; let code: DiagnosticCode }
        func onDisk(_ moves: [String: String]) -> (String) -> String {
            var sources: [String: String] = [:]
            for (from, to) in moves { sources[to] = from }
            return { sources[$0] ?? $0 }
        }
        let beforePath = onDisk(beforeMoves)
        let afterPath = onDisk(afterMoves)
        let had = Set(before.filter { $0.severity == .error }.map { Key(path: beforePath($0.path ?? ""), code: $0.code) })
        return after.filter { problem in
            problem.severity == .error && !had.contains(Key(path: afterPath(problem.path ?? ""), code: problem.code))
        }
    }

    /// The fixes of one pass on `file` that are wrong, with the new errors that show it: all of
    /// them when the fixed file has a YAML error it did not have, else those that wrote where a
    /// new error is. A fix may reveal a problem that was not reported before it (the value of a
    /// key once the key is right): an error elsewhere is not the fix's.
    static func brokenFixes(_ file: FixedFile, before: [Diagnostic], after: [Diagnostic]) -> (fixes: [Diagnostic], newErrors: [Diagnostic]) {
        let had = Set(before.filter { $0.path == file.path && $0.severity == .error }.map(\.code))
        let found = after.filter { $0.path == file.path && $0.severity == .error && !had.contains($0.code) }
        let breaksFile = found.contains { $0.code.rawValue.hasPrefix("PIX01") }
        let wrong = file.appliedWithWrittenRange.filter { _, written in
            breaksFile || found.contains { problem in
                guard let span = problem.span else { return false }
                return written.overlaps(span.range) || (written.isEmpty && span.range.contains(written.lowerBound))
            }
        }
        return (wrong.map(\.0), found)
    }

    /// The machine-applicable fix of a diagnostic, when `pixc fix` may write it: on a whole file
    /// (not an excerpt of a streamed one) under a content folder.
    public static func fix(of diagnostic: Diagnostic) -> Replacement? {
        guard diagnostic.code != DiagnosticLimits.summary.code,
              let replacement = diagnostic.help?.replacement,
              replacement.applicability == .machineApplicable,
              replacement.span.file.linesBefore == 0,
              isFixable(path: replacement.span.file.path) else { return nil }
        return replacement
    }

    /// The machine-applicable rename of a diagnostic, when `pixc fix` may make it: both paths
    /// under a content folder, every reference it edits on a whole file under one too.
    public static func renameFix(of diagnostic: Diagnostic) -> FileRename? {
        guard diagnostic.code != DiagnosticLimits.summary.code,
              let rename = diagnostic.help?.rename,
              rename.applicability == .machineApplicable,
              rename.from != rename.to,
              isFixable(path: rename.from), isFixable(path: rename.to),
              rename.references.allSatisfy({ $0.span.file.linesBefore == 0 && isFixable(path: $0.span.file.path) }) else { return nil }
        return rename
    }

    /// A relative path under one of the content folders, without `.` or `..` components.
    public static func isFixable(path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard components.count >= 2, let first = components.first, contentFolders.contains(String(first)) else { return false }
        return !components.contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    static func fixedFiles(_ diagnostics: [Diagnostic], fileSystem: OverlayFileSystem, keeps: (String) -> Bool, excluding excluded: Set<RefusedFix> = []) -> FixPass {
        let sorted = Diagnostic.sortedForOutput(diagnostics)
        // Paths as the pass sees them (a file renamed by an earlier pass under its new name).
        var byPath: [String: [(Diagnostic, Replacement)]] = [:]
        for diagnostic in sorted {
            guard let replacement = fix(of: diagnostic), keeps(replacement.span.file.path), RefusedFix(diagnostic).map(excluded.contains) != true else { continue }
            byPath[replacement.span.file.path, default: []].append((diagnostic, replacement))
        }
        // Renames wait for a pass without text fixes: then every file that can be read is, and
        // names the files it will name; an error that appears is the renames' (a reference
        // pixc did not know), and refuses them.
        let renames = byPath.isEmpty ? acceptedRenames(sorted, fileSystem: fileSystem, keeps: keeps, excluding: excluded) : []
        var referencesByPath: [String: [(Diagnostic, Replacement)]] = [:]
        for rename in renames {
            guard let diagnostic = rename.diagnostics.first else { continue }
            for reference in rename.rename.references {
                referencesByPath[reference.span.file.path, default: []].append((diagnostic, reference))
            }
        }
        // A rename whose references cannot all be written (a file changed since it was checked)
        // waits with them.
        var accepted = renames
        for path in referencesByPath.keys.sorted() {
            let references = referencesByPath[path] ?? []
            if let current = try? fileSystem.read(path), references.allSatisfy({ $0.1.span.file.bytes == current }) { continue }
            let waiting = Set(references.map(\.0))
            accepted.removeAll { rename in rename.diagnostics.contains(where: waiting.contains) }
        }
        let kept = Set(accepted.compactMap(\.diagnostics.first))
        var files: [FixedFile] = []
        for path in Set(byPath.keys).union(referencesByPath.keys).sorted() {
            let fixes = byPath[path] ?? []
            let references = (referencesByPath[path] ?? []).filter { kept.contains($0.0) }
            guard let source = (references.first ?? fixes.first)?.1.span.file else { continue }
            // The file as checked: a fix is written only on the bytes its span was found in.
            guard let current = try? fileSystem.read(path), current == source.bytes,
                  fixes.allSatisfy({ $0.1.span.file.bytes == current }) else { continue }
            let file = apply(fixes, to: current, path: fileSystem.pathOnDisk(path), references: references)
            if file.fixed != current { files.append(file) }
        }
        return FixPass(files: files, renames: accepted.map { PlannedRename(from: fileSystem.pathOnDisk($0.rename.from), to: $0.rename.to, diagnostics: $0.diagnostics) })
    }

    /// The renames a pass makes: machine-applicable, asked for (`keeps`) with every file they
    /// edit, to a name that is free, and no two to the same name.
    static func acceptedRenames(_ sorted: [Diagnostic], fileSystem: ContentFileSystem, keeps: (String) -> Bool,
                                excluding excluded: Set<RefusedFix>) -> [(rename: FileRename, diagnostics: [Diagnostic])] {
        var units: [(rename: FileRename, diagnostics: [Diagnostic])] = []
        var bySource: [String: Int] = [:]
        var conflicting = Set<String>()
        for diagnostic in sorted {
            guard let rename = renameFix(of: diagnostic), RefusedFix(diagnostic).map(excluded.contains) != true,
                  keeps(rename.from), rename.references.allSatisfy({ keeps($0.span.file.path) }) else { continue }
            if let index = bySource[rename.from] {
                // The same file renamed twice: only when both say the same.
                if units[index].rename == rename { units[index].diagnostics.append(diagnostic) } else { conflicting.insert(rename.from) }
            } else {
                bySource[rename.from] = units.count
                units.append((rename, [diagnostic]))
            }
        }
        var targets: [String: Int] = [:]
        for unit in units { targets[unit.rename.to, default: 0] += 1 }
        return units.filter { unit in
            guard !conflicting.contains(unit.rename.from), targets[unit.rename.to] == 1,
                  case .file = fileSystem.kind(of: unit.rename.from), fileSystem.kind(of: unit.rename.to) == .missing else { return false }
            return true
        }
    }

    /// Applies the fixes of one file, in the order given, after the `references` of renames;
    /// a fix overlapping one already taken waits. The same replacement reported twice (by two
    /// diagnostics) is applied once.
    static func apply(_ fixes: [(Diagnostic, Replacement)], to bytes: [UInt8], path: String, references: [(Diagnostic, Replacement)] = []) -> FixedFile {
        var taken: [FileEdit] = []
        var applied: [Diagnostic] = []
        var overlapping: [Diagnostic] = []
        var renamedBy: [(Diagnostic, Replacement)] = []
        for (diagnostic, reference) in references {
            let edit = FileEdit(range: reference.span.range, text: Array(reference.text.utf8))
            guard !taken.contains(edit), !taken.contains(where: { $0.conflicts(with: edit) }) else { continue }
            taken.append(edit)
            renamedBy.append((diagnostic, reference))
        }
        for (diagnostic, replacement) in fixes {
            let edit = FileEdit(range: replacement.span.range, text: Array(replacement.text.utf8))
            if taken.contains(edit) {
                applied.append(diagnostic)
            } else if taken.contains(where: { $0.conflicts(with: edit) }) {
                overlapping.append(diagnostic)
            } else {
                taken.append(edit)
                applied.append(diagnostic)
            }
        }
        let edits = taken.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var file = FixedFile(path: path, original: bytes, fixed: FileEdit.apply(edits, to: bytes), edits: edits, applied: applied, overlapping: overlapping)
        file.renamedBy = renamedBy
        return file
    }

    /// Writes each fixed file in place of its original: a temporary file in the same folder, with
    /// the original's permissions, then a rename, so a reader sees the old bytes or the new, never
    /// a part. A file that changed on disk since it was checked is left as it is. Returns what
    /// could not be written, with why.
    public static func write(_ plan: FixPlan, root: URL) -> [FixWriteFailure] {
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        var byPath: [String: FixedFile] = [:]
        for file in plan.files { byPath[file.path] = file }
        var failures: [FixWriteFailure] = []
        // Renames first: a file that names a renamed one is edited only once the new name holds it.
        // Files renamed as they are go before those renamed with new bytes, which may name them.
        var notRenamed: [Diagnostic: String] = [:]
        let ordered = plan.renames.filter { byPath[$0.from] == nil } + plan.renames.filter { byPath[$0.from] != nil }
        for rename in ordered {
            if let file = byPath[rename.from], let reference = file.renamedBy.first(where: { notRenamed[$0.0] != nil }),
               let renamed = notRenamed[reference.0] {
                failures.append(FixWriteFailure(path: rename.from, reason: .namesFileNotRenamed(renamed)))
                for diagnostic in rename.diagnostics { notRenamed[diagnostic] = rename.from }
                continue
            }
            do {
                try move(rename, file: byPath[rename.from], rootPath: rootPath)
            } catch {
                failures.append(error as? FixWriteFailure ?? FixWriteFailure(path: rename.from, reason: .system(String(describing: error))))
                for diagnostic in rename.diagnostics { notRenamed[diagnostic] = rename.from }
            }
        }
        for file in plan.files where file.renamedTo == nil {
            if let reference = file.renamedBy.first(where: { notRenamed[$0.0] != nil }), let renamed = notRenamed[reference.0] {
                failures.append(FixWriteFailure(path: file.path, reason: .namesFileNotRenamed(renamed)))
                continue
            }
            do {
                try replace(file, rootPath: rootPath)
            } catch let failure as FixWriteFailure {
                failures.append(failure)
            } catch {
                failures.append(FixWriteFailure(path: file.path, reason: .system(String(describing: error))))
            }
        }
        return failures
    }

    /// Gives a file its new name, never over an existing file: the new name is a hard link made
    /// to the file (or to its fixed bytes, written beside it), then the old name is removed.
    private static func move(_ rename: PlannedRename, file: FixedFile?, rootPath: String) throws {
        func failure(_ reason: FixWriteFailure.Reason) -> FixWriteFailure { FixWriteFailure(path: rename.from, reason: reason) }
        func systemFailure() -> FixWriteFailure { failure(.system(String(cString: strerror(errno)))) }
        guard isFixable(path: rename.from), isFixable(path: rename.to) else { throw failure(.outsideContent) }
        let source = rootPath + "/" + rename.from
        let target = rootPath + "/" + rename.to
        // The folders, links followed, stay in the content folders; the file itself is a regular
        // file, not a link (the link would be renamed, not what it names).
        for path in [source, target] {
            guard let real = realpath((path as NSString).deletingLastPathComponent, nil) else { throw systemFailure() }
            let folder = String(cString: real) + "/"
            free(real)
            guard contentFolders.contains(where: { folder.hasPrefix(rootPath + "/" + $0 + "/") }) else { throw failure(.outsideContent) }
        }
        var info = stat()
        guard lstat(source, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { throw failure(.changed) }
        if let file {
            let onDisk = try? DiskFileSystem(root: URL(fileURLWithPath: rootPath)).read(rename.from)
            guard onDisk == file.original else { throw failure(.changed) }
            let temporary = (target as NSString).deletingLastPathComponent + "/.\((target as NSString).lastPathComponent).pixc-fix-\(getpid())"
            try writeNew(file.fixed, to: temporary, mode: info.st_mode & 0o7777, path: rename.from)
            defer { unlink(temporary) }
            guard link(temporary, target) == 0 else { throw errno == EEXIST ? failure(.targetExists(rename.to)) : systemFailure() }
        } else {
            guard link(source, target) == 0 else { throw errno == EEXIST ? failure(.targetExists(rename.to)) : systemFailure() }
        }
        guard unlink(source) == 0 else { throw systemFailure() }
    }

    /// A new file holding `bytes`, synced; fails when `temporary` exists.
    private static func writeNew(_ bytes: [UInt8], to temporary: String, mode: mode_t, path: String) throws {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw FixWriteFailure(path: path, reason: .system(String(cString: strerror(errno)))) }
        var written = 0
        var problem: String?
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while written < buffer.count {
                let count = Glibc.write(descriptor, base + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    problem = String(cString: strerror(errno))
                    return
                }
                written += count
            }
        }
        if problem == nil, fsync(descriptor) != 0 { problem = String(cString: strerror(errno)) }
        if close(descriptor) != 0, problem == nil { problem = String(cString: strerror(errno)) }
        if let problem {
            unlink(temporary)
            throw FixWriteFailure(path: path, reason: .system(problem))
        }
    }

    private static func replace(_ file: FixedFile, rootPath: String) throws {
        guard isFixable(path: file.path) else { throw FixWriteFailure(path: file.path, reason: .outsideContent) }
        // A link inside the repository is followed: the file it names is the one fixed.
        guard let real = realpath(rootPath + "/" + file.path, nil) else { throw FixWriteFailure(path: file.path, reason: .system(String(cString: strerror(errno)))) }
        let target = String(cString: real)
        free(real)
        guard contentFolders.contains(where: { target.hasPrefix(rootPath + "/" + $0 + "/") }) else { throw FixWriteFailure(path: file.path, reason: .outsideContent) }
        var info = stat()
        guard stat(target, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { throw FixWriteFailure(path: file.path, reason: .changed) }
        let onDisk = try? DiskFileSystem(root: URL(fileURLWithPath: rootPath)).read(String(target.dropFirst(rootPath.count + 1)))
        guard onDisk == file.original else { throw FixWriteFailure(path: file.path, reason: .changed) }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let temporary = folder + "/.\(name).pixc-fix-\(getpid())"
        try writeNew(file.fixed, to: temporary, mode: info.st_mode & 0o7777, path: file.path)
        var problem: String?
        if rename(temporary, target) != 0 { problem = String(cString: strerror(errno)) }
        if let problem {
            unlink(temporary)
            throw FixWriteFailure(path: file.path, reason: .system(problem))
        }
    }
}

/// A fix refused in one pass, recognised in the next ones (whose bytes differ): the same code
/// in the same file replacing the same text with the same text.
struct RefusedFix: Hashable {
    let path: String
    let code: DiagnosticCode
    let old: String
    let new: String

    init?(_ diagnostic: Diagnostic) {
        code = diagnostic.code
        if let replacement = diagnostic.help?.replacement {
            path = replacement.span.file.path
            old = replacement.span.text
            new = replacement.text
        } else if let rename = diagnostic.help?.rename {
            path = rename.from
            old = rename.from
            new = rename.to
        } else {
            return nil
        }
    }
}

/// What `pixc fix` would do, or did: the checked diagnostics, the files fixed, those whose fixes
/// were refused, and the diagnostics of the fixed content.
public struct FixPlan: Sendable {
    /// The diagnostics of the content before any fix.
    public let before: [Diagnostic]
    /// The files whose bytes change, or that are renamed with changes, sorted by path on disk.
    public let files: [FixedFile]
    /// The files renamed, sorted by their path on disk; a renamed file whose bytes change is
    /// in `files` too.
    public let renames: [PlannedRename]
    /// Files whose fixes would have broken them (a new YAML error, or a new error where a fix
    /// wrote): left as they are.
    public let refused: [RefusedFile]
    /// The diagnostics of the content once fixed (of the paths asked for): what needs a person,
    /// and fixes that wait for the next run.
    public let remaining: [Diagnostic]
    /// How many passes made changes.
    public let passes: Int
    /// Fixes left after the last pass in files no pass changed.
    public let waitingElsewhere: [Diagnostic]

    public var appliedCount: Int { files.reduce(0) { $0 + $1.applied.count } + renames.count }
    /// Files whose bytes change or whose name does.
    public var changedFileCount: Int { Set(files.map(\.path) + renames.map(\.from)).count }

    /// `git apply`'s input: a unified diff per file, with `rename from` / `rename to` for a
    /// renamed one.
    public var unifiedDiff: String {
        var byPath: [String: FixedFile] = [:]
        for file in files { byPath[file.path] = file }
        var out = ""
        let paths = Set(files.map(\.path) + renames.map(\.from)).sorted()
        let targets = Dictionary(renames.map { ($0.from, $0.to) }, uniquingKeysWith: { first, _ in first })
        for path in paths {
            let file = byPath[path]
            if let target = targets[path] {
                out += UnifiedDiff.renameHeader(from: path, to: target)
                if let file { out += UnifiedDiff.render(path: path, newPath: target, original: file.original, edits: file.edits) }
            } else if let file {
                // After a rename without changes, a `---` line would read as the rename's:
                // with renames, every file has its git header.
                if !renames.isEmpty { out += "diff --git \(UnifiedDiff.quoted("a/" + path)) \(UnifiedDiff.quoted("b/" + path))\n" }
                out += file.unifiedDiff
            }
        }
        return out
    }
    public var waitingCount: Int { files.reduce(0) { $0 + $1.waiting.count } + waitingElsewhere.count }
}

/// A file renamed by `pixc fix`, with the diagnostics it fixes.
public struct PlannedRename: Sendable {
    /// Its path on disk.
    public let from: String
    public let to: String
    public let diagnostics: [Diagnostic]
}

/// What one pass changes.
struct FixPass {
    var files: [FixedFile]
    var renames: [PlannedRename]
    var isEmpty: Bool { files.isEmpty && renames.isEmpty }
}

/// One file's fixes, applied in memory.
public struct FixedFile: Sendable {
    public let path: String
    /// The bytes checked first (those on disk).
    public let original: [UInt8]
    public let fixed: [UInt8]
    /// The replacements made, by position in `original`, none overlapping.
    public let edits: [FileEdit]
    /// The diagnostics these edits fix, pass after pass (the places of a later pass are in the
    /// text a previous pass fixed).
    public let applied: [Diagnostic]
    /// Diagnostics whose fix overlapped one applied in the same pass: they were found again, or
    /// not, on the fixed text of the next pass.
    public let overlapping: [Diagnostic]
    /// Fixes still there after the last pass: they wait for the next run.
    public internal(set) var waiting: [Diagnostic] = []
    /// The references to renamed files written here, with the diagnostic of each rename.
    var renamedBy: [(Diagnostic, Replacement)] = []
    /// The file's new path when `pixc fix` renames it too.
    public internal(set) var renamedTo: String?

    /// Each applied diagnostic of a single pass, with where its fix's text is in `fixed`.
    var appliedWithWrittenRange: [(Diagnostic, Range<Int>)] {
        var shift = 0
        var written: [FileEdit: Range<Int>] = [:]
        for edit in edits {
            let start = edit.range.lowerBound + shift
            shift += edit.text.count - edit.range.count
            written[edit] = start..<(start + edit.text.count)
        }
        let fixes = applied.compactMap { diagnostic in diagnostic.help?.replacement.map { (diagnostic, $0) } }
        return (renamedBy + fixes).compactMap { diagnostic, replacement in
            guard let range = written[FileEdit(range: replacement.span.range, text: Array(replacement.text.utf8))] else { return nil }
            return (diagnostic, range)
        }
    }

    /// This file's fixes then `next`'s, made on this file's fixed bytes: one set of edits of
    /// `original`.
    func followed(by next: FixedFile) -> FixedFile {
        var composed = FileEdit.compose(edits, then: next.edits, original: original, final: next.fixed)
        if FileEdit.apply(composed, to: original) != next.fixed {
            // Never expected; the diff must still be true: one edit from the first byte that
            // differs to the last.
            let prefix = zip(original, next.fixed).prefix { $0 == $1 }.count
            let room = min(original.count, next.fixed.count) - prefix
            let suffix = zip(original.reversed(), next.fixed.reversed()).prefix(room).prefix { $0 == $1 }.count
            composed = [FileEdit(range: prefix..<(original.count - suffix), text: Array(next.fixed[prefix..<(next.fixed.count - suffix)]))]
        }
        var file = FixedFile(path: path, original: original, fixed: next.fixed, edits: composed,
                             applied: applied + next.applied, overlapping: overlapping + next.overlapping)
        file.renamedBy = renamedBy + next.renamedBy
        return file
    }

    /// `diff -u` of the original and fixed bytes (three lines of context).
    public var unifiedDiff: String { UnifiedDiff.render(path: path, original: original, edits: edits) }
}

public struct RefusedFile: Sendable {
    public let path: String
    /// The diagnostics whose fixes are not applied.
    public let fixes: [Diagnostic]
    /// The errors the fixed bytes would have had, which the file did not.
    public let newProblems: [Diagnostic]
}

public struct FixWriteFailure: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The file is not the one checked any more (edited meanwhile, or not a regular file).
        case changed
        /// The path leads outside Referential/, Challenges/ and Calibration/.
        case outsideContent
        /// A rename's new name is taken (the path given).
        case targetExists(String)
        /// The file names a file whose rename failed (the path given): left as it is, so that it
        /// still names a file.
        case namesFileNotRenamed(String)
        /// What the system said.
        case system(String)
    }

    public let path: String
    public let reason: Reason
}

/// Replace `range` of a file's bytes with `text`.
public struct FileEdit: Sendable, Hashable {
    public let range: Range<Int>
    public let text: [UInt8]

    /// Two edits conflict when applying both depends on their order: their ranges share bytes,
    /// or one inserts at a place the other replaces or inserts at too.
    func conflicts(with other: FileEdit) -> Bool {
        if range.isEmpty || other.range.isEmpty {
            let (point, span) = range.isEmpty ? (range.lowerBound, other.range) : (other.range.lowerBound, range)
            return span.isEmpty ? point == span.lowerBound : (span.lowerBound < point && point < span.upperBound)
        }
        return range.overlaps(other.range)
    }

    /// The edits of `original` that give `final`, when `first` (edits of `original`) then
    /// `second` (edits of the result) gave it: the places either touched, merged where they
    /// touch, each replaced by what `final` holds there.
    static func compose(_ first: [FileEdit], then second: [FileEdit], original: [UInt8], final: [UInt8]) -> [FileEdit] {
        // The intermediate text as pieces: kept bytes of `original`, and the texts of `first`.
        struct Piece {
            let current: Range<Int>
            let original: Range<Int>
            let changed: Bool
        }
        var pieces: [Piece] = []
        var position = 0
        var current = 0
        for edit in first {
            if edit.range.lowerBound > position {
                let length = edit.range.lowerBound - position
                pieces.append(Piece(current: current..<(current + length), original: position..<edit.range.lowerBound, changed: false))
                current += length
            }
            pieces.append(Piece(current: current..<(current + edit.text.count), original: edit.range, changed: true))
            current += edit.text.count
            position = edit.range.upperBound
        }
        if original.count > position {
            pieces.append(Piece(current: current..<(current + original.count - position), original: position..<original.count, changed: false))
        }
        // Each edit of `second`, as the range of `original` it stands on.
        var touched = first.map(\.range)
        for edit in second {
            var lower = Int.max
            var upper = Int.min
            for piece in pieces where piece.current.lowerBound <= edit.range.upperBound && edit.range.lowerBound <= piece.current.upperBound {
                if piece.changed {
                    lower = min(lower, piece.original.lowerBound)
                    upper = max(upper, piece.original.upperBound)
                } else {
                    let from = max(piece.current.lowerBound, edit.range.lowerBound)
                    let to = min(piece.current.upperBound, edit.range.upperBound)
                    lower = min(lower, piece.original.lowerBound + from - piece.current.lowerBound)
                    upper = max(upper, piece.original.lowerBound + to - piece.current.lowerBound)
                }
            }
            if lower == Int.max {
                // Past every piece: the end of an empty text.
                lower = original.count
                upper = original.count
            }
            touched.append(lower..<max(lower, upper))
        }
        touched.sort { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        var merged: [Range<Int>] = []
        for range in touched {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        // A merged range's ends touch no edit from outside: its place in `final` is its place
        // in `original` moved by the edits before it.
        func shift(_ edits: [FileEdit], start: Int) -> Int {
            edits.reduce(0) { $0 + ($1.range.lowerBound < start && $1.range.upperBound <= start ? $1.text.count - $1.range.count : 0) }
        }
        func shift(_ edits: [FileEdit], end: Int) -> Int {
            edits.reduce(0) { $0 + ($1.range.upperBound <= end ? $1.text.count - $1.range.count : 0) }
        }
        return merged.compactMap { range in
            let currentStart = range.lowerBound + shift(first, start: range.lowerBound)
            let currentEnd = range.upperBound + shift(first, end: range.upperBound)
            let finalStart = max(0, min(final.count, currentStart + shift(second, start: currentStart)))
            let finalEnd = max(finalStart, min(final.count, currentEnd + shift(second, end: currentEnd)))
            let text = Array(final[finalStart..<finalEnd])
            return text == Array(original[range]) ? nil : FileEdit(range: range, text: text)
        }
    }

    /// The bytes with every edit applied; `edits` sorted by position, none conflicting.
    static func apply(_ edits: [FileEdit], to bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + edits.reduce(0) { $0 + $1.text.count })
        var position = 0
        for edit in edits {
            let start = min(max(edit.range.lowerBound, position), bytes.count)
            result.append(contentsOf: bytes[position..<start])
            result.append(contentsOf: edit.text)
            position = min(max(edit.range.upperBound, start), bytes.count)
        }
        result.append(contentsOf: bytes[position...])
        return result
    }
}

/// The content as the file system holds it, with some files' bytes replaced and some renamed.
struct OverlayFileSystem: ContentFileSystem {
    let base: ContentFileSystem
    /// Bytes by path on disk.
    let overrides: [String: [UInt8]]
    /// Path on disk → new path.
    let moves: [String: String]
    private let sources: [String: String]

    init(base: ContentFileSystem, overrides: [String: [UInt8]], moves: [String: String] = [:]) {
        self.base = base
        self.overrides = overrides
        self.moves = moves
        var sources: [String: String] = [:]
        for (from, to) in moves { sources[to] = from }
        self.sources = sources
    }

    /// Where the file this overlay calls `path` is on disk.
    func pathOnDisk(_ path: String) -> String { sources[path] ?? path }

    func files(under folder: String) -> [String] { moved(base.files(under: folder), under: folder) }

    func listing(under folder: String) -> FolderListing {
        var listing = base.listing(under: folder)
        listing.files = moved(listing.files, under: folder)
        return listing
    }

    private func moved(_ files: [String], under folder: String) -> [String] {
        guard !moves.isEmpty else { return files }
        let prefix = folder.isEmpty ? "" : folder + "/"
        let kept = files.filter { moves[$0] == nil }
        let listed = Set(files)
        let added = moves.filter { listed.contains($0.key) && $0.value.hasPrefix(prefix) }.map(\.value)
        return (kept + added).sorted()
    }

    func read(_ path: String, maximumSize: Int) throws -> [UInt8] {
        guard moves[path] == nil else { throw FileSystemError(path: path, reason: "renamed", size: nil) }
        let disk = pathOnDisk(path)
        guard let bytes = overrides[disk] else { return try base.read(disk, maximumSize: maximumSize) }
        guard bytes.count <= maximumSize else {
            throw FileSystemError(path: path, reason: "the file is \(FileLimits.megabytes(bytes.count)); pixc reads files up to \(FileLimits.megabytes(maximumSize))", size: bytes.count)
        }
        return bytes
    }

    func problem(reading path: String, maximumSize: Int) -> FileSystemError? {
        guard moves[path] == nil else { return FileSystemError(path: path, reason: "renamed", size: nil) }
        let disk = pathOnDisk(path)
        guard let bytes = overrides[disk] else { return base.problem(reading: disk, maximumSize: maximumSize) }
        return bytes.count <= maximumSize ? nil : FileSystemError(path: path, reason: "too large", size: bytes.count)
    }

    func byteSource(_ path: String) throws -> any ByteSource {
        guard moves[path] == nil else { throw FileSystemError(path: path, reason: "renamed", size: nil) }
        let disk = pathOnDisk(path)
        guard let bytes = overrides[disk] else { return try base.byteSource(disk) }
        return MemoryByteSource(bytes)
    }

    func kind(of path: String) -> FileKind {
        if moves[path] != nil { return .missing }
        return base.kind(of: pathOnDisk(path))
    }
}

/// A unified diff built from the edits themselves: linear in the file's size, exact, with no
/// line-matching search.
enum UnifiedDiff {
    static let context = 3

    /// The header of a renamed file, as git writes it (names with a double quote, a backslash,
    /// a control character or a byte past ASCII quoted the C way).
    static func renameHeader(from: String, to: String) -> String {
        "diff --git \(quoted("a/" + from)) \(quoted("b/" + to))\nrename from \(quoted(from))\nrename to \(quoted(to))\n"
    }

    static func quoted(_ name: String) -> String {
        let bytes = Array(name.utf8)
        guard bytes.contains(where: { $0 < 0x20 || $0 >= 0x7F || $0 == 0x22 || $0 == 0x5C }) else { return name }
        var out = "\""
        for byte in bytes {
            switch byte {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x07: out += "\\a"
            case 0x08: out += "\\b"
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0B: out += "\\v"
            case 0x0C: out += "\\f"
            case 0x0D: out += "\\r"
            case 0x20..<0x7F: out.append(Character(Unicode.Scalar(byte)))
            default:
                let octal = String(byte, radix: 8)
                out += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            }
        }
        return out + "\""
    }

    static func render(path: String, newPath: String? = nil, original: [UInt8], edits: [FileEdit]) -> String {
        guard !edits.isEmpty else { return "" }
        // Lines end after each line feed; a last line without one is a line too.
        var starts = [0]
        for (index, byte) in original.enumerated() where byte == 0x0A && index + 1 < original.count { starts.append(index + 1) }
        func line(at offset: Int) -> Int {
            var low = 0, high = starts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if starts[mid] <= offset { low = mid } else { high = mid - 1 }
            }
            return low
        }
        func end(ofLine index: Int) -> Int { index + 1 < starts.count ? starts[index + 1] : original.count }
        // Clusters: edits touching the same lines, with the lines they cover.
        var clusters: [(first: Int, last: Int, edits: [FileEdit])] = []
        for edit in edits {
            let first = line(at: edit.range.lowerBound)
            let last = edit.range.isEmpty ? first : line(at: max(edit.range.lowerBound, edit.range.upperBound - 1))
            if let previous = clusters.last, first <= previous.last + 1 {
                clusters[clusters.count - 1] = (previous.first, max(previous.last, last), previous.edits + [edit])
            } else {
                clusters.append((first, last, [edit]))
            }
        }
        func lines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
            var result: [ArraySlice<UInt8>] = []
            var start = bytes.startIndex
            for index in bytes.indices where bytes[index] == 0x0A {
                result.append(bytes[start...index])
                start = index + 1
            }
            if start < bytes.endIndex { result.append(bytes[start..<bytes.endIndex]) }
            return result
        }
        func emit(_ prefix: String, _ line: ArraySlice<UInt8>, into out: inout String) {
            out += prefix + String(decoding: line, as: UTF8.self)
            if line.last != 0x0A { out += "\n\\ No newline at end of file\n" }
        }
        // As git writes them: quoted when needed, and a tab after a name with a space (else
        // `git apply` reads the name up to the space).
        func name(_ prefix: String, _ path: String) -> String { quoted(prefix + path) + (path.contains(" ") ? "\t" : "") }
        var out = "--- \(name("a/", path))\n+++ \(name("b/", newPath ?? path))\n"
        var delta = 0
        var index = 0
        while index < clusters.count {
            // A hunk: clusters whose context lines touch.
            var last = index
            while last + 1 < clusters.count, clusters[last + 1].first - clusters[last].last - 1 <= 2 * context { last += 1 }
            let oldStart = max(0, clusters[index].first - context)
            let oldEnd = min(starts.count - 1, clusters[last].last + context)
            var body = ""
            var oldCount = 0
            var newCount = 0
            var lineIndex = oldStart
            for cluster in clusters[index...last] {
                while lineIndex < cluster.first {
                    emit(" ", original[starts[lineIndex]..<end(ofLine: lineIndex)], into: &body)
                    oldCount += 1; newCount += 1; lineIndex += 1
                }
                let from = starts[cluster.first]
                let to = end(ofLine: cluster.last)
                let relative = cluster.edits.map { FileEdit(range: ($0.range.lowerBound - from)..<($0.range.upperBound - from), text: $0.text) }
                let fixed = FileEdit.apply(relative, to: Array(original[from..<to]))
                let removed = lines(original[from..<to])
                let added = lines(fixed[...])
                for line in removed { emit("-", line, into: &body) }
                for line in added { emit("+", line, into: &body) }
                oldCount += removed.count
                newCount += added.count
                lineIndex = cluster.last + 1
            }
            while lineIndex <= oldEnd {
                emit(" ", original[starts[lineIndex]..<end(ofLine: lineIndex)], into: &body)
                oldCount += 1; newCount += 1; lineIndex += 1
            }
            let oldFirst = oldCount == 0 ? oldStart : oldStart + 1
            let newFirst = newCount == 0 ? oldStart + delta : oldStart + delta + 1
            out += "@@ -\(oldFirst),\(oldCount) +\(newFirst),\(newCount) @@\n" + body
            delta += newCount - oldCount
            index = last + 1
        }
        return out
    }
}
