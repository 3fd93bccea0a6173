import Foundation

/// Replays a flash scenario: the capacity and error rate after every answer, then the next
/// candidates. Input and output formats are described in `docs/replay.md`.
public enum Replay {
    /// θ0 when the scenario gives none (or `null`): the v3 certification's
    /// `defaultCandidateCapacity`.
    public static let defaultInitialCapacity = FlashConfiguration.v3Certification.defaultCandidateCapacity

    /// A decoded, validated scenario.
    public struct Scenario: Sendable, Hashable {
        public var initialCapacity: Double
        /// `nil` (or 0) means no clamping.
        public var variationPercent: Double?
        public var items: [CalibratedChallenge]
        public var answers: [FlashAnswer]

        public init(
            initialCapacity: Double = Replay.defaultInitialCapacity,
            variationPercent: Double?,
            items: [CalibratedChallenge],
            answers: [FlashAnswer]
        ) {
            self.initialCapacity = initialCapacity
            self.variationPercent = variationPercent
            self.items = items
            self.answers = answers
        }
    }

    public struct Step: Sendable, Hashable {
        public var challengeId: String
        public var estimate: CapacityEstimate
    }

    public struct Outcome: Sendable, Hashable {
        public var steps: [Step]
        /// Ids of the top candidates (at most 5) at the final capacity under the v3 rules.
        public var next: [String]
    }

    /// Parses, validates and replays a scenario; returns the output lines (without newlines).
    public static func run(scenarioJSON: Data) throws(ReplayError) -> [String] {
        let outcome = try replay(parse(scenarioJSON: scenarioJSON))
        return lines(for: outcome)
    }

    /// The output lines of an outcome: one JSON object per answer, then `{"next":[…]}`.
    public static func lines(for outcome: Outcome) -> [String] {
        var lines = outcome.steps.map { step in
            "{\"challengeId\":\(JSONOutput.string(step.challengeId)),"
                + "\"capacity\":\(JSONOutput.number(step.estimate.capacity)),"
                + "\"errorRate\":\(JSONOutput.number(step.estimate.errorRate))}"
        }
        lines.append("{\"next\":[" + outcome.next.map(JSONOutput.string).joined(separator: ",") + "]}")
        return lines
    }

    /// Replays a scenario.
    ///
    /// The next candidates use the v3 certification rules (fixed length 32, one question per
    /// tube, passage by all competences, 2 challenges between the same competence) at the
    /// scenario's final capacity; after 32 answers or more, or when the rules leave nothing,
    /// the list is empty.
    public static func replay(_ scenario: Scenario) throws(ReplayError) -> Outcome {
        let history: [CapacityEstimate]
        do {
            history = try Flash.capacityHistory(
                answers: scenario.answers,
                challenges: scenario.items,
                initialCapacity: scenario.initialCapacity,
                variationPercent: scenario.variationPercent
            )
        } catch let error as FlashError {
            throw ReplayError(flash: error)
        } catch {
            throw ReplayError.invalidScenario("\(error)")
        }
        let steps = zip(scenario.answers, history).map { Step(challengeId: $0.challengeId, estimate: $1) }
        let finalCapacity = history.last?.capacity ?? scenario.initialCapacity

        let rules = FlashConfiguration.v3Certification
        var next: [String] = []
        if scenario.answers.count < rules.maximumAssessmentLength {
            let eligible: [CalibratedChallenge]
            do {
                eligible = try FlashRuleEngine.eligibleChallenges(
                    answers: scenario.answers,
                    allChallenges: scenario.items,
                    configuration: rules
                )
            } catch let error as FlashError {
                throw ReplayError(flash: error)
            } catch {
                throw ReplayError.invalidScenario("\(error)")
            }
            next = Flash.bestChallenges(eligible, capacity: finalCapacity).map(\.id)
        }
        return Outcome(steps: steps, next: next)
    }

    /// Decodes and validates a scenario.
    public static func parse(scenarioJSON: Data) throws(ReplayError) -> Scenario {
        let raw: RawScenario
        do {
            raw = try JSONDecoder().decode(RawScenario.self, from: scenarioJSON)
        } catch let error as DecodingError {
            if case let .dataCorrupted(context) = error, context.codingPath.isEmpty,
               let detail = syntaxErrorDetail(scenarioJSON) {
                throw ReplayError.invalidJSON(detail)
            }
            throw ReplayError(decoding: error)
        } catch {
            throw ReplayError.invalidJSON("\(error)")
        }

        var items: [CalibratedChallenge] = []
        var seenIds = Set<String>()
        for (index, item) in raw.items.enumerated() {
            let path = "items[\(index)]"
            guard seenIds.insert(item.id).inserted else {
                throw ReplayError.duplicateItem(id: item.id)
            }
            try requireFinite(item.discriminant, at: path + ".discriminant")
            try requireFinite(item.difficulty, at: path + ".difficulty")
            items.append(CalibratedChallenge(
                id: item.id,
                discriminant: item.discriminant,
                difficulty: item.difficulty,
                skillId: item.skill,
                tubeId: item.tube,
                competenceId: item.competence
            ))
        }

        var answers: [FlashAnswer] = []
        for (index, answer) in raw.answers.enumerated() {
            guard let status = AnswerStatus(rawValue: answer.result) else {
                throw ReplayError.invalidResult(answerIndex: index, value: answer.result)
            }
            guard seenIds.contains(answer.challengeId) else {
                throw ReplayError.unknownChallenge(answerIndex: index, challengeId: answer.challengeId)
            }
            answers.append(FlashAnswer(challengeId: answer.challengeId, status: status))
        }

        let initialCapacity = raw.initialCapacity ?? defaultInitialCapacity
        try requireFinite(initialCapacity, at: "initialCapacity")
        if let variationPercent = raw.variationPercent {
            try requireFinite(variationPercent, at: "variationPercent")
        }
        return Scenario(
            initialCapacity: initialCapacity,
            variationPercent: raw.variationPercent,
            items: items,
            answers: answers
        )
    }

    /// The decoder reports syntax errors without detail; the serialisation parser says what is
    /// wrong (e.g. "Number 1e999 is not representable in Swift.").
    private static func syntaxErrorDetail(_ data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch let error as NSError {
            return error.userInfo[NSDebugDescriptionErrorKey] as? String
        }
    }

    private static func requireFinite(_ value: Double, at path: String) throws(ReplayError) {
        guard value.isFinite else { throw ReplayError.nonFiniteNumber(path: path) }
    }

    private struct RawScenario: Decodable {
        var initialCapacity: Double?
        var variationPercent: Double?
        var items: [RawItem]
        var answers: [RawAnswer]
    }

    private struct RawItem: Decodable {
        var id: String
        var discriminant: Double
        var difficulty: Double
        var skill: String
        var tube: String
        var competence: String
    }

    private struct RawAnswer: Decodable {
        var challengeId: String
        var result: String
    }
}

/// Why a scenario cannot be replayed.
public enum ReplayError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not JSON, or not the scenario's shape; the message says where.
    case invalidJSON(String)
    case missingField(path: String)
    case wrongType(path: String, expected: String)
    case nonFiniteNumber(path: String)
    case duplicateItem(id: String)
    case unknownChallenge(answerIndex: Int, challengeId: String)
    case invalidResult(answerIndex: Int, value: String)
    case invalidScenario(String)

    public var description: String {
        switch self {
        case let .invalidJSON(detail):
            return "invalid scenario JSON: \(detail)"
        case let .missingField(path):
            return "invalid scenario: missing field \(path)"
        case let .wrongType(path, expected):
            return "invalid scenario: \(path) should be \(expected)"
        case let .nonFiniteNumber(path):
            return "invalid scenario: \(path) is not a finite number"
        case let .duplicateItem(id):
            return "invalid scenario: item id \"\(id)\" appears more than once"
        case let .unknownChallenge(index, id):
            return "invalid scenario: answers[\(index)] refers to challenge \"\(id)\", which is not among the items"
        case let .invalidResult(index, value):
            let known = AnswerStatus.allCases.map(\.rawValue).joined(separator: ", ")
            return "invalid scenario: answers[\(index)].result \"\(value)\" is not one of \(known)"
        case let .invalidScenario(detail):
            return "invalid scenario: \(detail)"
        }
    }

    init(flash error: FlashError) {
        switch error {
        case let .unknownChallenge(index, id):
            self = .unknownChallenge(answerIndex: index, challengeId: id)
        case .tooManyAnswers, .positionOutOfBank:
            self = .invalidScenario(error.description)
        }
    }

    init(decoding error: DecodingError) {
        func path(_ codingPath: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            let keys = codingPath + (last.map { [$0] } ?? [])
            guard !keys.isEmpty else { return "the scenario" }
            var text = ""
            for key in keys {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += text.isEmpty ? key.stringValue : "." + key.stringValue
                }
            }
            return text
        }
        switch error {
        case let .keyNotFound(key, context):
            self = .missingField(path: path(context.codingPath, key))
        case let .typeMismatch(type, context):
            self = .wrongType(path: path(context.codingPath), expected: Self.describe(type))
        case let .valueNotFound(type, context):
            self = .wrongType(path: path(context.codingPath), expected: Self.describe(type))
        case let .dataCorrupted(context):
            let underlying = context.underlyingError.map { " (\($0.localizedDescription))" } ?? ""
            if context.codingPath.isEmpty {
                self = .invalidJSON(context.debugDescription + underlying)
            } else {
                self = .invalidJSON("\(path(context.codingPath)): \(context.debugDescription)")
            }
        @unknown default:
            self = .invalidJSON("\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        if type == Double.self { return "a number" }
        if type == String.self { return "a string" }
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "an array" }
        if name.hasPrefix("Dictionary") { return "an object" }
        return "of type \(name)"
    }
}
