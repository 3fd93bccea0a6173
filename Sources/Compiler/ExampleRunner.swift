import CalibrationFiles
import Diagnostics
import Foundation

/// Runs the example of a diagnostic descriptor: its files laid over the shipped referentials and
/// the example tubes, checked like a repository.
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
        let paths = Set(example.files.map(\.path))
        return result.diagnostics.filter { diagnostic in
            guard let path = diagnostic.path else { return true }
            return paths.contains(path)
        }
    }
}
