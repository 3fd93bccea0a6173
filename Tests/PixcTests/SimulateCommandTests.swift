import Foundation
import Testing

@Suite("pixc simulate")
struct SimulateCommandTests {
    static let bank = """
    id,discrimination,difficulty
    q1,1.2,-1
    q2,0.8,0
    q3,1.5,1
    q4,1,2

    """

    @Test func writesItsOutputsAndSaysWhatItFound() throws {
        let repository = try TemporaryRepository(["bank.csv": Self.bank], includeContext: false)
        let out = repository.url.appendingPathComponent("sim").path
        let run = pixc(["simulate", "--items", repository.url.appendingPathComponent("bank.csv").path, "--learners", "40",
                        "--engine", "max-info", "--length", "3", "--answers", "--trace", "--out", out, "--threads", "2"])
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out.contains("40 learners, engine max-info, 4 challenges"))
        #expect(run.out.contains("RMSE"))
        #expect(run.err.isEmpty, "no progress bar when standard error is not a terminal")
        for file in ["learners.csv", "items.csv", "summary.json", "report.html", "trace.jsonl", "answers.csv"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + file), "\(file)")
        }
    }

    @Test func flashOptionsReachTheEngine() throws {
        let repository = try TemporaryRepository(["bank.csv": Self.bank], includeContext: false)
        let out = repository.url.appendingPathComponent("sim").path
        let run = pixc(["simulate", "--items", repository.url.appendingPathComponent("bank.csv").path, "--learners", "10", "--length", "2",
                        "--variation-percent", "0", "--no-one-question-per-tube", "--no-passage-by-all-competences",
                        "--challenges-between-same-competence", "0", "--initial-capacity", "-1.5", "--pick-probability", "100", "--out", out])
        #expect(run.code == 0, "\(run.err)")
        let summary = try String(contentsOfFile: out + "/summary.json", encoding: .utf8)
        for expected in ["\"maximumAssessmentLength\": 2", "\"variationPercent\": 0", "\"limitToOneQuestionPerTube\": false",
                         "\"enablePassageByAllCompetences\": false", "\"challengesBetweenSameCompetence\": 0",
                         "\"defaultCandidateCapacity\": -1.5", "\"defaultProbabilityToPickChallenge\": 100"] {
            #expect(summary.contains(expected), "\(expected)")
        }
    }

    @Test func wrongCallsAreUsageErrors() throws {
        let repository = try TemporaryRepository(["bank.csv": Self.bank], includeContext: false)
        let bank = repository.url.appendingPathComponent("bank.csv").path
        let out = repository.url.appendingPathComponent("sim").path
        let cases: [([String], String)] = [
            (["--stop-error", "0.3"], "--stop-error applies to the max-info engine"),
            (["--engine", "max-info", "--pick-probability", "50"], "--pick-probability applies to the flash engine"),
            (["--capacity", "normal:0"], "--capacity normal:0"),
            (["--learners", "0"], "--learners 0"),
            (["--capacities", bank, "--learners", "5"], "leave out --learners"),
            (["--pick-probability", "120"], "--pick-probability"),
            (["--bands", "3,-3,1"], "--bands"),
        ]
        for (arguments, message) in cases {
            let run = pixc(["simulate", "--items", bank, "--out", out] + arguments)
            #expect(run.code == 2, "\(arguments)")
            #expect(run.err.contains(message), "\(arguments): \(run.err)")
        }
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aBrokenItemsFileIsReportedAtItsPlace() throws {
        let repository = try TemporaryRepository(["bank.csv": "id,discrimination,difficulty\nq1,1.2,facile\n"], includeContext: false)
        let run = pixc(["simulate", "--items", repository.url.appendingPathComponent("bank.csv").path, "--out", repository.url.appendingPathComponent("sim").path])
        #expect(run.code == 1)
        #expect(run.err.contains("bank.csv:2:8: error[PIX0802]: `facile` is not a number (difficulty)"), "\(run.err)")
        #expect(run.err.contains("help:"))
    }

    @Test func explainKnowsTheSimulationCodes() {
        let run = pixc(["explain", "PIX0803"])
        #expect(run.code == 0)
        #expect(run.out.contains("alice"))
        #expect(run.out.contains("pixc reports"))
    }
}
