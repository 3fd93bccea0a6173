import CalibrationFiles
import Foundation
import JSON
@testable import Simulation
import Testing
import Vocabulary

/// Pretest planning (`pixc simulate --pretest`): the sessions are those of a run without
/// pretest, and the calibration of the pretest challenges improves with learners.
@Suite("Simulation: pretest planning")
struct PretestTests {
    /// A 100-challenge bank and 16 new challenges, a ~ lognormal(0, 0.3), b ~ N(0, 1).
    static func inputs(_ folder: TemporaryFolder) throws -> (bank: String, pretest: String) {
        let bank = try folder.write("bank.csv", SyntheticBank.csv(items: 100, seed: 21, competences: 8))
        let pretest = SyntheticBank.csv(items: 16, seed: 22, competences: 1).replacingOccurrences(of: "item0", with: "new0")
        return (bank, try folder.write("pretest.csv", pretest))
    }

    static func request(_ folder: TemporaryFolder, bank: String, pretest: PretestRequest?, out: String, threads: Int = 1) -> SimulationRequest {
        let learners = pretest?.sizes.last ?? 400
        var request = SimulationRequest.test(.items(path: bank), learners: learners, engine: .maxInfo(length: 15, stopError: nil),
                                             folder: folder, out: out, threads: threads, seed: 5)
        request.pretest = pretest
        request.writesAnswers = true
        return request
    }

    @Test func moreLearnersRecoverThePretestParametersBetter() throws {
        let folder = try TemporaryFolder()
        let (bank, pretestItems) = try Self.inputs(folder)
        let pretest = PretestRequest(count: 16, itemsPath: pretestItems, perSession: 8, sizes: [60, 240, 960], targetRMSE: 0.3)
        let outcome = try Simulator.run(Self.request(folder, bank: bank, pretest: pretest, out: "out"))
        let plan = try #require(outcome.summary.pretest)
        #expect(plan.ids.count == 16 && plan.ids.allSatisfy { $0.hasPrefix("new") })
        #expect(plan.sizes.map(\.learners) == [60, 240, 960])
        let b = plan.sizes.compactMap(\.difficultyRMSE)
        let a = plan.sizes.compactMap(\.discriminationRMSE)
        #expect(b.count == 3 && a.count == 3)
        // Each size has four times the learners of the one before: the error about halves (the
        // sizes are nested, so one unlucky challenge can hold a step back: compare with the first).
        let figures = plan.sizes.map { "\($0.learners): b RMSE \($0.difficultyRMSE ?? .nan) bias \($0.difficultyBias ?? .nan) SE \($0.meanDifficultyStandardError ?? .nan) a RMSE \($0.discriminationRMSE ?? .nan) pop \($0.populationMean) \($0.populationSD)" }
        #expect(b[1] < b[0] && b[2] < 0.75 * b[0], "\(figures)")
        #expect(a[1] < a[0] && a[2] < 0.75 * a[0], "\(figures)")
        // About 480 answers each: standard errors near 0.15 (honest ones: the RMSE over 16
        // challenges stays within a factor 2 of them).
        #expect(b[2] < 0.3, "\(figures)")
        #expect(plan.sizes.allSatisfy { size in (size.difficultyRMSE ?? 9) < 2 * (size.meanDifficultyStandardError ?? 0) }, "\(figures)")
        #expect((plan.sizes.last?.difficultyCorrelation ?? 0) > 0.97)
        #expect((plan.sizes.first?.difficultyCorrelation ?? 1) < (plan.sizes.last?.difficultyCorrelation ?? 0))
        // 5 of the 10 pretest challenges per session: about half the learners answer each.
        let last = try #require(plan.sizes.last)
        #expect(abs(last.meanAnswers - 480) < 60 && last.estimated == 16 && last.converged)
        #expect(last.anchors > 30, "the live challenges anchor the scale")
        // The target is reached from the first size whose RMSE stays under it.
        let expected = zip(plan.sizes.indices, plan.sizes).first { index, _ in plan.sizes[index...].allSatisfy { ($0.difficultyRMSE ?? 1) < 0.3 } }?.1.learners
        #expect(plan.targetReachedAt == expected && expected != nil)
        // pretest.csv: one line per challenge and size, the truth beside each estimate.
        let table = try rows(folder.read("out", "pretest.csv"))
        #expect(table.count == 48)
        let line = try #require(table.first { $0[0] == "960" && $0[1] == plan.ids[0] })
        #expect(Double(line[3]) == plan.trueDifficulty[0])
        // The summary and the report hold the figures.
        let summary = try folder.read("out", "summary.json")
        let json = try JSONParser.parse(Array(summary.utf8))
        #expect(json["pretest"]?["targetReachedAt"] == expected.map { JSONValue.integer($0) })
        guard case .array(let sizes)? = json["pretest"]?["sizes"] else { Issue.record("no sizes in summary.json"); return }
        #expect(sizes.count == 3 && sizes[2]["difficulty"]?["rmse"] == .number(b[2]))
        let report = try folder.read("out", "report.html")
        #expect(report.contains("data-chart=\"pretest\"") && report.contains("data-table=\"pretest\""))
        #expect(report.contains("960"))
    }

    @Test func anUnreachedTargetIsSaidPlainly() throws {
        let folder = try TemporaryFolder()
        let (bank, pretestItems) = try Self.inputs(folder)
        let pretest = PretestRequest(count: 4, itemsPath: pretestItems, sizes: [40, 80], targetRMSE: 0.01)
        let outcome = try Simulator.run(Self.request(folder, bank: bank, pretest: pretest, out: "out"))
        let plan = try #require(outcome.summary.pretest)
        #expect(plan.targetReachedAt == nil)
        let json = try JSONParser.parse(Array(folder.read("out", "summary.json").utf8))
        #expect(json["pretest"]?["targetReachedAt"] == .null)
        #expect(try folder.read("out", "report.html").contains("None of the numbers of learners tried brings the difficulty&#39;s RMSE under 0.01")
                || folder.read("out", "report.html").contains("None of the numbers of learners tried brings the difficulty's RMSE under 0.01"))
    }

    @Test func pretestQuestionsNeverChangeTheScores() throws {
        let folder = try TemporaryFolder()
        let (bank, pretestItems) = try Self.inputs(folder)
        let pretest = PretestRequest(count: 6, itemsPath: pretestItems, perSession: 3, sizes: [50, 200])
        _ = try Simulator.run(Self.request(folder, bank: bank, pretest: pretest, out: "with"))
        _ = try Simulator.run(Self.request(folder, bank: bank, pretest: nil, out: "without").withLearners(200))
        #expect(try folder.read("with", "learners.csv") == folder.read("without", "learners.csv"))
        #expect(try folder.read("with", "items.csv") == folder.read("without", "items.csv"))
        // The answers are those of the run without pretest, plus 3 pretest answers per learner.
        let with = try folder.read("with", "answers.csv").split(separator: "\n")
        let without = try folder.read("without", "answers.csv").split(separator: "\n")
        #expect(with.filter { !$0.contains(",new0") } == without)
        #expect(with.filter { $0.contains(",new0") }.count == 3 * 200)
    }

    @Test func oneOrTwoThreadsWriteTheSameBytes() throws {
        let folder = try TemporaryFolder()
        let (bank, pretestItems) = try Self.inputs(folder)
        let pretest = PretestRequest(count: 8, itemsPath: pretestItems, perSession: 4, sizes: [100, 300])
        _ = try Simulator.run(Self.request(folder, bank: bank, pretest: pretest, out: "one", threads: 1))
        _ = try Simulator.run(Self.request(folder, bank: bank, pretest: pretest, out: "two", threads: 2))
        for name in ["learners.csv", "items.csv", "summary.json", "report.html", "answers.csv", "pretest.csv"] {
            let one = try Data(contentsOf: folder.path("one").appendingPathComponent(name))
            let two = try Data(contentsOf: folder.path("two").appendingPathComponent(name))
            #expect(one == two, "\(name)")
        }
    }

    @Test func insertionsAreSpreadOverTheSession() {
        let pool = PretestPool(ids: (0..<10).map { "p\($0)" }, discrimination: Array(repeating: 1, count: 10),
                               difficulty: Array(repeating: 0, count: 10), source: "items", path: nil, digest: nil)
        let plan = PretestInsertions(pool: pool, perSession: 4, nominalLength: 12)
        var positionsSeen = Set<Int>()
        var itemsSeen = Set<Int>()
        for learner in 0..<200 {
            var random = LearnerStreams.unscored(seed: 3, learner: learner)
            var insertions: [UnscoredInsertion] = []
            plan.insertions(learner: learner, random: &random, into: &insertions)
            #expect(insertions.count == 4)
            #expect(insertions.map(\.position) == insertions.map(\.position).sorted() && Set(insertions.map(\.position)).count == 4)
            #expect(Set(insertions.map(\.item)).count == 4)
            #expect(insertions.allSatisfy { (0..<16).contains($0.position) && (0..<10).contains($0.item) })
            positionsSeen.formUnion(insertions.map(\.position))
            itemsSeen.formUnion(insertions.map(\.item))
        }
        #expect(positionsSeen == Set(0..<16))
        #expect(itemsSeen == Set(0..<10))
    }

    @Test func wrongPretestRequestsAreUsageErrors() throws {
        let folder = try TemporaryFolder()
        let (bank, pretestItems) = try Self.inputs(folder)
        let cases: [(PretestRequest, String)] = [
            (PretestRequest(count: 17, itemsPath: pretestItems, sizes: [50]), "has only 16 challenges to pretest"),
            (PretestRequest(count: 0, itemsPath: pretestItems, sizes: [50]), "--pretest 0"),
            (PretestRequest(count: 3, itemsPath: pretestItems, perSession: 4, sizes: [50]), "--pretest-per-session 4"),
            (PretestRequest(count: 3, itemsPath: pretestItems, sizes: [100, 50]), "increasing order"),
            (PretestRequest(count: 3, itemsPath: pretestItems, sizes: [50, 50]), "increasing order"),
            (PretestRequest(count: 3, itemsPath: pretestItems, sizes: []), "at least one number of learners"),
            (PretestRequest(count: 3, itemsPath: pretestItems, sizes: [1]), "at least 2 learners"),
            (PretestRequest(count: 3, itemsPath: pretestItems, sizes: [50], targetRMSE: 0), "--target-rmse"),
            (PretestRequest(count: 3, sizes: [50]), "no provisional challenge"),
        ]
        for (pretest, message) in cases {
            var request = Self.request(folder, bank: bank, pretest: pretest, out: "out")
            request = request.withLearners(50)
            do {
                _ = try Simulator.run(request)
                Issue.record("\(pretest) ran")
            } catch {
                guard case .usage(let text) = error else { Issue.record("\(error)"); continue }
                #expect(text.contains(message), "\(text)")
            }
        }
        // A simulation with fewer learners than the largest size.
        do {
            _ = try Simulator.run(Self.request(folder, bank: bank, pretest: PretestRequest(count: 3, itemsPath: pretestItems, sizes: [50, 100]), out: "out").withLearners(60))
            Issue.record("ran with 60 learners for a size of 100")
        } catch {
            #expect(error.description.contains("the simulation has 60 learners, fewer than 100"))
        }
        // A pretest challenge already in the bank is a diagnostic at its line.
        let clash = try folder.write("clash.csv", "id,discrimination,difficulty\nnew-1,1,0\nitem0003,1.1,0.5\n")
        do {
            _ = try Simulator.run(Self.request(folder, bank: bank, pretest: PretestRequest(count: 1, itemsPath: clash, sizes: [50]), out: "out"))
            Issue.record("a clash ran")
        } catch {
            guard case .diagnostics(let diagnostics) = error else { Issue.record("\(error)"); return }
            #expect(diagnostics.map(\.code.rawValue) == ["PIX0803"])
            #expect(diagnostics.first?.message.contains("`item0003` is also in the bank") == true)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("out").path))
    }
}

extension SimulationRequest {
    func withLearners(_ learners: Int) -> SimulationRequest {
        var request = self
        request.population = .distribution(.normal(mean: 0, standardDeviation: 1), learners: learners)
        return request
    }
}

/// The issue's criterion for `pixc calibrate`: on answers `pixc simulate` produced with an
/// adaptive engine, the difficulties of challenges with 100 answers or more correlate ≥ 0.98
/// with the truth, with a slope of 1 ± 0.05, and degenerate estimates are flagged.
@Suite("Calibration of simulated adaptive answers")
struct SimulatedAnswersCalibrationTests {
    @Test(arguments: ["max-info", "flash"])
    func adaptiveAnswersCalibrateToTheTruth(_ engine: String) throws {
        let folder = try TemporaryFolder()
        let bankCSV = SyntheticBank.csv(items: 120, seed: 31, competences: 8)
        let bank = try folder.write("bank.csv", bankCSV)
        let choice: SimulatedEngineChoice = engine == "flash" ? .flash(.v3Certification) : .maxInfo(length: 24, stopError: nil)
        var request = SimulationRequest.test(.items(path: bank), learners: 2500, engine: choice, folder: folder, threads: 2, seed: 32)
        request.writesAnswers = true
        _ = try Simulator.run(request)
        let (log, problems) = AnswerLogReader.read(MemoryByteSource(try folder.read("out", "answers.csv")), path: "answers.csv")
        let answers = try #require(log, "\(problems)")
        let result = Calibrator.calibrate(answers)
        let truth = Dictionary(uniqueKeysWithValues: rows(bankCSV).map { ($0[0], Double($0[2]) ?? .nan) })
        let enough = result.items.filter { $0.answers >= 100 }
        let b = Recovery(estimated: enough.map(\.difficulty), truth: enough.map { truth[$0.id] ?? .nan })
        #expect(result.converged)
        #expect(enough.count >= 40, "\(enough.count) challenges with 100 answers or more")
        #expect(b.correlation >= 0.98 && abs(b.slope - 1) <= 0.05, "\(engine): \(b)")
        // Estimates far from the truth never come unflagged unless their standard error says so.
        for item in result.items where item.flags.isEmpty {
            let error = abs(item.difficulty - (truth[item.id] ?? .nan))
            #expect(error < 4 * (item.difficultyStandardError ?? 0) + 0.05, "\(item.id): error \(error), SE \(item.difficultyStandardError ?? .nan)")
        }
        #expect(result.items.filter { $0.discrimination < 0.2 || abs($0.difficulty) > 4 }.allSatisfy { !$0.flags.isEmpty })
    }
}
