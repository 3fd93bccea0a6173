import Testing
import Vocabulary
@testable import Engine

@Suite struct PixScoringTests {
    @Test func skillPixValueIsEightSharedByTheLevelCappedAtFour() {
        let skills = [
            PixScoring.SkillLevel(competenceId: "c1", level: 1, isActive: true),
            PixScoring.SkillLevel(competenceId: "c1", level: 2, isActive: true),
            PixScoring.SkillLevel(competenceId: "c1", level: 2, isActive: true),
            PixScoring.SkillLevel(competenceId: "c1", level: 2, isActive: true),
            PixScoring.SkillLevel(competenceId: "c1", level: 2, isActive: false),
            PixScoring.SkillLevel(competenceId: "c2", level: 2, isActive: true),
            PixScoring.SkillLevel(competenceId: "c2", level: 2, isActive: true),
        ]
        let third: Double = 8.0 / 3
        let expected: [Double] = [4, third, third, third, 0, 4, 4]
        #expect(PixScoring.skillPixValues(skills) == expected)
    }

    static func elements(_ pix: [Double], competence: String = "c1") -> [KnowledgeElement] {
        pix.enumerated().map { KnowledgeElement(skillId: "s\($0.offset)", status: .validated, source: .direct, earnedPix: $0.element, competenceId: competence) }
    }

    @Test func competenceScoreFloorsPixAndLevels() {
        let score = PixScoring.competenceScore(knowledgeElements: Self.elements([4, 4, 8.0 / 3, 8.0 / 3, 8.0 / 3, 3.5]), maxReachableLevel: 6)
        #expect(abs(score.realPix - 19.5) < 1e-12)
        #expect(score.pixScore == 19)
        #expect(score.level == 2)
        #expect(score.pixAheadForNextLevel == 3)
    }

    @Test func competenceScoreIsCappedByTheMaxReachableLevel() {
        let many = Self.elements(Array(repeating: 4, count: 14))
        let capped = PixScoring.competenceScore(knowledgeElements: many, maxReachableLevel: 5)
        #expect(capped.pixScore == 40)
        #expect(capped.level == 5)
        let excess = PixScoring.competenceScore(knowledgeElements: many, maxReachableLevel: 5, allowExcessPix: true, allowExcessLevel: true)
        #expect(excess.pixScore == 56)
        #expect(excess.level == 7)
    }

    @Test func totalIsTheSumOfCappedCompetenceScores() {
        let elements = Self.elements(Array(repeating: 4, count: 14), competence: "c1") + Self.elements([4, 3.5], competence: "c2")
        #expect(PixScoring.totalPixScore(knowledgeElements: elements, maxReachableLevel: 6) == 48 + 7)
        #expect(PixScoring.theoreticalMaximum == 1024)
    }

    @Test func oddInputsSaturateInsteadOfTrapping() throws {
        #expect(PixScoring.competenceScore(knowledgeElements: Self.elements([.nan])).pixScore == 0)
        #expect(PixScoring.competenceScore(knowledgeElements: Self.elements([.infinity]), allowExcessPix: true).pixScore == Int.max)
        #expect(PixScoring.blockedPixScore(100, maxReachableLevel: Int.max) == 100)
        let huge = try V3ScoringConfiguration(maxReachableLevel: Int.max)
        #expect(CertificationV3.pixScore(capacity: 9, configuration: huge) == Int.max - 1)
        let level = try CertificationV2.certifiedLevel(numberOfChallenges: 3, numberOfCorrectAnswers: 2, numberOfNeutralizedAnswers: 0, estimatedLevel: Int.min, estimatedScore: Int.min, reproducibilityRate: 75)
        #expect(level.level == Int.min && level.score == Int.min)
    }
}

@Suite struct CertificationV3Tests {
    /// pix-engine.md §3.4, seed intervals.
    @Test(arguments: [
        (-3.0, 32), (-1.4, 64), (-1.0, 93), (0.0, 187), (0.6, 256), (1.0, 312), (2.0, 469),
        (3.0, 624), (3.99, 766), (4.0, 768), (7.9, 892), (8.0, 895), (12.0, 895), (-4.67, 0), (-5.0, 0),
    ])
    func scoreFromCapacity(capacity: Double, score: Int) {
        #expect(CertificationV3.pixScore(capacity: capacity) == score)
    }

    @Test func capacityFromScore() throws {
        #expect(abs(try CertificationV3.capacity(forScore: 300) - 0.909375) < 1e-12)
        #expect(try CertificationV3.capacity(forScore: 768) == 4.0)
        #expect(try CertificationV3.capacity(forScore: 0) == -4.67)
        #expect(try CertificationV3.capacity(forScore: 64) == -1.4)
        #expect(try CertificationV3.capacity(forScore: 895) == 7.96875)
    }

    @Test func scoresBeyondTheIntervalsHaveNoCapacity() throws {
        let short = try V3ScoringConfiguration(intervals: [CapacityInterval(min: -2, max: 0), CapacityInterval(min: 0, max: 2)])
        #expect(throws: CertificationV3.InverseError.noIntervalForMesh(meshIndex: 2)) {
            try CertificationV3.capacity(forScore: 200, configuration: short)
        }
    }

    @Test func meshIndexAndGaps() throws {
        #expect(CertificationV3.reachedMeshIndex(capacity: -5) == nil)
        #expect(CertificationV3.reachedMeshIndex(capacity: -1.4) == 1)
        #expect(CertificationV3.reachedMeshIndex(capacity: 8) == 7)
        let gapped = try V3ScoringConfiguration(intervals: [CapacityInterval(min: -2, max: 0), CapacityInterval(min: 1, max: 2)])
        #expect(CertificationV3.reachedMeshIndex(capacity: 0.5, configuration: gapped) == 1)
    }

    @Test func invalidConfigurationsAreRejected() {
        #expect(throws: V3ScoringConfigurationError.noInterval) { try V3ScoringConfiguration(intervals: []) }
        #expect(throws: V3ScoringConfigurationError.emptyInterval(intervalIndex: 0)) {
            try V3ScoringConfiguration(intervals: [CapacityInterval(min: 1, max: 1)])
        }
        #expect(throws: V3ScoringConfigurationError.moreIntervalsThanMeshes(intervals: 8, meshes: 1)) {
            try V3ScoringConfiguration(meshes: [Mesh.core[0]])
        }
    }

    @Test func competenceLevelsWidenTheExtremeIntervals() {
        let intervals = [
            CertificationV3.CompetenceLevelInterval(competenceLevel: 0, bounds: CapacityInterval(min: -3, max: -1)),
            CertificationV3.CompetenceLevelInterval(competenceLevel: 1, bounds: CapacityInterval(min: -1, max: 1)),
            CertificationV3.CompetenceLevelInterval(competenceLevel: 2, bounds: CapacityInterval(min: 1, max: 3)),
        ]
        #expect(CertificationV3.competenceLevel(capacity: -7, intervals: intervals) == 0)
        #expect(CertificationV3.competenceLevel(capacity: 0, intervals: intervals) == 1)
        #expect(CertificationV3.competenceLevel(capacity: 9, intervals: intervals) == 2)
    }

    /// The bank of the degradation vectors: 60 items with arithmetic parameters.
    static func padded(_ i: Int) -> String {
        let digits = String(i)
        return "c" + String(repeating: "0", count: 3 - digits.count) + digits
    }

    static func degradationBank(tubes: Int) -> [CalibratedChallenge] {
        (0..<60).map { (i: Int) -> CalibratedChallenge in
            let discriminant: Double = 0.5 + Double(i % 7) * 0.2
            let difficulty: Double = -3 + Double((i * 37) % 60) / 10
            return CalibratedChallenge(
                id: padded(i),
                discriminant: discriminant,
                difficulty: difficulty,
                skillId: "s\(i)",
                tubeId: "t\(i % tubes)",
                competenceId: "k\(i % 4)"
            )
        }
    }

    static let twentyAnswers: [FlashAnswer] = (0..<20).map { (i: Int) -> FlashAnswer in
        FlashAnswer(challengeId: padded(i), status: i % 3 == 2 ? .ko : .ok)
    }

    /// Expected values printed by Pix's own `flash.js` + `FlashAssessmentAlgorithm` running the
    /// degradation loop (most informative challenge, `aband`, θ0 = the capacity) under node v20.
    @Test(arguments: [(24, 0.20653190960375065), (48, -0.7259596897737229)])
    func degradationSimulatesMissingAnswersAsSkipped(tubes: Int, expected: Double) throws {
        let bank = Self.degradationBank(tubes: tubes)
        let capacity = try FlashAssessment().capacityAndErrorRate(answers: Self.twentyAnswers, challenges: bank).capacity
        #expect(abs(capacity - 1.205999745798437) < 1e-9)
        let degraded = try CertificationV3.degradedCapacity(capacity: capacity, answers: Self.twentyAnswers, allChallenges: bank)
        #expect(abs(degraded - expected) < 1e-9)
    }

    @Test func scoringAppliesDegradationOnlyWhenTheCandidateAbandoned() throws {
        let bank = Self.degradationBank(tubes: 48)
        let abandoned = try CertificationV3.score(answers: Self.twentyAnswers, askedChallenges: bank, allChallenges: bank, abortReason: .candidate)
        #expect(abandoned.wasDegraded)
        #expect(abs(abandoned.capacity - -0.7259596897737229) < 1e-9)
        #expect(abandoned.pixScore == CertificationV3.pixScore(capacity: abandoned.capacity))
        #expect(!abandoned.isRejected)
        let technical = try CertificationV3.score(answers: Self.twentyAnswers, askedChallenges: bank, allChallenges: bank, abortReason: .technical)
        #expect(!technical.wasDegraded)
        #expect(abs(technical.capacity - 1.205999745798437) < 1e-9)
        let short = try CertificationV3.score(answers: Array(Self.twentyAnswers.prefix(19)), askedChallenges: bank, allChallenges: bank, abortReason: .candidate)
        #expect(short.isRejected && !short.wasDegraded)
    }

    @Test func degradationRule() {
        #expect(CertificationV3.shouldDegradeCapacity(numberOfAnswers: 20, abortedByCandidate: true))
        #expect(CertificationV3.shouldDegradeCapacity(numberOfAnswers: 31, abortedByCandidate: true))
        #expect(!CertificationV3.shouldDegradeCapacity(numberOfAnswers: 32, abortedByCandidate: true))
        #expect(!CertificationV3.shouldDegradeCapacity(numberOfAnswers: 19, abortedByCandidate: true))
        #expect(!CertificationV3.shouldDegradeCapacity(numberOfAnswers: 25, abortedByCandidate: false))
    }
}

@Suite struct CRCNETests {
    @Test func theCertifiedLevelIsTheLowerOfTheTwo() {
        #expect(CRCNE.certifiedLevel(session: .expert, evaluatorGrid: .confirmé) == .confirmé)
        #expect(CRCNE.certifiedLevel(session: .initié, evaluatorGrid: .avancé) == .initié)
        #expect(CRCNE.certifiedLevel(session: .avancé, evaluatorGrid: .avancé) == .avancé)
        #expect(CRCNE.certifiedLevel(session: nil, evaluatorGrid: .expert) == nil)
        #expect(CRCNE.certifiedLevel(session: .expert, evaluatorGrid: nil) == nil)
        #expect(CRCNELevel.allCases.sorted() == [.initié, .confirmé, .avancé, .expert])
    }
}
