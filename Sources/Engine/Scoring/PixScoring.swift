/// Profile scoring: pix per skill, per competence, in total (Pix's `scoring-service.js` and the
/// LCMS's `compute-pix-values-by-skill.js`).
public enum PixScoring {
    /// Pix per level of a competence.
    public static let pixCountByLevel = 8
    public static let competencesCount = 16
    /// The theoretical scale: 8 levels × 8 pix × 16 competences.
    public static let theoreticalMaximum = 8 * pixCountByLevel * competencesCount
    public static let maxPixValuePerSkill = 4.0
    /// `MAX_REACHABLE_LEVEL` as configured in production since 2020-12-30 (Pix's code default
    /// is 5).
    public static let defaultMaxReachableLevel = 6

    /// A skill as the pix-value computation sees it.
    public struct SkillLevel: Sendable, Hashable {
        public var competenceId: String
        public var level: Int
        /// Status `actif`; other skills are worth nothing.
        public var isActive: Bool

        public init(competenceId: String, level: Int, isActive: Bool) {
            self.competenceId = competenceId
            self.level = level
            self.isActive = isActive
        }
    }

    /// `min(4, 8 / n)` with n the number of active skills of the same competence and level;
    /// 0 for inactive skills. The result is aligned with the input.
    public static func skillPixValues(_ skills: [SkillLevel]) -> [Double] {
        struct Key: Hashable { var competenceId: String; var level: Int }
        var counts: [Key: Int] = [:]
        for skill in skills where skill.isActive {
            counts[Key(competenceId: skill.competenceId, level: skill.level), default: 0] += 1
        }
        return skills.map { skill in
            guard skill.isActive, let count = counts[Key(competenceId: skill.competenceId, level: skill.level)] else {
                return 0
            }
            return min(maxPixValuePerSkill, Double(pixCountByLevel) / Double(count))
        }
    }

    /// A competence's score.
    public struct CompetenceScore: Sendable, Hashable {
        /// Σ earned pix, unrounded.
        public var realPix: Double
        /// ⌊realPix⌋, capped at maxReachableLevel × 8 unless excess pix is allowed.
        public var pixScore: Int
        /// ⌊realPix / 8⌋, capped at maxReachableLevel unless excess level is allowed.
        public var level: Int
        public var pixAheadForNextLevel: Int
    }

    /// Pix's `calculateScoringInformationForCompetence` over the elements of one competence
    /// (only validated elements carry pix; the sum runs in the given order).
    public static func competenceScore(
        knowledgeElements: [KnowledgeElement],
        maxReachableLevel: Int = defaultMaxReachableLevel,
        allowExcessPix: Bool = false,
        allowExcessLevel: Bool = false
    ) -> CompetenceScore {
        var realPix = 0.0
        for element in knowledgeElements { realPix += element.earnedPix }
        let flooredPix = flooredInt(realPix)
        let pixScore = allowExcessPix ? flooredPix : blockedPixScore(flooredPix, maxReachableLevel: maxReachableLevel)
        let rawLevel = flooredInt(realPix / Double(pixCountByLevel))
        let level = allowExcessLevel ? rawLevel : blockedLevel(rawLevel, maxReachableLevel: maxReachableLevel)
        return CompetenceScore(
            realPix: realPix,
            pixScore: pixScore,
            level: level,
            pixAheadForNextLevel: pixScore % pixCountByLevel
        )
    }

    /// Pix's `calculatePixScore`: Σ over competences (grouped by the elements' competence) of
    /// the capped competence pix score.
    public static func totalPixScore(
        knowledgeElements: [KnowledgeElement],
        maxReachableLevel: Int = defaultMaxReachableLevel
    ) -> Int {
        var order: [String] = []
        var groups: [String: [KnowledgeElement]] = [:]
        for element in knowledgeElements {
            if groups[element.competenceId] == nil { order.append(element.competenceId) }
            groups[element.competenceId, default: []].append(element)
        }
        return order.reduce(0) { total, competenceId in
            saturatingSum(total, competenceScore(knowledgeElements: groups[competenceId] ?? [], maxReachableLevel: maxReachableLevel).pixScore)
        }
    }

    /// `getBlockedLevel`.
    public static func blockedLevel(_ level: Int, maxReachableLevel: Int = defaultMaxReachableLevel) -> Int {
        min(level, maxReachableLevel)
    }

    /// `getBlockedPixScore`: at most maxReachableLevel × 8.
    public static func blockedPixScore(_ pixScore: Int, maxReachableLevel: Int = defaultMaxReachableLevel) -> Int {
        min(pixScore, saturatingProduct(maxReachableLevel, pixCountByLevel))
    }
}

/// ⌊x⌋ as an `Int` that cannot trap: NaN gives 0 and out-of-range values saturate, because a
/// score must never crash on odd input (Pix would carry NaN or Infinity along instead).
func flooredInt(_ x: Double) -> Int {
    if x.isNaN { return 0 }
    let floored = x.rounded(.down)
    if floored >= Double(Int.max) { return Int.max }
    if floored <= Double(Int.min) { return Int.min }
    return Int(floored)
}

/// a + b, saturating instead of trapping on overflow.
func saturatingSum(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b > 0 ? Int.max : Int.min) : sum
}

/// a × b, saturating instead of trapping on overflow.
func saturatingProduct(_ a: Int, _ b: Int) -> Int {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    return overflow ? ((a < 0) != (b < 0) ? Int.min : Int.max) : product
}
