import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress bar on standard error, drawn only when standard error is a terminal: nothing goes
/// into a pipe or a log file.
final class ProgressBar: @unchecked Sendable {
    private let console: Console
    private let label: String
    private let lock = NSLock()
    private var lastPercent = -1
    private var drawn = false

    /// Nil when standard error is not a terminal.
    init?(console: Console, label: String) {
        guard console.isErrorTerminal else { return nil }
        self.console = console
        self.label = label
    }

    func update(done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let percent = total > 0 ? done * 100 / total : 100
        guard percent != lastPercent else { return }
        lastPercent = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        console.err("\r\(label) \(bar) \(percent)% (\(done)/\(total))")
        drawn = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { console.err("\r\u{1B}[2K") }
        drawn = false
    }
}
