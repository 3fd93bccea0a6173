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
        var overrides: [String: [UInt8]] = [:]
        var progress: [String: FixedFile] = [:]
        var refused: [RefusedFile] = []
        var excluded = Set<RefusedFix>()
        var passes = 0
        while passes < maximumPasses {
            let current = OverlayFileSystem(base: fileSystem, overrides: overrides)
            var pass = fixedFiles(diagnostics, fileSystem: current, keeps: keeps, excluding: excluded)
            guard !pass.isEmpty else { break }
            passes += 1
            var next = diagnostics
            while !pass.isEmpty {
                var trial = overrides
                for file in pass { trial[file.path] = file.fixed }
                next = Checker.check(OverlayFileSystem(base: fileSystem, overrides: trial), certificationKey: certificationKey).diagnostics
                var refusedNow = false
                for file in pass {
                    let (wrong, found) = brokenFixes(file, before: diagnostics, after: next)
                    guard !wrong.isEmpty else { continue }
                    refusedNow = true
                    excluded.formUnion(wrong.compactMap { RefusedFix($0) })
                    refused.append(RefusedFile(path: file.path, fixes: wrong, newProblems: found))
                }
                guard refusedNow else { break }
                pass = fixedFiles(diagnostics, fileSystem: current, keeps: keeps, excluding: excluded)
                next = diagnostics
            }
            for file in pass {
                overrides[file.path] = file.fixed
                if let earlier = progress[file.path] {
                    progress[file.path] = earlier.followed(by: file)
                } else {
                    progress[file.path] = file
                }
            }
            diagnostics = next
        }
        // Fixes still there after the last pass wait for the next run.
        var waiting: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            if let fix = fix(of: diagnostic), keeps(fix.span.file.path), RefusedFix(diagnostic).map(excluded.contains) != true {
                waiting[fix.span.file.path, default: []].append(diagnostic)
            }
        }
        let files = progress.keys.sorted().compactMap { path -> FixedFile? in
            guard var file = progress[path], file.fixed != file.original else { return nil }
            file.waiting = waiting[path] ?? []
            return file
        }
        return FixPlan(before: before, files: files, refused: refused, remaining: diagnostics.filter { $0.path.map(keeps) ?? true },
                       passes: passes, waitingElsewhere: waiting.filter { progress[$0.key] == nil }.values.flatMap { $0 })
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

    /// A relative path under one of the content folders, without `.` or `..` components.
    public static func isFixable(path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard components.count >= 2, let first = components.first, contentFolders.contains(String(first)) else { return false }
        return !components.contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    static func fixedFiles(_ diagnostics: [Diagnostic], fileSystem: ContentFileSystem, keeps: (String) -> Bool, excluding excluded: Set<RefusedFix> = []) -> [FixedFile] {
        var byPath: [String: [(Diagnostic, Replacement)]] = [:]
        for diagnostic in Diagnostic.sortedForOutput(diagnostics) {
            guard let replacement = fix(of: diagnostic), keeps(replacement.span.file.path), RefusedFix(diagnostic).map(excluded.contains) != true else { continue }
            byPath[replacement.span.file.path, default: []].append((diagnostic, replacement))
        }
        var files: [FixedFile] = []
        for path in byPath.keys.sorted() {
            guard let fixes = byPath[path], let source = fixes.first?.1.span.file else { continue }
            // The file as checked: a fix is written only on the bytes its span was found in.
            guard let current = try? fileSystem.read(path), current == source.bytes,
                  fixes.allSatisfy({ $0.1.span.file.bytes == current }) else { continue }
            let file = apply(fixes, to: current, path: path)
            if file.fixed != current { files.append(file) }
        }
        return files
    }

    /// Applies the fixes of one file, in the order given; a fix overlapping one already taken
    /// waits. The same replacement reported twice (by two diagnostics) is applied once.
    static func apply(_ fixes: [(Diagnostic, Replacement)], to bytes: [UInt8], path: String) -> FixedFile {
        var taken: [FileEdit] = []
        var applied: [Diagnostic] = []
        var overlapping: [Diagnostic] = []
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
        return FixedFile(path: path, original: bytes, fixed: FileEdit.apply(edits, to: bytes), edits: edits, applied: applied, overlapping: overlapping)
    }

    /// Writes each fixed file in place of its original: a temporary file in the same folder, with
    /// the original's permissions, then a rename, so a reader sees the old bytes or the new, never
    /// a part. A file that changed on disk since it was checked is left as it is. Returns what
    /// could not be written, with why.
    public static func write(_ plan: FixPlan, root: URL) -> [FixWriteFailure] {
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        return plan.files.compactMap { file in
            do {
                try replace(file, rootPath: rootPath)
                return nil
            } catch let failure as FixWriteFailure {
                return failure
            } catch {
                return FixWriteFailure(path: file.path, reason: .system(String(describing: error)))
            }
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
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, info.st_mode & 0o7777)
        guard descriptor >= 0 else { throw FixWriteFailure(path: file.path, reason: .system(String(cString: strerror(errno)))) }
        var written = 0
        var problem: String?
        file.fixed.withUnsafeBytes { buffer in
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
        if problem == nil, rename(temporary, target) != 0 { problem = String(cString: strerror(errno)) }
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
        guard let replacement = diagnostic.help?.replacement else { return nil }
        path = replacement.span.file.path
        code = diagnostic.code
        old = replacement.span.text
        new = replacement.text
    }
}

/// What `pixc fix` would do, or did: the checked diagnostics, the files fixed, those whose fixes
/// were refused, and the diagnostics of the fixed content.
public struct FixPlan: Sendable {
    /// The diagnostics of the content before any fix.
    public let before: [Diagnostic]
    /// The files whose bytes change, sorted by path.
    public let files: [FixedFile]
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

    public var appliedCount: Int { files.reduce(0) { $0 + $1.applied.count } }
    public var waitingCount: Int { files.reduce(0) { $0 + $1.waiting.count } + waitingElsewhere.count }
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

    /// Each applied diagnostic of a single pass, with where its fix's text is in `fixed`.
    var appliedWithWrittenRange: [(Diagnostic, Range<Int>)] {
        var shift = 0
        var written: [FileEdit: Range<Int>] = [:]
        for edit in edits {
            let start = edit.range.lowerBound + shift
            shift += edit.text.count - edit.range.count
            written[edit] = start..<(start + edit.text.count)
        }
        return applied.compactMap { diagnostic in
            guard let replacement = diagnostic.help?.replacement,
                  let range = written[FileEdit(range: replacement.span.range, text: Array(replacement.text.utf8))] else { return nil }
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
        return FixedFile(path: path, original: original, fixed: next.fixed, edits: composed,
                         applied: applied + next.applied, overlapping: overlapping + next.overlapping)
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

/// The content as the file system holds it, with some files' bytes replaced.
struct OverlayFileSystem: ContentFileSystem {
    let base: ContentFileSystem
    let overrides: [String: [UInt8]]

    func files(under folder: String) -> [String] { base.files(under: folder) }
    func listing(under folder: String) -> FolderListing { base.listing(under: folder) }

    func read(_ path: String, maximumSize: Int) throws -> [UInt8] {
        guard let bytes = overrides[path] else { return try base.read(path, maximumSize: maximumSize) }
        guard bytes.count <= maximumSize else {
            throw FileSystemError(path: path, reason: "the file is \(FileLimits.megabytes(bytes.count)); pixc reads files up to \(FileLimits.megabytes(maximumSize))", size: bytes.count)
        }
        return bytes
    }

    func problem(reading path: String, maximumSize: Int) -> FileSystemError? {
        guard let bytes = overrides[path] else { return base.problem(reading: path, maximumSize: maximumSize) }
        return bytes.count <= maximumSize ? nil : FileSystemError(path: path, reason: "too large", size: bytes.count)
    }

    func byteSource(_ path: String) throws -> any ByteSource {
        guard let bytes = overrides[path] else { return try base.byteSource(path) }
        return MemoryByteSource(bytes)
    }

    func kind(of path: String) -> FileKind { base.kind(of: path) }
}

/// A unified diff built from the edits themselves: linear in the file's size, exact, with no
/// line-matching search.
enum UnifiedDiff {
    static let context = 3

    static func render(path: String, original: [UInt8], edits: [FileEdit]) -> String {
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
        var out = "--- a/\(path)\n+++ b/\(path)\n"
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
