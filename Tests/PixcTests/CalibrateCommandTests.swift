import Compiler
import Foundation
import PixcCommands
import Release
import Testing

@Suite("pixc calibrate")
struct CalibrateCommandTests {
    /// Answers of `learners` simulated learners to every challenge row of a built release.
    static func answers(for ids: [String], learners: Int) -> String {
        var state: UInt64 = 42
        func unit() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) * 0x1.0p-53
        }
        var text = "userId,assessmentId,challengeId,result,timeSpent\n"
        for learner in 0..<learners {
            let theta = (unit() + unit() + unit() - 1.5) * 2
            for (index, id) in ids.enumerated() {
                let difficulty = -1 + 2 * Double(index) / Double(max(1, ids.count - 1))
                let right = unit() < 1 / (1 + exp(-1.3 * (theta - difficulty)))
                text += "\(learner % 50),\(1000 + learner),\(id),\(right ? "ok" : (learner % 7 == 0 ? "aband" : "ko")),12\n"
            }
        }
        return text
    }

    static func release(_ folder: URL) throws -> Release {
        try Release.read(from: Data(contentsOf: folder.appendingPathComponent("dist/release.json")))
    }

    @Test func calibratedParametersReachTheBundleAndTheDiff() throws {
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": cleanChallenge, "Challenges/1.3/tableur/conversion.yaml": BuildCommandTests.randomized])
        let root = repository.url
        #expect(pixc(["build", "--root", root.path]).code == 0)
        let before = try Self.release(root)
        #expect(before.content.challenges.allSatisfy { $0.alpha == nil })
        try FileManager.default.copyItem(at: root.appendingPathComponent("dist"), to: root.appendingPathComponent("dist-before"))
        let ids = before.content.challenges.map(\.id).sorted()
        let answers = root.appendingPathComponent("logs/answers-2026-11.csv")
        try FileManager.default.createDirectory(at: answers.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.answers(for: ids, learners: 600).write(to: answers, atomically: true, encoding: .utf8)

        let out = root.appendingPathComponent("Calibration/2026-11.csv")
        let run = pixc(["calibrate", answers.path, "--out", out.path, "--content", root.path, "--drop", "aband", "--calibration-id", "2026-11"])
        #expect(run.code == 0, "\(run.out)\(run.err)")
        #expect(run.out.contains("learners: column assessmentId"))
        #expect(run.out.contains("left out: "))
        #expect(run.out.contains("converged after"))
        let csv = try String(contentsOf: out, encoding: .utf8)
        #expect(csv.hasPrefix("challengeId,discrimination,difficulty,discriminationStandardError,difficultyStandardError,responses,calibrationId,flags\n"))
        #expect(csv.split(separator: "\n").count == ids.count + 1)
        let report = root.appendingPathComponent("logs/answers-2026-11.report.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])
        #expect(json["converged"] as? Bool == true)
        #expect((json["items"] as? [Any])?.count == ids.count)
        let html = try String(contentsOf: root.appendingPathComponent("logs/answers-2026-11.report.html"), encoding: .utf8)
        #expect(html.contains("<table id=\"items\">"))

        // The build merges the calibration, and the diff lists the recalibrated challenges.
        let build = pixc(["build", "--root", root.path])
        #expect(build.code == 0, "\(build.out)")
        let after = try Self.release(root)
        #expect(after.content.challenges.allSatisfy { $0.alpha != nil && $0.delta != nil })
        let diff = pixc(["diff", root.appendingPathComponent("dist-before").path, root.appendingPathComponent("dist").path])
        #expect(diff.out.contains("recherche-annee-cnil"), "\(diff.out)")
        #expect(diff.out.lowercased().contains("calibra"), "\(diff.out)")

        // Anchored on the bundle just built: every answered challenge keeps its parameters, the
        // population's mean and spread are estimated, no anchor drifts on its own answers.
        let anchored = pixc(["calibrate", answers.path, "--anchors-from-bundle", root.appendingPathComponent("dist").path,
                             "--out", root.appendingPathComponent("logs/anchored.csv").path, "--report", root.appendingPathComponent("logs/anchored").path])
        #expect(anchored.code == 0, "\(anchored.err)")
        #expect(anchored.out.contains("population: mean"), "\(anchored.out)")
        #expect(!anchored.out.contains("anchor-drift"))
        let anchoredJSON = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("logs/anchored.json"))) as? [String: Any])
        #expect((anchoredJSON["population"] as? [String: Any])?["estimated"] as? Bool == true)
        #expect((anchoredJSON["anchors"] as? [String: Any])?["answered"] as? Int == ids.count)
        let byFile = pixc(["calibrate", answers.path, "--anchors", out.path, "--out", root.appendingPathComponent("logs/by-file.csv").path,
                           "--report", root.appendingPathComponent("logs/by-file").path])
        #expect(byFile.code == 0, "\(byFile.err)")
        #expect(try String(contentsOf: root.appendingPathComponent("logs/by-file.csv"), encoding: .utf8).split(separator: "\n").count == 1)

        // Pix's import format.
        let pixOut = root.appendingPathComponent("logs/pix-import.csv")
        let pix = pixc(["calibrate", answers.path, "--out", pixOut.path, "--format", "pix", "--calibration-id", "42", "--report", root.appendingPathComponent("logs/pix").path])
        #expect(pix.code == 0, "\(pix.err)")
        let pixText = try String(contentsOf: pixOut, encoding: .utf8)
        #expect(pixText.hasPrefix("challengeId,complementaryCertificationKey,alpha,delta,calibrationId,flags\n"))
        #expect(pixText.contains(",CORE,") && pixText.contains(",42,"))
        #expect(pixc(["calibrate", answers.path, "--format", "pix"]).code == 2)
    }

    @Test func anErrorWritesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-calibrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = folder.appendingPathComponent("answers.csv")
        try "learner,challenge,result\n1,recA,ok\n2,recA,peut-être\n".write(to: answers, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out.csv")
        let run = pixc(["calibrate", answers.path, "--out", out.path])
        #expect(run.code == 1)
        #expect(run.err.contains("answers.csv:3:8: error[PIX0612]"))
        #expect(run.err.contains("nothing written"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("answers.report.json").path))
        #expect(pixc(["calibrate", answers.path, "--drop", "ok"]).code == 2)
    }

    @Test func pixCalibrationFilesByCertificationKey() throws {
        let pixFile = "challengeId\tcomplementaryCertificationKey\talpha\tdelta\tcalibrationId\nrecherche-annee-cnil\tCORE\t1.5\t-0.25\t7\nrecherche-annee-cnil\tDROIT\t0.75\t2.5\t8\n"
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": cleanChallenge, "Calibration/pix-2026.csv": pixFile])
        let root = repository.url
        let core = pixc(["build", "--root", root.path])
        #expect(core.code == 0, "\(core.out)")
        let coreRow = try #require(try Self.release(root).content.challenges.first { $0.id == "recherche-annee-cnil" })
        #expect(coreRow.alpha == 1.5 && coreRow.delta == -0.25)
        #expect(pixc(["build", "--root", root.path, "--certification-key", "DROIT"]).code == 0)
        let droitRow = try #require(try Self.release(root).content.challenges.first { $0.id == "recherche-annee-cnil" })
        #expect(droitRow.alpha == 0.75 && droitRow.delta == 2.5)
        let clea = pixc(["check", "--root", root.path])
        #expect(clea.code == 0)
    }
}
