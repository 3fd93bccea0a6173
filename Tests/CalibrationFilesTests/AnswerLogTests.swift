import CalibrationFiles
import CZlib
import Diagnostics
import Foundation
import Testing

@Suite("Answer logs")
struct AnswerLogTests {
    func read(_ text: String, options: AnswerLogReader.Options = .init()) -> (log: AnswerLog?, diagnostics: [Diagnostic]) {
        AnswerLogReader.read(MemoryByteSource(text), path: "answers.csv", options: options)
    }

    func rendered(_ diagnostics: [Diagnostic]) -> String { HumanRenderer().render(diagnostics) }

    @Test func pixStatusesAndNumbers() throws {
        let (log, diagnostics) = read("learner,challenge,result\na,c2,ok\na,c1,ko\nb,c1,1\nb,c2,0\nc,c1,aband\nc,c2,timedout\n")
        #expect(diagnostics.isEmpty)
        let answers = try #require(log)
        #expect(answers.challengeIDs == ["c1", "c2"])
        #expect(answers.learnerCount == 3)
        // a: c2 right, c1 wrong; b: c1 right, c2 wrong; c: both wrong.
        #expect(answers.answers == [3, 0, 1, 2, 0, 2])
        #expect(answers.statistics.wrongByStatus.map(\.status) == ["aband", "timedout"])
    }

    @Test func dropLeavesStatusesOut() throws {
        let (log, _) = read("learner,challenge,result\na,c1,ok\na,c2,aband\nb,c2,focusedOut\nb,c1,ko\n", options: .init(dropped: ["aband", "focusedOut"]))
        let answers = try #require(log)
        #expect(answers.answerCount == 2)
        #expect(answers.statistics.dropped == [.init(status: "aband", count: 1), .init(status: "focusedOut", count: 1)])
    }

    @Test func pixExportColumnsWithOthersIgnored() throws {
        let text = "id;value;result;assessmentId;challengeId;userId\n1;\"a;b\";ok;17;recA;3\n2;x;ko;17;recB;3\n3;y;ok;18;recA;3\n"
        let (log, diagnostics) = read(text)
        #expect(diagnostics.isEmpty)
        let answers = try #require(log)
        #expect(answers.learnerColumn == "assessmentId")
        #expect(answers.learnerCount == 2)
        #expect(answers.statistics.ignoredColumns == ["id", "value", "userId"])
        let byUser = try #require(read(text, options: .init(learnerColumn: "userId")).log)
        #expect(byUser.learnerCount == 1)
        #expect(byUser.statistics.repeatedAnswers == 1)
    }

    @Test func malformedLinesAtFileLineWithHelp() {
        let (log, diagnostics) = read("learner,challenge,result\na,c1,ok\nb,c2\n,c1,ok\nc,c1,juste\n")
        #expect(log == nil)
        #expect(diagnostics.map(\.code.rawValue) == ["PIX0611", "PIX0611", "PIX0612"])
        #expect(diagnostics.map { $0.location?.line ?? 0 } == [3, 4, 5])
        let text = rendered(diagnostics)
        #expect(text.contains("answers.csv:5:6: error[PIX0612]: `juste` is not an answer status"))
        #expect(text.contains("5 | c,c1,juste"))
        #expect(text.contains("help: write ok, ko"))
    }

    @Test func missingColumns() {
        let (log, diagnostics) = read("user,question,result\n1,c1,ok\n")
        #expect(log == nil)
        #expect(diagnostics.map(\.code.rawValue) == ["PIX0610"])
        #expect(diagnostics.first?.message.contains("learner") ?? false)
    }

    @Test func manyBadLinesKeepFewDiagnostics() {
        var text = "learner,challenge,result\n"
        for index in 0..<20_000 { text += "\(index),c1,maybe\n" }
        let (log, diagnostics) = read(text)
        #expect(log == nil)
        #expect(diagnostics.count == 51)
        #expect(diagnostics.last?.code.rawValue == "PIX0606")
        #expect(diagnostics.last?.message == "19950 more problems in this file are not shown")
        #expect(diagnostics[49].location?.line == 51)
    }

    @Test func gzipFilesAreReadAndDamageIsReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-answers-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = "learner,challenge,result\n"
        for index in 0..<5000 { text += "\(index % 700),c\(index % 13),\(index % 3 == 0 ? "ko" : "ok")\n" }
        let path = folder.appendingPathComponent("answers.csv.gz").path
        let file = try #require(gzopen(path, "wb"))
        _ = text.withCString { gzwrite(file, $0, UInt32(strlen($0))) }
        gzclose(file)
        let (log, diagnostics) = AnswerLogReader.read(try FileByteSource(path: path), path: "answers.csv.gz")
        #expect(diagnostics.isEmpty)
        #expect(log?.answerCount == 5000)
        #expect(log?.learnerCount == 700)
        // Cut short: the end of the gzip stream is missing.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let cut = folder.appendingPathComponent("cut.csv.gz").path
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: cut))
        let (none, problems) = AnswerLogReader.read(try FileByteSource(path: cut), path: "cut.csv.gz")
        #expect(none == nil)
        #expect(problems.map(\.code.rawValue) == ["PIX0607"])
        // A plain file is read by the same source.
        let plain = folder.appendingPathComponent("answers.csv").path
        try text.write(toFile: plain, atomically: true, encoding: .utf8)
        #expect(AnswerLogReader.read(try FileByteSource(path: plain), path: "answers.csv").log?.answerCount == 5000)
    }
}
