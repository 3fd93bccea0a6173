import Foundation
import Testing

/// docs/guide-auteur.md walks a teacher through pixc on the shipped content: its examples are run
/// here, on a copy of that content, and what it shows of pixc's output must be what pixc prints.
/// (`preview --serve`, `check --watch` and the installer are run by ServerTests, WatchCommandTests
/// and Scripts/package-check.)
@Suite("Author guide")
struct AuthorGuideTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Block {
        let language: String
        let text: String
        /// The last `Challenges/….yaml` path named in the prose before the block.
        let file: String?
        let section: String
    }

    static func blocks(_ markdown: String) -> [Block] {
        var blocks: [Block] = []
        var file: String?
        var section = ""
        var current: (language: String, lines: [String])?
        for line in markdown.components(separatedBy: "\n") {
            if var open = current {
                if line == "```" {
                    blocks.append(Block(language: open.language, text: open.lines.joined(separator: "\n"), file: file, section: section))
                    current = nil
                } else {
                    open.lines.append(line)
                    current = open
                }
                continue
            }
            if line.hasPrefix("```") {
                current = (String(line.dropFirst(3)), [])
                continue
            }
            if line.hasPrefix("## ") { section = String(line.dropFirst(3)) }
            if let range = line.range(of: #"`Challenges/[^`]+\.yaml`"#, options: .regularExpression) {
                file = String(line[range].dropFirst().dropLast())
            }
        }
        return blocks
    }

    /// The shown lines (the `(…)` cuts left out) appear in the output, in order.
    static func shows(_ output: String, _ shown: String) -> Bool {
        var rest = Substring(output)
        for line in shown.components(separatedBy: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("(…)") && !line.isEmpty {
            guard let range = rest.range(of: line) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }

    @Test func everyExampleWorksOnTheShippedContent() throws {
        let guide = try String(contentsOf: Self.repository.appendingPathComponent("docs/guide-auteur.md"), encoding: .utf8)
        let blocks = Self.blocks(guide)
        let examples = blocks.filter { $0.language == "yaml" }
        #expect(examples.count == 2)

        let copy = try TemporaryRepository([:], includeContext: false)
        for entry in ["Referential", "Challenges", "Calibration", "variants.lock"] {
            let source = Self.repository.appendingPathComponent(entry)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.copyItem(at: source, to: copy.url.appendingPathComponent(entry))
            }
        }
        let root = ["--root", copy.url.path, "--lang", "en"]
        for example in examples {
            let file = try #require(example.file, "no file named before the example")
            #expect(!FileManager.default.fileExists(atPath: copy.url.appendingPathComponent(file).path), "\(file) already exists")
            try copy.write(file, bytes: Array((example.text + "\n").utf8))
        }

        let clean = pixc(["check"] + root)
        #expect(clean.code == 0, "\(clean.out)")
        #expect(clean.out.hasSuffix("0 errors, 0 warnings\n"))

        // Section 4: the status misspelled.
        let first = try #require(examples.first?.file)
        let text = try #require(examples.first?.text)
        try copy.write(first, bytes: Array(text.replacingOccurrences(of: "status: proposé", with: "status: proposée").utf8 + [10]))
        let broken = pixc(["check"] + root)
        #expect(broken.code == 1)
        let shownDiagnostic = try #require(blocks.first { $0.section.hasPrefix("4.") && $0.language.isEmpty })
        #expect(broken.out == shownDiagnostic.text + "\n", "the guide shows:\n\(shownDiagnostic.text)\npixc prints:\n\(broken.out)")
        #expect(pixc(["explain", "PIX0204", "--lang", "en"]).code == 0)
        try copy.write(first, bytes: Array((text + "\n").utf8))

        // Section 5: the variants, and a field misspelled.
        let second = try #require(examples.last?.file)
        let dataset = try #require(examples.last?.text)
        let expand = pixc(["expand", "recherche-site-structure"] + root)
        let shownVariants = try #require(blocks.first { $0.section.hasPrefix("5.") && $0.text.contains("4 variants") })
        #expect(expand.code == 0)
        #expect(Self.shows(expand.out, shownVariants.text), "the guide shows:\n\(shownVariants.text)\npixc prints:\n\(expand.out)")
        try copy.write(second, bytes: Array(dataset.replacingOccurrences(of: "est `{{ structure.domaine }}`", with: "est `{{ structure.site }}`").utf8 + [10]))
        let misspelled = pixc(["check"] + root)
        let shownField = try #require(blocks.first { $0.section.hasPrefix("5.") && $0.text.contains("PIX0502") })
        #expect(misspelled.code == 1)
        #expect(Self.shows(misspelled.out, shownField.text), "the guide shows:\n\(shownField.text)\npixc prints:\n\(misspelled.out)")
        try copy.write(second, bytes: Array((dataset + "\n").utf8))

        // Section 7: --locked before the first build, then the build.
        let locked = pixc(["build", "--locked"] + root)
        let shownLocked = try #require(blocks.first { $0.section.hasPrefix("7.") && $0.text.contains("PIX0522") })
        #expect(locked.code == 1)
        #expect(Self.shows(locked.out, shownLocked.text), "the guide shows:\n\(shownLocked.text)\npixc prints:\n\(locked.out)")
        let build = pixc(["build"] + root)
        #expect(build.code == 0, "\(build.out)\(build.err)")
        #expect(build.out.contains("built dist/"))
        #expect(FileManager.default.fileExists(atPath: copy.url.appendingPathComponent("dist/release.json").path))
    }

    /// French typography: a no-break space before « : ; ! ? » and inside the guillemets.
    @Test func frenchTypography() throws {
        let guide = try String(contentsOf: Self.repository.appendingPathComponent("docs/guide-auteur.md"), encoding: .utf8)
        for (number, line) in guide.components(separatedBy: "\n").enumerated() {
            #expect(line.range(of: #" [:;!?](\s|$)"#, options: .regularExpression) == nil, "line \(number + 1): \(line)")
            #expect(!line.contains("« ") && !line.contains(" »"), "line \(number + 1): \(line)")
        }
    }
}
