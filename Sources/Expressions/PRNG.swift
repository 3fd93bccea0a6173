import Vocabulary

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

/// The seed of one draw. Its bytes are, with 0x00 between the parts:
/// challenge id, row key (empty without rows), variant slot (decimal), attempt (decimal), and
/// the variable's name — all UTF-8.
public struct DrawKey: Sendable {
    /// The hash state after "challenge ∅ row ∅ slot ∅ attempt ∅", reused for every variable.
    package let prefix: FNV1a64

    public init(challengeID: String, rowKey: String, slot: Int, attempt: Int) {
        self.init(row: Self.rowPrefix(challengeID: challengeID, rowKey: rowKey), slot: slot, attempt: attempt)
    }

    /// From the hash state after "challenge ∅ row ∅", computed once per row.
    package init(row: FNV1a64, slot: Int, attempt: Int) {
        var hasher = row
        hasher.combine(decimal: slot)
        hasher.combine(0)
        hasher.combine(decimal: attempt)
        hasher.combine(0)
        self.prefix = hasher
    }

    package static func rowPrefix(challengeID: String, rowKey: String) -> FNV1a64 {
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
