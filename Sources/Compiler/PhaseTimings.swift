import Foundation

/// Wall-clock durations of the pipeline's phases, collected only on request (`--timings`) and
/// printed on standard error: they never reach an output file.
public final class PhaseTimings: @unchecked Sendable {
    private let lock = NSLock()
    private var phases: [(name: String, seconds: Double)] = []

    public init() {}

    public func record(_ name: String, seconds: Double) {
        lock.withLock { phases.append((name, seconds)) }
    }

    public var report: String {
        lock.withLock {
            phases.map { "\($0.name.padding(toLength: 24, withPad: " ", startingAt: 0)) \(String(format: "%8.3f", $0.seconds)) s" }.joined(separator: "\n") + "\n"
        }
    }
}

extension Optional where Wrapped == PhaseTimings {
    /// Runs `body`, recording its duration when timings are being collected.
    public func measure<Result>(_ name: String, _ body: () throws -> Result) rethrows -> Result {
        guard let timings = self else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        timings.record(name, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        return result
    }
}
