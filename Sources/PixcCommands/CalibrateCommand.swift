import ArgumentParser
import CalibrationFiles
import Compiler
import Diagnostics
import Foundation
import Localization
import Release
import Simulation

struct Calibrate: ParsableCommand, LanguageSelecting {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: CommandHelp.text("calibrate.abstract"),
        discussion: CommandHelp.text("calibrate.discussion")
    ) }

    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: CommandHelp.help("calibrate.answers", valueName: "answers"))
    var answers: String

    @Option(name: .long, help: CommandHelp.help("calibrate.out", valueName: "file"))
    var out: String?

    @Option(name: .long, help: CommandHelp.help("calibrate.format", valueName: "format"))
    var format: CalibrationOutputFormat = .pixc

    @Option(name: .long, help: CommandHelp.help("calibrate.certificationKey", valueName: "key"))
    var certificationKey: String = CalibrationReader.coreCertificationKey

    @Option(name: .long, help: CommandHelp.help("calibrate.calibrationId", valueName: "id"))
    var calibrationId: String?

    @Option(name: .long, help: CommandHelp.help("calibrate.report", valueName: "prefix"))
    var report: String?

    @Option(name: .long, help: CommandHelp.help("calibrate.drop", valueName: "statuses"))
    var drop: String?

    @Option(name: .long, help: CommandHelp.help("calibrate.learnerColumn", valueName: "column"))
    var learnerColumn: String?

    @Option(name: .long, help: CommandHelp.help("calibrate.anchors", valueName: "file"))
    var anchors: String?

    @Option(name: .long, help: CommandHelp.help("calibrate.anchorsFromBundle", valueName: "folder"))
    var anchorsFromBundle: String?

    @Option(name: .long, help: CommandHelp.help("calibrate.content", valueName: "folder"))
    var content: String?

    @Flag(name: .long, help: CommandHelp.help("calibrate.noPriors"))
    var noPriors = false

    @Option(name: .long, help: CommandHelp.help("calibrate.discriminationPrior", valueName: "meanlog,sdlog"))
    var discriminationPrior: String?

    @Option(name: .long, help: CommandHelp.help("calibrate.difficultyPrior", valueName: "mean,sd"))
    var difficultyPrior: String?

    @Option(name: .long, help: CommandHelp.help("calibrate.tolerance", valueName: "value"))
    var tolerance: Double = 1e-4

    @Option(name: .long, help: CommandHelp.help("calibrate.maxIterations", valueName: "count"))
    var maxIterations: Int = 500

    @Option(name: .long, help: CommandHelp.help("calibrate.minAnswers", valueName: "count"))
    var minAnswers: Int = 100

    @Flag(name: .long, help: CommandHelp.help("calibrate.timings"))
    var timings = false

    /// The options' own checks, before the log is read.
    func validate() throws {
        let messages = SimulationCommandMessages.catalogue
        guard tolerance > 0, maxIterations > 0 else { throw ValidationError(messages.text("calibrate.badLimits")) }
        if let text = discriminationPrior, noPriors || !((Self.pair(text)?.1 ?? 0) > 0) {
            throw ValidationError(messages.text("calibrate.badDiscriminationPrior", ["value": text]))
        }
        if let text = difficultyPrior, noPriors || !((Self.pair(text)?.1 ?? 0) > 0) {
            throw ValidationError(messages.text("calibrate.badDifficultyPrior", ["value": text]))
        }
        for word in droppedStatuses where !AnswerLogReader.statuses.contains(word) || word == "ok" {
            throw ValidationError(messages.text("calibrate.badDrop", ["status": word, "statuses": AnswerLogReader.statuses.dropFirst().joined(separator: ", ")]))
        }
        if format == .pix, calibrationId.flatMap({ Int($0) }) == nil { throw ValidationError(messages.text("calibrate.pixNeedsId")) }
        if anchors != nil, anchorsFromBundle != nil { throw ValidationError(messages.text("calibrate.oneAnchorSource")) }
    }

    /// `--drop`, as a list.
    private var droppedStatuses: [String] {
        commaSeparatedWords(drop ?? "")
    }

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
            console.err(SimulationCommandMessages.catalogue.text("calibrate.nothingWritten") + "\n")
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
            throw UsageFailure(message: SimulationCommandMessages.catalogue.text("calibrate.cannotWrite", ["reason": error.localizedDescription]))
        }
        console.out(CalibrationJob.summary(result, outputs: outputs.map(\.url.path), language: Localization.current))
        if timings {
            let written = Double(DispatchTime.now().uptimeNanoseconds - writing) / 1e9
            console.err(SimulationCommandMessages.catalogue.text("calibrate.timings", [
                "read": Numbers.fixed(outcome.readingSeconds, digits: 3), "readCPU": Numbers.fixed(outcome.readingCPUSeconds, digits: 3),
                "estimate": Numbers.fixed(outcome.estimatingSeconds, digits: 3), "estimateCPU": Numbers.fixed(outcome.estimatingCPUSeconds, digits: 3),
                "iterations": "\(result.iterationCount)", "write": Numbers.fixed(written, digits: 3),
            ]) + "\n")
        }
    }

    func makeRequest() throws -> CalibrationJob.Request {
        let input = URL(fileURLWithPath: answers)
        var options = CalibrationOptions()
        options.tolerance = tolerance
        options.maximumIterations = maxIterations
        options.minimumAnswers = minAnswers
        options.language = Localization.current
        if noPriors {
            options.discriminationPrior = nil
            options.difficultyPrior = nil
        }
        if let pair = discriminationPrior.flatMap(Self.pair) { options.discriminationPrior = .init(meanLog: pair.0, sdLog: pair.1) }
        if let pair = difficultyPrior.flatMap(Self.pair) { options.difficultyPrior = .init(mean: pair.0, sd: pair.1) }
        let dropped = Set(droppedStatuses)
        var contentSource: CalibrationJob.ContentSource?
        if let content { contentSource = try Self.loadContent(content) }
        var anchorSource: CalibrationJob.AnchorSource?
        if let anchors { anchorSource = .file(anchors) }
        if let anchorsFromBundle {
            let (release, manifest) = try BundleReader.readForCommand(anchorsFromBundle)
            anchorSource = .bundle(release)
            if contentSource == nil { contentSource = CalibrationJob.ContentSource(release: release, variants: manifest?.variants ?? []) }
        }
        let stem = Self.stem(of: input)
        let outURL = out.map { URL(fileURLWithPath: $0) } ?? RootOptions.enclosingRepositoryOrCurrentFolder().appendingPathComponent(CalibrationReader.folder).appendingPathComponent(stem.lastPathComponent + ".csv")
        let reportPrefix = report.map { URL(fileURLWithPath: $0) } ?? stem.deletingLastPathComponent().appendingPathComponent(stem.lastPathComponent + ".report")
        var request = CalibrationJob.Request(input: input.path, options: options, dropped: dropped, learnerColumn: learnerColumn, anchors: anchorSource,
                                      content: contentSource, format: format == .pix ? .pix : .pixc, certificationKey: certificationKey,
                                      calibrationID: calibrationId, csvURL: outURL, reportPrefix: reportPrefix)
        request.language = Localization.current
        return request
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


    static func loadContent(_ path: String) throws -> CalibrationJob.ContentSource {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if FileManager.default.fileExists(atPath: url.appendingPathComponent(ReleaseBundle.releaseFileName).path) || url.pathExtension == "json" {
            let (release, manifest) = try BundleReader.readForCommand(path)
            return CalibrationJob.ContentSource(release: release, variants: manifest?.variants ?? [])
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw UsageFailure(message: SimulationCommandMessages.catalogue.text("calibrate.noContentFolder", ["path": path]))
        }
        let fileSystem = DiskFileSystem(root: url)
        let checked = Checker.check(fileSystem)
        guard checked.errorCount == 0 else {
            throw UsageFailure(message: SimulationCommandMessages.catalogue.text(checked.errorCount == 1 ? "calibrate.contentErrors.one" : "calibrate.contentErrors.many", ["path": path, "count": Numbers.integer(checked.errorCount)]))
        }
        let built = ReleaseBuilder.build(checked, fileSystem: fileSystem)
        return CalibrationJob.ContentSource(release: built.release, variants: built.variants)
    }
}

enum CalibrationOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case pixc
    case pix
}
