import Diagnostics
import Foundation
import Localization
import Model
import Testing
import Vocabulary
import YAML

private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/every-key")

private func decode(_ name: String, _ decoder: (YAMLNode, SourceFile, DiagnosticSink) -> Void) throws -> DiagnosticSink {
    let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    let file = SourceFile(path: name, text: text)
    let (root, diagnostics) = YAMLReader.readSingleDocument(file)
    #expect(diagnostics.isEmpty)
    let sink = DiagnosticSink()
    sink.recordsReadKeys = true
    if let root { decoder(root, file, sink) }
    return sink
}

private func unknownKeyHelp(_ text: String) -> [Help] {
    let file = SourceFile(path: "Challenges/x.yaml", text: text)
    let (root, _) = YAMLReader.readSingleDocument(file)
    let sink = DiagnosticSink()
    if let root { _ = Challenge.decode(root, file: file, sink: sink) }
    return sink.diagnostics.filter { $0.code == ModelDiagnostics.unknownKey.code }.compactMap(\.help)
}

@Suite("Key tables")
struct KeyTableTests {
    /// Every key of every table is read by its decoder, and the decoders read no other key: the
    /// tables (and so the JSON Schemas made from them) are exactly what pixc accepts.
    @Test func theDecodersReadExactlyTheKeysOfTheTables() throws {
        var read: Set<String> = []
        for name in ["challenge-qcu.yaml", "challenge-qroc.yaml"] {
            let sink = try decode(name) { root, file, sink in _ = Challenge.decode(root, file: file, sink: sink) }
            #expect(!sink.diagnostics.contains { $0.code == ModelDiagnostics.unknownKey.code }, "\(sink.diagnostics)")
            read.formUnion(sink.readKeys)
        }
        let tube = try decode("tube.yaml") { root, file, sink in _ = Tube.decode(root, file: file, sink: sink) }
        #expect(tube.diagnostics.isEmpty, "\(tube.diagnostics)")
        read.formUnion(tube.readKeys)
        let referential = try decode("referential.yaml") { root, file, sink in _ = Referential.decode(root, file: file, sink: sink) }
        #expect(referential.diagnostics.isEmpty, "\(referential.diagnostics)")
        read.formUnion(referential.readKeys)

        // The inline dataset is decoded by Variants: DatasetKeysTests checks its keys.
        let tables = [ContentKeys.challenge, ContentKeys.tube, ContentKeys.referential].flatMap(\.reachableTables)
            .filter { $0.id != ContentKeys.inlineDataset.id }
        let expected = Set(tables.flatMap { table in table.names.map { "\(table.id).\($0)" } })
        #expect(read.subtracting(expected).isEmpty, "read but not in a table: \(read.subtracting(expected).sorted())")
        #expect(expected.subtracting(read).isEmpty, "in a table but never read: \(expected.subtracting(read).sorted())")
    }

    @Test func frenchWordsNeverShadowAKeyOrEachOther() {
        let tables = ContentKeys.files.flatMap { $0.table.reachableTables }
        for table in tables {
            let keys = Set(table.names.map(KeyTable.normalized))
            var owners: [String: [KeySpec]] = [:]
            for key in table.keys {
                for word in key.frenchWords {
                    #expect(!keys.contains(KeyTable.normalized(word)), "\(table.id): `\(word)` is a key")
                    owners[KeyTable.normalized(word), default: []].append(key)
                }
            }
            for (word, specs) in owners where specs.count > 1 {
                // A shared word is only allowed between keys of different challenge types.
                #expect(specs.allSatisfy { $0.types != nil }, "\(table.id): `\(word)` means \(specs.map(\.name))")
            }
        }
    }

    @Test(arguments: [
        ("challenge", "consigne", nil, "instruction"),
        ("challenge", "propositions", ChallengeType.qroc, "proposals"),
        ("challenge", "propositions", ChallengeType.qcm, "options"),
        ("challenge", "réponses", nil, "answers"),
        ("challenge", "acquis", nil, "skill"),
        ("challenge", "statut", nil, "status"),
        ("challenge", "tolérances", nil, "tolerances"),
        ("challenge", "données", nil, "data"),
        ("challenge", "jeu-de-données", nil, "dataset"),
        ("challenge", "fichier", nil, "attachments"),
        ("challenge", "image", nil, "illustration"),
        ("challenge", "déclinaisons", nil, "variants"),
        ("illustration", "fichier", nil, "file"),
        ("tube", "acquis", nil, "skills"),
        ("skill", "niveau", nil, "level"),
        ("skill", "statut", nil, "status"),
        ("dataset", "colonnes", nil, "columns"),
        ("referential", "niveaux", nil, "levels"),
    ] as [(String, String, ChallengeType?, String)])
    func frenchWords(table: String, word: String, type: ChallengeType?, key: String) throws {
        let tables = ContentKeys.files.flatMap { $0.table.reachableTables }
        let found = try #require(tables.first { $0.id == table })
        #expect(found.intendedKey(forFrenchWord: word, type: type) == key)
    }

    @Test func aFrenchKeyGetsItsEnglishKeyAsAFix() throws {
        let helps = unknownKeyHelp("""
        id: x
        skill: "@recherche2"
        type: QCU
        status: proposé
        consigne: Lequel est un moteur de recherche ?
        propositions: [Qwant, Wikipédia]

        """)
        #expect(helps.map { $0.replacement?.text } == ["instruction", "options"])
        #expect(helps.first?.replacement?.span.startLocation.line == 5)
    }

    @Test func theHelpIsInTheCurrentLanguage() throws {
        let text = "id: x\nskill: \"@recherche2\"\ntype: QROC\nstatus: proposé\ninstruction: Q\nréponses: [\"1978\"]\n"
        let french = Localization.withLanguage(.fr) { unknownKeyHelp(text) }
        let english = Localization.withLanguage(.en) { unknownKeyHelp(text) }
        #expect(french.first?.message == "«\u{A0}réponses\u{A0}» s’écrit `answers`\u{A0}: les clés des fichiers pixc sont en anglais, comme celles de Pix")
        #expect(english.first?.message == "`réponses` is written `answers`: the keys of pixc's files are English, like Pix's")
    }

    @Test func aNearSpellingStillGetsADidYouMean() throws {
        let helps = unknownKeyHelp("id: x\nskill: \"@recherche2\"\ntype: QROC\nstatus: proposé\ninstrution: Q\n")
        #expect(helps.first?.replacement?.text == "instruction")
    }
}
