import Localization
import Testing

@Suite("Plurals")
struct PluralTests {
    static let catalogue = Catalogue(domain: "test", french: [
        "written.one": "{count}\u{A0}correction écrite dans {files}",
        "written.other": "{count}\u{A0}corrections écrites dans {files}",
    ], english: [
        "written.one": "{count} fix written in {files}",
        "written.other": "{count} fixes written in {files}",
    ])

    @Test func frenchTakesTheSingularForZeroAndOne() {
        #expect([0, 1, 2, 10].map { Language.fr.takesSingular($0) } == [true, true, false, false])
        #expect(Self.catalogue.counted("written", 0, ["files": "x"], in: .fr) == "0\u{A0}correction écrite dans x")
        #expect(Self.catalogue.counted("written", 2, ["files": "x"], in: .fr) == "2\u{A0}corrections écrites dans x")
    }

    @Test func englishTakesTheSingularForOneOnly() {
        #expect([0, 1, 2].map { Language.en.takesSingular($0) } == [false, true, false])
        #expect(Self.catalogue.counted("written", 0, ["files": "x"], in: .en) == "0 fixes written in x")
        #expect(Self.catalogue.counted("written", 1, ["files": "x"], in: .en) == "1 fix written in x")
        #expect(Self.catalogue.counted("written", 1, shown: "one", ["files": "x"], in: .en) == "one fix written in x")
    }
}
