import Crypto
import Diagnostics
import Model
import Release
import Variants

/// One rendered variant of a challenge, checked like a hand-written challenge.
public struct CompiledVariant: Sendable {
    /// One reference, not the fields themselves: a variant is about 3 KB of fields, copied
    /// whenever the arrays holding it are.
    private final class Storage: Sendable {
        let number: Int
        let id: String
        let values: [(name: String, value: String)]
        let challenge: Challenge
        let form: PixForm

        init(number: Int, id: String, values: [(name: String, value: String)], challenge: Challenge, form: PixForm) {
            self.number = number
            self.id = id
            self.values = values
            self.challenge = challenge
            self.form = form
        }
    }

    private let storage: Storage

    public init(number: Int, id: String, values: [(name: String, value: String)], challenge: Challenge, form: PixForm) {
        storage = Storage(number: number, id: id, values: values, challenge: challenge, form: form)
    }

    /// 1-based, as `Variants` numbers them.
    public var number: Int { storage.number }
    /// Derived from the rendered content: `<challenge id>--<10 hex digits>`.
    public var id: String { storage.id }
    public var values: [(name: String, value: String)] { storage.values }
    /// The challenge with every template rendered (spans still point at the templates).
    public var challenge: Challenge { storage.challenge }
    public var form: PixForm { storage.form }

    public var label: VariantLabel { VariantLabel(number: number, values: values) }
}

/// A challenge after checking: as written, and its variants when it has a dataset.
public struct CompiledChallenge: Sendable {
    /// One reference, not the fields themselves: the result is copied from the parallel map to
    /// the check's list (and kept by `--watch`), and its fields are several kilobytes.
    private final class Storage: Sendable {
        let view: ChallengeView
        let variants: [CompiledVariant]
        let statistics: ExpansionStatistics?
        let isRandomized: Bool

        init(view: ChallengeView, variants: [CompiledVariant], statistics: ExpansionStatistics?, isRandomized: Bool) {
            self.view = view
            self.variants = variants
            self.statistics = statistics
            self.isRandomized = isRandomized
        }
    }

    private let storage: Storage

    public init(view: ChallengeView, variants: [CompiledVariant], statistics: ExpansionStatistics?, isRandomized: Bool) {
        storage = Storage(view: view, variants: variants, statistics: statistics, isRandomized: isRandomized)
    }

    public var view: ChallengeView { storage.view }
    /// Empty for a challenge without a dataset.
    public var variants: [CompiledVariant] { storage.variants }
    /// How the variants were obtained; nil when there are none or expansion stopped early.
    public var statistics: ExpansionStatistics? { storage.statistics }
    /// True for a challenge with a dataset (`dataset:` or `data:`).
    public var isRandomized: Bool { storage.isRandomized }
    public var id: String { view.challenge.id.value }
}

/// What every challenge's variant plan needs from the repository.
struct VariantContext: Sendable {
    let library: DatasetLibrary
    let names: NameLists

    static func make(_ repository: Repository, fileSystem: ContentFileSystem) -> (VariantContext, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let (library, libraryDiagnostics) = DatasetLibrary.decode(repository.datasets.map { (id: $0.id, root: $0.root) })
        diagnostics.append(contentsOf: libraryDiagnostics)
        func optionalFile(_ path: String) -> SourceFile? {
            guard fileSystem.kind(of: path) == .file, let bytes = try? fileSystem.read(path) else { return nil }
            return SourceFile(path: path, bytes: bytes)
        }
        let (names, nameDiagnostics) = NameLists.parse(firstNames: optionalFile(NameLists.firstNamesPath), lastNames: optionalFile(NameLists.lastNamesPath))
        diagnostics.append(contentsOf: nameDiagnostics)
        return (VariantContext(library: library, names: names), diagnostics)
    }
}

extension Checker {
    /// Checks one challenge: its form and every rule; with a dataset, expands its variants and
    /// runs the rules that read texts on every rendered variant.
    static func compile(_ challenge: Challenge, context: RuleContext, variants: VariantContext) -> (CompiledChallenge, [Diagnostic]) {
        if let lost = challenge.misspelledDatasetKey {
            return compileWithLostDataset(challenge, lost: lost, context: context, variants: variants)
        }
        if challenge.misspelledKeys.contains(where: { answerKeys.contains($0.intended) }) {
            return compileWithLostAnswers(challenge, context: context)
        }
        let skill = context.index.skill(named: challenge.skill.value)
        let texts = ChallengeRendering.templatedTexts(of: challenge)
        // Most challenges have no dataset and no placeholder: nothing to plan or render.
        if challenge.dataset == nil, challenge.data == nil, challenge.variants == nil, !texts.contains(where: { Template.hasPlaceholders($0.value) }) {
            let built = PixFormBuilder.build(challenge)
            let view = ChallengeView(challenge: challenge, form: built.form, skill: skill)
            let found = built.diagnostics + runRules(on: view, context: context, variantsOnly: nil, preceding: built.diagnostics)
            return (CompiledChallenge(view: view, variants: [], statistics: nil, isRandomized: false), found)
        }
        let plan = VariantPlan.make(for: challenge, library: variants.library, names: variants.names)
        var diagnostics = plan.diagnostics

        // Templates are compiled for every challenge, so a stray `{{` is caught everywhere.
        var templates: [Int: Template] = [:]
        var templatesCompiled = true
        var compilations: [TemplateCompilation] = []
        for text in texts where Template.hasPlaceholders(text.value) || plan.isRandomized {
            let compilation = plan.compileTemplate(text)
            compilations.append(compilation)
            diagnostics.append(contentsOf: compilation.diagnostics)
            if let template = compilation.template {
                if !template.isConstant || template.constantText != text.value { templates[text.source.span.start] = template }
            } else {
                templatesCompiled = false
            }
        }

        guard plan.isRandomized else {
            let built = PixFormBuilder.build(challenge)
            diagnostics.append(contentsOf: built.diagnostics)
            let view = ChallengeView(challenge: challenge, form: built.form, skill: skill)
            diagnostics.append(contentsOf: runRules(on: view, context: context, variantsOnly: nil, preceding: built.diagnostics))
            return (CompiledChallenge(view: view, variants: [], statistics: nil, isRandomized: false), diagnostics)
        }

        diagnostics.append(contentsOf: plan.unusedValueWarnings(compilations: compilations))
        // The challenge as written: only the rules that do not read rendered texts.
        let writtenForm = PixFormBuilder.build(challenge).form
        let view = ChallengeView(challenge: challenge, form: writtenForm, skill: skill)
        diagnostics.append(contentsOf: runRules(on: view, context: context, variantsOnly: false))
        guard plan.canExpand, templatesCompiled else {
            return (CompiledChallenge(view: view, variants: [], statistics: nil, isRandomized: true), diagnostics)
        }

        let expansion = plan.expand()
        diagnostics.append(contentsOf: expansion.diagnostics)
        var rendered: [Int: [String?]] = [:]
        for (start, template) in templates.sorted(by: { $0.key < $1.key }) {
            let texts = expansion.render(template)
            diagnostics.append(contentsOf: texts.diagnostics)
            rendered[start] = texts.texts
        }

        var compiled: [CompiledVariant] = []
        // A variant is about 3 KB held until the release is assembled: no room to spare.
        compiled.reserveCapacity(expansion.variants.count)
        var variantDiagnostics: [Diagnostic] = []
        var previousForm: PixFormBuilder.Result?
        for (index, variant) in expansion.variants.enumerated() {
            // A variant whose templates could not be rendered is reported by Variants already.
            guard rendered.values.allSatisfy({ $0.indices.contains(index) && $0[index] != nil }) else { continue }
            let renderedChallenge = ChallengeRendering.render(challenge) { text in
                rendered[text.source.span.start]?[index] ?? text.value
            }
            // `values` is computed: read once.
            let values = variant.values
            let label = VariantLabel(number: variant.number, values: values)
            let built = PixFormBuilder.build(renderedChallenge, reusingInputsOf: previousForm)
            previousForm = built
            let variantView = ChallengeView(challenge: renderedChallenge, form: built.form, skill: skill, variant: label)
            var found = built.diagnostics.map { noted($0, label) }
            found.append(contentsOf: runRules(on: variantView, context: context, variantsOnly: true, preceding: found))
            variantDiagnostics.append(contentsOf: found)
            compiled.append(CompiledVariant(number: variant.number, id: variantID(challenge.id.value, form: built.form, challenge: renderedChallenge),
                                            values: values, challenge: renderedChallenge, form: built.form))
        }
        diagnostics.append(contentsOf: mergedAcrossVariants(variantDiagnostics))
        diagnostics.append(contentsOf: identicalVariants(compiled, challenge: challenge))
        diagnostics.append(contentsOf: sharedAnswers(compiled, challenge: challenge))
        diagnostics.append(contentsOf: SameQuestionInOtherWords.check(compiled, challenge: challenge))
        return (CompiledChallenge(view: view, variants: compiled, statistics: expansion.statistics, isRandomized: true), diagnostics)
    }

    /// Runs the challenge rules: all of them (`variantsOnly == nil`), those that do not read
    /// rendered texts (`false`), or those that do (`true`).
    static func runRules(on view: ChallengeView, context: RuleContext, variantsOnly: Bool?, preceding: [Diagnostic] = []) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // Whether `preceding` or the rules run so far found an error.
        var hasError = preceding.contains { $0.severity == .error }
        for scheduled in context.challengeRules {
            if let variantsOnly, scheduled.checksVariants != variantsOnly { continue }
            if scheduled.needsSoundChallenge, hasError { continue }
            let results = scheduled.rule.check(view, in: context)
            if !hasError { hasError = results.contains { $0.severity == .error } }
            found.append(contentsOf: results)
        }
        return found
    }

    /// Adds the variant's values to a diagnostic found on it (rules already name the variant in
    /// their message; Pix-form problems do not).
    static func noted(_ diagnostic: Diagnostic, _ label: VariantLabel) -> Diagnostic {
        var copy = diagnostic
        if !copy.notes.contains(where: { $0.contains(CompilerDiagnosticMessages.text("VariantCheck.1", ["number": "\(label.number)"])) }) {
            copy.notes.append(CompilerDiagnosticMessages.text("VariantCheck.2", ["label": "\(label.description)"]))
        }
        return copy
    }

    /// The same problem (code and place) on many variants is reported once, with a count.
    static func mergedAcrossVariants(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        struct Key: Hashable {
            let code: DiagnosticCode
            let span: Span?
        }
        var order: [Key] = []
        var first: [Key: Diagnostic] = [:]
        var counts: [Key: Int] = [:]
        for diagnostic in diagnostics {
            let key = Key(code: diagnostic.code, span: diagnostic.span)
            if first[key] == nil {
                order.append(key)
                first[key] = diagnostic
            }
            counts[key, default: 0] += 1
        }
        return order.compactMap { key in
            guard var diagnostic = first[key] else { return nil }
            let others = (counts[key] ?? 1) - 1
            if others > 0 { diagnostic.notes.append(CompilerDiagnosticMessages.text("VariantCheck.3", ["others": "\(others)", "s": "\(others == 1 ? "" : "s")"])) }
            return diagnostic
        }
    }

    /// A variant's id: the challenge id and a digest of what the learner sees and how it is graded.
    static func variantID(_ challengeID: String, form: PixForm, challenge: Challenge) -> String {
        variantID(challengeID, content: [
            challenge.type.value.rawValue, challenge.instruction.value, challenge.alternativeInstruction?.value ?? "",
            form.proposals, form.solution, challenge.solutionToDisplay?.value ?? "",
            challenge.embed?.url.value ?? "", challenge.embed?.title?.value ?? "", challenge.illustration?.alt?.value ?? "",
        ], accepted: form.accepted.map(\.value))
    }

    /// `<challenge id>--` and the first 10 hex digits of the SHA-256 of the texts of `content`
    /// and the accepted answers (one per line) after them, separated by U+001F. The pieces are
    /// fed to the hash one by one rather than joined into one string first.
    static func variantID(_ challengeID: String, content: [String], accepted: [String]) -> String {
        var hasher = SHA256()
        func feed(_ text: String) {
            var text = text
            text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        for piece in content {
            feed(piece)
            feed("\u{1F}")
        }
        for (position, answer) in accepted.enumerated() {
            if position > 0 { feed("\n") }
            feed(answer)
        }
        return "\(challengeID)--\(hexPrefix(of: hasher.finalize(), digits: 10))"
    }

    /// The first `digits` lowercase hex digits of a digest (`SHA256Hex` writes them all).
    static func hexPrefix(of digest: SHA256.Digest, digits: Int) -> String {
        let alphabet = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(digits)
        for byte in digest where text.count < digits {
            text.append(alphabet[Int(byte >> 4)])
            if text.count < digits { text.append(alphabet[Int(byte & 0x0F)]) }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Two variants that render the same are one variant shown twice.
    static func identicalVariants(_ variants: [CompiledVariant], challenge: Challenge) -> [Diagnostic] {
        var seen: [String: Int] = [:]
        var diagnostics: [Diagnostic] = []
        let place = challenge.variants?.span ?? challenge.data?.span ?? challenge.dataset?.span ?? challenge.id.span
        for (position, variant) in variants.enumerated() {
            if let first = seen[variant.id] {
                diagnostics.append(VariantCheckDiagnostics.identicalVariants(
                    CompilerDiagnosticMessages.text("VariantCheck.4", ["label": "\(variant.label.description)", "label2": "\(variants[first].label.description)"]),
                    at: place,
                    notes: [CompilerDiagnosticMessages.text("VariantCheck.5")],
                    help: Help(CompilerDiagnosticMessages.text("VariantCheck.6"))))
            } else {
                seen[variant.id] = position
            }
        }
        return Array(diagnostics.prefix(3))
    }

    /// Many variants with the same right answer defeat the purpose of variants.
    static func sharedAnswers(_ variants: [CompiledVariant], challenge: Challenge) -> [Diagnostic] {
        guard variants.count >= 4 else { return [] }
        var counts: [String: Int] = [:]
        var firstOrder: [String] = []
        for variant in variants {
            let answer = variant.form.type.isChoice
                ? variant.form.options.filter(\.isCorrect).map(\.text.value).joined(separator: " / ")
                : variant.form.solution
            if counts[answer] == nil { firstOrder.append(answer) }
            counts[answer, default: 0] += 1
        }
        guard let top = firstOrder.max(by: { (counts[$0] ?? 0) < (counts[$1] ?? 0) }), let count = counts[top], count * 2 > variants.count else { return [] }
        let place = challenge.answers?.span ?? challenge.options?.first?.span ?? challenge.variants?.span ?? challenge.id.span
        let shown = top.count > 60 ? String(top.prefix(57)) + "…" : top
        return [VariantCheckDiagnostics.sharedAnswer(
            CompilerDiagnosticMessages.text("VariantCheck.7", ["count": "\(count)", "variants": "\(variants.count)", "with": "\(shown.replacingOccurrences(of: "\n", with: " | "))"]),
            at: place,
            notes: [CompilerDiagnosticMessages.text("VariantCheck.8")],
            help: Help(CompilerDiagnosticMessages.text("VariantCheck.9")))]
    }
}

/// Diagnostics about the variants of a challenge as a whole.
public enum VariantCheckDiagnostics {
    public static let identicalVariants = DiagnosticDescriptor(
        "PIX0520", .error,
        title: "Two variants are identical",
        explanation: """
        Two variants of the challenge render exactly the same texts and answers. Usually a drawn
        value appears in no text (so variants differing only by it look the same), or a list has
        repeated items. Each variant must be a different question.
        """,
        wrong: Example(path: "Challenges/1.3/tableur/conversion.yaml", """
        id: tableur-conversion
        skill: "@tableur2"
        type: QROC
        status: proposé
        instruction: Un fichier pèse {{ fichier.taille }} Mo. Combien de Ko cela représente-t-il (1 Mo = 1 000 Ko) ?
        proposals: "${ko} Ko"
        answers: ["{{ fichier.taille * 1000 }}"]
        format: nombre
        data:
          row: fichier
          columns: {taille: number}
          rows:
            - {nom: rapport.pdf, taille: 2}
            - {nom: budget.ods, taille: 2}
        variants: all
        tests:
          accept: ["{{ fichier.taille * 1000 }}"]
          reject: ["{{ fichier.taille }}"]
        """),
        right: Example(path: "Challenges/1.3/tableur/conversion.yaml", """
        id: tableur-conversion
        skill: "@tableur2"
        type: QROC
        status: proposé
        instruction: Le fichier {{ fichier.nom }} pèse {{ fichier.taille }} Mo. Combien de Ko cela représente-t-il (1 Mo = 1 000 Ko) ?
        proposals: "${ko} Ko"
        answers: ["{{ fichier.taille * 1000 }}"]
        format: nombre
        data:
          row: fichier
          columns: {taille: number}
          rows:
            - {nom: rapport.pdf, taille: 2}
            - {nom: budget.ods, taille: 5}
        variants: all
        tests:
          accept: ["{{ fichier.taille * 1000 }}"]
          reject: ["{{ fichier.taille }}"]
        """)
    )

    public static let sharedAnswer = DiagnosticDescriptor(
        "PIX0521", .warning,
        title: "Most variants share the same answer",
        explanation: """
        More than half of the variants of this challenge have the same right answer. Variants are
        there so that an answer cannot be passed on or learnt by heart; when most of them share it,
        they do not do their job. Make the answer depend on the drawn values.
        """,
        wrong: Example(path: "Challenges/1.3/tableur/reste.yaml", """
        id: tableur-reste
        skill: "@tableur2"
        type: QROC
        status: proposé
        instruction: La cellule A1 contient {{ n }}. Qu’affiche la formule =MOD(A1;2) ?
        proposals: "${resultat}"
        answers: ["{{ mod(n, 2) }}"]
        format: nombre
        data:
          values:
            n: integer(2, 100, step=2)
        variants: 6
        tests:
          accept: ["{{ mod(n, 2) }}"]
          reject: ["{{ n }}"]
        """),
        right: Example(path: "Challenges/1.3/tableur/reste.yaml", """
        id: tableur-reste
        skill: "@tableur2"
        type: QROC
        status: proposé
        instruction: La cellule A1 contient {{ n }}. Qu’affiche la formule =MOD(A1;7) ?
        proposals: "${resultat}"
        answers: ["{{ mod(n, 7) }}"]
        format: nombre
        data:
          values:
            n: integer(10, 100)
        variants: 6
        tests:
          accept: ["{{ mod(n, 7) }}"]
          reject: ["{{ n }}"]
        """)
    )

    public static let all: [DiagnosticDescriptor] = [identicalVariants, sharedAnswer]
}

/// What `pixc expand` found for the challenge asked for.
public enum ExpandResult: Sendable {
    /// The challenge, compiled, with the diagnostics of its file.
    case challenge(CompiledChallenge, [Diagnostic])
    /// The file that holds this id has errors that keep the challenge from being read at all.
    case unreadable(path: String, [Diagnostic])
    case notFound
}

extension Checker {
    /// One challenge of a repository, compiled with its variants (`pixc expand`). `count`, when
    /// given, replaces the challenge's own `variants:`.
    public static func expand(_ challengeIDOrPath: String, in fileSystem: ContentFileSystem, count: VariantRequest? = nil) -> ExpandResult {
        let repository = RepositoryLoader.load(from: fileSystem)
        guard var challenge = repository.challenges.first(where: { $0.id.value == challengeIDOrPath || $0.file.path == challengeIDOrPath }) else {
            // A file that could not be read as a challenge may still be the one asked for.
            let broken = Set(repository.diagnostics.filter { $0.severity == .error }.compactMap(\.path))
            for file in repository.sources where broken.contains(file.path) && RepositoryLoader.kind(ofPath: file.path) == .challenge {
                guard file.path == challengeIDOrPath || declaresID(challengeIDOrPath, in: file) else { continue }
                return .unreadable(path: file.path, Diagnostic.sortedForOutput(repository.diagnostics.filter { $0.path == file.path }))
            }
            return .notFound
        }
        if let count {
            challenge.variants = Located(count, span: challenge.variants?.span ?? challenge.id.span)
        }
        let index = ContentIndex(repository)
        let context = RuleContext(index: index, fileSystem: fileSystem)
        let (variantContext, contextDiagnostics) = VariantContext.make(repository, fileSystem: fileSystem)
        let (compiled, found) = compile(challenge, context: context, variants: variantContext)
        let unenforced = TypographyHouseStyle(repository.challenges).unenforcedCodes
        let diagnostics = found.filter { !unenforced.contains($0.code) }
        let own = (repository.diagnostics + contextDiagnostics).filter { $0.path == challenge.file.path }
        return .challenge(compiled, DiagnosticCollector.limited(deduplicated(own + diagnostics)))
    }

    /// Whether a file that YAML could not read has a top-level line `id: <id>` (quoted or not).
    static func declaresID(_ id: String, in file: SourceFile) -> Bool {
        for line in 0..<file.lineCount {
            let range = file.lineRange(line)
            guard range.count >= 3, file.bytes[range.lowerBound] == UInt8(ascii: "i"), file.bytes[range.lowerBound + 1] == UInt8(ascii: "d") else { continue }
            var text = Substring(file.text(in: range))
            guard text.hasPrefix("id:") else { continue }
            text = text.dropFirst(3)
            if let comment = text.range(of: " #") { text = text[..<comment.lowerBound] }
            var value = text.trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
                value = String(value.dropFirst().dropLast())
            }
            if value == id { return true }
        }
        return false
    }

    /// Ids of the challenges of a repository, for suggestions.
    public static func challengeIDs(in fileSystem: ContentFileSystem) -> [String] {
        RepositoryLoader.load(from: fileSystem).challenges.map(\.id.value).sorted()
    }
}
