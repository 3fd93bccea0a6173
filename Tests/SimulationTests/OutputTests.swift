import Engine
import Foundation
import JSON
import Release
@testable import Simulation
import Testing
import Vocabulary

@Suite("Simulation outputs")
struct OutputTests {
    static let outputs = ["learners.csv", "items.csv", "summary.json", "report.html", "trace.jsonl", "answers.csv"]

    func contents(_ folder: TemporaryFolder, _ out: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in Self.outputs {
            files[name] = try Data(contentsOf: folder.path(out).appendingPathComponent(name))
        }
        return files
    }

    @Test(arguments: ["flash", "max-info", "smart-random"])
    func oneOrTwoThreadsWriteTheSameBytes(_ engine: String) throws {
        let folder = try TemporaryFolder()
        let bank = try folder.write("bank.csv", SyntheticBank.csv(items: 120, seed: 5, competences: 6))
        let choice: SimulatedEngineChoice = switch engine {
        case "flash": .flash(.v3Certification)
        case "max-info": .maxInfo(length: 20, stopError: nil)
        default: .smartRandom(maximumLength: nil, locale: "fr")
        }
        let learners = engine == "smart-random" ? 60 : 150
        var outputs: [[String: Data]] = []
        for threads in [1, 2] {
            var request = SimulationRequest.test(.items(path: bank), learners: learners, engine: choice, folder: folder, out: "out\(threads)", threads: threads)
            request.writesTrace = true
            request.writesAnswers = true
            _ = try Simulator.run(request)
            outputs.append(try contents(folder, "out\(threads)"))
        }
        for name in Self.outputs {
            #expect(outputs[0][name] == outputs[1][name], "\(name) differs between 1 and 2 threads")
            #expect((outputs[0][name]?.count ?? 0) > 0)
        }
        var other = SimulationRequest.test(.items(path: bank), learners: learners, engine: choice, folder: folder, out: "other", seed: 8)
        other.writesTrace = true
        other.writesAnswers = true
        _ = try Simulator.run(other)
        #expect(try contents(folder, "other")["learners.csv"] != outputs[0]["learners.csv"], "another seed, other learners")
    }

    @Test func theOutputsAgreeWithEachOther() throws {
        let folder = try TemporaryFolder()
        let bank = try folder.write("bank.csv", SyntheticBank.csv(items: 80, seed: 6, competences: 4))
        var request = SimulationRequest.test(.items(path: bank), learners: 100, folder: folder)
        request.writesAnswers = true
        let outcome = try Simulator.run(request)
        #expect(outcome.files == ["learners.csv", "items.csv", "summary.json", "report.html", "answers.csv"])
        let learnersText = try folder.read("out", "learners.csv")
        #expect(learnersText.hasPrefix("learner,trueCapacity,estimatedCapacity,errorRate,length,correct,score\n"))
        let learners = rows(learnersText)
        #expect(learners.count == 100)
        #expect(learners.map { $0[0] } == (1...100).map(String.init))
        let answersText = try folder.read("out", "answers.csv")
        #expect(answersText.hasPrefix("learner,challenge,result\n"))
        let answers = rows(answersText)
        for learner in learners {
            let own = answers.filter { $0[0] == learner[0] }
            #expect(String(own.count) == learner[4])
            #expect(String(own.filter { $0[2] == "ok" }.count) == learner[5])
            #expect(own.allSatisfy { $0[2] == "ok" || $0[2] == "ko" })
        }
        let items = rows(try folder.read("out", "items.csv"))
        #expect(items.count == 80)
        #expect(items.reduce(0) { $0 + (Int($1[5]) ?? 0) } == answers.count)
        #expect(items.allSatisfy { $0[3] == "false" })
        let summary = try JSONParser.parse(Array(try folder.read("out", "summary.json").utf8))
        #expect(summary["overall"]?["learners"] == .integer(100))
        #expect(summary["inputs"]?["seed"] == .string("7"))
        #expect(summary["inputs"]?["engine"]?["name"] == .string("flash"))
        #expect(summary["answersPerCompetence"].map { value -> Int in
            guard case .array(let entries) = value else { return -1 }
            return entries.reduce(0) { total, entry in
                if case .integer(let count)? = entry["answers"] { return total + count }
                return total
            }
        } == answers.count)
        let report = try folder.read("out", "report.html")
        for chart in Report.charts(outcome.summary) { #expect(report.contains("data-chart=\"\(chart)\"")) }
        #expect(!report.contains("<script"))
        #expect(!report.contains("http://") || report.contains("xmlns=\"http://www.w3.org/2000/svg\""))
    }

    @Test func unscoredQuestionsLeaveTheAdaptiveTestUnchanged() throws {
        struct TwoPretestItems: UnscoredInsertionPlan {
            let items = UnscoredItems(ids: ["pretest-easy", "pretest-hard"], trueDiscrimination: [1, 1.5], trueDifficulty: [-1, 2])
            func insertions(learner: Int, random: inout SplitMix64, into insertions: inout [UnscoredInsertion]) {
                insertions.append(UnscoredInsertion(position: 0, item: 0))
                insertions.append(UnscoredInsertion(position: 3 + Int(random.next() % 3), item: 1))
            }
        }
        let folder = try TemporaryFolder()
        let path = try folder.write("bank.csv", SyntheticBank.csv(items: 60, seed: 3, competences: 4))
        let bank = try SimulationBank.load(items: path)
        let tables = BankTables(bank: bank, truth: nil, flashGrid: true, eapGrid: false)
        let population = Population.drawn(.normal(mean: 0, standardDeviation: 1), learners: 20)
        let context = OutputContext(tables: tables, population: population, bands: .standard, writesTrace: false, writesAnswers: true)
        func run<Plan: UnscoredInsertionPlan>(_ plan: Plan) -> ChunkOutput {
            var engine = FlashEngine(tables: tables, configuration: .v3Certification)
            var runner = SessionRunner(tables: tables, plan: plan, seed: 4)
            var output = ChunkOutput(context: context, statistics: ChunkStatistics(items: tables.count, competences: tables.competenceCount,
                                                                                    bands: CapacityBands.standard.count, maximumScore: 895, meshes: 8, competencePix: false))
            for learner in 0..<20 {
                let capacity = population.trueCapacity(learner: learner, seed: 4)
                output.endLearner(trueCapacity: capacity, result: runner.run(&engine, learner: learner, trueCapacity: capacity, output: &output))
            }
            return output
        }
        let alone = run(NoInsertions())
        let withPretest = run(TwoPretestItems())
        #expect(alone.learners == withPretest.learners, "the adaptive test and its results do not change")
        #expect(alone.statistics.itemAnswers == withPretest.statistics.itemAnswers)
        let lines = String(decoding: withPretest.answers, as: UTF8.self).split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let scored = String(decoding: alone.answers, as: UTF8.self).split(separator: "\n").count
        #expect(lines.count == scored + 40)
        for learner in 1...20 {
            let own = lines.filter { $0[0] == String(learner) }.map { $0[1] }
            #expect(own.first == "pretest-easy")
            let hard = try #require(own.firstIndex(of: "pretest-hard"))
            #expect((3...5).contains(hard))
        }
    }

    @Test func nothingIsWrittenWhenTheInputsAreWrong() throws {
        let folder = try TemporaryFolder()
        let bank = try folder.write("bank.csv", "id,discrimination,difficulty\nq1,1.2,0\nq2,0.8,1\n")
        _ = try Simulator.run(SimulationRequest.test(.items(path: bank), learners: 10, folder: folder))
        let before = try folder.read("out", "learners.csv")
        let truth = try folder.write("truth.csv", "id,discrimination,difficulty\nq1,1,0\n")
        var request = SimulationRequest.test(.items(path: bank), learners: 20, folder: folder)
        request.truthPath = truth
        #expect(throws: SimulationFailure.self) { try Simulator.run(request) }
        #expect(try folder.read("out", "learners.csv") == before, "the previous outputs are untouched")
        let staging = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix(".") }
        #expect(staging.isEmpty)
    }

    @Test func aFolderWithOtherFilesIsNeverReplaced() throws {
        let folder = try TemporaryFolder()
        let bank = try folder.write("bank.csv", "id,discrimination,difficulty\nq1,1.2,0\n")
        try FileManager.default.createDirectory(at: folder.path("notes"), withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: folder.path("notes").appendingPathComponent("todo.txt"))
        do {
            _ = try Simulator.run(SimulationRequest.test(.items(path: bank), learners: 5, folder: folder, out: "notes"))
            Issue.record("expected a refusal")
        } catch {
            guard case .usage(let message) = error else { throw error }
            #expect(message.contains("todo.txt"))
        }
        #expect(try folder.read("notes", "todo.txt") == "keep me")
        do {
            _ = try Simulator.run(SimulationRequest.test(.items(path: bank), learners: 5, folder: folder, out: "."))
            Issue.record("expected a refusal: the folder holds the bank")
        } catch {
            guard case .usage = error else { throw error }
        }
    }

    @Test func smartRandomComparesPixWithTheTrueCapacity() throws {
        let folder = try TemporaryFolder()
        let bank = try folder.write("bank.csv", SyntheticBank.csv(items: 160, seed: 8, competences: 4))
        let summary = try Simulator.run(SimulationRequest.test(.items(path: bank), learners: 100, engine: .smartRandom(maximumLength: nil, locale: "fr"), folder: folder)).summary
        let pix = try #require(summary.competencePix)
        #expect(pix.count == 4)
        for competence in pix {
            #expect(competence.meanEarned >= 0 && competence.meanEarned <= 48)
            #expect(competence.meanImplied >= 0 && competence.meanImplied <= 48)
            #expect(competence.sameLevelShare >= 0 && competence.sameLevelShare <= 1)
        }
        #expect(summary.scores == nil)
        #expect(try #require(summary.overall.meanLength) > 5)
        let bankWithoutLevels = try folder.write("nolevel.csv", "id,discrimination,difficulty\nq1,1,0\n")
        #expect(throws: SimulationFailure.self) {
            try Simulator.run(SimulationRequest.test(.items(path: bankWithoutLevels), learners: 5, engine: .smartRandom(maximumLength: nil, locale: "fr"), folder: folder, out: "x"))
        }
    }
}
