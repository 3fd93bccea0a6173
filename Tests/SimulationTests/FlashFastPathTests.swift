import Engine
import Foundation
import JSON
import Release
@testable import Simulation
import Testing
import Vocabulary

/// The simulator's flash engine gives, question after question, exactly what the `Engine`'s
/// reference `FlashAssessment` (which recomputes everything from the answer list, as Pix does)
/// gives with the same random draws: the same challenges, the same capacities and error rates to
/// the last bit, and the same v3 score as Pix's scoring of the finished test.
@Suite("Flash fast path against the reference")
struct FlashFastPathTests {
    /// 5 competences × 3 tubes × 2 skills × 2 variants; a variant shares its prototype's
    /// parameters, so that rewards tie and the challenge id must break the tie.
    static let bank: String = {
        var random = SplitMix64(seed: 99)
        var lines = ["id,discrimination,difficulty,competence,tube,skill,level"]
        for competence in 1...5 {
            for tube in 1...3 {
                for level in [2, 5] {
                    let a = 0.3 + 2.2 * random.nextUnit()
                    let b = -3 + 6 * random.nextUnit()
                    for variant in ["a", "b"] {
                        lines.append("c\(competence)t\(tube)s\(level)\(variant),\(a),\(b),\(competence).1,@c\(competence)t\(tube),@c\(competence)t\(tube)\(level),\(level)")
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    static let configurations: [FlashConfiguration] = [
        // Pix's v3 certification: 32 questions asked of 15 tubes, so every test ends for lack
        // of challenges.
        .v3Certification,
        FlashConfiguration(maximumAssessmentLength: 25, challengesBetweenSameCompetence: 2, limitToOneQuestionPerTube: false,
                           enablePassageByAllCompetences: true, variationPercent: 0.5, defaultCandidateCapacity: -3,
                           defaultProbabilityToPickChallenge: 51),
        FlashConfiguration(maximumAssessmentLength: 20, challengesBetweenSameCompetence: 0, limitToOneQuestionPerTube: false,
                           enablePassageByAllCompetences: false, variationPercent: nil, defaultCandidateCapacity: 0,
                           defaultProbabilityToPickChallenge: 100),
        FlashConfiguration(maximumAssessmentLength: 30, challengesBetweenSameCompetence: 6, limitToOneQuestionPerTube: false,
                           enablePassageByAllCompetences: true, variationPercent: 0.3, defaultCandidateCapacity: 1.5,
                           defaultProbabilityToPickChallenge: 30),
    ]

    @Test(arguments: configurations.indices)
    func everyStepEqualsTheReference(_ index: Int) throws {
        let configuration = Self.configurations[index]
        let folder = try TemporaryFolder()
        let path = try folder.write("bank.csv", Self.bank)
        var request = SimulationRequest.test(.items(path: path), learners: 60, engine: .flash(configuration), folder: folder, threads: 2)
        request.population = .distribution(.normal(mean: 0, standardDeviation: 1.5), learners: 60)
        request.writesTrace = true
        _ = try Simulator.run(request)

        let bank = try SimulationBank.load(items: path)
        let challenges = bank.items.map {
            CalibratedChallenge(id: $0.id, discriminant: $0.discrimination, difficulty: $0.difficulty, skillId: $0.skill, tubeId: $0.tube, competenceId: $0.competenceKey)
        }
        let trace = try String(contentsOf: folder.path("out").appendingPathComponent("trace.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { try JSONParser.parse(Array($0.utf8)) }
        let learners = rows(try folder.read("out", "learners.csv"))
        var line = 0
        var steps = 0
        for learner in 0..<60 {
            var population = LearnerStreams.population(seed: request.seed, learner: learner)
            let capacity = CapacityDistribution.normal(mean: 0, standardDeviation: 1.5).draw(&population)
            var random = LearnerStreams.session(seed: request.seed, learner: learner)
            let assessment = FlashAssessment(configuration: configuration)
            var answers: [FlashAnswer] = []
            var asked: [CalibratedChallenge] = []
            var last = CapacityEstimate(capacity: configuration.defaultCandidateCapacity, errorRate: Flash.defaultErrorRate)
            while let picked = try assessment.nextChallenge(answers: answers, challenges: challenges, random: &random) {
                let correct = random.nextUnit() < Flash.probability(capacity: capacity, discriminant: picked.discriminant, difficulty: picked.difficulty)
                answers.append(FlashAnswer(challengeId: picked.id, status: correct ? .ok : .ko))
                asked.append(picked)
                last = try assessment.capacityAndErrorRate(answers: answers, challenges: challenges)
                let step = trace[line]
                line += 1
                steps += 1
                #expect(step["learner"] == .integer(learner + 1))
                #expect(step["challengeId"] == .string(picked.id), "learner \(learner + 1), question \(answers.count)")
                #expect(step["answerStatus"] == .string(correct ? "ok" : "ko"))
                #expect(step["capacity"] == .double(last.capacity))
                #expect(step["errorRate"] == .double(last.errorRate))
            }
            let row = learners[learner]
            #expect(row[2] == JSONNumberText.canonical(last.capacity))
            #expect(row[4] == String(answers.count))
            let score = try CertificationV3.score(answers: answers, askedChallenges: asked, allChallenges: challenges, abortReason: nil,
                                                  flashConfiguration: configuration)
            #expect(row[6] == String(score.pixScore))
        }
        #expect(line == trace.count)
        #expect(steps > 60 * 10)
    }
}
