import Foundation
import JSON
import Vocabulary

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
            "{\"challengeId\":\(JSONString.literal(step.challengeId)),"
                + "\"capacity\":\(JSONNumberText.canonical(step.estimate.capacity)),"
                + "\"errorRate\":\(JSONNumberText.canonical(step.estimate.errorRate))}"
        }
        lines.append("{\"next\":[" + outcome.next.map { JSONString.literal($0) }.joined(separator: ",") + "]}")
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

    /// Decodes and validates a scenario. It is read by pixc's JSON parser, so a duplicate key is
    /// refused and a syntax error says its line and column, as everywhere else in pixc.
    public static func parse(scenarioJSON: Data) throws(ReplayError) -> Scenario {
        let document: JSONValue
        do {
            document = try JSONParser.parse(scenarioJSON)
        } catch {
            throw ReplayError.invalidJSON("line \(error.line), column \(error.column): \(error.message)")
        }
        let reader = ScenarioReader()
        let root = try reader.object(document, at: "")
        let rawItems = try reader.array(root, "items", at: "")
        let rawAnswers = try reader.array(root, "answers", at: "")

        var items: [CalibratedChallenge] = []
        var seenIds = Set<String>()
        for (index, element) in rawItems.enumerated() {
            let path = "items[\(index)]"
            let item = try reader.object(element, at: path)
            let id = try reader.string(item, "id", at: path)
            guard seenIds.insert(id).inserted else {
                throw ReplayError.duplicateItem(id: id)
            }
            let discriminant = try reader.number(item, "discriminant", at: path)
            let difficulty = try reader.number(item, "difficulty", at: path)
            try requireFinite(discriminant, at: path + ".discriminant")
            try requireFinite(difficulty, at: path + ".difficulty")
            // A discriminant of 0 makes every answer equally likely at every capacity, and a
            // negative one inverts the model: neither is a calibration.
            guard discriminant > 0 else {
                throw ReplayError.outOfRange(path: path + ".discriminant", value: discriminant, expected: "a positive number")
            }
            items.append(CalibratedChallenge(
                id: id,
                discriminant: discriminant,
                difficulty: difficulty,
                skillId: try reader.string(item, "skill", at: path),
                tubeId: try reader.string(item, "tube", at: path),
                competenceId: try reader.string(item, "competence", at: path)
            ))
        }

        var answers: [FlashAnswer] = []
        for (index, element) in rawAnswers.enumerated() {
            let path = "answers[\(index)]"
            let answer = try reader.object(element, at: path)
            let challengeId = try reader.string(answer, "challengeId", at: path)
            let result = try reader.string(answer, "result", at: path)
            guard let status = AnswerStatus(rawValue: result) else {
                throw ReplayError.invalidResult(answerIndex: index, value: result)
            }
            guard seenIds.contains(challengeId) else {
                throw ReplayError.unknownChallenge(answerIndex: index, challengeId: challengeId)
            }
            answers.append(FlashAnswer(challengeId: challengeId, status: status))
        }

        let initialCapacity = try reader.optionalNumber(root, "initialCapacity") ?? defaultInitialCapacity
        try requireFinite(initialCapacity, at: "initialCapacity")
        let variationPercent = try reader.optionalNumber(root, "variationPercent")
        if let variationPercent {
            try requireFinite(variationPercent, at: "variationPercent")
            guard variationPercent >= 0 else {
                throw ReplayError.outOfRange(path: "variationPercent", value: variationPercent, expected: "zero or a positive number")
            }
        }
        return Scenario(
            initialCapacity: initialCapacity,
            variationPercent: variationPercent,
            items: items,
            answers: answers
        )
    }

    private static func requireFinite(_ value: Double, at path: String) throws(ReplayError) {
        guard value.isFinite else { throw ReplayError.nonFiniteNumber(path: path) }
    }

    /// Reads the scenario's fields, naming each one by its path (`items[3].tube`) when it is
    /// missing or of the wrong kind. Other fields are ignored.
    private struct ScenarioReader {
        func object(_ value: JSONValue, at path: String) throws(ReplayError) -> [String: JSONValue] {
            guard case .object(let members) = value else {
                throw ReplayError.wrongType(path: path.isEmpty ? "the scenario" : path, expected: "an object")
            }
            return members
        }

        func field(_ members: [String: JSONValue], _ key: String, at path: String) throws(ReplayError) -> JSONValue {
            guard let value = members[key] else { throw ReplayError.missingField(path: Self.path(path, key)) }
            return value
        }

        func array(_ members: [String: JSONValue], _ key: String, at path: String) throws(ReplayError) -> [JSONValue] {
            guard case .array(let elements) = try field(members, key, at: path) else {
                throw ReplayError.wrongType(path: Self.path(path, key), expected: "an array")
            }
            return elements
        }

        func string(_ members: [String: JSONValue], _ key: String, at path: String) throws(ReplayError) -> String {
            guard case .string(let text) = try field(members, key, at: path) else {
                throw ReplayError.wrongType(path: Self.path(path, key), expected: "a string")
            }
            return text
        }

        func number(_ members: [String: JSONValue], _ key: String, at path: String) throws(ReplayError) -> Double {
            let value = try field(members, key, at: path)
            guard let number = Self.number(value) else {
                throw ReplayError.wrongType(path: Self.path(path, key), expected: "a number")
            }
            return number
        }

        /// Absent or `null`: nil.
        func optionalNumber(_ members: [String: JSONValue], _ key: String) throws(ReplayError) -> Double? {
            guard let value = members[key], !value.isNull else { return nil }
            guard let number = Self.number(value) else {
                throw ReplayError.wrongType(path: key, expected: "a number")
            }
            return number
        }

        static func number(_ value: JSONValue) -> Double? {
            switch value {
            case .integer(let integer): Double(integer)
            case .double(let double): double
            default: nil
            }
        }

        static func path(_ base: String, _ key: String) -> String {
            base.isEmpty ? key : base + "." + key
        }
    }
}

/// Why a scenario cannot be replayed.
public enum ReplayError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not JSON, or not the scenario's shape; the message says where.
    case invalidJSON(String)
    case missingField(path: String)
    case wrongType(path: String, expected: String)
    case nonFiniteNumber(path: String)
    case outOfRange(path: String, value: Double, expected: String)
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
        case let .outOfRange(path, value, expected):
            let shown = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
            return "invalid scenario: \(path) is \(shown), it should be \(expected)"
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
}
