import Synchronization

/// The language of the running pixc: chosen once by the command layer (`--lang`, `PIXC_LANG`,
/// the locale) and read wherever text for a person is made.
///
/// Two levels, both free of data races: a process-wide value behind a `Mutex` (what the `pixc`
/// process selects, seen by every thread, including `ParallelMap`'s workers), and a task-local
/// override for a scope (`withLanguage`), which lets tests run commands in different languages
/// in parallel in one process. The override is seen by the task that set it and its child
/// tasks, not by threads started outside Swift concurrency (`DispatchQueue.concurrentPerform`):
/// code that makes text on such threads takes the language as a parameter.
public enum Localization {
    private static let selected = Mutex<Language>(.en)
    @TaskLocal private static var scoped: Language?

    /// The language text is written in: the scope's, else the process's (English until selected).
    public static var current: Language {
        scoped ?? selected.withLock { $0 }
    }

    /// Sets the process's language. The command layer calls it once, before running a command.
    public static func select(_ language: Language) {
        selected.withLock { $0 = language }
    }

    /// Runs `body` with `language` as the current language of this task and its child tasks.
    public static func withLanguage<Result>(_ language: Language, _ body: () throws -> Result) rethrows -> Result {
        try $scoped.withValue(language) { try body() }
    }
}
