import Compiler
import Diagnostics
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `pixc check --watch`: a full report first, then after every change the problems that
/// appeared (in full) and those that were fixed, with the counts. Ctrl-C (or SIGTERM) stops it
/// with exit code 0.
struct WatchSession {
    let root: URL
    let prefixes: [String]
    let locked: Bool
    let timings: Bool
    let console: Console

    /// A problem is "the same" from one run to the next when its file, code, severity and message
    /// are: a line inserted above it moves it without fixing it.
    private struct Identity: Hashable {
        let path: String?
        let code: String
        let severity: Severity
        let message: String

        init(_ diagnostic: Diagnostic) {
            path = diagnostic.path
            code = diagnostic.code.description
            severity = diagnostic.severity
            message = diagnostic.message
        }
    }

    func run() throws {
        let fileSystem = DiskFileSystem(root: root)
        let checker = IncrementalChecker(fileSystem: fileSystem)
        // Watches first, so nothing saved during the first check is missed.
        let watcher: FileEventWatcher
        do {
            watcher = try FileEventWatcher(root: fileSystem.root, folders: IncrementalChecker.folders)
        } catch let failure as FileEventWatcher.Failure {
            throw UsageFailure(message: WatchMessages.cannotWatch(failure))
        }
        var interrupt: [Int32] = [-1, -1]
        guard pipe(&interrupt) == 0 else { throw UsageFailure(message: WatchMessages.cannotWatch(.system(String(cString: strerror(errno))))) }
        defer { close(interrupt[0]); close(interrupt[1]) }
        let writer = interrupt[1]
        let state = CheckingState()
        let console = self.console
        let stopped = WatchMessages.stopped
        var sources: [DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                // During a check (which writes nothing), stop at once; between checks, let the
                // loop finish.
                if state.stopIfChecking({ console.out(stopped + "\n") }) { exit(0) }
                var byte: UInt8 = 1
                _ = write(writer, &byte, 1)
            }
            source.resume()
            sources.append(source)
        }
        defer {
            for source in sources { source.cancel() }
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
        }

        console.out(WatchMessages.watching(IncrementalChecker.folders) + "\n")
        var previous = state.checking { report(checker: checker, changed: nil, previous: []) }
        while let changed = watcher.nextChanges(interrupt: interrupt[0]) {
            previous = state.checking { report(checker: checker, changed: changed, previous: previous) }
        }
        console.out(WatchMessages.stopped + "\n")
    }

    /// Checks (everything when `changed` is nil), prints the difference with `previous`, returns
    /// the diagnostics now reported.
    private func report(checker: IncrementalChecker, changed: Set<String>?, previous: [Diagnostic]) -> [Diagnostic] {
        let start = DispatchTime.now().uptimeNanoseconds
        let phases = timings ? PhaseTimings() : nil
        let result = changed.map { checker.check(changed: $0, timings: phases) } ?? checker.checkAll(timings: phases)
        // Events that changed nothing (an editor's temporary file, created and deleted) print nothing.
        if changed != nil, checker.lastRun.changedFiles.isEmpty, !(locked && changed?.contains("variants.lock") == true) { return previous }
        var all = result.diagnostics
        if locked {
            all.append(contentsOf: Builder.lockCheck(VariantLock(result.challenges), result: result, fileSystem: checker.fileSystem, locked: true).diagnostics)
        }
        // The check's diagnostics are sorted already; the lock's are added to them.
        let sorted = locked ? Diagnostic.sortedForOutput(all) : all
        let current = prefixes.isEmpty ? sorted : sorted.filter { PathFilter.keeps($0, prefixes: prefixes) }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6

        var before: [Identity: Int] = [:]
        for diagnostic in previous { before[Identity(diagnostic), default: 0] += 1 }
        var appeared: [Diagnostic] = []
        for diagnostic in current {
            let identity = Identity(diagnostic)
            if let count = before[identity], count > 0 {
                before[identity] = count - 1
            } else {
                appeared.append(diagnostic)
            }
        }
        var remaining = before
        var fixed: [Diagnostic] = []
        for diagnostic in previous {
            let identity = Identity(diagnostic)
            if let count = remaining[identity], count > 0 {
                remaining[identity] = count - 1
                fixed.append(diagnostic)
            }
        }

        let renderer = HumanRenderer(useColor: console.useColor)
        var out = ""
        if let changed {
            let files = checker.lastRun.changedFiles
            out += "\n" + WatchMessages.changedFiles(files.isEmpty ? changed.sorted() : files) + "\n"
        }
        for diagnostic in appeared {
            out += renderer.render(diagnostic) + "\n"
        }
        for diagnostic in fixed {
            var place = diagnostic.path ?? ""
            if let location = diagnostic.location { place += ":\(location.line):\(location.column)" }
            out += WatchMessages.fixed("\(place): \(diagnostic.severity.rawValue)[\(diagnostic.code)] \(diagnostic.message)") + "\n"
        }
        let errors = current.filter { $0.severity == .error }.count
        let warnings = current.filter { $0.severity == .warning }.count
        out += WatchMessages.summary(appeared: appeared.count, fixed: fixed.count, errors: errors, warnings: warnings, first: changed == nil) + "\n"
        console.out(out)
        if timings {
            let run = checker.lastRun
            console.err(WatchMessages.work(decoded: run.decoded, compiled: run.compiled, reused: run.reused, rules: run.repositoryRules, milliseconds: elapsed) + "\n")
            if let phases { console.err(phases.report) }
        }
        return current
    }
}

/// Whether a check is running, for the signal handler: a Ctrl-C during a long first check stops
/// at once instead of waiting for it.
private final class CheckingState: @unchecked Sendable {
    private let lock = NSLock()
    private var running = false

    func checking<Result>(_ body: () -> Result) -> Result {
        lock.withLock { running = true }
        defer { lock.withLock { running = false } }
        return body()
    }

    /// Runs `farewell` and returns true when a check is running; the lock stays taken, so no other
    /// check starts before the caller exits (the running one writes no file: stopping it is safe).
    func stopIfChecking(_ farewell: () -> Void) -> Bool {
        lock.lock()
        guard running else { lock.unlock(); return false }
        farewell()
        return true
    }
}
