import Engine
import Foundation
import JSON
import Release
@testable import Simulation
import Testing

@Suite("Bank diagnostics")
struct BankDiagnosticsTests {
    /// Three competences whose challenges are all easy (difficulty from −2.5 to 0.5): the able
    /// learners are poorly measured, and the top bands are where challenges are missing.
    @Test func aBankWithoutHardChallengesHasItsTopBandReportedAsAGap() throws {
        let folder = try TemporaryFolder()
        let bank = try folder.write("bank.csv", SyntheticBank.csv(items: 60, seed: 21, competences: 3, difficulty: -2.5...0.5))
        let request = SimulationRequest.test(.items(path: bank), learners: 1000, engine: .maxInfo(length: 20, stopError: nil), folder: folder)
        let summary = try Simulator.run(request).summary
        let diagnostics = summary.diagnostics

        let top = try #require(diagnostics.weakRanges.last)
        #expect(top.to == 5)
        #expect(top.from < 2.5, "poorly measured from \(top.from)")
        #expect(!diagnostics.weakRanges.contains { $0.from <= -1 && $0.to >= -1 }, "the easy end is well measured")

        // The highest band that has learners ([2, 3) or above) is a gap of every competence, for
        // want of any challenge there.
        let highest = try #require(summary.bands.lastIndex { $0.precision.learners > 0 })
        let bandFrom = summary.bands[highest].from
        let topGaps = diagnostics.gaps.filter { $0.from == bandFrom }
        #expect(Set(topGaps.map(\.competence)) == ["c1", "c2", "c3"])
        #expect(topGaps.allSatisfy { $0.reason == .noChallenge && $0.challenges == 0 })
        // Nothing is reported where the bank is dense.
        #expect(!diagnostics.gaps.contains { $0.to <= 0 && $0.from >= -2 })
        #expect(diagnostics.gaps.first.map { $0.from >= 0 } == true)
        // The ranking follows the gain.
        #expect(diagnostics.gaps.map(\.gain) == diagnostics.gaps.map(\.gain).sorted(by: >))
        // The engine sees it too: the top band is measured worse than the middle one.
        let middle = try #require(summary.bands.first { $0.from == -1 }?.precision.rmse)
        let worst = try #require(summary.bands[highest].precision.rmse)
        #expect(worst > 2 * middle)
    }

    @Test func aBalancedBankHasNoGapNearTheMiddle() throws {
        let folder = try TemporaryFolder()
        let bank = try folder.write("bank.csv", SyntheticBank.csv(items: 500, seed: 11))
        let request = SimulationRequest.test(.items(path: bank), learners: 500, engine: .maxInfo(length: 30, stopError: nil), folder: folder)
        let diagnostics = try Simulator.run(request).summary.diagnostics
        #expect(diagnostics.weakRanges.allSatisfy { $0.from > 2 || $0.to < -2 })
        #expect(!diagnostics.gaps.contains { $0.from >= -2 && $0.to <= 2 })
        let middle = try #require(diagnostics.grid.firstIndex(of: 0))
        #expect(diagnostics.expectedStandardError[middle] < 0.3)
    }

    @Test func provisionalChallengesAreFlaggedFromABundle() throws {
        let folder = try TemporaryFolder()
        let release = BundleFixture.release()
        try ReleaseBundle(release: release, toolVersion: "test", sources: []).write(to: folder.path("dist"))
        let request = SimulationRequest.test(.bundle(path: folder.path("dist").path, framework: "pix", statuses: ["validé"], locale: nil, calibratedOnly: false),
                                             learners: 50, folder: folder)
        let summary = try Simulator.run(request).summary
        #expect(summary.challenges == 2)
        #expect(summary.provisionalIds == ["b"])
        #expect(summary.skippedChallenges == 1)
        let items = rows(try folder.read("out", "items.csv"))
        #expect(items.map { [$0[0], $0[3]] } == [["a", "false"], ["b", "true"]])
        #expect(items[1][2] == "1.3", "level 5: provisional difficulty 0.9 × 5 − 3.2")
        #expect(try folder.read("out", "report.html").contains("1 of 2 challenges have provisional parameters"))
        let summaryJSON = try JSONParser.parse(Array(try folder.read("out", "summary.json").utf8))
        #expect(summaryJSON["inputs"]?["bank"]?["provisionalChallenges"] == .array([.string("b")]))

        let calibrated = SimulationRequest.test(.bundle(path: folder.path("dist").path, framework: "pix", statuses: ["validé"], locale: nil, calibratedOnly: true),
                                                learners: 10, folder: folder, out: "calibrated")
        #expect(try Simulator.run(calibrated).summary.challenges == 1)
        let archived = SimulationRequest.test(.bundle(path: folder.path("dist").path, framework: "pix", statuses: ["validé", "proposé"], locale: nil, calibratedOnly: false),
                                              learners: 10, folder: folder, out: "all")
        #expect(try Simulator.run(archived).summary.challenges == 3)
        let unknown = SimulationRequest.test(.bundle(path: folder.path("dist").path, framework: "pix", statuses: ["valide"], locale: nil, calibratedOnly: false),
                                             learners: 10, folder: folder, out: "none")
        #expect(throws: SimulationFailure.self) { try Simulator.run(unknown) }
    }
}

/// A small release: two validé challenges (one calibrated), one proposé.
enum BundleFixture {
    static func release() -> Release {
        let content = ReleaseContent(
            frameworks: [ReleaseFramework(id: "pix", name: "Pix")],
            areas: [ReleaseArea(id: "area-1", code: "1", name: "1. Information et données", title_i18n: I18nText(fr: "Information et données"),
                                competenceIds: ["c11"], competenceAirtableIds: ["c11"], color: "jaffa", frameworkId: "pix")],
            competences: [ReleaseCompetence(id: "c11", index: "1.1", name_i18n: I18nText(fr: "Mener une recherche"), description_i18n: I18nText(fr: "…"),
                                            areaId: "area-1", skillIds: ["s1", "s5"], thematicIds: [], origin: "Pix")],
            tubes: [ReleaseTube(id: "t1", name: "@recherche", practicalTitle_i18n: I18nText(fr: "Rechercher"), practicalDescription_i18n: I18nText(fr: "…"),
                                competenceId: "c11", thematicId: nil, skillIds: ["s1"], isMobileCompliant: false, isTabletCompliant: false),
                    ReleaseTube(id: "t2", name: "@veille", practicalTitle_i18n: I18nText(fr: "Veille"), practicalDescription_i18n: I18nText(fr: "…"),
                                competenceId: "c11", thematicId: nil, skillIds: ["s5"], isMobileCompliant: false, isTabletCompliant: false)],
            skills: [
                ReleaseSkill(id: "s1", name: "@recherche1", hint_i18n: I18nText(), hintStatus: nil, tutorialIds: [], learningMoreTutorialIds: [],
                             competenceId: "c11", pixValue: 4, status: "actif", tubeId: "t1", version: 1, level: 1),
                ReleaseSkill(id: "s5", name: "@veille5", hint_i18n: I18nText(), hintStatus: nil, tutorialIds: [], learningMoreTutorialIds: [],
                             competenceId: "c11", pixValue: 4, status: "actif", tubeId: "t2", version: 1, level: 5),
            ],
            challenges: [
                ReleaseChallenge(id: "a", type: "QCU", instruction: "?", proposals: "- x\n- y", solution: "1",
                                 t1Status: true, t2Status: true, t3Status: true, status: "validé", skillId: "s1", competenceId: "c11",
                                 locales: ["fr"], genealogy: "Prototype 1", alpha: 1.2, delta: -1),
                ReleaseChallenge(id: "b", type: "QCU", instruction: "?", proposals: "- x\n- y", solution: "2",
                                 t1Status: true, t2Status: true, t3Status: true, status: "validé", skillId: "s5", competenceId: "c11",
                                 locales: ["fr"], genealogy: "Prototype 1"),
                ReleaseChallenge(id: "c", type: "QCU", instruction: "?", proposals: "- x\n- y", solution: "1",
                                 t1Status: true, t2Status: true, t3Status: true, status: "proposé", skillId: "s5", competenceId: "c11",
                                 locales: ["fr"], genealogy: "Prototype 1"),
            ])
        return Release(content: content)
    }
}
