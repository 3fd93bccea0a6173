import Diagnostics
import Model
import Testing
import YAML
@testable import Variants

/// Runs a descriptor example through what the Variants module does for a repository: shared
/// datasets and name lists read, each challenge planned, its texts checked as templates, its
/// variants expanded and rendered.
enum ExampleHarness {
    static func diagnostics(for example: Example) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var datasets: [(id: String, root: YAMLNode)] = []
        var challenges: [Challenge] = []
        var firstNames: SourceFile?
        var lastNames: SourceFile?
        for file in example.files {
            let source = SourceFile(path: file.path, text: file.text)
            if file.path == NameLists.firstNamesPath { firstNames = source; continue }
            if file.path == NameLists.lastNamesPath { lastNames = source; continue }
            let (root, problems) = YAMLReader.readSingleDocument(source)
            diagnostics.append(contentsOf: problems)
            guard let root else { continue }
            if file.path.hasPrefix("Challenges/datasets/") {
                let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
                datasets.append((id: String(name.dropLast(5)), root: root))
            } else {
                let sink = DiagnosticSink()
                if let challenge = Challenge.decode(root, file: source, sink: sink) { challenges.append(challenge) }
                diagnostics.append(contentsOf: sink.diagnostics)
            }
        }
        let (library, datasetProblems) = DatasetLibrary.decode(datasets)
        diagnostics.append(contentsOf: datasetProblems)
        let (names, nameProblems) = NameLists.parse(firstNames: firstNames, lastNames: lastNames)
        diagnostics.append(contentsOf: nameProblems)
        for challenge in challenges {
            let plan = VariantPlan.make(for: challenge, library: library, names: names)
            diagnostics.append(contentsOf: plan.diagnostics)
            var texts: [Text] = [challenge.instruction]
            if let proposals = challenge.proposals { texts.append(proposals) }
            if case .accepted(let accepted, _)? = challenge.answers { texts.append(contentsOf: accepted) }
            for answer in (challenge.tests?.accept ?? []) + (challenge.tests?.reject ?? []) {
                if case .text(let text) = answer { texts.append(text) }
            }
            var templates: [Template] = []
            var compilations: [TemplateCompilation] = []
            for text in texts {
                let compiled = plan.compileTemplate(text)
                compilations.append(compiled)
                diagnostics.append(contentsOf: compiled.diagnostics)
                if let template = compiled.template { templates.append(template) }
            }
            guard plan.canExpand, templates.count == texts.count else { continue }
            let expansion = plan.expand()
            diagnostics.append(contentsOf: expansion.diagnostics)
            for template in templates {
                if let failure = expansion.variants.lazy.compactMap({ $0.render(template).diagnostic }).first {
                    diagnostics.append(failure)
                }
            }
            diagnostics.append(contentsOf: plan.unusedValueWarnings(compilations: compilations))
        }
        return diagnostics
    }
}

@Suite("Diagnostic catalog (PIX05xx)")
struct CatalogExampleTests {
    @Test func codesAreUniqueDocumentedAndInRange() {
        let catalog = DiagnosticCatalog(VariantDiagnostics.all)
        #expect(catalog.duplicateCodes.isEmpty)
        for descriptor in VariantDiagnostics.all {
            #expect(descriptor.code.rawValue.wholeMatch(of: /PIX05\d\d/) != nil, "\(descriptor.code)")
            #expect(descriptor.explanation.count > 80, "\(descriptor.code) needs a real explanation")
            #expect(descriptor.wrong != nil && descriptor.right != nil, "\(descriptor.code) needs both examples")
        }
    }

    @Test(arguments: VariantDiagnostics.all.map(\.code.rawValue))
    func examplesBehave(_ code: String) throws {
        let descriptor = try #require(VariantDiagnostics.all.first { $0.code.rawValue == code })
        let wrong = try #require(descriptor.wrong)
        let found = ExampleHarness.diagnostics(for: wrong)
        #expect(found.contains { $0.code == descriptor.code }, "the wrong example of \(code) gives: \(found.map { "\($0.code) \($0.message)" })")
        let right = try #require(descriptor.right)
        let clean = ExampleHarness.diagnostics(for: right)
        #expect(clean.isEmpty, "the right example of \(code) gives: \(clean.map { "\($0.code) \($0.message)" })")
    }
}
