import CalibrationFiles
import Diagnostics
import Foundation

/// Runs the example of a diagnostic descriptor: its files laid over the shipped referentials and
/// the example tubes, checked like a repository (with `--locked` when it has a variants.lock).
public enum ExampleRunner {
    public static func diagnostics(for example: Example) -> [Diagnostic] {
        // An answer log (`pixc calibrate`'s input) is not content: it is read on its own.
        if example.files.allSatisfy({ !$0.path.contains("/") && $0.path.hasSuffix(".csv") }) {
            return example.files.flatMap { AnswerLogReader.read(MemoryByteSource($0.text), path: $0.path).diagnostics }
        }
        let files = MemoryFileSystem(texts: Dictionary(example.files.map { ($0.path, $0.text) }, uniquingKeysWith: { _, last in last }))
        let base = ExampleContext.fileSystem
        let combined = base.merging(files)
        let result = Checker.check(combined)
        var found = result.diagnostics
        // An example with a lock is checked as `pixc check --locked` does.
        if example.files.contains(where: { $0.path == VariantLock.fileName }) {
            found += Builder.lockCheck(VariantLock(result.challenges), result: result, fileSystem: combined, locked: true).diagnostics
        }
        let paths = Set(example.files.map(\.path))
        return found.filter { diagnostic in
            guard let path = diagnostic.path else { return true }
            return paths.contains(path)
        }
    }
}
