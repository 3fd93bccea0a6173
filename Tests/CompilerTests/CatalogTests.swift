@testable import Compiler
import Diagnostics
import Foundation
import Testing

/// Every diagnostic code is declared once, explained, and its examples run: the wrong example
/// must produce the code, the right one must produce no diagnostic at all (an example that
/// teaches the fix must not teach another mistake).
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

    /// Codes no content file can trigger, so they have no wrong example; each says why.
    /// Examples are text files checked in memory by `pixc check` (ExampleRunner); what cannot
    /// be written that way is tested where it can happen (the test named in each reason).
    static let withoutWrongExample: [DiagnosticCode: String] = [
        // Stands for diagnostics not kept; its example would be eleven copies of another's.
        "PIX0100": "summary of omitted diagnostics (LimitsTests)",
        // An example is a Swift string, always valid Unicode: it cannot hold Latin-1 or UTF-16
        // bytes. Fixture yaml-invalid-utf8.yaml holds them.
        "PIX0108": "invalid UTF-8 cannot be written in an example (fixture yaml-invalid-utf8.yaml)",
        // What a folder holds besides regular files: examples are files in memory.
        "PIX0110": "a named pipe or a device (FileSystemTests)",
        "PIX0111": "a symbolic link that cannot be followed (FileSystemTests)",
        "PIX0112": "a symbolic link out of the repository (FileSystemTests)",
        "PIX0113": "a folder named like a file; in memory there are only files (FileSystemTests)",
        "PIX0114": "65 nested folders on disk (FileSystemTests)",
        "PIX0115": "a file over 32 MB, too large to show (HostileCorpusTests)",
        "PIX0207": "a file the system cannot read (permissions, gone while read): not its content",
        // pixc's own mistake, found reading its bundle back: no content makes it on purpose.
        "PIX0605": "an inconsistent bundle is a pixc bug",
        "PIX0607": "damaged gzip data, or a record over a megabyte, too large to show (AnswerLogTests)",
        "PIX0609": "`pixc build` with nothing to build; examples are checked, not built (BuildOutputTests)",
    ]

    @Test func everyCodeHasAWrongExample() {
        let missing = RuleSet.catalog.descriptors.filter { $0.wrong == nil && Self.withoutWrongExample[$0.code] == nil }.map(\.code.rawValue)
        #expect(missing.isEmpty, "codes without a wrong example: \(missing)")
        for code in Self.withoutWrongExample.keys {
            let descriptor = RuleSet.catalog.descriptor(for: code)
            #expect(descriptor != nil && descriptor?.wrong == nil, "\(code) is in the allow-list but has a wrong example, or no longer exists")
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
            #expect(found.isEmpty, "the right example of \(code) gives: \(found.map { "\($0.code) \($0.location.map(\.description) ?? "") \($0.message)" })")
        }
    }

    /// One rule, one file: every file of Sources/Compiler/Rules that declares a rule is listed
    /// by the registry (a rule written and not registered never runs).
    @Test func everyRuleFileIsRegistered() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Compiler/Rules")
        let manager = FileManager.default
        let enumerator = try #require(manager.enumerator(atPath: folder.path))
        var declared: [String: String] = [:]
        var ruleFiles: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            ruleFiles.append(relative)
            let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
            for match in text.matches(of: /(?m)^(?:public |package )?struct (\w+)\s*:\s*[^{]*\b(?:RepositoryRule|ChallengeRule)\b/) {
                declared[String(match.output.1)] = relative
            }
        }
        #expect(declared.count >= 40, "found only \(declared.count) rule declarations under \(folder.path)")
        // The other files hold the registry and what rules share; any other file is a rule that
        // does not declare itself as one.
        let supportFiles: Set<String> = ["Rule.swift", "RuleSet.swift", "Structure/StructureRules.swift", "Structure/StructureSupport.swift",
                                         "Answers/AnswerRules.swift", "Answers/Support.swift", "RuleMessages.swift",
                                         "Writing/WritingRules.swift", "Writing/WritingMessages.swift", "Writing/WritingDescriptorTexts.swift",
                                         "Writing/PixAlphabet.swift", "Writing/LearnerText.swift", "Writing/Typography.swift", "Writing/ProseCharacters.swift",
                                         // Run by VariantCheck across a challenge's variants, not by the registry.
                                         "Writing/SameQuestionInOtherWords.swift"]
        let withoutRule = ruleFiles.filter { file in !supportFiles.contains(file) && !declared.values.contains(file) }
        #expect(withoutRule.isEmpty, "files under Rules/ that declare no rule: \(withoutRule.sorted())")
        let registered = Set((RuleSet.repositoryRules.map { String(describing: type(of: $0)) }) + RuleSet.challengeRules.map { String(describing: type(of: $0)) })
        let unregistered = declared.filter { !registered.contains($0.key) }.map { "\($0.key) (\($0.value))" }.sorted()
        #expect(unregistered.isEmpty, "rules declared but not in RuleSet: \(unregistered)")
    }
}
