/// A mesh ("maille") of the v3 score scale: its width in pix and the pix below it, in units of
/// its width (`score = ⌊weight · (coefficient + progression)⌋`).
public struct Mesh: Sendable, Hashable {
    public var key: String
    public var weight: Int
    public var coefficient: Int

    public init(key: String, weight: Int, coefficient: Int) {
        self.key = key
        self.weight = weight
        self.coefficient = coefficient
    }

    /// Pix's `CORE_MESH_CONFIGURATION`: 0–63, 64–127, then 128-pix meshes up to 1023.
    public static let core: [Mesh] = [
        Mesh(key: "LEVEL_PRE_BEGINNER", weight: 64, coefficient: 0),
        Mesh(key: "LEVEL_BEGINNER_1", weight: 64, coefficient: 1),
        Mesh(key: "LEVEL_BEGINNER_2", weight: 128, coefficient: 1),
        Mesh(key: "LEVEL_INDEPENDENT_3", weight: 128, coefficient: 2),
        Mesh(key: "LEVEL_INDEPENDENT_4", weight: 128, coefficient: 3),
        Mesh(key: "LEVEL_ADVANCED_5", weight: 128, coefficient: 4),
        Mesh(key: "LEVEL_ADVANCED_6", weight: 128, coefficient: 5),
        Mesh(key: "LEVEL_EXPERT_7", weight: 128, coefficient: 6),
        Mesh(key: "LEVEL_EXPERT_8", weight: 128, coefficient: 7),
    ]
}

/// A capacity interval [min, max) mapped to the mesh of the same index.
public struct CapacityInterval: Sendable, Hashable {
    public var min: Double
    public var max: Double

    public init(min: Double, max: Double) {
        self.min = min
        self.max = max
    }

    /// The intervals of Pix's seed data (illustrative; production values come from the data
    /// team's calibration): [−4.67, −1.4), [−1.4, −0.519), [−0.519, 0.6), [0.6, 1.5),
    /// [1.5, 2.25), [2.25, 3.1), [3.1, 4), [4, 8].
    public static let seed: [CapacityInterval] = [
        CapacityInterval(min: -4.67, max: -1.4),
        CapacityInterval(min: -1.4, max: -0.519),
        CapacityInterval(min: -0.519, max: 0.6),
        CapacityInterval(min: 0.6, max: 1.5),
        CapacityInterval(min: 1.5, max: 2.25),
        CapacityInterval(min: 2.25, max: 3.1),
        CapacityInterval(min: 3.1, max: 4),
        CapacityInterval(min: 4, max: 8),
    ]
}

/// An invalid v3 scoring configuration.
public enum V3ScoringConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    case noInterval
    case nonFiniteBound(intervalIndex: Int)
    case emptyInterval(intervalIndex: Int)
    case moreIntervalsThanMeshes(intervals: Int, meshes: Int)
    case nonPositiveMeshWeight(meshIndex: Int)

    public var description: String {
        switch self {
        case .noInterval: return "the scoring configuration has no capacity interval"
        case let .nonFiniteBound(index): return "capacity interval #\(index) has a non-finite bound"
        case let .emptyInterval(index): return "capacity interval #\(index) has min ≥ max"
        case let .moreIntervalsThanMeshes(intervals, meshes):
            return "\(intervals) capacity intervals but only \(meshes) meshes"
        case let .nonPositiveMeshWeight(index): return "mesh #\(index) has a weight ≤ 0"
        }
    }
}

/// The v3 certification scoring configuration: meshes, the capacity interval of each, and the
/// highest reachable level.
public struct V3ScoringConfiguration: Sendable, Hashable {
    public let meshes: [Mesh]
    public let intervals: [CapacityInterval]
    public let maxReachableLevel: Int

    /// The core configuration with the seed intervals and level 7 (895 pix at most).
    public static let `default`: V3ScoringConfiguration = {
        do {
            return try V3ScoringConfiguration()
        } catch {
            // The built-in tables satisfy every check; this branch cannot run.
            return V3ScoringConfiguration(unchecked: Mesh.core, intervals: CapacityInterval.seed, maxReachableLevel: 7)
        }
    }()

    public init(
        meshes: [Mesh] = Mesh.core,
        intervals: [CapacityInterval] = CapacityInterval.seed,
        maxReachableLevel: Int = 7
    ) throws(V3ScoringConfigurationError) {
        guard !intervals.isEmpty else { throw .noInterval }
        for (index, interval) in intervals.enumerated() {
            guard interval.min.isFinite, interval.max.isFinite else { throw .nonFiniteBound(intervalIndex: index) }
            guard interval.min < interval.max else { throw .emptyInterval(intervalIndex: index) }
        }
        guard intervals.count <= meshes.count else {
            throw .moreIntervalsThanMeshes(intervals: intervals.count, meshes: meshes.count)
        }
        if let index = meshes.firstIndex(where: { $0.weight <= 0 }) { throw .nonPositiveMeshWeight(meshIndex: index) }
        self.init(unchecked: meshes, intervals: intervals, maxReachableLevel: maxReachableLevel)
    }

    private init(unchecked meshes: [Mesh], intervals: [CapacityInterval], maxReachableLevel: Int) {
        self.meshes = meshes
        self.intervals = intervals
        self.maxReachableLevel = maxReachableLevel
    }

    /// `maxReachableLevel · 16 · 8 − 1` (895 at level 7).
    public var maximumReachableScore: Int {
        saturatingSum(saturatingProduct(maxReachableLevel, PixScoring.competencesCount * PixScoring.pixCountByLevel), -1)
    }
}

/// Certification v3 (Pix "nouvelle génération"): capacity ↔ pix score, capacity degradation.
public enum CertificationV3 {
    /// `minimumAnswersRequiredToValidateACertification`.
    public static let minimumAnswersRequired = 20

    /// Pix's `Intervals.findIntervalIndexFromCapacity`: `nil` below the first interval, the first
    /// interval with min ≤ θ < max, else (in a gap or above) the last one.
    public static func reachedMeshIndex(capacity: Double, configuration: V3ScoringConfiguration = .default) -> Int? {
        let intervals = configuration.intervals
        guard let first = intervals.first, !(capacity < first.min) else { return nil }
        if let index = intervals.firstIndex(where: { capacity >= $0.min && capacity < $0.max }) {
            return index
        }
        return intervals.count - 1
    }

    /// Pix's `computePixScoreFromCapacity`: `min(maxScore, ⌊w·(c + progression)⌋)` with
    /// progression `1 − (max − θ)/(max − min)` in the reached interval; the maximum at or above the
    /// last bound; 0 below the first.
    public static func pixScore(capacity: Double, configuration: V3ScoringConfiguration = .default) -> Int {
        let maximum = configuration.maximumReachableScore
        if let last = configuration.intervals.last, capacity >= last.max {
            return maximum
        }
        guard let index = reachedMeshIndex(capacity: capacity, configuration: configuration) else { return 0 }
        let interval = configuration.intervals[index]
        let mesh = configuration.meshes[index]
        let progression = 1 - (interval.max - capacity) / (interval.max - interval.min)
        let score = flooredInt(Double(mesh.weight) * (Double(mesh.coefficient) + progression))
        return min(maximum, score)
    }

    /// An invalid score for the inverse mapping.
    public enum InverseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The score falls in a mesh that has no capacity interval.
        case noIntervalForMesh(meshIndex: Int)

        public var description: String {
            switch self {
            case let .noIntervalForMesh(index): return "no capacity interval for mesh #\(index)"
            }
        }
    }

    /// Pix's `CapacitySimulator`: the capacity for a pix score. The mesh is the first whose
    /// cumulative weight exceeds the score, capped at `maxReachableLevel`;
    /// `θ = (score/w − c)·(max − min) + min` (300 → 0.909375, 768 → 4.0 with the seed intervals).
    public static func capacity(forScore score: Int, configuration: V3ScoringConfiguration = .default) throws(InverseError) -> Double {
        var cumulativeWeight = 0
        var meshIndex = configuration.meshes.count - 1
        for (index, mesh) in configuration.meshes.enumerated() {
            cumulativeWeight = saturatingSum(cumulativeWeight, mesh.weight)
            if score < cumulativeWeight || index == configuration.maxReachableLevel {
                meshIndex = index
                break
            }
        }
        guard meshIndex >= 0, meshIndex < configuration.intervals.count else {
            throw .noIntervalForMesh(meshIndex: meshIndex)
        }
        let mesh = configuration.meshes[meshIndex]
        let interval = configuration.intervals[meshIndex]
        return (Double(score) / Double(mesh.weight) - Double(mesh.coefficient)) * (interval.max - interval.min) + interval.min
    }

    /// A competence's level interval (v3 competence marks).
    public struct CompetenceLevelInterval: Sendable, Hashable {
        public var competenceLevel: Int
        public var bounds: CapacityInterval

        public init(competenceLevel: Int, bounds: CapacityInterval) {
            self.competenceLevel = competenceLevel
            self.bounds = bounds
        }
    }

    /// A competence's level for a capacity: Pix widens the first interval's min and the last
    /// interval's max to ±`Number.MAX_SAFE_INTEGER`, then takes the interval with
    /// min ≤ θ < max (the last one when none matches). `nil` only when there is no interval.
    public static func competenceLevel(capacity: Double, intervals: [CompetenceLevelInterval]) -> Int? {
        guard !intervals.isEmpty else { return nil }
        let maxSafeInteger = 9_007_199_254_740_991.0
        for (index, interval) in intervals.enumerated() {
            let lower = index == 0 ? -maxSafeInteger : interval.bounds.min
            let upper = index == intervals.count - 1 ? maxSafeInteger : interval.bounds.max
            if capacity >= lower && capacity < upper { return interval.competenceLevel }
        }
        return intervals[intervals.count - 1].competenceLevel
    }

    /// Whether the capacity is degraded: `minimumAnswersRequired ≤ answers < fixed length` and
    /// the candidate abandoned the test.
    public static func shouldDegradeCapacity(
        numberOfAnswers: Int,
        abortedByCandidate: Bool,
        maximumAssessmentLength: Int = FlashConfiguration.v3Certification.maximumAssessmentLength
    ) -> Bool {
        numberOfAnswers >= minimumAnswersRequired && numberOfAnswers < maximumAssessmentLength && abortedByCandidate
    }

    /// Pix's scoring degradation: the missing questions (up to the fixed length) are simulated
    /// as skipped (`aband`), each time on the most informative eligible challenge (pick
    /// probability 100) of `allChallenges`, with θ0 = `capacity` — so the real answers are
    /// re-estimated from that θ0 too. Returns the last simulated capacity; the capacity
    /// unchanged when no question can be simulated (Pix would fail there).
    public static func degradedCapacity(
        capacity: Double,
        answers: [FlashAnswer],
        allChallenges: [CalibratedChallenge],
        configuration: FlashConfiguration = .v3Certification
    ) throws -> Double {
        let missing = configuration.maximumAssessmentLength - answers.count
        guard missing > 0 else { return capacity }
        let assessment = FlashAssessment(configuration: configuration)
        var estimator = CapacityEstimator(initialCapacity: capacity, variationPercent: configuration.variationPercent)
        let bank = FlashBank(allChallenges)
        let answered = try bank.positions(of: answers).map { bank.challenges[$0] }
        for (answer, challenge) in zip(answers, answered) {
            estimator.record(discriminant: challenge.discriminant, difficulty: challenge.difficulty, isCorrect: answer.status.isCorrect)
        }

        var simulated = answers
        var lastCapacity: Double?
        for _ in 0..<missing {
            guard case let .candidates(candidates, _) = try assessment.possibleNextChallenges(
                answers: simulated,
                challenges: allChallenges,
                initialCapacity: capacity
            ), let next = candidates.first else { break }
            simulated.append(FlashAnswer(challengeId: next.id, status: .aband))
            lastCapacity = estimator.record(discriminant: next.discriminant, difficulty: next.difficulty, isCorrect: false).capacity
        }
        return lastCapacity ?? capacity
    }
}

/// Why a certification session stopped before its end.
public enum AbortReason: String, Sendable, Hashable, Codable {
    /// The candidate gave up.
    case candidate
    /// A technical problem.
    case technical
}

/// A scored v3 certification.
public struct V3CertificationResult: Sendable, Hashable {
    /// The capacity the score comes from (after degradation when it applied).
    public var capacity: Double
    public var wasDegraded: Bool
    public var pixScore: Int
    public var reachedMeshIndex: Int?
    /// Fewer than 20 answers and an abort reason (`CertificationAssessmentScoreV3`).
    public var isRejected: Bool
}

extension CertificationV3 {
    /// Scores a v3 certification as Pix's `CertificationAssessmentScoreV3` does: capacity over
    /// the asked challenges (with the parameters frozen at draw time) from the configuration's
    /// θ0, degradation when the candidate abandoned after 20 answers, then the pix score.
    public static func score(
        answers: [FlashAnswer],
        askedChallenges: [CalibratedChallenge],
        allChallenges: [CalibratedChallenge],
        abortReason: AbortReason?,
        flashConfiguration: FlashConfiguration = .v3Certification,
        scoringConfiguration: V3ScoringConfiguration = .default
    ) throws -> V3CertificationResult {
        var capacity = try FlashAssessment(configuration: flashConfiguration)
            .capacityAndErrorRate(answers: answers, challenges: askedChallenges)
            .capacity
        let degrade = shouldDegradeCapacity(
            numberOfAnswers: answers.count,
            abortedByCandidate: abortReason == .candidate,
            maximumAssessmentLength: flashConfiguration.maximumAssessmentLength
        )
        if degrade {
            capacity = try degradedCapacity(
                capacity: capacity,
                answers: answers,
                allChallenges: allChallenges,
                configuration: flashConfiguration
            )
        }
        return V3CertificationResult(
            capacity: capacity,
            wasDegraded: degrade,
            pixScore: pixScore(capacity: capacity, configuration: scoringConfiguration),
            reachedMeshIndex: reachedMeshIndex(capacity: capacity, configuration: scoringConfiguration),
            isRejected: answers.count < minimumAnswersRequired && abortReason != nil
        )
    }
}
