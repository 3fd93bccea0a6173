import CalibrationFiles
import Diagnostics
import Foundation
import JSON
import Localization
#if canImport(Glibc)
import Glibc
#endif
import Release

/// `pixc calibrate` as a library call: read the answers (and anchors), estimate, and produce the
/// outputs as text. The command only parses options and writes files.
public enum CalibrationJob {
    public enum AnchorSource: Sendable {
        /// A calibration file, pixc's or Pix's format.
        case file(String)
        /// The calibrated challenges of a bundle.
        case bundle(Release)
    }

    public struct ContentSource: Sendable {
        public let release: Release
        public let variants: [VariantRecord]
        public init(release: Release, variants: [VariantRecord]) {
            self.release = release
            self.variants = variants
        }
    }

    public enum Format: Sendable {
        case pixc
        case pix
    }

    public struct Request: Sendable {
        public var input: String
        public var options: CalibrationOptions
        public var dropped: Set<String>
        public var learnerColumn: String?
        public var anchors: AnchorSource?
        public var content: ContentSource?
        public var format: Format
        public var certificationKey: String
        public var calibrationID: String?
        public var csvURL: URL
        public var reportPrefix: URL
        /// The language of the HTML report (the CSV and the JSON report never change with it).
        public var language = Language.en

        public init(input: String, options: CalibrationOptions, dropped: Set<String> = [], learnerColumn: String? = nil, anchors: AnchorSource? = nil,
                    content: ContentSource? = nil, format: Format = .pixc, certificationKey: String = CalibrationReader.coreCertificationKey,
                    calibrationID: String? = nil, csvURL: URL, reportPrefix: URL) {
            self.input = input
            self.options = options
            self.dropped = dropped
            self.learnerColumn = learnerColumn
            self.anchors = anchors
            self.content = content
            self.format = format
            self.certificationKey = certificationKey
            self.calibrationID = calibrationID
            self.csvURL = csvURL
            self.reportPrefix = reportPrefix
        }
    }

    public struct Outcome: Sendable {
        /// Nil when the answers or the anchors have errors: then nothing is to be written.
        public let result: CalibrationResult?
        public let diagnostics: [Diagnostic]
        /// Seconds spent reading the answers and estimating (for `--timings` only).
        public var readingSeconds = 0.0
        public var estimatingSeconds = 0.0
        /// The same in processor time summed over threads: steadier than wall time on a busy machine.
        public var readingCPUSeconds = 0.0
        public var estimatingCPUSeconds = 0.0
    }

    /// Processor time of the whole process so far.
    public static func processorSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    public struct Output: Sendable {
        public let url: URL
        public let text: String
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func run(_ request: Request) throws -> Outcome {
        var diagnostics: [Diagnostic] = []
        var options = request.options
        switch request.anchors {
        case .file(let path)?:
            let source: FileByteSource
            do { source = try FileByteSource(path: path) } catch { throw Failure(description: "--anchors \(path): \((error as? ByteSourceError)?.reason ?? "\(error)")") }
            let (records, problems) = CalibrationReader.read(source, path: path, certificationKey: request.certificationKey)
            diagnostics.append(contentsOf: problems)
            var seen: [String: CalibrationRecord] = [:]
            for record in records {
                if let first = seen[record.challengeID] {
                    diagnostics.append(CalibrationDiagnostics.duplicate(SimulationInputMessages.text("anchors.twice", ["id": record.challengeID]), at: record.challengeIDSpan,
                                                                        labels: [Label(first.challengeIDSpan, SimulationInputMessages.text("anchors.first"))], help: Help(SimulationInputMessages.text("anchors.twice.help"))))
                    continue
                }
                seen[record.challengeID] = record
                options.anchors[record.challengeID] = AnchorParameters(discrimination: record.discrimination, difficulty: record.difficulty)
            }
            if records.isEmpty, !problems.contains(where: { $0.severity == .error }) { throw Failure(description: CalibrationMessages.catalogue.text("failure.noAnchor", ["path": path])) }
        case .bundle(let release)?:
            for challenge in release.content.challenges {
                if let alpha = challenge.alpha, let delta = challenge.delta, alpha > 0 {
                    options.anchors[challenge.id] = AnchorParameters(discrimination: alpha, difficulty: delta)
                }
            }
            if options.anchors.isEmpty { throw Failure(description: CalibrationMessages.catalogue.text("failure.bundleNoCalibration")) }
        case nil:
            break
        }
        let source: FileByteSource
        do { source = try FileByteSource(path: request.input) } catch { throw Failure(description: "\(request.input): \((error as? ByteSourceError)?.reason ?? "\(error)")") }
        let started = DispatchTime.now().uptimeNanoseconds
        let startedCPU = processorSeconds()
        let (log, problems) = AnswerLogReader.read(source, path: request.input, options: AnswerLogReader.Options(dropped: request.dropped, learnerColumn: request.learnerColumn))
        diagnostics.append(contentsOf: problems)
        guard let log, !diagnostics.contains(where: { $0.severity == .error }) else { return Outcome(result: nil, diagnostics: diagnostics) }
        guard log.answerCount > 0 else { throw Failure(description: CalibrationMessages.catalogue.text("failure.noAnswer", ["path": request.input])) }
        if !options.anchors.isEmpty {
            let answered = Set(log.challengeIDs)
            if !options.anchors.keys.contains(where: answered.contains) {
                throw Failure(description: CalibrationMessages.catalogue.text("failure.anchorsUnanswered", ["count": "\(options.anchors.count)"]))
            }
        }
        let read = DispatchTime.now().uptimeNanoseconds
        let readCPU = processorSeconds()
        let content = request.content.map { CalibrationContent(release: $0.release, variants: $0.variants) }
        let result = Calibrator.calibrate(log, options: options, content: content)
        let estimated = DispatchTime.now().uptimeNanoseconds
        return Outcome(result: result, diagnostics: diagnostics, readingSeconds: Double(read - started) / 1e9, estimatingSeconds: Double(estimated - read) / 1e9,
                       readingCPUSeconds: readCPU - startedCPU, estimatingCPUSeconds: processorSeconds() - readCPU)
    }

    /// The calibration CSV (estimated challenges only: anchors keep their stored parameters),
    /// the JSON report and the HTML report.
    public static func outputs(_ result: CalibrationResult, request: Request) -> [Output] {
        let rows = result.estimated.map(\.row)
        let csv: String
        switch request.format {
        case .pixc: csv = CalibrationWriter.pixc(rows, calibrationID: request.calibrationID)
        case .pix: csv = CalibrationWriter.pix(rows, certificationKey: request.certificationKey, calibrationID: request.calibrationID ?? "")
        }
        let name = URL(fileURLWithPath: request.input).lastPathComponent
        let prefix = request.reportPrefix.path
        return [
            Output(url: request.csvURL, text: csv),
            Output(url: URL(fileURLWithPath: prefix + ".json"), text: CanonicalJSON.string(CalibrationReport.json(result, input: name))),
            Output(url: URL(fileURLWithPath: prefix + ".html"), text: CalibrationReport.html(result, input: name, language: request.language)),
        ]
    }

    /// What the command prints: the figures, every run flag, and the flagged challenges.
    public static func summary(_ result: CalibrationResult, outputs: [String], listed: Int = 30, language: Language = .en) -> String {
        let text = CalibrationReport.Texts(language: language)
        var out = text("summary.answers", [
            "answers": text.integer(result.answers), "learners": text.integer(result.learners), "challenges": text.integer(result.items.count),
            "column": result.learnerColumn,
        ]) + "\n"
        for status in result.logStatistics.dropped { out += text("summary.leftOut", ["count": text.integer(status.count), "status": status.status]) + "\n" }
        if result.logStatistics.repeatedAnswers > 0 { out += text("summary.repeated", ["count": text.integer(result.logStatistics.repeatedAnswers)]) + "\n" }
        out += text(result.converged ? "summary.converged" : "summary.notConverged", ["iterations": text.integer(result.iterationCount)])
        out += text("summary.logLikelihood", ["value": text.number(result.iterations.last?.logLikelihood ?? 0, digits: 3, keepingNegativeZero: true)]) + "\n"
        out += result.populationEstimated
            ? text("summary.population", [
                "mean": text.number(result.populationMean, digits: 3, keepingNegativeZero: true), "sd": text.number(result.populationSD, digits: 3, keepingNegativeZero: true),
                "answered": text.integer(result.anchorsAnswered), "given": text.integer(result.anchorsGiven),
            ]) + "\n"
            : text("summary.populationFixed") + "\n"
        for flag in result.runFlags { out += text("summary.warning", ["code": flag.code.rawValue, "message": flag.message]) + "\n" }
        let flagged = result.items.filter { !$0.flags.isEmpty }
        out += text("summary.estimated", ["estimated": text.integer(result.estimated.count), "flagged": text.integer(flagged.count)]) + "\n"
        for item in flagged.prefix(listed) {
            out += text("summary.flaggedItem", ["id": item.id, "codes": item.flags.map(\.code.rawValue).joined(separator: ", ")]) + "\n"
        }
        if flagged.count > listed { out += text("summary.more", ["count": text.integer(flagged.count - listed)]) + "\n" }
        for path in outputs { out += text("summary.wrote", ["path": path]) + "\n" }
        return out
    }
}
