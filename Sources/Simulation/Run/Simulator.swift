import Diagnostics
import Engine
import Foundation
import Release
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
import Localization
#endif

/// What a simulation produced, for the command to report.
public struct SimulationOutcome: Sendable {
    public let summary: SimulationSummary
    /// Warnings about the inputs (the simulation ran).
    public let warnings: [Diagnostic]
    /// The files written, in the output folder.
    public let files: [String]
}

/// `pixc simulate`: simulated learners take the adaptive test on a bank; their answers are drawn
/// from the 2PL with the true parameters; the results are written to a folder.
///
/// Learners are cut into fixed chunks (never depending on the number of threads); threads take
/// chunks in turn, each with its own engine and buffers; the chunks' lines and sums are written
/// and merged in chunk order. The outputs are therefore the same bytes whatever `threads`, and
/// memory holds a few chunks at a time whatever the number of learners.
public enum Simulator {
    public static let learnersFile = "learners.csv"
    public static let itemsFile = "items.csv"
    public static let summaryFile = "summary.json"
    public static let traceFile = "trace.jsonl"
    public static let answersFile = "answers.csv"
    public static let reportFile = "report.html"
    public static let pretestFile = "pretest.csv"
    /// Files a previous simulation may have left in the output folder (the report checker adds
    /// its screenshot), the only ones an output folder may hold before it is replaced.
    static let ownFiles: Set<String> = [learnersFile, itemsFile, summaryFile, traceFile, answersFile, reportFile, pretestFile, "report.png"]

    public static func run(_ request: SimulationRequest, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) throws(SimulationFailure) -> SimulationOutcome {
        try request.validate()
        // Pretest challenges drawn from the bank are its provisional ones, even with
        // --calibrated-only (which then keeps the others out of the live test).
        let pretestFromBank = request.pretest.map { $0.itemsPath == nil } ?? false
        var bank: SimulationBank
        var inputPaths: [String] = []
        switch request.bank {
        case let .bundle(path, framework, statuses, locale, calibratedOnly):
            bank = try SimulationBank.load(bundle: path, framework: framework, statuses: statuses, locale: locale,
                                           calibratedOnly: calibratedOnly && !pretestFromBank)
            inputPaths.append(path)
        case .items(let path):
            bank = try SimulationBank.load(items: path)
            inputPaths.append(path)
        }
        var warnings: [Diagnostic] = []
        var truth: [(discrimination: Double, difficulty: Double)]?
        var truthDigest: String?
        if let path = request.truthPath {
            let file = try SimulationFiles.source(path)
            let (records, diagnostics) = ItemsFile.read(file)
            guard let records else { throw .diagnostics(diagnostics) }
            let matched = TruthMatching.match(bankIds: bank.items.map(\.id), truth: records, file: file)
            guard let parameters = matched.parameters else { throw .diagnostics(diagnostics + matched.diagnostics) }
            warnings += diagnostics + matched.diagnostics
            truth = parameters
            truthDigest = SHA256Text.digest(file.bytes)
            inputPaths.append(path)
        }
        var pool: PretestPool?
        if let pretest = request.pretest {
            var calibratedOnly = false
            if case let .bundle(_, _, _, _, only) = request.bank { calibratedOnly = only }
            let selected = try PretestSelection.select(pretest, bank: bank, truth: truth, calibratedOnly: calibratedOnly, seed: request.seed)
            pool = selected.pool
            bank = selected.liveBank
            truth = selected.liveTruth
            if let path = pretest.itemsPath { inputPaths.append(path) }
        }
        let population: Population
        switch request.population {
        case let .distribution(distribution, learners):
            population = .drawn(distribution, learners: learners)
        case .file(let path):
            population = try Population.load(capacities: path)
            inputPaths.append(path)
        }
        var pretestRequest = request.pretest
        if var pretest = pretestRequest {
            if pretest.sizes.isEmpty, case .listed = population { pretest.sizes = [population.count] }
            let simulated: String
            if case .listed = population { simulated = SimulationInputMessages.text("population.capacitiesFile") } else { simulated = SimulationInputMessages.text("population.simulation") }
            try pretest.validate(learners: population.count, simulated: simulated, sessionLength: request.engine.nominalLength)
            pretestRequest = pretest
        }
        try checkOutputFolder(request.output, inputs: inputPaths)

        let tables: BankTables
        let smartRandom: SmartRandomTables?
        switch request.engine {
        case .flash:
            tables = BankTables(bank: bank, truth: truth, flashGrid: true, eapGrid: false)
            smartRandom = nil
        case .maxInfo:
            tables = BankTables(bank: bank, truth: truth, flashGrid: false, eapGrid: true)
            smartRandom = nil
        case .smartRandom(_, let locale):
            tables = BankTables(bank: bank, truth: truth, flashGrid: false, eapGrid: true)
            guard let prepared = SmartRandomTables(bank: bank, tables: tables, locale: locale) else {
                throw .usage(SimulationMessages.catalogue.text("smartRandom.levels"))
            }
            smartRandom = prepared
        }

        let context = OutputContext(tables: tables, population: population, bands: request.bands,
                                    writesTrace: request.writesTrace, writesAnswers: request.writesAnswers, collectsAnswers: pool != nil)
        var files = [learnersFile, itemsFile, summaryFile, reportFile]
        if request.writesTrace { files.append(traceFile) }
        if request.writesAnswers { files.append(answersFile) }
        if pool != nil { files.append(pretestFile) }
        let collector = pool != nil ? AnswerCollector() : nil
        var summary: SimulationSummary?
        do {
            try OutputWriter.replaceFolder(request.output) { staging in
                func run<Plan: UnscoredInsertionPlan>(_ plan: Plan) throws -> ChunkStatistics {
                    switch request.engine {
                    case .flash(let configuration):
                        return try simulate(request, context: context, staging: staging, plan: plan, collector: collector, progress: progress) {
                            FlashEngine(tables: tables, configuration: configuration)
                        }
                    case let .maxInfo(length, stopError):
                        return try simulate(request, context: context, staging: staging, plan: plan, collector: collector, progress: progress) {
                            MaxInfoEngine(tables: tables, length: length, stopError: stopError)
                        }
                    case .smartRandom(let maximumLength, _):
                        guard let smartRandom else { throw SimulationFailure.output("smart random was not prepared") }
                        return try simulate(request, context: context, staging: staging, plan: plan, collector: collector, progress: progress) {
                            SmartRandomEngine(tables: tables, smartRandom: smartRandom, maximumLength: maximumLength)
                        }
                    }
                }
                let totals: ChunkStatistics
                var pretestSummary: PretestSummary?
                if let pool, let pretest = pretestRequest, let collector {
                    let perSession = pretest.perSession ?? pool.count
                    let nominalLength = request.engine.nominalLength
                    totals = try run(PretestInsertions(pool: pool, perSession: perSession, nominalLength: nominalLength))
                    let planned = PretestPlanner.plan(collector: collector, tables: tables, pool: pool, request: pretest,
                                                      perSession: perSession, nominalLength: nominalLength)
                    try write(PretestTable.csv(planned), to: staging.appendingPathComponent(pretestFile))
                    pretestSummary = planned
                } else {
                    totals = try run(NoInsertions())
                }
                let made = SimulationSummary(request: request, bank: bank, tables: tables, population: population, truthDigest: truthDigest,
                                             totals: totals, pretest: pretestSummary)
                try write(ItemsTable.csv(bank: bank, tables: tables, totals: totals, learners: population.count), to: staging.appendingPathComponent(itemsFile))
                try write(Array(made.json.utf8), to: staging.appendingPathComponent(summaryFile))
                try write(Array(Report.html(made, text: request.reportText).utf8), to: staging.appendingPathComponent(reportFile))
                summary = made
            }
        } catch let failure as SimulationFailure {
            throw failure
        } catch {
            throw .output(SimulationMessages.catalogue.text("output.failed", ["path": request.output.path, "reason": error.localizedDescription]))
        }
        guard let summary else { throw .output(SimulationMessages.catalogue.text("output.incomplete", ["path": request.output.path])) }
        return SimulationOutcome(summary: summary, warnings: warnings, files: files)
    }

    /// The output folder is replaced as a whole: refuse one that holds the inputs or files a
    /// simulation does not write, so that no one loses work to a mistyped `--out`.
    static func checkOutputFolder(_ output: URL, inputs: [String]) throws(SimulationFailure) {
        let target = output.standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs {
            let resolved = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            if resolved == target || resolved.hasPrefix(target.hasSuffix("/") ? target : target + "/") {
                throw .usage(SimulationMessages.catalogue.text("out.holdsInput", ["path": output.path, "input": input]))
            }
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw .usage(SimulationMessages.catalogue.text("out.isFile", ["path": output.path])) }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
        let foreign = entries.filter { !ownFiles.contains($0) }.sorted()
        if let first = foreign.first {
            throw .usage(SimulationMessages.catalogue.text("out.foreign", ["path": output.path, "files": foreign.count > 1 ? SimulationMessages.catalogue.text("out.foreignMore", ["first": first, "count": "\(foreign.count - 1)"]) : first]))
        }
    }

    /// Runs every learner through engines made by `makeEngine` (one per thread), with the
    /// unscored questions `plan` slips in, streaming the lines to the staging folder (and every answer
    /// to `collector`, in learner order); returns the merged figures.
    static func simulate<E: SimulatedEngine, Plan: UnscoredInsertionPlan>(
        _ request: SimulationRequest, context: OutputContext, staging: URL, plan: Plan, collector: AnswerCollector? = nil,
        progress: (@Sendable (Int, Int) -> Void)?, makeEngine: @escaping @Sendable () -> E
    ) throws -> ChunkStatistics {
        let tables = context.tables
        let learners = context.population.count
        let chunkSize = max(1, request.chunkSize)
        let chunks = (learners + chunkSize - 1) / chunkSize
        let threads = max(1, request.threads)
        // A wave is what memory holds at once: bounded whatever the number of threads.
        let chunksPerWave = min(64, threads * 8)
        let maximumScore = request.engine.name == "flash" ? V3ScoringConfiguration.default.maximumReachableScore : -1
        let competencePix: Bool = { if case .smartRandom = request.engine { return true } else { return false } }()
        func emptyStatistics() -> ChunkStatistics {
            ChunkStatistics(items: tables.count, competences: tables.competenceCount, bands: request.bands.count,
                            maximumScore: maximumScore, meshes: V3ScoringConfiguration.default.intervals.count, competencePix: competencePix)
        }
        let learnersSink = try FileSink(staging.appendingPathComponent(learnersFile))
        let traceSink = request.writesTrace ? try FileSink(staging.appendingPathComponent(traceFile)) : nil
        let answersSink = request.writesAnswers ? try FileSink(staging.appendingPathComponent(answersFile)) : nil
        try learnersSink.write(Array(OutputContext.learnersHeader.utf8))
        try answersSink?.write(Array(OutputContext.answersHeader.utf8))

        var totals = emptyStatistics()
        let population = context.population
        let seed = request.seed
        var waveStart = 0
        while waveStart < chunks {
            let waveEnd = min(chunks, waveStart + chunksPerWave)
            let slots = ChunkSlots(count: waveEnd - waveStart)
            let counter = ChunkCounter(first: waveStart, end: waveEnd)
            let workers = min(threads, waveEnd - waveStart)
            let template = emptyStatistics()
            let offset = waveStart
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                var engine = makeEngine()
                var runner = SessionRunner(tables: tables, plan: plan, seed: seed)
                while let chunk = counter.take() {
                    var output = ChunkOutput(context: context, statistics: template)
                    let first = chunk * chunkSize
                    for learner in first..<min(learners, first + chunkSize) {
                        let capacity = population.trueCapacity(learner: learner, seed: seed)
                        let result = runner.run(&engine, learner: learner, trueCapacity: capacity, output: &output)
                        engine.contribute(to: &output.statistics, trueCapacity: capacity)
                        output.endLearner(trueCapacity: capacity, result: result)
                    }
                    slots.set(chunk - offset, output)
                }
            }
            for index in 0..<(waveEnd - waveStart) {
                guard let output = slots.take(index) else { continue }
                try learnersSink.write(output.learners)
                try traceSink?.write(output.trace)
                try answersSink?.write(output.answers)
                collector?.append(answers: output.collected, counts: output.collectedCounts)
                totals.merge(output.statistics)
            }
            waveStart = waveEnd
            progress?(min(learners, waveEnd * chunkSize), learners)
        }
        try learnersSink.close()
        try traceSink?.close()
        try answersSink?.close()
        return totals
    }

    static func write(_ bytes: [UInt8], to url: URL) throws {
        let sink = try FileSink(url)
        try sink.write(bytes)
        try sink.close()
    }
}

/// The next chunk of a wave for whichever thread asks.
private final class ChunkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next: Int
    private let end: Int

    init(first: Int, end: Int) {
        next = first
        self.end = end
    }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < end else { return nil }
        next += 1
        return next - 1
    }
}

/// Chunk outputs, each written once by the thread that made it, read in order afterwards.
private final class ChunkSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [ChunkOutput?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ output: ChunkOutput) {
        lock.lock()
        slots[index] = output
        lock.unlock()
    }

    func take(_ index: Int) -> ChunkOutput? {
        lock.lock()
        defer { lock.unlock() }
        let output = slots[index]
        slots[index] = nil
        return output
    }
}

/// A file written through the C library's buffered stream: large outputs are streamed, and
/// every write and the close are checked.
final class FileSink {
    private var handle: UnsafeMutablePointer<FILE>?
    private let path: String

    init(_ url: URL) throws {
        path = url.path
        guard let handle = fopen(path, "wb") else { throw SimulationFailure.output(SimulationMessages.catalogue.text("file.create", ["path": path, "reason": String(cString: strerror(errno))])) }
        self.handle = handle
        setvbuf(handle, nil, _IOFBF, 1 << 20)
    }

    func write(_ bytes: [UInt8]) throws {
        guard let handle, !bytes.isEmpty else { return }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, handle) }
        guard written == bytes.count else { throw SimulationFailure.output(SimulationMessages.catalogue.text("file.write", ["path": path, "reason": String(cString: strerror(errno))])) }
    }

    func close() throws {
        guard let handle else { return }
        self.handle = nil
        guard fclose(handle) == 0 else { throw SimulationFailure.output(SimulationMessages.catalogue.text("file.write", ["path": path, "reason": String(cString: strerror(errno))])) }
    }

    deinit {
        if let handle { fclose(handle) }
    }
}
