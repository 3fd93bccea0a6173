import Engine
import Foundation

/// The bank as Pix's smart random sees it: target skills (levels, tubes, pix values) and their
/// challenges, plus what turns a true capacity into the pix it implies.
final class SmartRandomTables: Sendable {
    let targetSkills: [Skill]
    let challenges: [ContentChallenge]
    let positionById: [String: Int]
    let skillIndexById: [String: Int]
    /// The target skill of each bank position.
    let skillOfItem: [Int]
    /// The competence number (as in `BankTables`) of each target skill.
    let competenceOfSkill: [Int]
    /// The capacity from which a skill counts as acquired: Pix's rule for pix from a capacity
    /// (`minimumCapability` at p = 0.95 of the skill's validé challenge that needs the least,
    /// under the true parameters).
    let skillThreshold: [Double]
    let locale: String

    /// Nil when an item has no level (smart random works on skill levels).
    init?(bank: SimulationBank, tables: BankTables, locale: String) {
        var skillIndex: [String: Int] = [:]
        var skills: [Skill] = []
        var competenceOfSkill: [Int] = []
        var skillOfItem: [Int] = []
        for (position, item) in bank.items.enumerated() {
            guard let level = item.level else { return nil }
            if let known = skillIndex[item.skill] {
                skillOfItem.append(known)
                continue
            }
            skillIndex[item.skill] = skills.count
            skillOfItem.append(skills.count)
            competenceOfSkill.append(tables.competence[position])
            skills.append(Skill(id: item.skill, name: item.skillName, difficulty: level, pixValue: item.pixValue,
                                competenceId: item.competenceKey, tube: item.tube))
        }
        targetSkills = skills
        skillIndexById = skillIndex
        self.skillOfItem = skillOfItem
        self.competenceOfSkill = competenceOfSkill
        challenges = bank.items.map { item in
            ContentChallenge(id: item.id, skillId: item.skill, status: item.status, locales: item.locales.isEmpty ? ["fr"] : item.locales, isTimed: item.isTimed)
        }
        positionById = Dictionary(bank.items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var thresholds = [Double](repeating: .infinity, count: skills.count)
        var thresholdIsValidated = [Bool](repeating: false, count: skills.count)
        for (position, item) in bank.items.enumerated() {
            let skill = skillOfItem[position]
            let threshold = Flash.minimumCapability(discriminant: tables.trueDiscrimination[position], difficulty: tables.trueDifficulty[position])
            let validated = item.status == .validé
            if validated && !thresholdIsValidated[skill] || validated == thresholdIsValidated[skill] && threshold < thresholds[skill] {
                thresholds[skill] = threshold
                thresholdIsValidated[skill] = validated
            }
        }
        skillThreshold = thresholds
        self.locale = locale
    }
}

/// Pix's smart random (campaigns): knowledge elements, predicted level, the skill filters and the
/// hash-based pick, as the `Engine` implements them. The test ends when no skill is left (Pix
/// has no length), or at `maximumLength` when one is given. The capacity reported is the EAP
/// estimate (N(0, 1) prior) from the same answers, so that its precision can be compared with
/// the other engines'.
struct SmartRandomEngine: SimulatedEngine {
    let tables: BankTables
    let smartRandom: SmartRandomTables
    let maximumLength: Int?

    private var estimate = EAPPosterior()
    private var elements: [KnowledgeElement] = []
    private var answeredIds: [String] = []
    private var lastAnswer: SmartRandomLastAnswer?
    /// Pix seeds the pick with the assessment id.
    private var assessmentId = 0

    init(tables: BankTables, smartRandom: SmartRandomTables, maximumLength: Int?) {
        self.tables = tables
        self.smartRandom = smartRandom
        self.maximumLength = maximumLength
    }

    var capacity: Double { estimate.capacity }
    var errorRate: Double { estimate.errorRate }
    var score: Int? { nil }

    mutating func start(random: inout SplitMix64) {
        estimate.reset()
        elements.removeAll(keepingCapacity: true)
        answeredIds.removeAll(keepingCapacity: true)
        lastAnswer = nil
        assessmentId = Int(truncatingIfNeeded: random.next() >> 33)
    }

    mutating func next(random: inout SplitMix64) -> EngineChoice? {
        if let maximumLength, answeredIds.count >= maximumLength { return nil }
        let step = SmartRandom.possibleSkillsForNextChallenge(
            knowledgeElements: elements, challenges: smartRandom.challenges, targetSkills: smartRandom.targetSkills,
            lastAnswer: lastAnswer, answeredChallengeIds: answeredIds, locale: smartRandom.locale)
        guard !step.hasAssessmentEnded,
              let challenge = SmartRandom.pickChallenge(from: step.possibleSkills, randomSeed: assessmentId, locale: smartRandom.locale),
              let item = smartRandom.positionById[challenge.id] else { return nil }
        let reward = Flash.reward(capacity: estimate.capacity, discriminant: tables.discrimination[item], difficulty: tables.difficulty[item])
        return EngineChoice(item: item, reward: reward, candidates: step.possibleSkills.count)
    }

    mutating func record(item: Int, correct: Bool) {
        let skill = smartRandom.targetSkills[smartRandom.skillOfItem[item]]
        elements += KnowledgeElementInference.knowledgeElements(answerStatus: correct ? .ok : .ko, skill: skill,
                                                                previous: elements, targetSkills: smartRandom.targetSkills)
        answeredIds.append(tables.ids[item])
        lastAnswer = SmartRandomLastAnswer(wasTimed: smartRandom.challenges[item].isTimed)
        estimate.record(item: item, correct: correct, tables: tables)
    }

    /// Pix per competence, earned and implied by the true capacity.
    func contribute(to statistics: inout ChunkStatistics, trueCapacity: Double) {
        let competences = tables.competenceCount
        var earned = [Double](repeating: 0, count: competences)
        for element in elements where element.status == .validated {
            guard let skill = smartRandom.skillIndexById[element.skillId] else { continue }
            earned[smartRandom.competenceOfSkill[skill]] += element.earnedPix
        }
        var implied = [Double](repeating: 0, count: competences)
        for (skill, threshold) in smartRandom.skillThreshold.enumerated() where trueCapacity >= threshold {
            implied[smartRandom.competenceOfSkill[skill]] += smartRandom.targetSkills[skill].pixValue
        }
        for competence in 0..<competences {
            statistics.addCompetencePix(competence, earned: earned[competence], implied: implied[competence])
        }
    }
}
