import Compiler
import Diagnostics
import Foundation
import Localization
import Testing

/// Every fixture checked in French: the same codes and places as in English, and no text left
/// half-made (a placeholder not filled, a catalogue key shown instead of its message).
@Suite("Fixtures in French")
struct FrenchFixtureTests {
    @Test(arguments: FixtureCase.all())
    func fixtureInFrench(_ fixture: FixtureCase) {
        let fileSystem = ExampleContext.fileSystem.merging(MemoryFileSystem(fixture.files))
        let english = Localization.withLanguage(.en) { Checker.check(fileSystem).diagnostics }
        let french = Localization.withLanguage(.fr) { Checker.check(fileSystem).diagnostics }
        func places(_ diagnostics: [Diagnostic]) -> [String] {
            diagnostics.map { "\($0.path ?? "") \($0.code) \($0.span?.start ?? -1)-\($0.span?.end ?? -1)" }
        }
        #expect(places(french) == places(english))
        let key = /^[A-Z][A-Za-z]+(\.[A-Za-z0-9]+)+$/
        let placeholder = /\{[A-Za-z_][A-Za-z0-9_]*\}/
        for diagnostic in french where fixture.files[diagnostic.path ?? ""] != nil {
            let texts = [diagnostic.message, diagnostic.help?.message ?? ""] + diagnostic.notes + diagnostic.labels.map(\.message)
            for text in texts {
                #expect(text.wholeMatch(of: key) == nil, "\(diagnostic.code): a key instead of a message: \(text)")
                // Pix's input blocks (`${annee}`) are braces the author wrote, not placeholders.
                let unquoted = text.replacing(/\$\{[^}]*\}/, with: "")
                #expect(unquoted.firstMatch(of: placeholder) == nil, "\(diagnostic.code): a placeholder left: \(text)")
            }
        }
    }
}
