import Compiler
import Diagnostics
import Testing

/// Every diagnostic code is declared once, explained, and its examples run: the wrong example
/// must produce the code, the right one must not.
@Suite("Diagnostic catalog")
struct CatalogTests {
    @Test func codesAreUniqueAndWellFormed() {
        let catalog = RuleSet.catalog
        #expect(catalog.duplicateCodes.isEmpty)
        for descriptor in catalog.descriptors {
            #expect(descriptor.code.rawValue.wholeMatch(of: /PIX\d{4}/) != nil, "\(descriptor.code)")
            #expect(!descriptor.title.isEmpty)
            #expect(descriptor.explanation.count > 40, "\(descriptor.code) needs a real explanation")
        }
    }

    static var withExamples: [DiagnosticDescriptor] {
        RuleSet.catalog.descriptors.filter { $0.wrong != nil || $0.right != nil }
    }

    @Test(arguments: withExamples.map(\.code.rawValue))
    func examplesBehave(_ code: String) throws {
        let descriptor = try #require(RuleSet.catalog.descriptor(for: DiagnosticCode(code)))
        if let wrong = descriptor.wrong {
            let found = ExampleRunner.diagnostics(for: wrong)
            #expect(found.contains { $0.code == descriptor.code }, "the wrong example of \(code) does not trigger it; it gives: \(found.map { "\($0.code) \($0.message)" })")
        }
        if let right = descriptor.right {
            let found = ExampleRunner.diagnostics(for: right)
            #expect(!found.contains { $0.code == descriptor.code }, "the right example of \(code) still triggers it")
        }
    }
}
