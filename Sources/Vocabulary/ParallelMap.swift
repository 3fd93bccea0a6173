import Dispatch
import Localization

/// A deterministic parallel map over the available cores: results are collected by index, so
/// the output order never depends on which thread finished first.
///
/// The workers of `concurrentPerform` are not child tasks, so they would not see a language set
/// by `Localization.withLanguage`: the caller's language is captured here and set again in each
/// iteration, so text made inside a parallel map is in the language chosen around it.
public enum ParallelMap {
    public static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        map(count: inputs.count) { transform(inputs[$0]) }
    }

    /// `transform(0) … transform(count - 1)`.
    public static func map<Output: Sendable>(count: Int, _ transform: @Sendable (Int) -> Output) -> [Output] {
        guard count > 1 else { return (0..<max(0, count)).map(transform) }
        let slots = Slots<Output>(count: count)
        let language = Localization.current
        DispatchQueue.concurrentPerform(iterations: count) { index in
            Localization.withLanguage(language) {
                slots.set(index, transform(index))
            }
        }
        return slots.values()
    }
}

/// One slot per iteration, each written once by its own iteration (distinct memory, so no lock)
/// and read after all of them have finished.
private final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: Value) { buffer[index] = value }

    func values() -> [Value] { buffer.compactMap { $0 } }
}
