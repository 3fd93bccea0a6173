import Foundation

/// Wall-clock durations of the pipeline's phases, collected only on request (`--timings`) and
/// printed on standard error: they never reach an output file.
public final class PhaseTimings: @unchecked Sendable {
    private let lock = NSLock()
    private var phases: [(name: String, seconds: Double)] = []

    public init() {}

    /// Peak resident memory at the end of each phase measured whole, in megabytes (Linux; 0
    /// elsewhere).
    private var resident: [String: Int] = [:]
    /// The process's CPU time (every thread, user and system) during each phase measured whole:
    /// compared with the wall-clock duration, it shows how much of the phase ran in parallel.
    private var processCPU: [String: Double] = [:]

    public func record(_ name: String, seconds: Double, cpuSeconds: Double? = nil) {
        let megabytes = Self.residentMegabytes()
        lock.withLock {
            phases.append((name, seconds))
            resident[name] = megabytes
            if let cpuSeconds { processCPU[name] = cpuSeconds }
        }
    }

    /// The process's peak resident memory so far (VmHWM in /proc/self/status).
    static func residentMegabytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
        return kilobytes / 1024
    }

    /// Adds to a phase measured piecewise, possibly on several threads (the sum is CPU time).
    public func add(_ name: String, seconds: Double) {
        lock.withLock {
            if let index = phases.firstIndex(where: { $0.name == name }) {
                phases[index].seconds += seconds
            } else {
                phases.append((name, seconds))
            }
        }
    }

    public var report: String {
        lock.withLock {
            phases.map { phase in
                var line = "\(phase.name.padding(toLength: 24, withPad: " ", startingAt: 0)) \(String(format: "%8.3f", phase.seconds)) s"
                if let cpu = processCPU[phase.name] { line += String(format: " %8.3f s cpu", cpu) }
                guard let megabytes = resident[phase.name], megabytes > 0 else { return line }
                return line + String(format: "%8d MB peak memory so far", megabytes)
            }.joined(separator: "\n") + "\n"
        }
    }
}

extension Optional where Wrapped == PhaseTimings {
    /// Runs `body`, recording its duration when timings are being collected.
    public func measure<Result>(_ name: String, _ body: () throws -> Result) rethrows -> Result {
        guard let timings = self else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = PhaseTimings.processCPUNanoseconds()
        let result = try body()
        timings.record(name, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9,
                       cpuSeconds: Double(PhaseTimings.processCPUNanoseconds() - cpuStart) / 1e9)
        return result
    }

    /// Like `measure`, adding to a phase that is measured in many pieces, possibly on several
    /// threads: the time added is the calling thread's CPU time (user and system), so the sum is
    /// the phase's CPU time whatever else runs on the machine.
    public func accumulate<Result>(_ name: String, _ body: () throws -> Result) rethrows -> Result {
        guard let timings = self else { return try body() }
        let start = PhaseTimings.threadCPUNanoseconds()
        let result = try body()
        timings.add(name, seconds: Double(PhaseTimings.threadCPUNanoseconds() - start) / 1e9)
        return result
    }
}

extension PhaseTimings {
    /// The calling thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`), in nanoseconds.
    public static func threadCPUNanoseconds() -> UInt64 {
        var now = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0 else { return DispatchTime.now().uptimeNanoseconds }
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    /// The process's CPU time, all threads (`CLOCK_PROCESS_CPUTIME_ID`), in nanoseconds.
    public static func processCPUNanoseconds() -> UInt64 {
        var now = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now) == 0 else { return 0 }
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}
