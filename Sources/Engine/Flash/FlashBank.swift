/// A flash bank prepared once for repeated selection: challenges addressed by position, their
/// tube, skill and competence interned as small integers, and the position of each id.
///
/// Building it costs one pass over the bank; the selection rules and the ranking then work on
/// positions without hashing strings or copying challenges, which is what a simulation of
/// thousands of candidates needs.
public struct FlashBank: Sendable {
    public let challenges: [CalibratedChallenge]
    let discriminant: [Double]
    let difficulty: [Double]
    let tube: [Int]
    let skill: [Int]
    let competence: [Int]
    let tubeCount: Int
    let skillCount: Int
    let competenceCount: Int
    private let positionById: [String: Int]

    public init(_ challenges: [CalibratedChallenge]) {
        self.challenges = challenges
        var tubes: [String: Int] = [:]
        var skills: [String: Int] = [:]
        var competences: [String: Int] = [:]
        var positions: [String: Int] = [:]
        positions.reserveCapacity(challenges.count)
        func intern(_ key: String, _ table: inout [String: Int]) -> Int {
            if let existing = table[key] { return existing }
            let next = table.count
            table[key] = next
            return next
        }
        var tube: [Int] = []
        var skill: [Int] = []
        var competence: [Int] = []
        tube.reserveCapacity(challenges.count)
        skill.reserveCapacity(challenges.count)
        competence.reserveCapacity(challenges.count)
        for (position, challenge) in challenges.enumerated() {
            tube.append(intern(challenge.tubeId, &tubes))
            skill.append(intern(challenge.skillId, &skills))
            competence.append(intern(challenge.competenceId, &competences))
            if positions[challenge.id] == nil { positions[challenge.id] = position }
        }
        discriminant = challenges.map(\.discriminant)
        difficulty = challenges.map(\.difficulty)
        self.tube = tube
        self.skill = skill
        self.competence = competence
        tubeCount = tubes.count
        skillCount = skills.count
        competenceCount = competences.count
        positionById = positions
    }

    public var count: Int { challenges.count }

    /// The position of the first challenge with this id (Pix's `Array.find`).
    public func position(of id: String) -> Int? {
        positionById[id]
    }

    /// The positions of the answers' challenges.
    /// - Throws: ``FlashError/unknownChallenge(answerIndex:challengeId:)``.
    public func positions(of answers: [FlashAnswer]) throws -> [Int] {
        try answers.enumerated().map { index, answer in
            guard let position = positionById[answer.challengeId] else {
                throw FlashError.unknownChallenge(answerIndex: index, challengeId: answer.challengeId)
            }
            return position
        }
    }
}
