import CalibrationFiles
import Diagnostics
import Model
import Vocabulary

public enum PixcVersion {
    public static let current = "0.1.0"
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
    public static func check(_ fileSystem: ContentFileSystem, certificationKey: String = CalibrationReader.coreCertificationKey,
                             timings: PhaseTimings? = nil) -> CheckResult {
        let repository = timings.measure("read and decode") { RepositoryLoader.load(from: fileSystem, certificationKey: certificationKey, timings: timings) }
        return timings.measure("resolve and check") { check(repository, fileSystem: fileSystem, timings: timings) }
    }

    /// `timings` gets the check's own phases (index, repository rules, challenges…).
    public static func check(_ repository: Repository, fileSystem: ContentFileSystem, timings: PhaseTimings? = nil) -> CheckResult {
        let variants = timings.measure("  datasets") { VariantContext.make(repository, fileSystem: fileSystem) }
        return check(repository, fileSystem: fileSystem, variants: variants, timings: timings, skipsUnenforced: true) { challenges, context, variants in
            ParallelMap.map(challenges) { challenge in compile(challenge, context: context, variants: variants) }
        }
    }

    /// The check with the per-challenge work given: `IncrementalChecker` passes results it kept
    /// from the previous run for the challenges whose inputs did not change.
    /// `compileAll` returns one result per challenge, in the order given.
    /// `known` holds what `IncrementalChecker` kept from the previous run (computed here otherwise).
    static func check(_ repository: Repository, fileSystem: ContentFileSystem, variants: (VariantContext, [Diagnostic]), timings: PhaseTimings? = nil,
                      known: Known = Known(), skipsUnenforced: Bool = false,
                      compileAll: ([Challenge], RuleContext, VariantContext) -> [(CompiledChallenge, [Diagnostic])]) -> CheckResult {
        let houseStyle = known.houseStyle, repositoryRules = known.repositoryRules
        let index = timings.measure("  index") { ContentIndex(repository, challengePositions: known.challengePositions) }
        // The conventions the repository does not follow: their rules' findings are dropped.
        let unenforced = timings.measure("  house style") { (houseStyle ?? TypographyHouseStyle(repository.challenges)).unenforcedCodes }
        let context = RuleContext(index: index, fileSystem: fileSystem, skipping: skipsUnenforced ? unenforced : [])
        var diagnostics = repository.diagnostics
        timings.measure("  repository rules") {
            if let repositoryRules {
                diagnostics.append(contentsOf: repositoryRules(context))
            } else {
                for rule in RuleSet.repositoryRules {
                    diagnostics.append(contentsOf: rule.check(context))
                }
            }
        }
        let (variantContext, variantDiagnostics) = variants
        diagnostics.append(contentsOf: variantDiagnostics)
        let challenges = (known.challengeOrder ?? challengeOrder(repository)).map { repository.challenges[$0] }
        let perChallenge = timings.measure("  challenges") { compileAll(challenges, context, variantContext) }
        var compiled: [CompiledChallenge] = []
        compiled.reserveCapacity(perChallenge.count)
        for (challenge, found) in perChallenge {
            compiled.append(challenge)
            diagnostics.append(contentsOf: unenforced.isEmpty ? found : found.filter { !unenforced.contains($0.code) })
        }
        // Generated variants are calibrated by their own ids, as the bundle lists them.
        timings.measure("  calibration") {
            // Without calibration rows there is nothing to look up (and 100,000 variant ids to hash
            // on a large repository).
            guard !repository.calibration.isEmpty else { return }
            var calibratable = Set(index.challengesByID.keys)
            for challenge in compiled { calibratable.formUnion(challenge.variants.map(\.id)) }
            diagnostics.append(contentsOf: validateCalibration(repository.calibration, knownIDs: calibratable))
        }
        return timings.measure("  sort") { CheckResult(index: index, challenges: compiled, diagnostics: DiagnosticCollector.limited(deduplicated(diagnostics))) }
    }

    /// What the check can be given instead of computing it.
    struct Known {
        /// The typography the repository's challenges follow.
        var houseStyle: TypographyHouseStyle?
        /// The findings of `RuleSet.repositoryRules`.
        var repositoryRules: ((RuleContext) -> [Diagnostic])?
        /// `ContentIndex`'s positions of the challenges by id.
        var challengePositions: [String: Int]?
        /// `challengeOrder(repository)`.
        var challengeOrder: [Int]?
    }

    /// The positions of the repository's challenges in the order they are compiled and listed:
    /// by id, then path.
    static func challengeOrder(_ repository: Repository) -> [Int] {
        let challenges = repository.challenges
        return challenges.indices.sorted { (challenges[$0].id.value, challenges[$0].file.path) < (challenges[$1].id.value, challenges[$1].file.path) }
    }

    /// Every calibrated challenge exists, and is calibrated once. At most 50 problems per file are
    /// kept, the others counted.
    static func validateCalibration(_ records: [CalibrationRecord], knownIDs: Set<String>) -> [Diagnostic] {
        var budgets: [String: DiagnosticBudget] = [:]
        var paths: [String] = []
        var first: [String: CalibrationRecord] = [:]
        // Folded and indexed once, on the first unknown id: a file of thousands of unknown ids
        // costs time proportional to their number.
        var candidates: SuggestionCandidates?
        for record in records {
            let id = record.challengeID
            if budgets[record.path] == nil {
                budgets[record.path] = DiagnosticBudget()
                paths.append(record.path)
            }
            if let previous = first[id] {
                budgets[record.path]?.add(.error) {
                    CalibrationDiagnostics.duplicate(
                        CompilerDiagnosticMessages.text("Checker.1", ["id": "\(id)"]), at: record.challengeIDSpan,
                        labels: [Label(previous.challengeIDSpan, CompilerDiagnosticMessages.text("Checker.2"))],
                        help: Help(CompilerDiagnosticMessages.text("Checker.3")))
                }
                continue
            }
            first[id] = record
            if !knownIDs.contains(id) {
                budgets[record.path]?.add(.error) {
                    let span = record.challengeIDSpan
                    var help = Help(CompilerDiagnosticMessages.text("Checker.4"))
                    if candidates == nil { candidates = SuggestionCandidates(knownIDs.sorted()) }
                    if let near = Suggestion.closest(to: id, in: candidates ?? SuggestionCandidates([])) {
                        help = Help.didYouMean(near, replacing: span)
                    }
                    return CalibrationDiagnostics.unknownChallenge(CompilerDiagnosticMessages.text("Checker.5", ["id": "\(id)"]), at: span, help: help)
                }
            }
        }
        return paths.flatMap { budgets[$0]?.diagnostics(path: $0) ?? [] }
    }

    /// The same problem found twice (for instance on several variants) is reported once.
    static func deduplicated(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Identity>()
        seen.reserveCapacity(diagnostics.count)
        var result: [Diagnostic] = []
        result.reserveCapacity(diagnostics.count)
        for diagnostic in diagnostics where seen.insert(Identity(diagnostic: diagnostic)).inserted {
            result.append(diagnostic)
        }
        return result
    }

    /// A diagnostic compared whole but hashed by its code and place only: hashing every message,
    /// label and help of thousands of warnings was most of the time `pixc check --watch` spent
    /// after an edit.
    private struct Identity: Hashable {
        let diagnostic: Diagnostic

        static func == (lhs: Identity, rhs: Identity) -> Bool { lhs.diagnostic == rhs.diagnostic }

        func hash(into hasher: inout Hasher) {
            hasher.combine(diagnostic.code)
            hasher.combine(diagnostic.path)
            hasher.combine(diagnostic.span?.file.path)
            hasher.combine(diagnostic.span?.start)
            hasher.combine(diagnostic.span?.end)
        }
    }
}
