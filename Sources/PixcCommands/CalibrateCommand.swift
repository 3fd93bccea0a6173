import ArgumentParser
import CalibrationFiles
import Compiler
import Diagnostics
import Foundation
import Release
import Simulation

struct Calibrate: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        abstract: "Estimate challenges' discrimination and difficulty from an answer log.",
        discussion: """
        Reads ANSWERS (CSV, or CSV compressed with gzip: .csv.gz), streamed: a header naming the \
        learner (learner, or Pix's certificationCourseId, assessmentId, userId), the challenge \
        (challenge or challengeId) and the result (Pix's statuses, only ok is right; or 1/0). \
        Fits the 2PL model by marginal maximum likelihood (EM, Bock–Aitkin) with priors, and \
        writes the calibration CSV that pixc build merges, a JSON report and an HTML report. \
        With anchors, their parameters are kept and the population's mean and spread estimated, \
        so the new challenges land on the live scale. Every doubtful estimate is flagged, in \
        every output. Nothing is written when the answers or anchors have an error. See \
        docs/calibration.md.
        """
    )

    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: ArgumentHelp("The answer log (.csv or .csv.gz).", valueName: "answers"))
    var answers: String

    @Option(name: .long, help: ArgumentHelp("The calibration CSV to write. Default: Calibration/<answers name>.csv in the repository (the current folder outside one).", valueName: "file"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("pixc (what pixc build merges, default) or pix (Pix's import: challengeId, complementaryCertificationKey, alpha, delta, calibrationId).", valueName: "format"))
    var format: CalibrationOutputFormat = .pixc

    @Option(name: .long, help: ArgumentHelp("The certification key written in Pix's format and read from Pix-format anchors (default CORE).", valueName: "key"))
    var certificationKey: String = CalibrationReader.coreCertificationKey

    @Option(name: .long, help: ArgumentHelp("The calibration's id: written in every row (Pix's format needs a number).", valueName: "id"))
    var calibrationId: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the reports: <prefix>.json and <prefix>.html. Default: the answers' path without .csv/.csv.gz, plus .report.", valueName: "prefix"))
    var report: String?

    @Option(name: .long, help: ArgumentHelp("Statuses to leave out instead of counting them wrong (comma-separated: aband, timedout, focusedOut, partially, unimplemented, ko).", valueName: "statuses"))
    var drop: String?

    @Option(name: .long, help: ArgumentHelp("The column naming learners, when the log has several (certificationCourseId, assessmentId, userId).", valueName: "column"))
    var learnerColumn: String?

    @Option(name: .long, help: ArgumentHelp("Anchored challenges: a calibration file (pixc's or Pix's format) whose parameters are kept.", valueName: "file"))
    var anchors: String?

    @Option(name: .long, help: ArgumentHelp("Anchored challenges: the calibrated challenges of a built bundle (also used as content).", valueName: "folder"))
    var anchorsFromBundle: String?

    @Option(name: .long, help: ArgumentHelp("The content, for the level-order and variant checks: a content repository or a built bundle.", valueName: "folder"))
    var content: String?

    @Flag(name: .long, help: "Estimate without priors (plain maximum likelihood; degenerate on adaptive data).")
    var noPriors = false

    @Option(name: .long, help: ArgumentHelp("Prior on discrimination: log-normal MEANLOG,SDLOG (default 0,0.5).", valueName: "meanlog,sdlog"))
    var discriminationPrior: String?

    @Option(name: .long, help: ArgumentHelp("Prior on difficulty: normal MEAN,SD in population units (default 0,2).", valueName: "mean,sd"))
    var difficultyPrior: String?

    @Option(name: .long, help: ArgumentHelp("Stop when no parameter moves by more than this (default 0.0001).", valueName: "value"))
    var tolerance: Double = 1e-4

    @Option(name: .long, help: ArgumentHelp("Iteration limit (default 500).", valueName: "count"))
    var maxIterations: Int = 500

    @Option(name: .long, help: ArgumentHelp("Flag challenges with fewer answers (default 100).", valueName: "count"))
    var minAnswers: Int = 100

    @Flag(name: .long, help: "Print the time spent reading, estimating and writing on standard error.")
    var timings = false

    func run() throws {
        let console = Console.current
        let request = try makeRequest()
        let outcome: CalibrationJob.Outcome
        do {
            outcome = try CalibrationJob.run(request)
        } catch let failure as CalibrationJob.Failure {
            throw UsageFailure(message: failure.description)
        }
        if !outcome.diagnostics.isEmpty {
            console.err(HumanRenderer(useColor: console.useColor).render(outcome.diagnostics))
        }
        guard let result = outcome.result else {
            console.err("nothing written: fix the errors above\n")
            throw ExitCode(1)
        }
        let writing = DispatchTime.now().uptimeNanoseconds
        let outputs = CalibrationJob.outputs(result, request: request)
        do {
            for output in outputs {
                try FileManager.default.createDirectory(at: output.url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try OutputWriter.replaceFile(output.url, with: Data(output.text.utf8))
            }
        } catch {
            throw UsageFailure(message: "cannot write the outputs: \(error.localizedDescription)")
        }
        console.out(CalibrationJob.summary(result, outputs: outputs.map(\.url.path)))
        if timings {
            let written = Double(DispatchTime.now().uptimeNanoseconds - writing) / 1e9
            console.err(String(format: "read answers %.3f s (processor %.3f s)\nestimate %.3f s (processor %.3f s, %d iterations)\nwrite outputs %.3f s\n",
                               outcome.readingSeconds, outcome.readingCPUSeconds, outcome.estimatingSeconds, outcome.estimatingCPUSeconds,
                               result.iterationCount, written))
        }
    }

    func makeRequest() throws -> CalibrationJob.Request {
        let input = URL(fileURLWithPath: answers)
        var options = CalibrationOptions()
        options.tolerance = tolerance
        options.maximumIterations = maxIterations
        options.minimumAnswers = minAnswers
        guard tolerance > 0, maxIterations > 0 else { throw UsageFailure(message: "--tolerance and --max-iterations must be above 0") }
        if noPriors {
            options.discriminationPrior = nil
            options.difficultyPrior = nil
        }
        if let text = discriminationPrior {
            guard !noPriors, let pair = Self.pair(text), pair.1 > 0 else { throw UsageFailure(message: "--discrimination-prior \(text): write MEANLOG,SDLOG with SDLOG above 0 (and no --no-priors)") }
            options.discriminationPrior = .init(meanLog: pair.0, sdLog: pair.1)
        }
        if let text = difficultyPrior {
            guard !noPriors, let pair = Self.pair(text), pair.1 > 0 else { throw UsageFailure(message: "--difficulty-prior \(text): write MEAN,SD with SD above 0 (and no --no-priors)") }
            options.difficultyPrior = .init(mean: pair.0, sd: pair.1)
        }
        var dropped: Set<String> = []
        for word in (drop ?? "").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
            guard AnswerLogReader.statuses.contains(word), word != "ok" else {
                throw UsageFailure(message: "--drop \(word): the statuses that can be left out are \(AnswerLogReader.statuses.dropFirst().joined(separator: ", "))")
            }
            dropped.insert(word)
        }
        if format == .pix {
            guard let calibrationId, Int(calibrationId) != nil else {
                throw UsageFailure(message: "--format pix needs --calibration-id with a number (Pix's import requires a numeric calibrationId)")
            }
        }
        guard anchors == nil || anchorsFromBundle == nil else { throw UsageFailure(message: "give --anchors or --anchors-from-bundle, not both") }
        var contentSource: CalibrationJob.ContentSource?
        if let content { contentSource = try Self.loadContent(content) }
        var anchorSource: CalibrationJob.AnchorSource?
        if let anchors { anchorSource = .file(anchors) }
        if let anchorsFromBundle {
            let (release, manifest) = try BundleReader.read(anchorsFromBundle)
            anchorSource = .bundle(release)
            if contentSource == nil { contentSource = CalibrationJob.ContentSource(release: release, variants: manifest?.variants ?? []) }
        }
        let stem = Self.stem(of: input)
        let outURL = try out.map { URL(fileURLWithPath: $0) } ?? Self.defaultFolder().appendingPathComponent(CalibrationReader.folder).appendingPathComponent(stem.lastPathComponent + ".csv")
        let reportPrefix = report.map { URL(fileURLWithPath: $0) } ?? stem.deletingLastPathComponent().appendingPathComponent(stem.lastPathComponent + ".report")
        return CalibrationJob.Request(input: input.path, options: options, dropped: dropped, learnerColumn: learnerColumn, anchors: anchorSource,
                                      content: contentSource, format: format == .pix ? .pix : .pixc, certificationKey: certificationKey,
                                      calibrationID: calibrationId, csvURL: outURL, reportPrefix: reportPrefix)
    }

    static func pair(_ text: String) -> (Double, Double)? {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let first = parts[0], let second = parts[1], first.isFinite, second.isFinite else { return nil }
        return (first, second)
    }

    /// The answers' path without `.gz` and `.csv`.
    static func stem(of url: URL) -> URL {
        var result = url
        if result.pathExtension == "gz" { result = result.deletingPathExtension() }
        if result.pathExtension == "csv" { result = result.deletingPathExtension() }
        return result
    }

    /// The repository around the current folder, else the current folder.
    static func defaultFolder() throws -> URL {
        (try? RootOptions().resolveRoot()) ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    static func loadContent(_ path: String) throws -> CalibrationJob.ContentSource {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if FileManager.default.fileExists(atPath: url.appendingPathComponent(ReleaseBundle.releaseFileName).path) || url.pathExtension == "json" {
            let (release, manifest) = try BundleReader.read(path)
            return CalibrationJob.ContentSource(release: release, variants: manifest?.variants ?? [])
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw UsageFailure(message: "--content \(path): no such folder")
        }
        let fileSystem = DiskFileSystem(root: url)
        let checked = Checker.check(fileSystem)
        guard checked.errorCount == 0 else {
            throw UsageFailure(message: "--content \(path): the content has \(checked.errorCount) error\(checked.errorCount == 1 ? "" : "s"); run pixc check there")
        }
        let built = ReleaseBuilder.build(checked, fileSystem: fileSystem)
        return CalibrationJob.ContentSource(release: built.release, variants: built.variants)
    }
}

enum CalibrationOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case pixc
    case pix
}
