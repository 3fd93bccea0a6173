import JSON
import Vocabulary

extension CanonicalJSON {
    /// Encodes elements on both cores: each one compact (its own bytes), then in pretty form at
    /// `depth` (by a byte scan).
    static func parallelElements(count: Int, depth: Int, _ compact: @Sendable (Int) -> [UInt8]) -> [[UInt8]] {
        ParallelMap.map(count: count) { pretty(fromCompact: compact($0), depth: depth) }
    }
}
