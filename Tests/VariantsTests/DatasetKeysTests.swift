import Diagnostics
import Model
import Testing
import YAML
@testable import Variants

/// The dataset decoder reads exactly the keys of Model's dataset tables (which `pixc schema`
/// writes), and `columns:` accepts exactly the type words the schema lists.
@Suite("Dataset keys")
struct DatasetKeysTests {
    @Test func theDecoderReadsExactlyTheKeysOfTheTable() throws {
        let (root, _) = try Support.root("""
        description: Des organismes publics.
        row: organisme
        key: nom
        columns:
          annee: number
        rows:
          - {nom: la CNIL, annee: 1978}
          - {nom: la HAS, annee: 2004}
        values:
          n: integer(1, 3)
        derived:
          double: n * 2
        constraints:
          - n > 0

        """)
        let sink = DiagnosticSink()
        sink.recordsReadKeys = true
        let (dataset, diagnostics) = Dataset.decode(root, id: "organismes", table: ContentKeys.dataset, sink: sink)
        #expect(dataset != nil)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let expected = Set(ContentKeys.dataset.names.map { "dataset.\($0)" })
        #expect(sink.readKeys == expected)
    }

    @Test func theColumnTypesAreTheSchemas() {
        #expect(Set(DatasetDecoder.typeNames.keys) == Set(ContentKeys.columnTypeWords))
    }
}
