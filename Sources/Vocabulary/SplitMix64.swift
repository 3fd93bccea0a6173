/// The pseudo-random generator pixc owns: SplitMix64 (Steele, Lea & Flood 2014; the seeding
/// generator of `java.util.SplittableRandom` and of xoshiro). Variants draw from it
/// (docs/prng.md, with test vectors), and so do the engine's seeded runs.
///
/// State: one `UInt64`. Each step adds the golden-gamma constant `0x9E3779B97F4A7C15` and mixes
/// with `z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9; z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
/// z ^ (z >> 31)`. The first output for seed 0 is `0xE220A8397B1DCDAF`.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { self.state = seed }

    public mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A draw uniform in [0, 1): the top 53 bits, `Double(next() >> 11) * 2⁻⁵³`.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform integer in `0..<bound` (bound ≥ 1), without modulo bias: outputs below
    /// `2^64 mod bound` are rejected and drawn again.
    public mutating func uniform(below bound: UInt64) -> UInt64 {
        guard bound > 1 else { return 0 }
        let threshold = (0 &- bound) % bound
        while true {
            let x = next()
            if x >= threshold { return x % bound }
        }
    }

    /// Fisher–Yates, from the last position down: for i = n-1 … 1, swap i with uniform(i + 1).
    public mutating func shuffle<Element>(_ items: inout [Element]) {
        guard items.count > 1 else { return }
        var index = items.count - 1
        while index > 0 {
            let other = Int(uniform(below: UInt64(index + 1)))
            items.swapAt(index, other)
            index -= 1
        }
    }

    /// `count` distinct items in drawn order: for i = 0 … count-1, swap i with i + uniform(n - i).
    public mutating func sample<Element>(_ items: [Element], count: Int) -> [Element] {
        var pool = items
        let taken = max(0, min(count, pool.count))
        for index in 0..<taken {
            let other = index + Int(uniform(below: UInt64(pool.count - index)))
            pool.swapAt(index, other)
        }
        return Array(pool.prefix(taken))
    }
}
