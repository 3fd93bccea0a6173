import CalibrationFiles
import Diagnostics
import Model
import Variants
import Vocabulary

/// `pixc check --watch`: checks a repository again after some of its files changed, reading and
/// compiling only what the change can affect. Its diagnostics are always those of a full
/// `Checker.check` of the files as they are now (the tests compare both after every edit).
///
/// What is kept between runs, and when it is thrown away:
/// - every content file, decoded, with its bytes: read again when an event names it, decoded
///   again only when its bytes differ;
/// - every challenge's compiled result (its variants and diagnostics), reused only when nothing it
///   reads changed: its own file, the referentials, tubes, datasets and name lists (one epoch for
///   all of them: changing one compiles every challenge again), its prototype and the
///   prototype's prototype (rules compare them), and the files it may reference (a file that
///   appears or disappears makes the challenges that may name it compile again).
/// - the findings of each rule over the whole repository (unique ids, one validated prototype per
///   skill…): a rule runs again only when what it declares it reads (`RepositoryRule.inputs`)
///   changed, or when a file its findings point into changed (their places are in that file);
/// - how each challenge follows the typography conventions (`TypographyCounts`), summed into the
///   house style without reading the other challenges again. The typography rules report their
///   findings whatever the house style, and the check keeps those of the conventions the
///   repository follows: when the majority flips, no challenge compiles again.
public final class IncrementalChecker {
    public let fileSystem: ContentFileSystem
    public let certificationKey: String
    /// The folders whose files are content (and watched).
    public static let folders = [RepositoryLoader.referentialFolder, RepositoryLoader.challengesFolder, CalibrationReader.folder]

    private struct CachedFile {
        /// Nil for streamed calibration files (read again on every event naming them).
        var bytes: [UInt8]?
        var result: RepositoryLoader.FileResult
        /// Unique across the session: changes whenever the file's content changes.
        var generation: Int
        /// For a challenge: what the repository rules may read of it, and its typography.
        var facts: ChallengeFacts?
        var typography = TypographyCounts()
    }

    /// What the repository rules read of a challenge, by `RepositoryInputs`.
    struct ChallengeFacts: Equatable {
        var id: String
        var skill: String
        var status: ChallengeStatus
        var variantOf: String?
        var version: Int?
        var referencedFiles: [String]

        init(_ challenge: Challenge) {
            id = challenge.id.value
            skill = challenge.skill.value
            status = challenge.status.value
            variantOf = challenge.variantOf?.value
            version = challenge.version?.value
            referencedFiles = challenge.attachments.map(\.value) + (challenge.illustration?.file.map { [$0.value] } ?? [])
        }

        /// The inputs that differ between the challenge as it was and as it is.
        static func changes(from old: ChallengeFacts?, to new: ChallengeFacts?) -> RepositoryInputs {
            guard let old, let new else { return [.challengeIdentities, .challengePlacements, .referencedFiles, .challengeContent] }
            var changed: RepositoryInputs = [.challengeContent]
            if old.id != new.id { changed.insert(.challengeIdentities) }
            if (old.skill, old.status, old.variantOf, old.version) != (new.skill, new.status, new.variantOf, new.version) { changed.insert(.challengePlacements) }
            if old.referencedFiles != new.referencedFiles { changed.insert(.referencedFiles) }
            return changed
        }
    }

    /// What a challenge's compiled result was computed from.
    private struct CompileKey: Equatable {
        var generation: Int
        var epoch: Int
        var prototype: Int?
        var grandPrototype: Int?
    }

    private var files: [String: CachedFile] = [:]
    /// Paths of `files`, sorted (the order the repository is assembled in).
    private var sortedPaths: [String] = []
    /// Every file under the content folders, content or not (attachments, name lists…).
    private var knownFiles: Set<String> = []
    private var compiled: [String: (key: CompileKey, result: (CompiledChallenge, [Diagnostic]))] = [:]
    private var epoch = 0
    private var variantContext: (epoch: Int, value: (VariantContext, [Diagnostic]))?
    private var nextGeneration = 0
    /// What could not be listed under the content folders, as of the last listing of a folder.
    private var listingProblems: [FileSystemProblem] = []
    /// The typography of every challenge, summed.
    private var typography = TypographyCounts()
    /// The last findings of each of `RuleSet.repositoryRules`, in its order.
    private var repositoryFindings: [[Diagnostic]]?
    /// The repository as last assembled, with the positions of each challenge and source file in
    /// it: a challenge saved again (still read as a challenge) takes its place there, instead of
    /// the whole repository being assembled again from every file.
    private var assembled: (repository: Repository, challenges: [String: Int], sources: [String: Int])?
    /// Set when a file appeared, disappeared, changed kind or is not a challenge: assemble again.
    private var reassemble = true
    /// Challenges saved again since the last run, and whether neither version had reading problems
    /// (the repository's problems then stay the same).
    private var replaced: [(path: String, clean: Bool)] = []
    /// The last run's per-challenge results, in compilation order, with what finds the ones an
    /// edit can change without looking at the others (valid while no id, prototype or epoch
    /// changed: the order and who is whose prototype are then the same).
    private struct CompiledList {
        var epoch: Int
        var results: [(CompiledChallenge, [Diagnostic])]
        /// Each challenge's position in `results`, by path.
        var positions: [String: Int]
        /// The positions of the challenges naming an id as their prototype (`variantOf`).
        var children: [String: [Int]]
        /// Challenges compiled on every run (an unknown prototype: its "did you mean" reads every id).
        var always: [Int]
    }
    private var compiledList: CompiledList?
    /// Challenges whose results were thrown away since the last run (a file they may name
    /// appeared or disappeared).
    private var invalidated: Set<String> = []
    /// The index's positions of the challenges by id and their order by id, as of the last run.
    private var challengeLayout: (positions: [String: Int], order: [Int])?
    /// What changed since the last run, for the repository rules.
    private var changedInputs: RepositoryInputs = .everything

    /// Counters of the last run, for the benchmark and the tests.
    public private(set) var lastRun = RunStatistics()

    public struct RunStatistics: Sendable, Equatable {
        /// Content files decoded again (their bytes had changed, or they were new).
        public var decoded = 0
        /// Challenges compiled again.
        public var compiled = 0
        /// Challenges whose previous result was reused.
        public var reused = 0
        /// Files whose content changed, that appeared or that disappeared, sorted.
        public var changedFiles: [String] = []
        /// Repository rules run again (the others' findings were kept).
        public var repositoryRules = 0
    }

    public init(fileSystem: ContentFileSystem, certificationKey: String = CalibrationReader.coreCertificationKey) {
        self.fileSystem = fileSystem
        self.certificationKey = certificationKey
    }

    /// Reads every file again (decoding only those whose bytes changed) and checks.
    public func checkAll(timings: PhaseTimings? = nil) -> CheckResult {
        check(changed: Set(Self.folders), timings: timings)
    }

    /// Checks after changes to `changed`: repository-relative paths of files or folders that were
    /// created, modified, deleted or renamed (both names). A path that is not under a content
    /// folder is ignored.
    public func check(changed: Set<String>, timings: PhaseTimings? = nil) -> CheckResult {
        lastRun = RunStatistics()
        var appearedOrVanished: [String] = []
        timings.measure("  files") {
            var pending: [PendingFile] = []
            for path in changed.sorted() {
                update(path, existenceChanges: &appearedOrVanished, pending: &pending)
            }
            // A file under two reported folders is pending twice: decoded once.
            var seen: Set<String> = []
            store(pending.filter { seen.insert($0.path).inserted })
            invalidateReferences(to: appearedOrVanished)
            if !appearedOrVanished.isEmpty { changedInputs.insert(.referencedFiles) }
        }
        lastRun.changedFiles = Set(lastRun.changedFiles + appearedOrVanished).sorted()
        return runCheck(timings: timings)
    }

    // MARK: - Files

    private static func isUnderContentFolder(_ path: String) -> Bool {
        folders.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    /// Listed by a full check: no hidden component (the disk listing skips them).
    private static func isListable(_ path: String) -> Bool {
        !path.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    private func update(_ path: String, existenceChanges: inout [String], pending: inout [PendingFile]) {
        let prefix = path.isEmpty ? "" : path + "/"
        let holdsContentFolders = Self.folders.contains { path.isEmpty || $0.hasPrefix(prefix) }
        guard holdsContentFolders || Self.isUnderContentFolder(path) else { return }
        // A folder (or what was one): every file under it, before and now. Listed files exist;
        // known files under a listed folder that are not listed anymore do not.
        var candidates = path.isEmpty ? knownFiles : knownFiles.filter { $0.hasPrefix(prefix) }
        var listed: Set<String>?
        if holdsContentFolders {
            var found: Set<String> = []
            for folder in Self.folders where path.isEmpty || folder.hasPrefix(prefix) {
                found.formUnion(fileSystem.files(under: folder))
            }
            listed = found
        } else if fileSystem.kind(of: path) == .folder {
            listed = Set(fileSystem.files(under: path))
        } else {
            candidates.insert(path)
        }
        if let listed {
            candidates.formUnion(listed)
            // A folder changed: what cannot be listed (a link loop, a special file…) may have too.
            listingProblems = RepositoryLoader.contentListing(in: fileSystem).problems
            changedInputs.insert(.structure)
            reassemble = true
        }
        for file in candidates.sorted() where Self.isUnderContentFolder(file) {
            let exists = listed.map { $0.contains(file) } ?? (Self.isListable(file) && fileSystem.kind(of: file) == .file)
            updateFile(file, exists: exists, existenceChanges: &existenceChanges, pending: &pending)
        }
    }

    /// A content file to decode: its bytes as read (nil for calibration files, which are streamed,
    /// and for a file that could not be read, which the loader reports).
    struct PendingFile: Sendable {
        let path: String
        let bytes: [UInt8]?
        let kind: ContentKind
    }

    private func updateFile(_ path: String, exists: Bool, existenceChanges: inout [String], pending: inout [PendingFile]) {
        let known = knownFiles.contains(path)
        if exists != known {
            existenceChanges.append(path)
            if exists { knownFiles.insert(path) } else { knownFiles.remove(path) }
        }
        if path == NameLists.firstNamesPath || path == NameLists.lastNamesPath {
            epoch += 1
            changedInputs.insert(.structure)
        }
        guard let kind = RepositoryLoader.kind(ofPath: path) else { return }
        guard exists else {
            if let removed = files.removeValue(forKey: path) {
                reassemble = true
                lastRun.changedFiles.append(path)
                removeSorted(path)
                compiled.removeValue(forKey: path)
                typography.add(removed.typography, times: -1)
                if kind == .challenge {
                    changedInputs.formUnion(ChallengeFacts.changes(from: removed.facts, to: nil))
                } else if kind != .calibration {
                    epoch += 1
                    changedInputs.insert(.structure)
                }
            }
            return
        }
        var bytes: [UInt8]?
        if kind != .calibration, let read = try? fileSystem.read(path) {
            if let cached = files[path], let previous = cached.bytes, previous == read { return }
            bytes = read
        }
        pending.append(PendingFile(path: path, bytes: bytes, kind: kind))
    }

    /// Decodes the pending files in parallel, then keeps them.
    private func store(_ pending: [PendingFile]) {
        let fileSystem = self.fileSystem
        let certificationKey = self.certificationKey
        let results = ParallelMap.map(pending) { file in
            let result = RepositoryLoader.loadFile(file.path, from: file.bytes.map { SingleFile(path: file.path, bytes: $0, base: fileSystem) } ?? fileSystem,
                                                   certificationKey: certificationKey)
            guard case .challenge(let challenge)? = result.content else { return (result, nil as ChallengeFacts?, TypographyCounts()) }
            return (result, ChallengeFacts(challenge), TypographyCounts(challenge))
        }
        var added: [String] = []
        for (file, (result, facts, counts)) in zip(pending, results) {
            nextGeneration += 1
            let kept = CachedFile(bytes: file.bytes, result: result, generation: nextGeneration, facts: facts, typography: counts)
            typography.add(counts)
            if let previous = files.updateValue(kept, forKey: file.path) {
                typography.add(previous.typography, times: -1)
                if file.kind == .challenge { changedInputs.formUnion(ChallengeFacts.changes(from: previous.facts, to: facts)) }
                // A challenge still read as one takes its place in the assembled repository.
                if previous.facts != nil, facts != nil, previous.result.file != nil, result.file != nil {
                    replaced.append((file.path, previous.result.diagnostics.isEmpty && result.diagnostics.isEmpty))
                } else {
                    reassemble = true
                }
            } else {
                added.append(file.path)
                if file.kind == .challenge { changedInputs.formUnion(ChallengeFacts.changes(from: nil, to: facts)) }
            }
            lastRun.decoded += 1
            lastRun.changedFiles.append(file.path)
            if file.kind != .challenge && file.kind != .calibration {
                epoch += 1
                changedInputs.insert(.structure)
            }
            if file.kind != .challenge { reassemble = true }
        }
        if !added.isEmpty { reassemble = true }
        // One by one for an edit; sorted at once when a folder (or the first check) brings many.
        if added.count > 64 {
            sortedPaths = files.keys.sorted()
        } else {
            for path in added { insertSorted(path) }
        }
    }

    private func insertSorted(_ path: String) {
        var low = 0, high = sortedPaths.count
        while low < high {
            let middle = (low + high) / 2
            if sortedPaths[middle] < path { low = middle + 1 } else { high = middle }
        }
        sortedPaths.insert(path, at: low)
    }

    private func removeSorted(_ path: String) {
        var low = 0, high = sortedPaths.count
        while low < high {
            let middle = (low + high) / 2
            if sortedPaths[middle] < path { low = middle + 1 } else { high = middle }
        }
        if low < sortedPaths.count, sortedPaths[low] == path { sortedPaths.remove(at: low) }
    }

    /// A file that appeared or disappeared changes what the rules on referenced files find (it
    /// exists, or it is the "did you mean" of a missing one). The challenges that may reference
    /// it compile again: for a file that is not content, those of its folder and the folders
    /// above (the suggestions list every such file below a challenge's folder); those whose text
    /// names it; and those whose file references are written with templates (their rendered
    /// names are not in their text).
    private func invalidateReferences(to paths: [String]) {
        guard !paths.isEmpty else { return }
        let names = Set(paths.map { path in Array((path.split(separator: "/").last.map(String.init) ?? path).utf8) })
        // Only files that are not content are suggested.
        let folders = Set(paths.filter { RepositoryLoader.kind(ofPath: $0) == nil }.map { path in path.split(separator: "/").dropLast().joined(separator: "/") })
        for (path, entry) in files {
            guard compiled[path] != nil, case .challenge(let challenge)? = entry.result.content else { continue }
            let folder = path.split(separator: "/").dropLast().joined(separator: "/")
            let above = folders.contains { $0 == folder || $0.hasPrefix(folder + "/") }
            let templated = challenge.attachments.contains { Template.hasPlaceholders($0.value) }
                || (challenge.illustration?.file.map { Template.hasPlaceholders($0.value) } ?? false)
            let named = entry.bytes.map { bytes in names.contains { Self.contains(bytes, $0) } } ?? true
            if above || templated || named {
                compiled.removeValue(forKey: path)
                invalidated.insert(path)
            }
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    // MARK: - Checking

    private func runCheck(timings: PhaseTimings?) -> CheckResult {
        let repository = timings.measure("  assemble") { assemble() }
        if variantContext?.epoch != epoch {
            variantContext = timings.measure("  datasets") { (epoch, VariantContext.make(repository, fileSystem: fileSystem)) }
        }
        let variants = variantContext?.value ?? VariantContext.make(repository, fileSystem: fileSystem)
        let cached = files
        var statistics = lastRun
        let changedPaths = Set(lastRun.changedFiles)
        let changedInputs = self.changedInputs
        let kept = repositoryFindings
        var findings: [[Diagnostic]] = []
        let rules: (RuleContext) -> [Diagnostic] = { context in
            for (position, rule) in RuleSet.repositoryRules.enumerated() {
                if let kept, kept.indices.contains(position), rule.inputs.isDisjoint(with: changedInputs),
                   !kept[position].contains(where: { Self.pointsInto($0, changedPaths) }) {
                    findings.append(kept[position])
                } else {
                    findings.append(rule.check(context))
                    statistics.repositoryRules += 1
                }
            }
            return findings.flatMap { $0 }
        }
        // Same ids at the same positions (none renamed, added or removed): the index's positions
        // and the order of the challenges are those of the last run.
        if changedInputs.contains(.challengeIdentities) { challengeLayout = nil }
        let layout = challengeLayout
        let order = layout?.order ?? timings.measure("  order") { Checker.challengeOrder(repository) }
        let known = Checker.Known(houseStyle: TypographyHouseStyle(typography), repositoryRules: rules,
                                  challengePositions: layout?.positions, challengeOrder: order)
        var list = compiledList
        compiledList = nil
        if layout == nil || changedInputs.contains(.challengePlacements) || list?.epoch != epoch { list = nil }
        let invalidated = self.invalidated
        self.invalidated = []
        let result = Checker.check(repository, fileSystem: fileSystem, variants: variants, timings: timings, known: known) { challenges, context, variantContext in
            // Who an id names, as ContentIndex resolves it (the first challenge in path order).
            let positions = context.index.challengesByID.positions
            func named(_ id: String) -> (generation: Int?, parent: String?)? {
                guard let position = positions[id] else { return nil }
                let challenge = repository.challenges[position]
                return (cached[challenge.file.path]?.generation, challenge.variantOf?.value)
            }
            func key(_ position: Int) -> CompileKey? {
                guard let generation = cached[challenges[position].file.path]?.generation else { return nil }
                var key = CompileKey(generation: generation, epoch: epoch, prototype: nil, grandPrototype: nil)
                if let parent = challenges[position].variantOf?.value {
                    // Unknown prototype: its "did you mean" reads every id, so no reuse.
                    guard let prototype = named(parent) else { return nil }
                    key.prototype = prototype.generation
                    if let grandparent = prototype.parent, let grand = named(grandparent) {
                        key.grandPrototype = grand.generation
                    }
                }
                return key
            }
            if var current = list, current.results.count == challenges.count {
                // The only reference: its results are changed in place, not copied.
                list = nil
                // Only the challenges that changed, those whose prototype or prototype's prototype
                // did, and those compiled every time can have a new key.
                var candidates = Set(current.always)
                var parents: [String] = []
                for path in changedPaths.union(invalidated) {
                    guard let position = current.positions[path] else { continue }
                    candidates.insert(position)
                    parents.append(challenges[position].id.value)
                }
                for _ in 0..<2 {
                    let children = parents.flatMap { current.children[$0] ?? [] }
                    candidates.formUnion(children)
                    parents = children.map { challenges[$0].id.value }
                }
                var toCompile: [(position: Int, key: CompileKey?)] = []
                for position in candidates.sorted() {
                    let now = key(position)
                    if let now, let kept = compiled[challenges[position].file.path], kept.key == now {
                        current.results[position] = kept.result
                    } else {
                        toCompile.append((position, now))
                    }
                }
                let fresh = ParallelMap.map(toCompile) { entry in
                    Checker.compile(challenges[entry.position], context: context, variants: variantContext)
                }
                for (entry, result) in zip(toCompile, fresh) {
                    current.results[entry.position] = result
                    if let key = entry.key { compiled[challenges[entry.position].file.path] = (key, result) }
                }
                statistics.compiled = toCompile.count
                statistics.reused = challenges.count - toCompile.count
                compiledList = current
                return current.results
            }
            let keys = challenges.indices.map(key)
            var results: [(CompiledChallenge, [Diagnostic])?] = Array(repeating: nil, count: challenges.count)
            var toCompile: [Int] = []
            for position in challenges.indices {
                if let key = keys[position], let kept = compiled[challenges[position].file.path], kept.key == key {
                    results[position] = kept.result
                } else {
                    toCompile.append(position)
                }
            }
            let fresh = ParallelMap.map(toCompile) { position in
                Checker.compile(challenges[position], context: context, variants: variantContext)
            }
            for (position, result) in zip(toCompile, fresh) {
                results[position] = result
                if let key = keys[position] { compiled[challenges[position].file.path] = (key, result) }
            }
            statistics.compiled = toCompile.count
            statistics.reused = challenges.count - toCompile.count
            let all = results.compactMap { $0 }
            var byPath: [String: Int] = [:], children: [String: [Int]] = [:]
            byPath.reserveCapacity(challenges.count)
            for position in challenges.indices {
                byPath[challenges[position].file.path] = position
                if let parent = challenges[position].variantOf?.value { children[parent, default: []].append(position) }
            }
            compiledList = CompiledList(epoch: epoch, results: all, positions: byPath, children: children,
                                        always: challenges.indices.filter { keys[$0] == nil })
            return all
        }
        lastRun = statistics
        repositoryFindings = findings
        challengeLayout = (result.index.challengesByID.positions, order)
        self.changedInputs = []
        return result
    }

    /// The repository of the files as they are now: the last one with the challenges saved since
    /// put in their places, or assembled again from every file.
    private func assemble() -> Repository {
        defer {
            reassemble = false
            replaced = []
        }
        if !reassemble, var kept = assembled {
            // Released first, so the repository is changed in place rather than copied.
            assembled = nil
            for (path, _) in replaced {
                guard let entry = files[path], case .challenge(let challenge)? = entry.result.content, let file = entry.result.file,
                      let challengePosition = kept.challenges[path], let sourcePosition = kept.sources[path] else { return assembleAll() }
                kept.repository.challenges[challengePosition] = challenge
                kept.repository.sources[sourcePosition] = file
            }
            if !replaced.allSatisfy(\.clean) {
                kept.repository.diagnostics = RepositoryLoader.assemble([], listingProblems: listingProblems).diagnostics
                for path in sortedPaths { kept.repository.diagnostics.append(contentsOf: files[path]?.result.diagnostics ?? []) }
            }
            assembled = kept
            return kept.repository
        }
        return assembleAll()
    }

    private func assembleAll() -> Repository {
        let repository = RepositoryLoader.assemble(sortedPaths.compactMap { files[$0]?.result }, listingProblems: listingProblems)
        var challenges: [String: Int] = [:], sources: [String: Int] = [:]
        challenges.reserveCapacity(repository.challenges.count)
        sources.reserveCapacity(repository.sources.count)
        for (position, challenge) in repository.challenges.enumerated() { challenges[challenge.file.path] = position }
        for (position, file) in repository.sources.enumerated() { sources[file.path] = position }
        assembled = (repository, challenges, sources)
        return repository
    }

    /// Whether a diagnostic's places (or its file) are in one of `paths`.
    static func pointsInto(_ diagnostic: Diagnostic, _ paths: Set<String>) -> Bool {
        if let path = diagnostic.path, paths.contains(path) { return true }
        if let span = diagnostic.span, paths.contains(span.file.path) { return true }
        if diagnostic.labels.contains(where: { paths.contains($0.span.file.path) }) { return true }
        if let replacement = diagnostic.help?.replacement, paths.contains(replacement.span.file.path) { return true }
        return false
    }
}

/// One file's bytes already read, so the loader decodes them without reading the disk again;
/// everything else goes to the real file system.
private struct SingleFile: ContentFileSystem {
    let path: String
    let bytes: [UInt8]
    let base: ContentFileSystem

    func files(under folder: String) -> [String] { base.files(under: folder) }
    func listing(under folder: String) -> FolderListing { base.listing(under: folder) }
    func read(_ path: String, maximumSize: Int) throws -> [UInt8] {
        // Read with the loader's limit already: the kept bytes are within it.
        path == self.path && bytes.count <= maximumSize ? bytes : try base.read(path, maximumSize: maximumSize)
    }
    func problem(reading path: String, maximumSize: Int) -> FileSystemError? {
        path == self.path && bytes.count <= maximumSize ? nil : base.problem(reading: path, maximumSize: maximumSize)
    }
    func byteSource(_ path: String) throws -> any ByteSource { path == self.path ? MemoryByteSource(bytes) : try base.byteSource(path) }
    func kind(of path: String) -> FileKind { base.kind(of: path) }
}
