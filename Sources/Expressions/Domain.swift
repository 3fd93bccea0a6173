import Vocabulary

/// A drawn value as declared: which generator, with checked argument code.
package enum GeneratorSpec: Sendable {
    case arithmetic(min: Code, max: Code, step: Code?, wholeNumbers: Bool)
    case pick(Code)
    case sample(Code, count: Code)
    case shuffle(Code)
    case firstName(gender: Code?)
    case lastName
    case dates(from: Code, to: Code)
}

/// The finite set a drawn value comes from, once its arguments are known (for one row, or for
/// every row when the arguments are fixed). Every domain can be enumerated by index (for
/// `variants: all` and exact counts) and drawn from with the PRNG (docs/prng.md gives the exact
/// procedure, so the values are reproducible elsewhere).
package enum Domain: Sendable {
    /// min, min + step, … up to max.
    case arithmetic(start: ExactDecimal, step: ExactDecimal, count: UInt64)
    case items([Value])
    case dates(start: Int32, count: UInt64)
    /// Every order of the items.
    case shuffle([Value])
    /// `count` distinct items, in drawn order.
    case sample([Value], count: Int)

    /// The number of values; nil when it does not fit in 64 bits (a shuffle of 21 items or more).
    package var size: UInt64? {
        switch self {
        case .arithmetic(_, _, let count), .dates(_, let count): return count
        case .items(let items): return UInt64(items.count)
        case .shuffle(let items): return Self.arrangements(items.count, items.count)
        case .sample(let items, let count): return Self.arrangements(items.count, count)
        }
    }

    /// n × (n-1) × … × (n-k+1), nil on overflow.
    package static func arrangements(_ n: Int, _ k: Int) -> UInt64? {
        var result: UInt64 = 1
        var factor = n
        for _ in 0..<k {
            let (product, overflow) = result.multipliedReportingOverflow(by: UInt64(max(factor, 1)))
            guard !overflow else { return nil }
            result = product
            factor -= 1
        }
        return result
    }

    /// The value at `index` in enumeration order (0 ≤ index < size).
    package func value(at index: UInt64) throws(ExactDecimal.Failure) -> Value {
        switch self {
        case .arithmetic(let start, let step, _):
            guard index <= UInt64(Int64.max) else { throw .overflow }
            let offset = try ExactDecimal(normalizing: Int64(index), scale: 0).multiplied(by: step)
            return .number(try start.adding(offset))
        case .items(let items):
            guard index < UInt64(items.count) else { throw .overflow }
            return items[Int(index)]
        case .dates(let start, let count):
            guard index < count, let day = Int32(exactly: Int64(start) + Int64(index)) else { throw .overflow }
            return .date(day)
        case .shuffle(let items):
            return .list(Self.arrangement(items, count: items.count, index: index))
        case .sample(let items, let count):
            return .list(Self.arrangement(items, count: count, index: index))
        }
    }

    /// The `index`-th arrangement of `count` items in lexicographic order of positions: the first
    /// item's position is the most significant digit (mixed radix n, n-1, …).
    package static func arrangement(_ items: [Value], count: Int, index: UInt64) -> [Value] {
        var pool = items
        var remaining = index
        var result: [Value] = []
        result.reserveCapacity(count)
        for taken in 0..<count {
            // Arrangements of the remaining positions after this one.
            let block = arrangements(pool.count - 1, count - taken - 1) ?? UInt64.max
            let position = Int(min(remaining / block, UInt64(pool.count - 1)))
            remaining %= block
            result.append(pool.remove(at: position))
        }
        return result
    }

    /// One value drawn with `generator`: uniform index for ranges and lists, Fisher–Yates for
    /// shuffles, partial Fisher–Yates for samples.
    package func draw(_ generator: inout SplitMix64) throws(ExactDecimal.Failure) -> Value {
        switch self {
        case .arithmetic(_, _, let count), .dates(_, let count):
            return try value(at: generator.uniform(below: count))
        case .items(let items):
            guard !items.isEmpty else { throw .overflow }
            return items[Int(generator.uniform(below: UInt64(items.count)))]
        case .shuffle(let items):
            var copy = items
            generator.shuffle(&copy)
            return .list(copy)
        case .sample(let items, let count):
            return .list(generator.sample(items, count: count))
        }
    }
}
