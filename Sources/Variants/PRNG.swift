/// The pseudo-random generator pixc owns, specified in docs/prng.md ("PRNG spec 1") with test
/// vectors, so variants are the same on every machine and every Swift version.
///
/// Each draw has its own seed, computed from what identifies it (challenge, row, variant slot,
/// attempt, variable name); no stream is shared between variables, so adding a variable or a row
/// cannot shift the values drawn for the others.
public enum PRNGSpec {
    public static let version = 1
}

/// 64-bit FNV-1a, used to turn a draw's identity into a seed.
public struct FNV1a64: Sendable, Hashable {
    public static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01B3

    public private(set) var value: UInt64 = FNV1a64.offsetBasis

    public init() {}

    public mutating func combine(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }

    public mutating func combine<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { combine(byte) }
    }

    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            for byte in buffer { combine(byte) }
        }
    }

    /// Combines the ASCII decimal digits of a number, as `combine(String(value))` would, without
    /// building the string (draw keys are hashed for every candidate).
    public mutating func combine(decimal value: Int) {
        if value < 0 { combine(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        repeat {
            combine(0x30 + UInt8((magnitude / divisor) % 10))
            divisor /= 10
        } while divisor > 0
    }

    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hasher = FNV1a64()
        hasher.combine(bytes)
        return hasher.value
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a 64-bit state advanced by a constant, each output a
/// bijective mix of the state.
public struct SplitMix64: Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { self.state = seed }

    public mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
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

/// The seed of one draw. Its bytes are, with 0x00 between the parts:
/// challenge id, row key (empty without rows), variant slot (decimal), attempt (decimal), and
/// the variable's name — all UTF-8.
public struct DrawKey: Sendable {
    /// The hash state after "challenge ∅ row ∅ slot ∅ attempt ∅", reused for every variable.
    let prefix: FNV1a64

    public init(challengeID: String, rowKey: String, slot: Int, attempt: Int) {
        self.init(row: Self.rowPrefix(challengeID: challengeID, rowKey: rowKey), slot: slot, attempt: attempt)
    }

    /// From the hash state after "challenge ∅ row ∅", computed once per row.
    init(row: FNV1a64, slot: Int, attempt: Int) {
        var hasher = row
        hasher.combine(decimal: slot)
        hasher.combine(0)
        hasher.combine(decimal: attempt)
        hasher.combine(0)
        self.prefix = hasher
    }

    static func rowPrefix(challengeID: String, rowKey: String) -> FNV1a64 {
        var hasher = FNV1a64()
        hasher.combine(challengeID)
        hasher.combine(0)
        hasher.combine(rowKey)
        hasher.combine(0)
        return hasher
    }

    public func seed(for variable: String) -> UInt64 {
        var hasher = prefix
        hasher.combine(variable)
        return hasher.value
    }

    public func generator(for variable: String) -> SplitMix64 {
        SplitMix64(seed: seed(for: variable))
    }
}
