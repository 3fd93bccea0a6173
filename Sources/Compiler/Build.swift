import CalibrationFiles
import Diagnostics
import Foundation
import Localization
import Release
import Variants
import Vocabulary
#if canImport(Glibc)
import Glibc
#endif

public struct BuildOptions: Sendable {
    public var output: URL
    public var locked = false
    public var releaseDate: String?
    public var filters = BuildFilters()
    public var denyWarnings = false
    /// The file operations the output goes through (tests inject failures here).
    public var operations: OutputOperations = DiskOutput()
    /// The rows of Pix-format calibration files to merge (`complementaryCertificationKey`).
    public var certificationKey = CalibrationReader.coreCertificationKey
    /// Where the bundle's files will be served (normalized by `AssetsBaseURL.parse`); nil keeps
    /// bundle-relative paths, for local use.
    public var assetsBaseURL: String?

    public init(output: URL) {
        self.output = output
    }
}

/// What a build did.
public struct BuildOutcome: Sendable {
    /// The challenges with a dataset, in id order. (The compiled challenges themselves are
    /// released before the bundle is encoded: they are the largest part of a build's memory.)
    public let randomized: [RandomizedChallenge]
    /// Diagnostics of the check plus those of the build itself (lock, bundle), sorted.
    public let diagnostics: [Diagnostic]
    /// Nil when nothing was written (errors, or warnings denied).
    public let bundle: ReleaseBundle?
    public let files: [BundledFile]
    public let lockChanged: Bool

    public var succeeded: Bool { bundle != nil }
}

extension BuildOutcome {
    /// True when an attachment or illustration URL is a path inside the bundle
    /// (`attachments/<sha>.png`): only a server of the bundle folder resolves it.
    public static func hasBundleRelativeURLs(_ content: ReleaseContent) -> Bool {
        // By index: each challenge is a large value the closure of `contains` would copy.
        content.challenges.indices.contains { index in
            (content.challenges[index].illustrationUrl.map { $0.hasPrefix("attachments/") } ?? false)
                || content.challenges[index].attachments.contains { $0.hasPrefix("attachments/") }
        }
    }
}

/// A challenge with a dataset, as the build report shows it.
public struct RandomizedChallenge: Sendable {
    public let id: String
    public let variantCount: Int
    public let statistics: ExpansionStatistics?
}

/// `pixc build`: check everything, expand variants, and only when there is no error write the
/// bundle (release.json, manifest.json, attachments) and variants.lock, atomically.
public enum Builder {
    /// Throws `OutputRefusal` before any work when `options.output` may not be replaced, and
    /// `OutputWriteError` when writing fails (then the previous bundle and lock are unchanged).
    /// `diagnosticsReady` is called (once, on this thread) as soon as the diagnostics are known
    /// and the bundle is going to be encoded and written: a caller can start rendering them.
    /// They are final unless the release turns out inconsistent (an internal error is added).
    public static func build(root: URL, options: BuildOptions, timings: PhaseTimings? = nil,
                             diagnosticsReady: (([Diagnostic]) -> Void)? = nil) throws -> BuildOutcome {
        let output = try OutputFolder.check(options.output, root: root)
        let fileSystem = DiskFileSystem(root: root)
        // The check's result lives only in `assemble`, which hands it to a thread of its own to
        // be freed (a hundred thousand compiled variants take a while to free) while the release
        // is encoded. glibc keeps freed memory for later allocations, but the encoding's large
        // buffers are mapped apart from it: that thread then gives the freed memory back, or
        // both count in the peak (about 200 MB on 20,000 challenges).
        let assembled = assemble(root: root, fileSystem: fileSystem, options: options, timings: timings, freeingAside: true, validating: false)
        let diagnostics = assembled.diagnostics
        guard let built = assembled.built else {
            return BuildOutcome(randomized: assembled.randomized, diagnostics: diagnostics, bundle: nil, files: [], lockChanged: false)
        }
        diagnosticsReady?(diagnostics)
        // The release is validated on another thread while it is encoded: nothing is written
        // before both are done, and an inconsistent release is never written.
        let release = built.release
        let validation = BackgroundWork(value: { timings.measure("validate release") { ReleaseValidator.problems(in: release.content) } })
        let encoded = timings.measure("encode release") { EncodedRelease(built.release) }
        let problems = validation.value() ?? ReleaseValidator.problems(in: release.content)
        if !problems.isEmpty {
            return BuildOutcome(randomized: assembled.randomized, diagnostics: diagnostics + inconsistencies(problems), bundle: nil, files: [],
                                lockChanged: false)
        }
        let lockChanged = assembled.lockChanged
        let transaction = OutputTransaction(
            operations: options.operations, bundle: output,
            lock: lockChanged ? (root.appendingPathComponent(VariantLock.fileName), Data(assembled.lockText.utf8)) : nil,
            bundleName: options.output.path, lockName: VariantLock.fileName)
        let bundle = try timings.measure("write") {
            try transaction.commit { staging, operations in
                // release.json goes to the disk while the manifest is made (its digest list, the
                // variant records and their JSON): they overlap, and only then is the manifest
                // written. The writing is always joined before anything is thrown, so that no
                // write goes on in a staging folder being removed.
                let releaseURL = staging.appendingPathComponent(ReleaseBundle.releaseFileName)
                let parts = encoded.parts
                let releaseWrite = BackgroundWork { try operations.write(parts: parts, to: releaseURL) }
                let manifestWritten = Result<ReleaseBundle, Error> {
                    let bundle = timings.measure("  manifest") {
                        ReleaseBundle(encoded: encoded, toolVersion: PixcVersion.current, sources: built.sources,
                                      releaseDate: options.releaseDate, variants: built.variants)
                    }
                    try operations.write(bundle.manifestJSON, to: staging.appendingPathComponent(ReleaseBundle.manifestFileName))
                    return bundle
                }
                try releaseWrite.wait()
                let bundle = try manifestWritten.get()
                var folders: Set<String> = []
                for file in built.files {
                    let url = staging.appendingPathComponent(file.bundlePath)
                    let folder = url.deletingLastPathComponent()
                    if folders.insert(folder.path).inserted { try operations.createFolder(folder) }
                    try operations.write(Data(file.bytes), to: url)
                }
                return bundle
            }
        }
        return BuildOutcome(randomized: assembled.randomized, diagnostics: diagnostics, bundle: bundle, files: built.files, lockChanged: lockChanged)
    }

    /// What `assemble` hands to the encoding: the release when there is no error.
    struct Assembled {
        var diagnostics: [Diagnostic]
        var randomized: [RandomizedChallenge]
        var built: BuiltRelease?
        var lockText = ""
        var lockChanged = false
    }

    /// Checks everything, compares the variants with the lock and, when nothing blocks, assembles
    /// and validates the release.
    /// With `freeingAside`, the check's result is freed on a thread of its own once this returns
    /// (then the freed memory is given back to the system), instead of by the caller. Without
    /// `validating`, the caller validates the release.
    static func assemble(root: URL, fileSystem: DiskFileSystem, options: BuildOptions, timings: PhaseTimings?,
                         freeingAside: Bool = false, validating: Bool = true) -> Assembled {
        let result = Checker.check(fileSystem, certificationKey: options.certificationKey, timings: timings)
        let assembled = assemble(result, fileSystem: fileSystem, options: options, timings: timings, validating: validating)
        if freeingAside {
            FreedAside.free(consume result, then: ReleasedMemory.returnToSystem)
        }
        return assembled
    }

    private static func assemble(_ result: CheckResult, fileSystem: DiskFileSystem, options: BuildOptions, timings: PhaseTimings?,
                                 validating: Bool) -> Assembled {
        var diagnostics = result.diagnostics
        let randomized = result.challenges.filter(\.isRandomized).map { RandomizedChallenge(id: $0.id, variantCount: $0.variants.count, statistics: $0.statistics) }
        if result.challenges.isEmpty {
            diagnostics.append(BundleDiagnostics.nothingToBuild(
                "this repository has no challenge: there is nothing to build", at: nil, path: RepositoryLoader.challengesFolder,
                help: Help("write challenges under Challenges/<competence>/<tube>/, or pass --root to build another repository")))
        }

        let lock = timings.measure("variants lock") { VariantLock(result.challenges) }
        // The lock's text and its comparison with variants.lock are made on another thread while
        // the release is assembled (neither needs the other); the release is dropped if the lock
        // blocks the build.
        let lockWork = BackgroundWork(value: {
            timings.measure("compare variants.lock") { lockCheck(lock, result: result, fileSystem: fileSystem, locked: options.locked) }
        })
        let built = blocks(diagnostics, options) ? nil : timings.measure("assemble release") {
            ReleaseBuilder.build(result, fileSystem: fileSystem, filters: options.filters, releaseDate: options.releaseDate,
                                 assetsBaseURL: options.assetsBaseURL)
        }
        let lockState = lockWork.value() ?? lockCheck(lock, result: result, fileSystem: fileSystem, locked: options.locked)
        diagnostics.append(contentsOf: lockState.diagnostics)
        diagnostics = DiagnosticCollector.limited(diagnostics)
        guard !blocks(diagnostics, options), let built else { return Assembled(diagnostics: diagnostics, randomized: randomized) }

        if built.release.content.challenges.isEmpty {
            diagnostics.append(BundleDiagnostics.nothingToBuild(
                "no challenge is left once --status, --locale and --framework are applied: the bundle would be empty", at: nil,
                help: Help("check the filters: `pixc stats` lists the challenges by status")))
            return Assembled(diagnostics: diagnostics, randomized: randomized)
        }
        if validating {
            let problems = timings.measure("validate release") { ReleaseValidator.problems(in: built.release.content) }
            if !problems.isEmpty {
                return Assembled(diagnostics: diagnostics + inconsistencies(problems), randomized: randomized)
            }
        }
        return Assembled(diagnostics: diagnostics, randomized: randomized, built: built, lockText: lockState.text,
                         lockChanged: !options.locked && !lockState.upToDate)
    }

    /// Whether these diagnostics stop the build: an error, or a warning with `denyWarnings`.
    static func blocks(_ diagnostics: [Diagnostic], _ options: BuildOptions) -> Bool {
        diagnostics.contains { $0.severity == .error } || (options.denyWarnings && diagnostics.contains { $0.severity == .warning })
    }

    /// What the release validator found: the compiler produced an inconsistent release, a bug,
    /// never written out.
    static func inconsistencies(_ problems: [ReleaseProblem]) -> [Diagnostic] {
        problems.prefix(20).map { problem in
            BundleDiagnostics.inconsistent("internal error: the release would be inconsistent: \(problem.message)", at: nil,
                                           help: Help("please report this with the content that produced it"))
        }
    }

    /// Reads variants.lock and, with `locked`, reports every difference with the variants of
    /// `result` (`pixc build --locked`, `pixc check --locked`).
    public static func lockCheck(_ lock: VariantLock, result: CheckResult, fileSystem: ContentFileSystem, locked: Bool) -> LockState {
        let text = lock.text
        switch fileSystem.kind(of: VariantLock.fileName) {
        case .folder, .notRegular, .outsideRoot:
            return LockState(text: text, upToDate: false, diagnostics: [LockDiagnostics.malformed(
                "\(VariantLock.fileName) is not a file inside the repository; pixc records the variants in a file of that name", at: nil, path: VariantLock.fileName,
                help: Help("move it elsewhere (or rename it), then run `pixc build`"))])
        case .file, .missing:
            break
        }
        guard let bytes = try? fileSystem.read(VariantLock.fileName, maximumSize: FileLimits.maximumGeneratedFileSize) else {
            var diagnostics: [Diagnostic] = []
            if locked, !lock.challenges.isEmpty {
                diagnostics.append(LockDiagnostics.changed("there is no \(VariantLock.fileName) to check the variants against", at: nil, path: VariantLock.fileName,
                                                           help: Help("run `pixc build` once without `--locked` to create it")))
            }
            return LockState(text: text, upToDate: lock.challenges.isEmpty, diagnostics: diagnostics)
        }
        // Same bytes: nothing changed, and the file need not be parsed.
        if Self.sameBytes(bytes, text) { return LockState(text: text, upToDate: true, diagnostics: []) }
        guard locked else { return LockState(text: text, upToDate: false, diagnostics: []) }
        let (previous, problems) = VariantLock.read(SourceFile(path: VariantLock.fileName, bytes: bytes))
        var diagnostics = problems
        if let previous {
            diagnostics.append(contentsOf: lock.changes(from: previous, in: result))
        }
        return LockState(text: text, upToDate: false, diagnostics: diagnostics)
    }

    /// Whether `bytes` are the UTF-8 of `text` (compared over both buffers at once: the lock of a
    /// large repository is megabytes long).
    static func sameBytes(_ bytes: [UInt8], _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            bytes.withUnsafeBufferPointer { buffer in
                guard buffer.count == utf8.count else { return false }
                guard let left = buffer.baseAddress, let right = utf8.baseAddress else { return true }
                return memcmp(left, right, buffer.count) == 0
            }
        }
    }

    /// What `lockCheck` found.
    public struct LockState: Sendable {
        /// The lock file the variants of this build make.
        public let text: String
        /// True when variants.lock holds exactly `text` (or there are no variants and no file).
        public let upToDate: Bool
        public let diagnostics: [Diagnostic]
    }

    /// The release date: `--release-date`, else `SOURCE_DATE_EPOCH` (seconds since 1970, as
    /// reproducible-builds.org defines it), else none. Never the clock. Either must be a real
    /// date between `ReleaseDate.earliestYear` and `ReleaseDate.latestYear`.
    public static func releaseDate(option: String?, environment: [String: String]) throws -> String? {
        if let option {
            guard ReleaseDate.isValid(option) else { throw BuildError.invalidReleaseDate(option) }
            return option
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard epoch.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let seconds = Int64(epoch),
                  let date = ReleaseDate.text(secondsSince1970: seconds) else { throw BuildError.invalidSourceDateEpoch(epoch) }
            return date
        }
        return nil
    }
}

/// Release dates as the bundle records them: `2026-11-23` or an ISO 8601 time
/// (`2026-11-23T09:00:00Z`, `2026-11-23T09:00:00.5+01:00`), checked as calendar dates.
public enum ReleaseDate {
    public static let earliestYear = 1970
    public static let latestYear = 2199

    public static func isValid(_ text: String) -> Bool {
        guard let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(Z|[+-](\d{2}):(\d{2})))?/),
              let year = Int(match.1), let month = Int(match.2), let day = Int(match.3),
              (earliestYear...latestYear).contains(year), (1...12).contains(month), (1...daysIn(month, year)).contains(day) else { return false }
        if let hour = match.4.flatMap({ Int($0) }), let minute = match.5.flatMap({ Int($0) }), let second = match.6.flatMap({ Int($0) }) {
            guard hour <= 23, minute <= 59, second <= 59 else { return false }
            if let offsetHours = match.8.flatMap({ Int($0) }), let offsetMinutes = match.9.flatMap({ Int($0) }) {
                guard offsetHours <= 14, offsetMinutes <= 59 else { return false }
            }
        }
        return true
    }

    /// `SOURCE_DATE_EPOCH` as a UTC time, nil outside the accepted years.
    public static func text(secondsSince1970 seconds: Int64) -> String? {
        guard seconds >= 0 else { return nil }
        let days = seconds / 86_400
        let inDay = seconds % 86_400
        // Days to a civil date (proleptic Gregorian), after Howard Hinnant's `civil_from_days`.
        let z = days + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard year <= Int64(latestYear) else { return nil }
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(inDay / 3600)):\(two(inDay % 3600 / 60)):\(two(inDay % 60))Z"
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

public enum BuildError: Error, CustomStringConvertible {
    case invalidReleaseDate(String)
    case invalidSourceDateEpoch(String)

    public var description: String {
        switch self {
        case .invalidReleaseDate(let text):
            BuildOutputMessages.catalogue.text("invalidReleaseDate", ["text": text, "earliest": "\(ReleaseDate.earliestYear)", "latest": "\(ReleaseDate.latestYear)"])
        case .invalidSourceDateEpoch(let text):
            BuildOutputMessages.catalogue.text("invalidSourceDateEpoch", ["text": text, "earliest": "\(ReleaseDate.earliestYear)", "latest": "\(ReleaseDate.latestYear)"])
        }
    }
}

public enum BundleDiagnostics {
    public static let inconsistent = DiagnosticDescriptor(
        "PIX0605", .error,
        title: "Release would be inconsistent",
        explanation: """
        Before writing, pixc reads its own release back and checks every reference between entities.
        This diagnostic means pixc itself made a mistake; nothing was written. Please report it with
        the content that produced it.
        """
    )

    public static let nothingToBuild = DiagnosticDescriptor(
        "PIX0609", .error,
        title: "Nothing to build",
        explanation: """
        `pixc build` found no challenge to put in the bundle: the repository has none (a wrong
        `--root`, or a `Challenges/` folder not yet written), or the `--status`, `--locale` and
        `--framework` filters leave none. An empty bundle would replace a deployed one and empty
        variants.lock, so pixc writes nothing.
        """
    )

    public static let all: [DiagnosticDescriptor] = [inconsistent, nothingToBuild]
}

/// What `Builder.buildInMemory` made: the bundle `pixc build` would write, or the diagnostics
/// that stop it.
public struct InMemoryBuild: Sendable {
    public let diagnostics: [Diagnostic]
    /// Nil when the content has errors (or warnings, with `denyWarnings`).
    public let bundle: ReleaseBundle?
    public let files: [BundledFile]
}

extension Builder {
    /// The bundle `build` would write with the same options, byte for byte, kept in memory:
    /// nothing is written, not even variants.lock (`pixc serve` rebuilds this way).
    public static func buildInMemory(root: URL, options: BuildOptions) -> InMemoryBuild {
        let assembled = assemble(root: root, fileSystem: DiskFileSystem(root: root), options: options, timings: nil)
        guard let built = assembled.built else { return InMemoryBuild(diagnostics: assembled.diagnostics, bundle: nil, files: []) }
        let bundle = ReleaseBundle(release: built.release, toolVersion: PixcVersion.current, sources: built.sources,
                                   releaseDate: options.releaseDate, variants: built.variants)
        return InMemoryBuild(diagnostics: assembled.diagnostics, bundle: bundle, files: built.files)
    }
}

/// Gives memory freed by the process back to the system (glibc's `malloc_trim`, looked up at run
/// time: Swift's Glibc module does not export `malloc.h`). Elsewhere, nothing to do.
enum ReleasedMemory {
    static func returnToSystem() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
