/// The order mon-pix shows QCU/QCM options in when the challenge is `shuffled`
/// (`mon-pix/app/utils/pshuffle.js`): a Fisher–Yates pass driven by a Park–Miller generator
/// (multiplier 48 271, modulus 2³¹ − 1) seeded with the assessment id, its first value
/// discarded. Every challenge of one assessment with the same number of options is shuffled the
/// same way. Answers keep referring to the authored order (1-based).
public enum PixShuffle {
    static let modulus: Int64 = 2_147_483_647

    /// The authored positions (0-based) in display order.
    public static func order(count: Int, seed: Int64) -> [Int] {
        var positions = Array(0..<max(0, count))
        var state = seed % modulus
        if state <= 0 { state += modulus - 1 }
        func next() -> Int64 {
            state = state * 48_271 % modulus
            return state
        }
        _ = next()
        var remaining = positions.count
        while remaining > 0 {
            let pick = Int(next() % Int64(remaining))
            remaining -= 1
            positions.swapAt(remaining, pick)
        }
        return positions
    }

    /// The display order of a challenge's options: shuffled only when the challenge says so.
    public static func displayOrder(count: Int, shuffled: Bool, seed: Int64) -> [Int] {
        shuffled ? order(count: count, seed: seed) : Array(0..<max(0, count))
    }
}
