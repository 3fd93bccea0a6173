import Diagnostics
import Foundation

/// Runs the example of a diagnostic descriptor: its files laid over the shipped referentials and
/// the example tubes, checked like a repository.
public enum ExampleRunner {
    public static func diagnostics(for example: Example) -> [Diagnostic] {
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
