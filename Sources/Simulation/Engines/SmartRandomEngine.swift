import Engine
import Foundation
import Vocabulary

/// The bank as Pix's smart random sees it, prepared once: target skills (levels, tubes, pix
/// values), their challenges in the learners' locale, the tubes as `SkillTube.tubes` builds them,
/// the logistic values the predicted level and the reward need, and what turns a true capacity
/// into the pix it implies.
final class SmartRandomTables: Sendable {
    /// In target order: the skills of the bank's challenges, by first appearance.
    let skills: [Skill]
    let skillIndexById: [String: Int]
    /// The target skill of each bank position.
    let skillOfItem: [Int]
    /// The competence number (as in `BankTables`) of each target skill.
    let competenceOfSkill: [Int]
    /// Each skill's challenges in the learners' locales (Pix's fallback locales), in bank order.
    let challengesOfSkill: [[Int]]
    let isValidated: [Bool]
    let isTimed: [Bool]
    /// The target skills of the same tube, in target order (knowledge-element inference).
    let sameTube: [[Int]]
    /// The tube `SkillTube.tubes` puts the skill's tube name in, and each such tube's skills
    /// (without a second skill of the same name), sorted by level (reward, easy tubes).
    let rewardTubeOfSkill: [Int]
    let rewardTubes: [[Int]]
    /// Skills of a tube whose hardest level is at most 3.
    let isEasy: [Bool]
    /// `SmartRandom.probabilityOfCorrectAnswer(level: catLevels[l], difficulty: d)` at `l · 9 + d`.
    let logistic: [Double]
    /// The capacity from which a skill counts as mastered: where the learner answers its easiest
    /// challenge (validé first) right more often than wrong, under the true parameters — the
    /// difficulty. (Smart random validates a skill on one right answer; Pix's stricter rule for
    /// flash campaigns, p = 0.95, would call most of those skills unmastered.)
    let skillThreshold: [Double]
    static let masteryProbability = 0.5
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
        self.skills = skills
        skillIndexById = skillIndex
        self.skillOfItem = skillOfItem
        self.competenceOfSkill = competenceOfSkill
        let locales = SmartRandom.fallbackLocales(locale)
        var challenges = [[Int]](repeating: [], count: skills.count)
        for (position, item) in bank.items.enumerated() where SmartRandomTables.locales(of: item).contains(where: locales.contains) {
            challenges[skillOfItem[position]].append(position)
        }
        challengesOfSkill = challenges
        isValidated = bank.items.map { $0.status == .validé }
        isTimed = bank.items.map(\.isTimed)
        sameTube = skills.map { skill in skills.indices.filter { skills[$0].tube == skill.tube } }
        let tubes = SkillTube.tubes(from: skills)
        var tubeOfName: [String: Int] = [:]
        for (index, tube) in tubes.enumerated() where tubeOfName[tube.name] == nil { tubeOfName[tube.name] = index }
        rewardTubeOfSkill = skills.map { tubeOfName[$0.tube] ?? -1 }
        rewardTubes = tubes.map { tube in tube.skills.compactMap { skillIndex[$0.id] } }
        var easy = [Bool](repeating: false, count: skills.count)
        for tube in tubes where (tube.maxLevel ?? Int.max) <= SmartRandom.maxLevelToBeAnEasyTube {
            for skill in tube.skills { if let index = skillIndex[skill.id] { easy[index] = true } }
        }
        isEasy = easy
        logistic = SmartRandom.catLevels.flatMap { level in
            (0...8).map { SmartRandom.probabilityOfCorrectAnswer(level: level, difficulty: Double($0)) }
        }
        var thresholds = [Double](repeating: .infinity, count: skills.count)
        var thresholdIsValidated = [Bool](repeating: false, count: skills.count)
        for (position, item) in bank.items.enumerated() {
            let skill = skillOfItem[position]
            let threshold = Flash.minimumCapability(discriminant: tables.trueDiscrimination[position], difficulty: tables.trueDifficulty[position],
                                                    successProbabilityThreshold: Self.masteryProbability)
            let validated = item.status == .validé
            if validated && !thresholdIsValidated[skill] || validated == thresholdIsValidated[skill] && threshold < thresholds[skill] {
                thresholds[skill] = threshold
                thresholdIsValidated[skill] = validated
            }
        }
        skillThreshold = thresholds
        self.locale = locale
    }

    /// An items file has no locales: its challenges are in French.
    static func locales(of item: SimulationBank.Item) -> [String] {
        item.locales.isEmpty ? ["fr"] : item.locales
    }
}

/// Pix's smart random (campaigns), as the `Engine`'s `SmartRandom` implements it — knowledge
/// elements and their inference in a tube, predicted level, the skill filters, the reward, the
/// hash pick seeded by the assessment id — with its state kept per skill instead of recomputed
/// from lists at each question (a test checks it picks what `SmartRandom` picks, step by step).
/// The test ends when no skill is left (Pix has no length), or at `maximumLength`. The capacity
/// reported is the EAP estimate (N(0, 1) prior) from the same answers, so that its precision can
/// be compared with the other engines'.
struct SmartRandomEngine: SimulatedEngine {
    let tables: BankTables
    let smartRandom: SmartRandomTables
    let maximumLength: Int?

    private var estimate = EAPPosterior()
    /// Skills with a knowledge element (direct or inferred).
    private var tested: [Bool]
    /// Challenges left per skill in the locales.
    private var remaining: [Int]
    private var answered: [Bool]
    /// Direct elements, in order: (1 if validated, the level counted: 0 counts as 2).
    private var direct: [(outcome: Double, difficulty: Int)] = []
    /// Every element, in order: (skill, validated).
    private var elements: [(skill: Int, validated: Bool)] = []
    private var lastAnswerTimed: Bool?
    private var answeredCount = 0
    private var candidates: [Int] = []
    private var kept: [Int] = []
    /// Pix seeds the pick with the assessment id.
    private var assessmentId = 0

    init(tables: BankTables, smartRandom: SmartRandomTables, maximumLength: Int?) {
        self.tables = tables
        self.smartRandom = smartRandom
        self.maximumLength = maximumLength
        tested = [Bool](repeating: false, count: smartRandom.skills.count)
        remaining = smartRandom.challengesOfSkill.map(\.count)
        answered = [Bool](repeating: false, count: tables.count)
    }

    var capacity: Double { estimate.capacity }
    var errorRate: Double { estimate.errorRate }
    var score: Int? { nil }

    mutating func start(random: inout SplitMix64) {
        estimate.reset()
        for index in tested.indices {
            tested[index] = false
            remaining[index] = smartRandom.challengesOfSkill[index].count
        }
        for index in answered.indices { answered[index] = false }
        direct.removeAll(keepingCapacity: true)
        elements.removeAll(keepingCapacity: true)
        lastAnswerTimed = nil
        answeredCount = 0
        assessmentId = Int(truncatingIfNeeded: random.next() >> 33)
    }

    /// Whether the first challenge left to the skill is timed (Pix's `skill.timed`).
    private func isTimedNow(_ skill: Int) -> Bool {
        for challenge in smartRandom.challengesOfSkill[skill] where !answered[challenge] {
            return smartRandom.isTimed[challenge]
        }
        return false
    }

    mutating func next(random: inout SplitMix64) -> EngineChoice? {
        if let maximumLength, answeredCount >= maximumLength { return nil }
        let skills = smartRandom.skills
        // Playable and untested, then the easy tubes when some remain.
        candidates.removeAll(keepingCapacity: true)
        var anyEasy = false
        for skill in skills.indices where remaining[skill] > 0 && !tested[skill] {
            candidates.append(skill)
            if smartRandom.isEasy[skill] { anyEasy = true }
        }
        if anyEasy {
            kept.removeAll(keepingCapacity: true)
            for skill in candidates where smartRandom.isEasy[skill] { kept.append(skill) }
            swap(&candidates, &kept)
        }
        // Timed skills out (always for the first question, else after a timed one), unless all are.
        if lastAnswerTimed ?? true {
            kept.removeAll(keepingCapacity: true)
            for skill in candidates where !isTimedNow(skill) { kept.append(skill) }
            if !kept.isEmpty { swap(&candidates, &kept) }
        }
        kept.removeAll(keepingCapacity: true)
        if lastAnswerTimed == nil {
            // First question: level 2 if any, else the lowest (Pix remaps 2 below every level).
            func remapped(_ level: Int) -> Double {
                level == SmartRandom.defaultLevelForFirstChallenge ? Double.leastNonzeroMagnitude : Double(level)
            }
            var lowest = Double.infinity
            for skill in candidates { lowest = min(lowest, remapped(skills[skill].difficulty)) }
            for skill in candidates where remapped(skills[skill].difficulty) == lowest { kept.append(skill) }
        } else {
            let levelIndex = predictedLevelIndex()
            let level = SmartRandom.catLevels[levelIndex]
            var best = -Double.infinity
            for skill in candidates where Double(skills[skill].difficulty) - level <= SmartRandom.maxDifferenceBetweenUserLevelAndSkillLevel {
                let value = reward(skill, levelIndex: levelIndex)
                if value > best {
                    best = value
                    kept.removeAll(keepingCapacity: true)
                    kept.append(skill)
                } else if value == best {
                    kept.append(skill)
                }
            }
        }
        guard !kept.isEmpty else { return nil }
        let skill = kept[Int(hashInt(assessmentId)) % kept.count]
        let challengeKey = Int(hashInt(assessmentId &+ 1))
        var validatedCount = 0
        var leftCount = 0
        for challenge in smartRandom.challengesOfSkill[skill] where !answered[challenge] {
            leftCount += 1
            if smartRandom.isValidated[challenge] { validatedCount += 1 }
        }
        let preferValidated = validatedCount > 0
        var target = challengeKey % (preferValidated ? validatedCount : leftCount)
        var item = -1
        for challenge in smartRandom.challengesOfSkill[skill] where !answered[challenge] && (!preferValidated || smartRandom.isValidated[challenge]) {
            if target == 0 {
                item = challenge
                break
            }
            target -= 1
        }
        guard item >= 0 else { return nil }
        let reward = Flash.reward(capacity: estimate.capacity, discriminant: tables.discrimination[item], difficulty: tables.difficulty[item])
        return EngineChoice(item: item, reward: reward, candidates: kept.count)
    }

    /// Pix's predicted level, as an index into `SmartRandom.catLevels`: the lowest level where
    /// |Σ (outcome − P)| over the direct elements and the two virtual answers is smallest.
    private func predictedLevelIndex() -> Int {
        var bestIndex = 0
        var bestScore = -Double.infinity
        for levelIndex in SmartRandom.catLevels.indices {
            var sum: Double
            var rest = direct[...]
            if let first = direct.first {
                sum = first.outcome - probability(levelIndex, first.difficulty)
                rest = direct.dropFirst()
            } else {
                sum = 1 - probability(levelIndex, 0)
            }
            for answer in rest { sum += answer.outcome - probability(levelIndex, answer.difficulty) }
            if !direct.isEmpty { sum += 1 - probability(levelIndex, 0) }
            sum += 0 - probability(levelIndex, 7)
            let score = -abs(sum)
            if score > bestScore {
                bestScore = score
                bestIndex = levelIndex
            }
        }
        return bestIndex
    }

    /// Pix's reward: P · untested skills of the tube up to this level + (1 − P) · from it.
    private func reward(_ skill: Int, levelIndex: Int) -> Double {
        let difficulty = smartRandom.skills[skill].difficulty
        var easier = 0
        var harder = 0
        let tube = smartRandom.rewardTubeOfSkill[skill]
        if tube >= 0 {
            for other in smartRandom.rewardTubes[tube] where !tested[other] {
                let level = smartRandom.skills[other].difficulty
                if level <= difficulty { easier += 1 }
                if level >= difficulty { harder += 1 }
            }
        }
        let p = probability(levelIndex, difficulty)
        return p * Double(easier) + (1 - p) * Double(harder)
    }

    /// `SmartRandom.probabilityOfCorrectAnswer` at a CAT level and a skill level, tabulated.
    @inline(__always)
    private func probability(_ levelIndex: Int, _ difficulty: Int) -> Double {
        guard (0...8).contains(difficulty) else {
            return SmartRandom.probabilityOfCorrectAnswer(level: SmartRandom.catLevels[levelIndex], difficulty: Double(difficulty))
        }
        return smartRandom.logistic[levelIndex * 9 + difficulty]
    }

    mutating func record(item: Int, correct: Bool) {
        answered[item] = true
        answeredCount += 1
        let skill = smartRandom.skillOfItem[item]
        if remaining[skill] > 0, smartRandom.challengesOfSkill[skill].contains(item) { remaining[skill] -= 1 }
        lastAnswerTimed = smartRandom.isTimed[item]
        estimate.record(item: item, correct: correct, tables: tables)
        guard !tested[skill] else { return }
        // Pix's knowledge elements: the direct one, then in the same tube every easier skill
        // validated after a success, every harder one invalidated after a failure.
        let level = smartRandom.skills[skill].difficulty
        elements.append((skill, correct))
        direct.append((correct ? 1 : 0, level == 0 ? 2 : level))
        var inferred: [Int] = []
        for other in smartRandom.sameTube[skill] where !tested[other] && other != skill {
            let otherLevel = smartRandom.skills[other].difficulty
            if correct ? otherLevel < level : otherLevel > level {
                elements.append((other, correct))
                inferred.append(other)
            }
        }
        tested[skill] = true
        for other in inferred { tested[other] = true }
    }

    /// Pix per competence: earned (validated elements, in order) and implied by the true capacity.
    func contribute(to statistics: inout ChunkStatistics, trueCapacity: Double) {
        let competences = tables.competenceCount
        var earned = [Double](repeating: 0, count: competences)
        for element in elements where element.validated {
            earned[smartRandom.competenceOfSkill[element.skill]] += smartRandom.skills[element.skill].pixValue
        }
        var implied = [Double](repeating: 0, count: competences)
        for (skill, threshold) in smartRandom.skillThreshold.enumerated() where trueCapacity >= threshold {
            implied[smartRandom.competenceOfSkill[skill]] += smartRandom.skills[skill].pixValue
        }
        for competence in 0..<competences {
            statistics.addCompetencePix(competence, earned: earned[competence], implied: implied[competence])
        }
    }
}
