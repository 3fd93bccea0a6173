import Foundation
import Release
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

    static let pretestItems = """
    id,discrimination,difficulty
    new1,1.1,-0.5
    new2,0.9,0.5
    new3,1.3,0

    """

    @Test func pretestPlanningSaysHowManyLearnersTheNewChallengesNeed() throws {
        let repository = try TemporaryRepository(["bank.csv": Self.bank, "pretest.csv": Self.pretestItems], includeContext: false)
        let out = repository.url.appendingPathComponent("sim").path
        let run = pixc(["simulate", "--items", repository.url.appendingPathComponent("bank.csv").path, "--engine", "max-info", "--length", "3",
                        "--pretest", "3", "--pretest-items", repository.url.appendingPathComponent("pretest.csv").path, "--pretest-per-session", "2",
                        "--learners", "100,400", "--target-rmse", "0.5", "--out", out])
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out.contains("400 learners, engine max-info, 4 challenges"), "\(run.out)")
        #expect(run.out.contains("pretest: 3 challenges, 2 per session"), "\(run.out)")
        #expect(run.out.contains("  100 learners (") && run.out.contains("  400 learners ("), "\(run.out)")
        #expect(run.out.contains("RMSE falls under 0.50") || run.out.contains("None of the numbers of learners"), "\(run.out)")
        let table = try String(contentsOfFile: out + "/pretest.csv", encoding: .utf8)
        #expect(table.split(separator: "\n").count == 1 + 2 * 3)
    }

    @Test func wrongPretestCallsAreUsageErrors() throws {
        let repository = try TemporaryRepository(["bank.csv": Self.bank, "pretest.csv": Self.pretestItems], includeContext: false)
        let bank = repository.url.appendingPathComponent("bank.csv").path
        let pretest = repository.url.appendingPathComponent("pretest.csv").path
        let out = repository.url.appendingPathComponent("sim").path
        let cases: [([String], String)] = [
            (["--learners", "500,1000"], "several numbers of learners are for pretest planning"),
            (["--pretest-items", pretest], "--pretest-items applies to pretest planning"),
            (["--target-rmse", "0.2"], "--target-rmse applies to pretest planning"),
            (["--pretest-per-session", "2"], "--pretest-per-session applies to pretest planning"),
            (["--pretest", "2", "--pretest-items", pretest, "--learners", "1000,500"], "increasing order"),
            (["--pretest", "2", "--pretest-items", pretest, "--learners", "500,abc"], "--learners 500,abc"),
            (["--pretest", "2", "--pretest-items", pretest, "--learners", ","], "--learners ,"),
            (["--pretest", "4", "--pretest-items", pretest, "--learners", "50"], "has only 3 challenges to pretest"),
            (["--pretest", "2", "--learners", "50"], "no provisional challenge"),
            (["--pretest", "2", "--pretest-items", pretest, "--learners", "50", "--target-rmse", "-1"], "--target-rmse"),
            (["--pretest", "2", "--pretest-items", pretest, "--learners", "50", "--pretest-per-session", "3"], "--pretest-per-session 3"),
            (["--pretest", "2", "--pretest-items", pretest, "--learners", "50,2000000"], "at most 1,000,000 learners"),
            (["--pretest", "2", "--pretest-items", pretest, "--learners", "1000000", "--length", "200"], "more than 100,000,000 answers"),
        ]
        for (arguments, message) in cases {
            let run = pixc(["simulate", "--items", bank, "--out", out] + arguments)
            #expect(run.code == 2, "\(arguments)")
            #expect(run.err.contains(message), "\(arguments): \(run.err)")
        }
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// The whole chain on a built repository: simulated answers, calibrated, merged by the next
    /// build, listed by the diff; and pretest planning on the bundle's provisional challenges.
    @Test func simulatedAnswersCalibrateTheBundle() throws {
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": cleanChallenge, "Challenges/1.3/tableur/conversion.yaml": BuildCommandTests.randomized])
        let root = repository.url
        #expect(pixc(["build", "--root", root.path]).code == 0)
        let before = try Release.read(from: Data(contentsOf: root.appendingPathComponent("dist/release.json")))
        #expect(before.content.challenges.allSatisfy { $0.alpha == nil && $0.delta == nil })
        try FileManager.default.copyItem(at: root.appendingPathComponent("dist"), to: root.appendingPathComponent("dist-before"))

        let simulation = root.appendingPathComponent("simulation").path
        let simulate = pixc(["simulate", "--bundle", root.appendingPathComponent("dist").path, "--framework", "all", "--engine", "max-info", "--length", "4",
                             "--learners", "600", "--answers", "--out", simulation])
        #expect(simulate.code == 0, "\(simulate.err)")
        let calibration = root.appendingPathComponent("Calibration/simulated.csv").path
        let calibrate = pixc(["calibrate", simulation + "/answers.csv", "--out", calibration, "--report", root.appendingPathComponent("simulated").path])
        #expect(calibrate.code == 0, "\(calibrate.err)")
        let rows = try String(contentsOfFile: calibration, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(!rows.isEmpty)

        #expect(pixc(["build", "--root", root.path]).code == 0)
        let after = try Release.read(from: Data(contentsOf: root.appendingPathComponent("dist/release.json")))
        let calibrated = after.content.challenges.filter { $0.alpha != nil && $0.delta != nil }
        #expect(calibrated.count == rows.count)
        let diff = pixc(["diff", root.appendingPathComponent("dist-before").path, root.appendingPathComponent("dist").path])
        for challenge in calibrated { #expect(diff.out.contains(challenge.id), "\(challenge.id): \(diff.out)") }

        // Every challenge of the first bundle is provisional: pretest one of them on the others.
        let pretest = pixc(["simulate", "--bundle", root.appendingPathComponent("dist-before").path, "--framework", "all", "--engine", "max-info",
                            "--length", "4", "--pretest", "1", "--learners", "200,400", "--out", root.appendingPathComponent("pretest").path])
        #expect(pretest.code == 0, "\(pretest.err)")
        #expect(pretest.out.contains("pretest: 1 challenge, 1 per session"), "\(pretest.out)")
    }
}
