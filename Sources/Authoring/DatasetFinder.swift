import Diagnostics
import Foundation
import Model
import Variants
import YAML

/// The locales a new challenge may have (Model's list).
public enum ChallengeLocaleList {
    public static var known: [String] { ChallengeLocale.known }
}

/// What a new challenge needs from a shared dataset: how a row is named, and the column that
/// tells rows apart (its first key column, else its first column).
public enum DatasetFinder {
    public static func rowAndKey(ofDataset id: String, root: URL) -> (row: String, column: String)? {
        let path = "Challenges/datasets/\(id).yaml"
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { return nil }
        let file = SourceFile(path: path, bytes: Array(data))
        let (node, _) = YAMLReader.readSingleDocument(file)
        guard let node else { return nil }
        let (dataset, _) = Dataset.decodeShared(id: id, root: node)
        guard let dataset, !dataset.hasErrors, let row = dataset.rowName?.value,
              let column = dataset.keyColumns.first?.value ?? dataset.columnNames.first else { return nil }
        return (row, column)
    }
}
