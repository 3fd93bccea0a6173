import Engine
import Foundation
import Release
@testable import Simulation
import Testing
import Vocabulary

/// The simulator's smart random picks, question after question, what the `Engine`'s
/// `SmartRandom` (which rebuilds tubes, candidates and filters from lists at each call, as Pix
/// does) picks from the same state, and earns the same pix.
@Suite("Smart random fast path against the reference")
struct SmartRandomFastPathTests {
    /// 3 competences × 3 tubes; tube 0 of each competence is easy (levels 1–3); skills with one
    /// to three challenges, some archivé, some timed, some in another locale only.
    static func bank() -> SimulationBank {
        var random = SplitMix64(seed: 17)
        var items: [SimulationBank.Item] = []
        for competence in 1...3 {
            for tube in 0..<3 {
                let levels = tube == 0 ? [1, 2, 3] : [2, 3, 4, 5, 6, 7].filter { _ in random.nextUnit() < 0.8 }
                for level in levels {
                    let skill = "@c\(competence)t\(tube)\(level)"
                    for variant in 0..<(1 + Int(random.next() % 3)) {
                        let status: ChallengeStatus = random.nextUnit() < 0.2 ? .archivé : .validé
                        let locales = random.nextUnit() < 0.1 ? ["en"] : (random.nextUnit() < 0.5 ? ["fr", "fr-fr"] : ["fr"])
                        items.append(SimulationBank.Item(
                            id: "ch\(competence)\(tube)\(level)\(variant)", discrimination: 0.6 + random.nextUnit(), difficulty: Double(level) - 4 + random.nextUnit(),
                            isProvisional: false, competence: "\(competence).1", competenceKey: "comp\(competence)", tube: "c\(competence)t\(tube)", skill: skill,
                            skillName: skill, level: level, pixValue: level == 3 ? 8.0 / 3 : 4, status: status, locales: locales,
                            isTimed: random.nextUnit() < 0.15))
                    }
                }
            }
        }
        items.sort { $0.id.unicodeScalars.lexicographicallyPrecedes($1.id.unicodeScalars) }
        return SimulationBank(items: items, source: .items(path: "test"), skippedCount: 0)
    }

    @Test(arguments: ["fr-fr", "fr"])
    func everyPickEqualsTheReference(_ locale: String) throws {
        let bank = Self.bank()
        let tables = BankTables(bank: bank, truth: nil, flashGrid: false, eapGrid: true)
        let smartRandom = try #require(SmartRandomTables(bank: bank, tables: tables, locale: locale))
        let population = Population.drawn(.normal(mean: 0, standardDeviation: 1.5), learners: 80)
        let context = OutputContext(tables: tables, population: population, bands: .standard, writesTrace: false, writesAnswers: true)
        var engine = SmartRandomEngine(tables: tables, smartRandom: smartRandom, maximumLength: nil)
        var runner = SessionRunner(tables: tables, plan: NoInsertions(), seed: 5)
        var statistics = ChunkStatistics(items: tables.count, competences: tables.competenceCount, bands: CapacityBands.standard.count,
                                         maximumScore: -1, meshes: 0, competencePix: true)
        var reference = statistics

        let skills = smartRandom.skills
        let challenges = bank.items.map { ContentChallenge(id: $0.id, skillId: $0.skill, status: $0.status, locales: $0.locales, isTimed: $0.isTimed) }
        var steps = 0
        for learner in 0..<80 {
            let capacity = population.trueCapacity(learner: learner, seed: 5)
            var output = ChunkOutput(context: context, statistics: statistics)
            _ = runner.run(&engine, learner: learner, trueCapacity: capacity, output: &output)
            engine.contribute(to: &output.statistics, trueCapacity: capacity)
            statistics = output.statistics
            let picked = String(decoding: output.answers, as: UTF8.self).split(separator: "\n").map { $0.split(separator: ",").map(String.init) }

            var random = LearnerStreams.session(seed: 5, learner: learner)
            let assessmentId = Int(truncatingIfNeeded: random.next() >> 33)
            var elements: [KnowledgeElement] = []
            var answered: [String] = []
            var lastAnswer: SmartRandomLastAnswer?
            while true {
                let step = SmartRandom.possibleSkillsForNextChallenge(knowledgeElements: elements, challenges: challenges, targetSkills: skills,
                                                                      lastAnswer: lastAnswer, answeredChallengeIds: answered, locale: locale)
                guard !step.hasAssessmentEnded, let challenge = SmartRandom.pickChallenge(from: step.possibleSkills, randomSeed: assessmentId, locale: locale),
                      let position = bank.items.firstIndex(where: { $0.id == challenge.id }) else { break }
                let correct = random.nextUnit() < tables.trueProbability(position, capacity: capacity)
                let skill = try #require(skills.first { $0.id == challenge.skillId })
                elements += KnowledgeElementInference.knowledgeElements(answerStatus: correct ? .ok : .ko, skill: skill, previous: elements, targetSkills: skills)
                answered.append(challenge.id)
                lastAnswer = SmartRandomLastAnswer(wasTimed: challenge.isTimed)
                let index = answered.count - 1
                #expect(index < picked.count && picked[index][1] == challenge.id && picked[index][2] == (correct ? "ok" : "ko"),
                        "learner \(learner + 1), question \(answered.count)")
                steps += 1
            }
            #expect(answered.count == picked.count, "learner \(learner + 1)")
            var earned: [String: Double] = [:]
            for element in elements { earned[element.competenceId, default: 0] += element.earnedPix }
            for (competence, key) in tables.competenceLabels.indices.map({ ($0, "comp\($0 + 1)") }) {
                reference.addCompetencePix(competence, earned: earned[key] ?? 0, implied: 0)
            }
        }
        #expect(statistics.earnedPix == reference.earnedPix)
        #expect(steps > 80 * 5)
    }
}
