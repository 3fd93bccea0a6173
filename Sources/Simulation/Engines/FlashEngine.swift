import Engine
import Foundation
import Vocabulary

/// Pix's v3 certification (the `Engine`'s `FlashAssessment`) for simulations: the same
/// estimates, candidates and picks, bit for bit, without recomputing anything from the answer
/// list and without allocating per question.
///
/// - The estimate is updated answer by answer as `CapacityEstimator` does (the moving prior and
///   the accumulated likelihood, every sum in the same order), with the success probabilities
///   read from `BankTables` instead of recomputed.
/// - The selection rules keep their state as flags (answered tubes, skills, competences, the
///   competences of the last N answers) updated per answer.
/// - The five most informative challenges are searched by decreasing a², stopping once a²/4 (the
///   most information a challenge can give) is below the fifth kept: most of the bank is never
///   evaluated, and the result is the reference's (same rewards, ties by challenge id).
struct FlashEngine: SimulatedEngine {
    let tables: BankTables
    let configuration: FlashConfiguration
    /// nil when clamping is off (Pix tests `variationPercent` for truthiness).
    let variationPercent: Double?
    let initialCapacity: Double

    private(set) var capacity: Double
    private(set) var errorRate: Double
    private(set) var answeredCount = 0

    private var likelihood: [Double]
    private var prior: [Double]
    private var posterior: [Double]
    private var answeredTube: [Bool]
    private var answeredSkill: [Bool]
    private var answeredCompetence: [Bool]
    private var answeredCompetenceCount = 0
    /// How many of the last N answers are in each competence, and those N competences.
    private var recentCompetence: [Int]
    private var recentRing: [Int]
    private var recentHead = 0
    private var recentFill = 0
    private var topReward: [Double]
    private var topItem: [Int]

    private static let gaussianDenominator = Flash.priorVariance.squareRoot() * (2 * Double.pi).squareRoot()
    private static let errorRateCorrection = (Flash.errorRateClassInterval * Flash.errorRateClassInterval) / 12.0
    private static let candidates = Flash.maximumNumberOfReturnedChallenges

    init(tables: BankTables, configuration: FlashConfiguration) {
        self.tables = tables
        self.configuration = configuration
        if let variation = configuration.variationPercent, variation != 0, !variation.isNaN {
            variationPercent = variation
        } else {
            variationPercent = nil
        }
        initialCapacity = configuration.defaultCandidateCapacity
        capacity = initialCapacity
        errorRate = Flash.defaultErrorRate
        let points = Flash.grid.count
        likelihood = [Double](repeating: 1, count: points)
        prior = [Double](repeating: 0, count: points)
        posterior = [Double](repeating: 0, count: points)
        answeredTube = [Bool](repeating: false, count: tables.tubeCount)
        answeredSkill = [Bool](repeating: false, count: tables.skillCount)
        answeredCompetence = [Bool](repeating: false, count: tables.competenceCount)
        recentCompetence = [Int](repeating: 0, count: tables.competenceCount)
        recentRing = [Int](repeating: 0, count: max(1, configuration.challengesBetweenSameCompetence))
        topReward = [Double](repeating: 0, count: Self.candidates)
        topItem = [Int](repeating: 0, count: Self.candidates)
    }

    var score: Int? { CertificationV3.pixScore(capacity: capacity) }

    mutating func start(random: inout SplitMix64) {
        capacity = initialCapacity
        errorRate = Flash.defaultErrorRate
        answeredCount = 0
        answeredCompetenceCount = 0
        recentHead = 0
        recentFill = 0
        for index in likelihood.indices { likelihood[index] = 1 }
        for index in answeredTube.indices { answeredTube[index] = false }
        for index in answeredSkill.indices { answeredSkill[index] = false }
        for index in answeredCompetence.indices {
            answeredCompetence[index] = false
            recentCompetence[index] = 0
        }
    }

    mutating func next(random: inout SplitMix64) -> EngineChoice? {
        if answeredCount >= configuration.maximumAssessmentLength { return nil }
        // Rule 3: while a competence has no answer, every challenge of the unanswered
        // competences, from the whole pool (rules 1–2 do not apply then).
        let passage = configuration.enablePassageByAllCompetences && answeredCompetenceCount < tables.competenceCount
        // Rule 4: avoid the competences of the last N answers, unless that leaves nothing.
        let spacing = configuration.challengesBetweenSameCompetence > 0 && recentFill > 0
        var found = rank(passage: passage, spacing: spacing)
        if found == 0, spacing {
            found = rank(passage: passage, spacing: false)
        }
        guard found > 0 else { return nil }
        let picked = BinaryTreePick.index(count: found, probability: configuration.defaultProbabilityToPickChallenge, random: &random)
        let item = topItem[picked]
        let reward = Flash.reward(capacity: capacity, discriminant: tables.discrimination[item], difficulty: tables.difficulty[item])
        return EngineChoice(item: item, reward: reward, candidates: found)
    }

    /// Fills `topItem`/`topReward` with the (at most 5) most informative eligible challenges,
    /// best first, and returns how many there are.
    private mutating func rank(passage: Bool, spacing: Bool) -> Int {
        let capacity = self.capacity
        let limitToTube = configuration.limitToOneQuestionPerTube
        let tables = self.tables
        let ranked = tables.discrimination.withUnsafeBufferPointer { discrimination in
        tables.difficulty.withUnsafeBufferPointer { difficulty in
        tables.squaredDiscrimination.withUnsafeBufferPointer { squared in
        tables.competence.withUnsafeBufferPointer { competence in
        tables.tube.withUnsafeBufferPointer { tube in
        tables.skill.withUnsafeBufferPointer { skill in
        answeredCompetence.withUnsafeBufferPointer { answeredCompetence in
        answeredTube.withUnsafeBufferPointer { answeredTube in
        answeredSkill.withUnsafeBufferPointer { answeredSkill in
        recentCompetence.withUnsafeBufferPointer { recent in
            var ranking = FiveMostInformative(
                capacity: capacity, discrimination: discrimination, difficulty: difficulty, squaredDiscrimination: squared,
                competence: competence, tube: tube, skill: skill, answeredCompetence: answeredCompetence, answeredTube: answeredTube,
                answeredSkill: answeredSkill, recentCompetence: recent, passage: passage, limitToTube: limitToTube, spacing: spacing)
            tables.informationIndex.search(capacity: capacity, &ranking)
            return ranking
        }}}}}}}}}}
        for slot in 0..<ranked.found {
            topItem[slot] = ranked.item(slot)
            topReward[slot] = ranked.reward(slot)
        }
        return ranked.found
    }

    mutating func record(item: Int, correct: Bool) {
        answeredTube[tables.tube[item]] = true
        answeredSkill[tables.skill[item]] = true
        let itemCompetence = tables.competence[item]
        if !answeredCompetence[itemCompetence] {
            answeredCompetence[itemCompetence] = true
            answeredCompetenceCount += 1
        }
        let window = configuration.challengesBetweenSameCompetence
        if window > 0 {
            if recentFill == window {
                recentCompetence[recentRing[recentHead]] -= 1
            } else {
                recentFill += 1
            }
            recentRing[recentHead] = itemCompetence
            recentCompetence[itemCompetence] += 1
            recentHead = (recentHead + 1) % window
        }
        estimate(item: item, correct: correct)
        answeredCount += 1
    }

    /// `CapacityEstimator.record`, operation for operation.
    private mutating func estimate(item: Int, correct: Bool) {
        let previous = capacity
        let points = Flash.grid.count
        let row = item * points
        var raw = 0.0
        var spread = 0.0
        var clamped = previous
        let variationPercent = self.variationPercent
        Flash.grid.withUnsafeBufferPointer { grid in
        prior.withUnsafeMutableBufferPointer { prior in
        posterior.withUnsafeMutableBufferPointer { posterior in
        likelihood.withUnsafeMutableBufferPointer { likelihood in
        (correct ? tables.flashSuccess : tables.flashFailure).withUnsafeBufferPointer { factor in
            // exp((gap²) / (−2·1.5)) / √1.5·√2π, in passes, so that the divisions of the
            // element-wise passes run several at a time (same operations, same bits).
            let denominator = Self.gaussianDenominator
            for point in 0..<points {
                let gap = grid[point] - previous
                prior[point] = (gap * gap) / (-2 * Flash.priorVariance)
            }
            for point in 0..<points { prior[point] = exp(prior[point]) }
            for point in 0..<points { prior[point] = prior[point] / denominator }
            var priorSum = 0.0
            for point in 0..<points { priorSum += prior[point] }
            for point in 0..<points { prior[point] /= priorSum }
            for point in 0..<points { likelihood[point] *= factor[row + point] }
            var posteriorSum = 0.0
            for point in 0..<points {
                let value = likelihood[point] * prior[point]
                posterior[point] = value
                posteriorSum += value
            }
            for point in 0..<points { posterior[point] /= posteriorSum }
            for point in 0..<points { raw += grid[point] * posterior[point] }
            if let variationPercent {
                clamped = Flash.limitCapacityVariation(previous: previous, next: raw, variationPercent: variationPercent)
            } else {
                clamped = raw
            }
            for point in 0..<points {
                let gap = grid[point] - clamped
                spread += posterior[point] * (gap * gap)
            }
        }}}}}
        capacity = clamped
        errorRate = (spread - Self.errorRateCorrection).squareRoot()
    }
}

/// The five most informative challenges the selection rules leave, best first (equal rewards:
/// challenge-id order), as `Flash.bestPositions` ranks them. It reads the bank and the rules'
/// flags through buffers valid for one search.
private struct FiveMostInformative: Ranking {
    let capacity: Double
    let discrimination: UnsafeBufferPointer<Double>
    let difficulty: UnsafeBufferPointer<Double>
    let squaredDiscrimination: UnsafeBufferPointer<Double>
    let competence: UnsafeBufferPointer<Int>
    let tube: UnsafeBufferPointer<Int>
    let skill: UnsafeBufferPointer<Int>
    let answeredCompetence: UnsafeBufferPointer<Bool>
    let answeredTube: UnsafeBufferPointer<Bool>
    let answeredSkill: UnsafeBufferPointer<Bool>
    let recentCompetence: UnsafeBufferPointer<Int>
    let passage: Bool
    let limitToTube: Bool
    let spacing: Bool
    private(set) var found = 0
    private var rewards: (Double, Double, Double, Double, Double) = (0, 0, 0, 0, 0)
    private var items: (Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0)

    init(capacity: Double, discrimination: UnsafeBufferPointer<Double>, difficulty: UnsafeBufferPointer<Double>,
         squaredDiscrimination: UnsafeBufferPointer<Double>, competence: UnsafeBufferPointer<Int>, tube: UnsafeBufferPointer<Int>,
         skill: UnsafeBufferPointer<Int>, answeredCompetence: UnsafeBufferPointer<Bool>, answeredTube: UnsafeBufferPointer<Bool>,
         answeredSkill: UnsafeBufferPointer<Bool>, recentCompetence: UnsafeBufferPointer<Int>, passage: Bool, limitToTube: Bool, spacing: Bool) {
        self.capacity = capacity
        self.discrimination = discrimination
        self.difficulty = difficulty
        self.squaredDiscrimination = squaredDiscrimination
        self.competence = competence
        self.tube = tube
        self.skill = skill
        self.answeredCompetence = answeredCompetence
        self.answeredTube = answeredTube
        self.answeredSkill = answeredSkill
        self.recentCompetence = recentCompetence
        self.passage = passage
        self.limitToTube = limitToTube
        self.spacing = spacing
    }

    func reward(_ slot: Int) -> Double {
        withUnsafeBytes(of: rewards) { $0.load(fromByteOffset: slot * MemoryLayout<Double>.stride, as: Double.self) }
    }

    func item(_ slot: Int) -> Int {
        withUnsafeBytes(of: items) { $0.load(fromByteOffset: slot * MemoryLayout<Int>.stride, as: Int.self) }
    }

    private mutating func set(_ slot: Int, reward: Double, item: Int) {
        withUnsafeMutableBytes(of: &rewards) { $0.storeBytes(of: reward, toByteOffset: slot * MemoryLayout<Double>.stride, as: Double.self) }
        withUnsafeMutableBytes(of: &items) { $0.storeBytes(of: item, toByteOffset: slot * MemoryLayout<Int>.stride, as: Int.self) }
    }

    var threshold: Double { found == 5 ? rewards.4 : -.infinity }

    @inline(__always)
    mutating func consider(_ item: Int) {
        let itemCompetence = competence[item]
        // Rule 3 while a competence is unanswered, else rule 1 or 2; then rule 4.
        if passage {
            if answeredCompetence[itemCompetence] { return }
        } else if limitToTube {
            if answeredTube[tube[item]] { return }
        } else if answeredSkill[skill[item]] {
            return
        }
        if spacing, recentCompetence[itemCompetence] > 0 { return }
        let p = 1 / (1 + exp(discrimination[item] * (difficulty[item] - capacity)))
        var reward = p * (1 - p) * squaredDiscrimination[item]
        if reward.isNaN { reward = -.infinity }
        if found == 5 {
            let last = rewards.4
            if !(reward > last || (reward == last && item < items.4)) { return }
            found = 4
        }
        var slot = found
        while slot > 0 {
            let above = self.reward(slot - 1)
            guard reward > above || (reward == above && item < self.item(slot - 1)) else { break }
            set(slot, reward: above, item: self.item(slot - 1))
            slot -= 1
        }
        set(slot, reward: reward, item: item)
        found += 1
    }
}
