import Engine
import Foundation
import Vocabulary
import Localization

/// The random streams of one simulated learner, each a `SplitMix64` whose state is derived from
/// (seed, stream, learner index) by two rounds of the SplitMix64 finaliser. A learner's draws
/// therefore depend only on the seed and its index: never on the thread that runs it, on the
/// learners before it, or (for the population) on the engine.
enum LearnerStreams {
    /// The true capacity.
    static func population(seed: UInt64, learner: Int) -> SplitMix64 { stream(seed: seed, kind: 1, learner: learner) }
    /// The engine's picks and the answers to its questions, in the order they happen.
    static func session(seed: UInt64, learner: Int) -> SplitMix64 { stream(seed: seed, kind: 2, learner: learner) }
    /// Questions outside the adaptive test (unscored ones): their positions and answers, kept
    /// apart so that adding them does not change the adaptive test itself.
    static func unscored(seed: UInt64, learner: Int) -> SplitMix64 { stream(seed: seed, kind: 3, learner: learner) }

    static func stream(seed: UInt64, kind: UInt64, learner: Int) -> SplitMix64 {
        SplitMix64(seed: mix(mix(seed &+ kind &* 0x9E37_79B9_7F4A_7C15) &+ UInt64(truncatingIfNeeded: learner)))
    }

    /// SplitMix64's output function.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// How the true capacities of simulated learners are drawn.
public enum CapacityDistribution: Sendable, Hashable, CustomStringConvertible {
    case normal(mean: Double, standardDeviation: Double)
    case uniform(low: Double, high: Double)
    case fixed(Double)

    /// `normal:MEAN,SD`, `uniform:LO,HI` or `fixed:X`.
    public init(parsing text: String) throws(SimulationFailure) {
        let usage = "--capacity \(text): write normal:MEAN,SD (such as normal:0,1), uniform:LO,HI (such as uniform:-3,3) or fixed:X"
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw .usage(usage) }
        let numbers = parts[1].split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.allSatisfy({ $0?.isFinite == true }) else { throw .usage(usage) }
        let values = numbers.compactMap { $0 }
        switch (parts[0].lowercased(), values.count) {
        case ("normal", 2):
            guard values[1] > 0 else { throw .usage(SimulationMessages.catalogue.text("capacity.sd", ["text": text])) }
            self = .normal(mean: values[0], standardDeviation: values[1])
        case ("uniform", 2):
            guard values[0] < values[1] else { throw .usage(SimulationMessages.catalogue.text("capacity.bounds", ["text": text])) }
            self = .uniform(low: values[0], high: values[1])
        case ("fixed", 1):
            self = .fixed(values[0])
        default:
            throw .usage(usage)
        }
    }

    public var description: String {
        switch self {
        case let .normal(mean, sd): return "normal:\(JSONText.number(mean)),\(JSONText.number(sd))"
        case let .uniform(low, high): return "uniform:\(JSONText.number(low)),\(JSONText.number(high))"
        case let .fixed(value): return "fixed:\(JSONText.number(value))"
        }
    }

    /// One draw. The normal uses Box–Muller on two uniform draws (the first turned into (0, 1]
    /// so that its logarithm is finite).
    func draw(_ random: inout SplitMix64) -> Double {
        switch self {
        case let .normal(mean, sd):
            let u1 = 1 - random.nextUnit()
            let u2 = random.nextUnit()
            return mean + sd * ((-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2))
        case let .uniform(low, high):
            return low + (high - low) * random.nextUnit()
        case let .fixed(value):
            return value
        }
    }
}

/// The simulated learners: how many, their identifiers and their true capacities.
public enum Population: Sendable {
    case drawn(CapacityDistribution, learners: Int)
    /// From a capacities file, in its order.
    case listed(path: String, ids: [String], capacities: [Double], digest: String)

    public var count: Int {
        switch self {
        case .drawn(_, let learners): return learners
        case .listed(_, let ids, _, _): return ids.count
        }
    }

    /// Reads a capacities file (header `learner,capacity`).
    public static func load(capacities path: String) throws(SimulationFailure) -> Population {
        let file = try SimulationFiles.source(path)
        let (population, diagnostics) = CapacitiesFile.read(file)
        guard let population else { throw .diagnostics(diagnostics) }
        return .listed(path: path, ids: population.ids, capacities: population.capacities, digest: SHA256Text.digest(file.bytes))
    }

    func trueCapacity(learner: Int, seed: UInt64) -> Double {
        switch self {
        case .drawn(let distribution, _):
            var random = LearnerStreams.population(seed: seed, learner: learner)
            return distribution.draw(&random)
        case .listed(_, _, let capacities, _):
            return capacities[learner]
        }
    }

    /// The learner's identifier in the outputs: its number from 1, or its id in the file.
    func identifier(learner: Int) -> String {
        switch self {
        case .drawn: return String(learner + 1)
        case .listed(_, let ids, _, _): return ids[learner]
        }
    }
}
