import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where commands write. Tests swap it for a buffer to run commands in process.
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private var outBuffer: String?
    private var errBuffer: String?
    /// Whether standard output is a terminal (colour is only used there).
    public let isTerminal: Bool
    /// Whether standard error is a terminal (progress bars are only drawn there).
    public let isErrorTerminal: Bool
    /// Answers for interactive commands (`pixc play`), nil to read standard input.
    private var inputLines: [String]?
    /// Whether someone can answer questions: standard input is a terminal, or a capturing
    /// console was given answers (`pixc new` asks for what is missing only then).
    public let isInteractive: Bool

    /// The real terminal.
    public init() {
        self.isTerminal = isatty(STDOUT_FILENO) == 1
        self.isErrorTerminal = isatty(STDERR_FILENO) == 1
        self.isInteractive = isatty(STDIN_FILENO) == 1
    }

    /// A console that records output; `input` feeds interactive commands.
    public init(capturing input: [String] = []) {
        self.isTerminal = false
        self.isErrorTerminal = false
        self.outBuffer = ""
        self.errBuffer = ""
        self.inputLines = input
        self.isInteractive = !input.isEmpty
    }

    @TaskLocal public static var current = Console()

    public func out(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        if outBuffer != nil {
            outBuffer?.append(text)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    public func err(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        if errBuffer != nil {
            errBuffer?.append(text)
        } else {
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    public func readLine() -> String? {
        lock.lock()
        if inputLines != nil {
            defer { lock.unlock() }
            guard let first = inputLines?.first else { return nil }
            inputLines?.removeFirst()
            return first
        }
        lock.unlock()
        return Swift.readLine()
    }

    public var capturedOut: String { lock.withLock { outBuffer ?? "" } }
    public var capturedErr: String { lock.withLock { errBuffer ?? "" } }

    /// Colour on a terminal only, never when NO_COLOR is set (https://no-color.org) or TERM=dumb.
    public var useColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isTerminal
    }
}
