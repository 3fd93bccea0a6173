import Compiler
import Diagnostics
import Testing

/// The writing rules (Sources/Compiler/Rules/Writing): each wrong example gets its code with a
/// help line (and the fix where the rule has one); each right example gets no diagnostic at all.
@Suite("Writing rules")
struct WritingRulesTests {
    static let codes = ["PIX0208", "PIX0317", "PIX0427", "PIX0428", "PIX0429", "PIX0430", "PIX0431", "PIX0432", "PIX0524", "PIX0525", "PIX0703"]
    /// Codes whose fix is a text edit `pixc fix` applies (PIX0703 asks for a rename, PIX0525 for
    /// another dataset).
    static let withFix: Set<String> = ["PIX0208", "PIX0317", "PIX0427", "PIX0428", "PIX0429", "PIX0430", "PIX0431", "PIX0432", "PIX0524"]

    @Test(arguments: codes)
    func examples(_ code: String) throws {
        let descriptor = try #require(RuleSet.catalog.descriptor(for: DiagnosticCode(code)))
        let wrong = ExampleRunner.diagnostics(for: try #require(descriptor.wrong))
        let found = wrong.filter { $0.code.rawValue == code }
        #expect(!found.isEmpty, "\(code)'s wrong example: \(wrong.map(\.message))")
        for diagnostic in found {
            #expect(diagnostic.help != nil)
            if Self.withFix.contains(code) { #expect(diagnostic.help?.replacement != nil, "\(code) carries no fix") }
        }
        let right = ExampleRunner.diagnostics(for: try #require(descriptor.right))
        #expect(right.isEmpty, "\(code)'s right example: \(HumanRenderer().render(right))")
    }

    /// Applying the fixes of the wrong example gives a file without the diagnostic.
    @Test(arguments: ["PIX0208", "PIX0427", "PIX0428", "PIX0429", "PIX0430", "PIX0431", "PIX0432", "PIX0524"])
    func fixesRemoveTheProblem(_ code: String) throws {
        let descriptor = try #require(RuleSet.catalog.descriptor(for: DiagnosticCode(code)))
        let wrong = try #require(descriptor.wrong)
        let diagnostics = ExampleRunner.diagnostics(for: wrong).filter { $0.code.rawValue == code }
        var files: [ExampleFile] = []
        for file in wrong.files {
            var seen = Set<Range<Int>>()
            let replacements = diagnostics.compactMap(\.help?.replacement)
                .filter { $0.span.file.path == file.path && seen.insert($0.span.range).inserted }
                .sorted { $0.span.start > $1.span.start }
            var bytes = Array(file.text.utf8)
            for replacement in replacements { bytes.replaceSubrange(replacement.span.range, with: Array(replacement.text.utf8)) }
            files.append(ExampleFile(path: file.path, text: String(decoding: bytes, as: UTF8.self)))
        }
        let after = ExampleRunner.diagnostics(for: Example(files))
        #expect(!after.contains { $0.code.rawValue == code }, "\(HumanRenderer().render(after))")
    }
}
