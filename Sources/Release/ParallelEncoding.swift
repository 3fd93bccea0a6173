import Foundation
import JSON

extension CanonicalJSON {
    /// Encodes elements on both cores: each one compact (its own bytes), then in pretty form at
    /// `depth` (by a byte scan).
    static func parallelElements(count: Int, depth: Int, _ compact: @Sendable (Int) -> [UInt8]) -> [[UInt8]] {
        let slots = ElementSlots(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, pretty(fromCompact: compact(index), depth: depth))
        }
        return slots.values
    }
}

/// Results written once each from concurrent iterations, read when all are done.
final class ElementSlots: @unchecked Sendable {
    private var slots: [[UInt8]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [UInt8]) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [[UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
