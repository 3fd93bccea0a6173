import Diagnostics
import JSON
import Model
import Release
import Vocabulary
import YAML

/// `variants.lock`: the variants of every challenge with a dataset (number, content-derived id,
/// values), written by `pixc build` so that a change of variants shows up in review, and checked
/// by `--locked`, which refuses any change.
public struct VariantLock: Sendable, Equatable {
    public static let fileName = "variants.lock"

    public struct Entry: Sendable, Equatable {
        public let number: Int
        public let id: String
        public let values: [Pair]
    }

    public struct Pair: Sendable, Equatable {
        public let name: String
        public let value: String
    }

    /// Challenge id → its variants, in number order.
    public var challenges: [(id: String, variants: [Entry])]
    /// Where each challenge's entry is written, when read from a file.
    var spans: [String: Span] = [:]

    public init(challenges: [(id: String, variants: [Entry])]) {
        self.challenges = challenges.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }

    public init(_ compiled: [CompiledChallenge]) {
        self.init(challenges: compiled.filter(\.isRandomized).map { challenge in
            (challenge.id, challenge.variants.map { variant in
                Entry(number: variant.number, id: variant.id, values: variant.values.map { Pair(name: $0.name, value: $0.value) })
            })
        })
    }

    public static func == (lhs: VariantLock, rhs: VariantLock) -> Bool {
        lhs.challenges.count == rhs.challenges.count && zip(lhs.challenges, rhs.challenges).allSatisfy { $0.id == $1.id && $0.variants == $1.variants }
    }

    public func variants(of challenge: String) -> [Entry]? {
        challenges.first { $0.id == challenge }?.variants
    }

    /// The file's text: YAML a reviewer can read, one variant per line, strings in double quotes.
    public var text: String {
        var out = """
        # Variants of the challenges that have a dataset, written by `pixc build`.
        # Review changes to this file like changes to the challenges: each line is one variant
        # learners may see. `pixc build --locked` and `pixc check --locked` refuse to change it.
        version: 1
        challenges:

        """
        if challenges.isEmpty { out = out.replacingOccurrences(of: "challenges:\n", with: "challenges: {}\n") }
        // One block per challenge, written in parallel and joined in order.
        let blocks = ParallelMap.map(challenges.map { LockBlock(id: $0.id, variants: $0.variants) }) { block -> String in
            var text = "  \(Self.quoted(block.id)):\n"
            if block.variants.isEmpty { text += "    []\n" }
            for variant in block.variants {
                let values = variant.values.map { "\(Self.quoted($0.name)): \(Self.quoted($0.value))" }.joined(separator: ", ")
                text += "    - {number: \(variant.number), id: \(Self.quoted(variant.id)), values: {\(values)}}\n"
            }
            return text
        }
        return out + blocks.joined()
    }

    /// Reads a lock file; problems are diagnostics at their place in it.
    public static func read(_ file: SourceFile) -> (VariantLock?, [Diagnostic]) {
        let (root, yamlDiagnostics) = YAMLReader.readSingleDocument(file)
        var diagnostics = yamlDiagnostics
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        let malformed = { (span: Span?, what: String) -> (VariantLock?, [Diagnostic]) in
            diagnostics.append(LockDiagnostics.malformed(CompilerDiagnosticMessages.text("VariantLock.1", ["fileName": "\(Self.fileName)", "what": "\(what)"]), at: span,
                                                         help: Help(CompilerDiagnosticMessages.text("VariantLock.2"))))
            return (nil, diagnostics)
        }
        guard let mapping = root?.mapping, mapping["version"]?.scalar?.text == "1", let list = mapping["challenges"] else {
            return malformed(root?.span ?? Span(file: file, start: 0, end: 0), CompilerDiagnosticMessages.text("VariantLock.3"))
        }
        var challenges: [(id: String, variants: [Entry])] = []
        var spans: [String: Span] = [:]
        for entry in list.mapping?.entries ?? [] {
            guard let id = entry.keyText else { return malformed(entry.key.span, CompilerDiagnosticMessages.text("VariantLock.4")) }
            var variants: [Entry] = []
            for item in entry.value.sequence?.items ?? [] {
                guard let fields = item.mapping, let numberText = fields["number"]?.scalar?.text, let number = Int(numberText),
                      let variantID = fields["id"]?.scalar?.text, let values = fields["values"]?.mapping else {
                    return malformed(item.span, CompilerDiagnosticMessages.text("VariantLock.5"))
                }
                variants.append(Entry(number: number, id: variantID, values: values.entries.compactMap { pair in
                    guard let name = pair.keyText, let value = pair.value.scalar?.text else { return nil }
                    return Pair(name: name, value: value)
                }))
            }
            challenges.append((id, variants))
            spans[id] = entry.key.span
        }
        var lock = VariantLock(challenges: challenges)
        lock.spans = spans
        return (lock, diagnostics)
    }

    /// Differences between the variants a build would produce (`self`) and the locked ones, as
    /// diagnostics at the challenge (or at the lock line of a challenge that is gone).
    public func changes(from locked: VariantLock, in result: CheckResult) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let lockedByID = Dictionary(locked.challenges.map { ($0.id, $0.variants) }, uniquingKeysWith: { first, _ in first })
        let compiledByID = Dictionary(result.challenges.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (id, variants) in challenges {
            let challenge = compiledByID[id]?.view.challenge
            let place = challenge?.variants?.span ?? challenge?.id.span
            guard let previous = lockedByID[id] else {
                diagnostics.append(LockDiagnostics.changed(
                    CompilerDiagnosticMessages.text("VariantLock.6", ["id": "\(id)", "fileName": "\(Self.fileName)", "variants": "\(variants.count)", "s": "\(variants.count == 1 ? "" : "s")"]),
                    at: place, help: Help(CompilerDiagnosticMessages.text("VariantLock.7"))))
                continue
            }
            guard previous != variants else { continue }
            let previousIDs = Set(previous.map(\.id))
            let currentIDs = Set(variants.map(\.id))
            let added = variants.filter { !previousIDs.contains($0.id) }
            let removed = previous.filter { !currentIDs.contains($0.id) }
            var notes: [String] = []
            for variant in added.prefix(5) { notes.append(CompilerDiagnosticMessages.text("VariantLock.8", ["number": "\(variant.number)", "values": "\(Self.describe(variant.values))"])) }
            for variant in removed.prefix(5) { notes.append(CompilerDiagnosticMessages.text("VariantLock.9", ["number": "\(variant.number)", "values": "\(Self.describe(variant.values))"])) }
            if added.isEmpty, removed.isEmpty { notes.append(CompilerDiagnosticMessages.text("VariantLock.10")) }
            diagnostics.append(LockDiagnostics.changed(
                CompilerDiagnosticMessages.text("VariantLock.11", ["id": "\(id)", "added": CompilerDiagnosticMessages.catalogue.counted("VariantLock.added", added.count), "removed": CompilerDiagnosticMessages.catalogue.counted("VariantLock.removed", removed.count)]),
                at: place, notes: notes,
                help: Help(CompilerDiagnosticMessages.text("VariantLock.12", ["fileName": "\(Self.fileName)"]))))
        }
        let currentIDs = Set(challenges.map(\.id))
        for (id, variants) in locked.challenges where !currentIDs.contains(id) {
            diagnostics.append(LockDiagnostics.changed(
                CompilerDiagnosticMessages.text("VariantLock.13", ["id": "\(id)", "variants": "\(variants.count)", "s": "\(variants.count == 1 ? "" : "s")"]),
                at: locked.spans[id], path: Self.fileName,
                help: Help(CompilerDiagnosticMessages.text("VariantLock.14", ["fileName": "\(Self.fileName)"]))))
        }
        return diagnostics
    }

    /// A YAML double-quoted string: JSON's escapes are YAML's too.
    static func quoted(_ text: String) -> String {
        JSONString.literal(text, .yamlDoubleQuoted)
    }

    static func describe(_ values: [Pair]) -> String {
        values.prefix(5).map { "\($0.name) = \($0.value)" }.joined(separator: ", ") + (values.count > 5 ? ", …" : "")
    }
}

private struct LockBlock: Sendable {
    let id: String
    let variants: [VariantLock.Entry]
}

public enum LockDiagnostics {
    public static let changed = DiagnosticDescriptor(
        "PIX0522", .error,
        title: "Variants would change (--locked)",
        explanation: """
        With `--locked`, `pixc build` and `pixc check` refuse any change to the variants recorded in
        variants.lock. A variant's id comes from its rendered content, so editing a template, a
        dataset row or a drawn value changes ids: that is a change of what learners see, and it
        should be reviewed. Run `pixc build` without `--locked` to record the new variants, then
        review the diff of variants.lock.
        """,
        wrong: Example(ExampleChallenge.with().files + [ExampleFile(path: VariantLock.fileName, text: lockHeader + """
        challenges:
          "recherche-annee-cnil":
            - {number: 1, id: "recherche-annee-cnil--0a1b2c3d4e", values: {"annee": "1978"}}

        """)]),
        right: Example(ExampleChallenge.with().files + [ExampleFile(path: VariantLock.fileName, text: lockHeader + "challenges: {}\n")])
    )

    /// The first lines of variants.lock, as `pixc build` writes them.
    static let lockHeader = """
        # Variants of the challenges that have a dataset, written by `pixc build`.
        # Review changes to this file like changes to the challenges: each line is one variant
        # learners may see. `pixc build --locked` and `pixc check --locked` refuse to change it.
        version: 1

        """

    public static let malformed = DiagnosticDescriptor(
        "PIX0523", .error,
        title: "variants.lock malformed",
        explanation: """
        variants.lock is written by `pixc build`; it is not meant to be edited by hand. This one
        cannot be read. Delete it and run `pixc build` to write it again.
        """,
        // Edited by hand: the variant's values are gone.
        wrong: Example(ExampleChallenge.with().files + [ExampleFile(path: VariantLock.fileName, text: lockHeader + """
        challenges:
          "recherche-annee-cnil":
            - {number: 1, id: "recherche-annee-cnil--0a1b2c3d4e"}

        """)]),
        right: Example(ExampleChallenge.with().files + [ExampleFile(path: VariantLock.fileName, text: lockHeader + "challenges: {}\n")])
    )

    public static let all: [DiagnosticDescriptor] = [changed, malformed]
}
