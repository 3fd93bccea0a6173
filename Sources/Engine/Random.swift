import Vocabulary

/// A source of uniform draws in [0, 1), the role `Math.random()` plays in Pix.
///
/// Every random choice of the engine goes through this protocol so that a run is reproducible
/// from a seed, and so that a test can script the draws.
public protocol RandomSource {
    /// A draw, uniform in [0, 1).
    mutating func nextUnit() -> Double
}

/// The engine's seeded runs draw from pixc's own generator.
extension SplitMix64: RandomSource {}

/// Thomas Wang / Bob Jenkins' 32-bit integer hash, as npm `hash-int` computes it (and as Pix
/// inlines it): the argument is truncated to 32 bits (`x | 0`), every step is modulo 2³².
///
/// Pix uses it as a deterministic "random" source: smart-random picks a skill with
/// `hashInt(assessmentId)` and a challenge with `hashInt(assessmentId + 1)`.
public func hashInt(_ x: Int) -> UInt32 {
    var a = UInt32(truncatingIfNeeded: x)
    a = a &- (a << 6)
    a ^= a >> 17
    a = a &- (a << 9)
    a ^= a << 4
    a = a &- (a << 3)
    a ^= a << 10
    a ^= a >> 15
    return a
}

/// The deterministic percent draws of Pix's legacy pickers, chained through `hashInt`.
///
/// - ``Style/singleHash``: `api/lib/infrastructure/utils/random.js` —
///   `seed ← hashInt(seed)`, draw = `seed % 100`.
/// - ``Style/doubleHash``: the later `pseudo-random.js` context —
///   `seed ← hashInt(seed)`, draw = `hashInt(seed) % 100`.
public struct HashIntChain: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case singleHash
        case doubleHash
    }

    public private(set) var seed: UInt32
    public let style: Style

    public init(seed: Int, style: Style = .singleHash) {
        self.seed = UInt32(truncatingIfNeeded: seed)
        self.style = style
    }

    /// The next integer draw in 0..<100.
    public mutating func nextPercent() -> Int {
        seed = hashInt(Int(seed))
        switch style {
        case .singleHash:
            return Int(seed % 100)
        case .doubleHash:
            return Int(hashInt(Int(seed)) % 100)
        }
    }
}

/// Pix's `binaryTreeRandom(p, n)`: walk down the ranked list, stopping at each rank with
/// probability p %, so rank k is picked with probability p(1−p)^k and the last one with
/// (1−p)^(n−1). With one element no draw is consumed.
public enum BinaryTreePick {
    /// Pix's current picker: one `Math.random() * 100 < p` test per rank.
    public static func index<R: RandomSource>(count: Int, probability: Double, random: inout R) -> Int {
        var index = 0
        var remaining = count
        while remaining > 1 {
            if random.nextUnit() * 100 < probability {
                return index
            }
            index += 1
            remaining -= 1
        }
        return index
    }

    /// Pix's legacy deterministic picker: one `hashInt` percent draw per rank.
    public static func index(count: Int, probability: Double, chain: inout HashIntChain) -> Int {
        var index = 0
        var remaining = count
        while remaining > 1 {
            if Double(chain.nextPercent()) < probability {
                return index
            }
            index += 1
            remaining -= 1
        }
        return index
    }

    /// The exact probability of picking rank `rank` among `count`, for documentation and tests.
    public static func probability(ofRank rank: Int, count: Int, probability: Double) -> Double {
        guard count > 0, rank >= 0, rank < count else { return 0 }
        let p = probability / 100
        if count == 1 { return 1 }
        var stay = 1.0
        for _ in 0..<rank { stay *= 1 - p }
        return rank == count - 1 ? stay : stay * p
    }
}
