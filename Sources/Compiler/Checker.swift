import Diagnostics
import Model
import Vocabulary

public enum PixcVersion {
    public static let current = "0.1.0"
    public static let informationURI = "https://github.com/pixc/pixc"
}

/// The result of checking a repository.
public struct CheckResult: Sendable {
    public let index: ContentIndex
    /// Every challenge as checked (its Pix form, skill and variants), in id order.
    public let challenges: [CompiledChallenge]
    /// Sorted by file, line and column.
    public let diagnostics: [Diagnostic]

    public var repository: Repository { index.repository }
    public var errorCount: Int { diagnostics.errorCount }
    public var warningCount: Int { diagnostics.warningCount }
}

/// `pixc check`: read everything, resolve references, run every rule.
public enum Checker {
    public static func check(_ fileSystem: ContentFileSystem, timings: PhaseTimings? = nil) -> CheckResult {
        let repository = timings.measure("read and decode") { RepositoryLoader.load(from: fileSystem, timings: timings) }
        return timings.measure("resolve and check") { check(repository, fileSystem: fileSystem) }
    }

    public static func check(_ repository: Repository, fileSystem: ContentFileSystem) -> CheckResult {
        let index = ContentIndex(repository)
        let context = RuleContext(index: index, fileSystem: fileSystem)
        var diagnostics = repository.diagnostics
        for rule in RuleSet.repositoryRules {
            diagnostics.append(contentsOf: rule.check(context))
        }
        let (variantContext, variantDiagnostics) = VariantContext.make(repository, fileSystem: fileSystem)
        diagnostics.append(contentsOf: variantDiagnostics)
        let challenges = repository.challenges.sorted { ($0.id.value, $0.file.path) < ($1.id.value, $1.file.path) }
        let perChallenge = ParallelMap.map(challenges) { challenge in
            compile(challenge, context: context, variants: variantContext)
        }
        var compiled: [CompiledChallenge] = []
        for (challenge, found) in perChallenge {
            compiled.append(challenge)
            diagnostics.append(contentsOf: found)
        }
        diagnostics.append(contentsOf: validateCalibration(repository.calibration, index: index))
        return CheckResult(index: index, challenges: compiled, diagnostics: DiagnosticCollector.limited(deduplicated(diagnostics)))
    }

    /// Every calibrated challenge exists, and is calibrated once.
    static func validateCalibration(_ records: [CalibrationRecord], index: ContentIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var first: [String: CalibrationRecord] = [:]
        for record in records {
            let id = record.challengeID.value
            if let previous = first[id] {
                diagnostics.append(CalibrationDiagnostics.duplicate(
                    "`\(id)` is calibrated twice", at: record.challengeID.span,
                    labels: [Label(previous.challengeID.span, "first calibration")],
                    help: Help("keep only the current calibration of this challenge")))
                continue
            }
            first[id] = record
            if index.challengesByID[id] == nil {
                var help = Help("check the id: calibrations refer to challenge ids, which never change")
                if let near = Suggestion.closest(to: id, in: index.challengeIDCandidates) {
                    help = Help.didYouMean(near, replacing: record.challengeID.span)
                }
                diagnostics.append(CalibrationDiagnostics.unknownChallenge("no challenge has the id `\(id)`", at: record.challengeID.span, help: help))
            }
        }
        return diagnostics
    }

    /// The same problem found twice (for instance on several variants) is reported once.
    static func deduplicated(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        var result: [Diagnostic] = []
        for diagnostic in diagnostics where seen.insert(diagnostic).inserted {
            result.append(diagnostic)
        }
        return result
    }
}
