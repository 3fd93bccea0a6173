@testable import Compiler
import Testing

/// `pixc stats --quality`: QCU guessable without the skill.
@Suite("Quality report")
struct QualityReportTests {
    static func qcu(_ id: String, options: [String], right: Int, shuffled: Bool) -> String {
        var lines = ["id: \(id)", "skill: \"@recherche2\"", "type: QCU", "status: proposé",
                     "instruction: Quel site est un moteur de recherche ?", "options:"]
        for (index, option) in options.enumerated() {
            lines.append(index == right ? "  - {text: \"\(option)\", correct: oui}" : "  - \"\(option)\"")
        }
        lines += ["shuffled: \(shuffled ? "oui" : "non")", "tests:", "  accept: [\"\(right + 1)\"]", "  reject: [\"\(right == 0 ? 2 : 1)\"]"]
        return lines.joined(separator: "\n") + "\n"
    }

    static func report(_ files: [String: String]) -> QualityReport {
        QualityReport(Checker.check(ExampleContext.fileSystem.merging(MemoryFileSystem(texts: files))))
    }

    @Test func aRightOptionMuchLongerThanTheOthersIsListed() {
        let report = Self.report([
            "Challenges/1.1/recherche/long.yaml": Self.qcu("recherche-long", options: ["Qwant, un moteur de recherche français qui ne trace pas", "Wikipédia", "Firefox"], right: 0, shuffled: true),
            "Challenges/1.1/recherche/court.yaml": Self.qcu("recherche-court", options: ["Qwant", "Wikipédia", "Firefox"], right: 0, shuffled: true),
        ])
        #expect(report.longOptions.map(\.challengeID) == ["recherche-long"])
        #expect(report.longOptions.first?.othersLength == 8)
        // Both are shuffled: their written order tells the learner nothing.
        #expect(report.samePositions.isEmpty)
    }

    @Test func theSameWrittenPlaceInATubesUnshuffledQCUIsListed() {
        let files = [
            "Challenges/1.1/recherche/un.yaml": Self.qcu("recherche-un", options: ["Wikipédia", "Qwant", "Firefox"], right: 1, shuffled: false),
            "Challenges/1.1/recherche/deux.yaml": Self.qcu("recherche-deux", options: ["Firefox", "Bing", "Wikipédia"], right: 1, shuffled: false),
        ]
        let report = Self.report(files)
        #expect(report.samePositions == [QualityReport.SamePosition(tube: "@recherche", position: 2, challengeIDs: ["recherche-deux", "recherche-un"])])
        #expect(report.jsonReport.contains("\"sameRightPosition\":[{\"tube\":\"@recherche\",\"position\":2"))
        var moved = files
        moved["Challenges/1.1/recherche/deux.yaml"] = Self.qcu("recherche-deux", options: ["Bing", "Firefox", "Wikipédia"], right: 0, shuffled: false)
        #expect(Self.report(moved).samePositions.isEmpty)
    }
}
