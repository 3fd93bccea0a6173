import Engine
import Grading
import Release
import Simulation
import Testing
import Vocabulary

@Suite("Bundle bank and play session")
struct BundleBankTests {
    static func release() -> Release {
        let content = ReleaseContent(
            frameworks: [ReleaseFramework(id: "pix", name: "Pix")],
            areas: [ReleaseArea(id: "area-1", code: "1", name: "1. Information et données", title_i18n: I18nText(fr: "Information et données"),
                                competenceIds: ["c11"], competenceAirtableIds: ["c11"], color: "jaffa", frameworkId: "pix")],
            competences: [ReleaseCompetence(id: "c11", index: "1.1", name_i18n: I18nText(fr: "Mener une recherche"), description_i18n: I18nText(fr: "…"),
                                            areaId: "area-1", skillIds: ["s1", "s5"], thematicIds: [], origin: "Pix")],
            tubes: [ReleaseTube(id: "t1", name: "@recherche", practicalTitle_i18n: I18nText(fr: "Rechercher"), practicalDescription_i18n: I18nText(fr: "…"),
                                competenceId: "c11", thematicId: nil, skillIds: ["s1", "s5"], isMobileCompliant: false, isTabletCompliant: false)],
            skills: [
                ReleaseSkill(id: "s1", name: "@recherche1", hint_i18n: I18nText(), hintStatus: nil, tutorialIds: [], learningMoreTutorialIds: [],
                             competenceId: "c11", pixValue: 4, status: "actif", tubeId: "t1", version: 1, level: 1),
                ReleaseSkill(id: "s5", name: "@recherche5", hint_i18n: I18nText(), hintStatus: nil, tutorialIds: [], learningMoreTutorialIds: [],
                             competenceId: "c11", pixValue: 4, status: "actif", tubeId: "t1", version: 1, level: 5),
            ],
            challenges: [
                ReleaseChallenge(id: "a", type: "QROCM-ind", instruction: "Nom et extension ?", proposals: "${nom} . ${ext}", solution: "nom:\n- rapport\next:\n- pdf\n",
                                 t1Status: true, t2Status: true, t3Status: false, status: "validé", skillId: "s1", competenceId: "c11",
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

    @Test func itemsFromTheRelease() throws {
        let bank = BundleBank(release: Self.release(), provisional: true)
        #expect(bank.items.map(\.calibrated.id) == ["a", "b"])
        #expect(bank.skipped.map(\.id) == ["c"])
        let a = try #require(bank.item("a"))
        #expect(a.isCalibrated)
        #expect(a.calibrated.difficulty == -1)
        let b = try #require(bank.item("b"))
        #expect(!b.isCalibrated)
        #expect(b.calibrated.difficulty == BundleBank.provisionalDifficulty(level: 5))
        #expect(Grader(a.grading).grade(.fields(["nom": "Rapport", "ext": "PDF"])).status == .ok)
        #expect(Grader(a.grading).grade(.fields(["nom": "rapport", "ext": "doc"])).status == .ko)
        let calibratedOnly = BundleBank(release: Self.release(), provisional: false)
        #expect(calibratedOnly.items.map(\.calibrated.id) == ["a"])
        #expect(BundleBank(release: Self.release(), framework: "crcne", provisional: true).items.isEmpty)
    }

    @Test func sessionGradesAndEstimates() throws {
        var configuration = FlashConfiguration.v3Certification
        configuration.maximumAssessmentLength = 2
        var session = PlaySession(bank: BundleBank(release: Self.release(), provisional: true), configuration: configuration, seed: 7)
        guard case .success(let first) = try session.next() else {
            Issue.record("no first question")
            return
        }
        let turn = try session.answer(first.calibrated.id == "b" ? .text("2") : .fields(["nom": "rapport", "ext": "pdf"]), to: first)
        #expect(turn.status == .ok)
        #expect(turn.estimate.capacity > -3)
        // One question per tube (Pix v3 rule): the second challenge shares the tube.
        guard case .failure(let reason) = try session.next() else {
            Issue.record("expected the end")
            return
        }
        #expect(reason == .lackOfChallenges)
        #expect(session.score != nil)
    }
}
