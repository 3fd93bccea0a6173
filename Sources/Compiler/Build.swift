import CalibrationFiles
import Diagnostics
import Foundation
import Release
#if canImport(Glibc)
import Glibc
#endif

public struct BuildOptions: Sendable {
    public var output: URL
    public var locked = false
    public var releaseDate: String?
    public var filters = BuildFilters()
    public var denyWarnings = false
    /// The rows of Pix-format calibration files to merge (`complementaryCertificationKey`).
    public var certificationKey = CalibrationReader.coreCertificationKey

    public init(output: URL) {
        self.output = output
    }
}

/// What a build did.
public struct BuildOutcome: Sendable {
    public let check: CheckResult
    /// Diagnostics of the check plus those of the build itself (lock, bundle), sorted.
    public let diagnostics: [Diagnostic]
    /// Nil when nothing was written (errors, or warnings denied).
    public let bundle: ReleaseBundle?
    public let files: [BundledFile]
    public let lockChanged: Bool

    public var succeeded: Bool { bundle != nil }

    /// What `pixc build` says when it wrote the bundle: its counts, the variants, the release
    /// digest, and whether variants.lock changed.
    public func summary(bundle: ReleaseBundle, output: URL, root: URL) -> String {
        let content = bundle.release.content
        let randomized = check.challenges.filter(\.isRandomized)
        let generated = randomized.reduce(0) { $0 + $1.variants.count }
        let place = output.path.hasPrefix(root.path + "/") ? String(output.path.dropFirst(root.path.count + 1)) : output.path
        var out = "built \(place)/: \(content.frameworks.count) frameworks, \(content.competences.count) competences, \(content.tubes.count) tubes, \(content.skills.count) skills, \(content.challenges.count) challenge rows\n"
        if !randomized.isEmpty {
            var line = "variants: \(generated) from \(randomized.count) challenges with a dataset"
            let sampled = randomized.compactMap { challenge in challenge.statistics.map { (challenge.id, $0) } }.filter { $0.1.method == .sampled }
            if let lowest = sampled.min(by: { $0.1.acceptanceRate < $1.1.acceptanceRate }) {
                line += "; lowest acceptance rate \(String(format: "%.0f", lowest.1.acceptanceRate * 100)) % (\(lowest.0))"
            }
            out += line + "\n"
        }
        out += "release.json sha256 \(bundle.manifest.release.sha256)\n"
        if lockChanged { out += "\(VariantLock.fileName) updated: review its changes\n" }
        return out
    }
}

/// `pixc build`: check everything, expand variants, and only when there is no error write the
/// bundle (release.json, manifest.json, attachments) and variants.lock, atomically.
public enum Builder {
    public static func build(root: URL, options: BuildOptions, timings: PhaseTimings? = nil) throws -> BuildOutcome {
        let fileSystem = DiskFileSystem(root: root)
        let result = Checker.check(fileSystem, certificationKey: options.certificationKey, timings: timings)
        var diagnostics = result.diagnostics

        let lock = timings.measure("variants lock") { VariantLock(result.challenges) }
        let lockURL = root.appendingPathComponent(VariantLock.fileName)
        let lockState = timings.measure("compare variants.lock") { lockCheck(lock, result: result, fileSystem: fileSystem, locked: options.locked) }
        diagnostics.append(contentsOf: lockState.diagnostics)
        diagnostics = Diagnostic.sortedForOutput(diagnostics)
        let blocked = diagnostics.contains { $0.severity == .error } || (options.denyWarnings && diagnostics.contains { $0.severity == .warning })
        guard !blocked else {
            return BuildOutcome(check: result, diagnostics: diagnostics, bundle: nil, files: [], lockChanged: false)
        }

        let built = timings.measure("assemble release") {
            ReleaseBuilder.build(result, fileSystem: fileSystem, filters: options.filters, releaseDate: options.releaseDate)
        }
        let problems = timings.measure("validate release") { ReleaseValidator.problems(in: built.release.content) }
        if !problems.isEmpty {
            // The compiler produced an inconsistent release: a bug, never written out.
            for problem in problems.prefix(20) {
                diagnostics.append(BundleDiagnostics.inconsistent("internal error: the release would be inconsistent: \(problem.message)", at: nil,
                                                                  help: Help("please report this with the content that produced it")))
            }
            return BuildOutcome(check: result, diagnostics: diagnostics, bundle: nil, files: [], lockChanged: false)
        }
        let bundle = timings.measure("encode release") {
            ReleaseBundle(release: built.release, toolVersion: PixcVersion.current, sources: built.sources,
                          releaseDate: options.releaseDate, variants: built.variants)
        }
        try timings.measure("write") {
            try OutputWriter.replaceFolder(options.output) { staging in
                try write(bundle.releaseJSON, to: staging.appendingPathComponent(ReleaseBundle.releaseFileName))
                try write(bundle.manifestJSON, to: staging.appendingPathComponent(ReleaseBundle.manifestFileName))
                for file in built.files {
                    let url = staging.appendingPathComponent(file.bundlePath)
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try write(Data(file.bytes), to: url)
                }
            }
        }
        var lockChanged = false
        if !options.locked, !lockState.upToDate {
            try timings.measure("write variants.lock") { try OutputWriter.replaceFile(lockURL, with: Data(lockState.text.utf8)) }
            lockChanged = true
        }
        return BuildOutcome(check: result, diagnostics: diagnostics, bundle: bundle, files: built.files, lockChanged: lockChanged)
    }

    /// Reads variants.lock and, with `locked`, reports every difference with the variants of
    /// `result` (`pixc build --locked`, `pixc check --locked`).
    public static func lockCheck(_ lock: VariantLock, result: CheckResult, fileSystem: ContentFileSystem, locked: Bool) -> LockState {
        let text = lock.text
        guard let bytes = try? fileSystem.read(VariantLock.fileName) else {
            var diagnostics: [Diagnostic] = []
            if locked, !lock.challenges.isEmpty {
                diagnostics.append(LockDiagnostics.changed("there is no \(VariantLock.fileName) to check the variants against", at: nil, path: VariantLock.fileName,
                                                           help: Help("run `pixc build` once without `--locked` to create it")))
            }
            return LockState(text: text, upToDate: lock.challenges.isEmpty, diagnostics: diagnostics)
        }
        // Same bytes: nothing changed, and the file need not be parsed.
        if bytes.elementsEqual(text.utf8) { return LockState(text: text, upToDate: true, diagnostics: []) }
        guard locked else { return LockState(text: text, upToDate: false, diagnostics: []) }
        let (previous, problems) = VariantLock.read(SourceFile(path: VariantLock.fileName, bytes: bytes))
        var diagnostics = problems
        if let previous {
            diagnostics.append(contentsOf: lock.changes(from: previous, in: result))
        }
        return LockState(text: text, upToDate: false, diagnostics: diagnostics)
    }

    /// What `lockCheck` found.
    public struct LockState: Sendable {
        /// The lock file the variants of this build make.
        public let text: String
        /// True when variants.lock holds exactly `text` (or there are no variants and no file).
        public let upToDate: Bool
        public let diagnostics: [Diagnostic]
    }

    static func write(_ data: Data, to url: URL) throws {
        try data.write(to: url)
    }

    /// The release date: `--release-date`, else `SOURCE_DATE_EPOCH` (seconds since 1970, as
    /// reproducible-builds.org defines it), else none. Never the clock.
    public static func releaseDate(option: String?, environment: [String: String]) throws -> String? {
        if let option {
            guard option.wholeMatch(of: /\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?/) != nil else {
                throw BuildError.invalidReleaseDate(option)
            }
            return option
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int64(epoch), seconds >= 0 else { throw BuildError.invalidSourceDateEpoch(epoch) }
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = TimeZone(identifier: "UTC")
            return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return nil
    }
}

public enum BuildError: Error, CustomStringConvertible {
    case invalidReleaseDate(String)
    case invalidSourceDateEpoch(String)

    public var description: String {
        switch self {
        case .invalidReleaseDate(let text): "--release-date \(text): write a date as 2026-11-23 or 2026-11-23T09:00:00Z"
        case .invalidSourceDateEpoch(let text): "SOURCE_DATE_EPOCH=\(text) is not a number of seconds since 1970"
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

    public static let all: [DiagnosticDescriptor] = [inconsistent]
}
