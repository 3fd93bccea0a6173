import Diagnostics
import Grading
import Model
import Vocabulary
import YAML

/// Builds the Pix form of a challenge from what the author wrote: structured `options`, `inputs`
/// and `answers`, or Pix's string syntax (`proposals` lists and blocks, `solution`). Conflicts
/// between the two and malformed Pix syntax are reported here.
public enum PixFormBuilder {
    public struct Result: Sendable {
        public let form: PixForm
        public let diagnostics: [Diagnostic]
    }

    public static func build(_ challenge: Challenge) -> Result {
        build(challenge, reusingInputsOf: nil)
    }

    /// Builds the form of a rendered variant. When its proposals and inputs are the same as those
    /// of `previous` (another variant of the challenge, built before), their parse is reused:
    /// most templates vary the instruction and the answers, not the inputs.
    static func build(_ challenge: Challenge, reusingInputsOf previous: Result?) -> Result {
        var builder = FormBuilder(challenge: challenge)
        if let previous, let written = previous.form.writtenProposals, written == challenge.proposals?.value,
           previous.form.writtenInputs == (challenge.inputs ?? []) {
            builder.reused = previous
        }
        builder.run()
        return Result(form: builder.form, diagnostics: builder.diagnostics)
    }
}

private struct FormBuilder {
    let challenge: Challenge
    var form: PixForm
    var diagnostics: [Diagnostic] = []
    /// The form of another variant with the same proposals and inputs.
    var reused: PixFormBuilder.Result?

    init(challenge: Challenge) {
        self.challenge = challenge
        let type = challenge.type.value
        self.form = PixForm(
            type: type,
            tolerances: challenge.effectiveTolerances,
            format: challenge.format?.value ?? .mots,
            shuffled: challenge.shuffled?.value ?? type.isChoice
        )
    }

    mutating func run() {
        if challenge.type.value.isChoice {
            buildChoices()
        } else {
            let before = diagnostics.count
            buildInputs()
            if reused == nil { form.inputDiagnostics = Array(diagnostics[before...]) }
            buildAnswers()
        }
    }

    // MARK: QCU / QCM

    mutating func buildChoices() {
        let type = challenge.type.value
        if let inputs = challenge.inputs, let first = inputs.first {
            misplaced(CompilerDiagnosticMessages.text("PixFormBuilder.1", ["type": "\(type.rawValue)"]), at: first.span.union(inputs.last?.span ?? first.span), help: CompilerDiagnosticMessages.text("PixFormBuilder.2"))
        }
        if let options = challenge.options {
            if let proposals = challenge.proposals {
                misplaced(CompilerDiagnosticMessages.text("PixFormBuilder.3"), at: proposals.span, help: CompilerDiagnosticMessages.text("PixFormBuilder.4"))
            }
            if let solution = challenge.solution {
                misplaced(CompilerDiagnosticMessages.text("PixFormBuilder.5"), at: solution.span, help: CompilerDiagnosticMessages.text("PixFormBuilder.6"))
            }
            form.options = options.map {
                PixForm.Option(text: $0.text, isCorrect: $0.isCorrect, span: $0.text.span, correctnessSpan: $0.correct?.span)
            }
            form.answersSpan = options.first.map { first in first.span.union(options.last?.span ?? first.span) }
        } else if let proposals = challenge.proposals {
            // Pix syntax: `- option` lines and a `solution` of option numbers.
            let parsed = OptionList.parse(proposals.value)
            let map = proposals.sourceMap
            form.options = parsed.map { option in
                let span = map.span(ofTextRange: option.range)
                return PixForm.Option(text: Text(value: option.text, source: proposals.source), isCorrect: false, span: span, correctnessSpan: nil)
            }
            form.answersSpan = proposals.span
            if let solution = challenge.solution {
                let indices: [Int]?
                if type == .qcu {
                    indices = ChoiceSolution.index(solution.value).map { [$0] }
                } else {
                    indices = ChoiceSolution.indices(solution.value)
                }
                guard let indices else {
                    syntax(CompilerDiagnosticMessages.text(type == .qcm ? "PixFormBuilder.solution.qcm" : "PixFormBuilder.solution.qcu", ["solution": solution.value, "type": type.rawValue]), at: solution.span,
                           help: CompilerDiagnosticMessages.text("PixFormBuilder.7"))
                    return
                }
                for index in indices {
                    guard index >= 1, index <= form.options.count else {
                        syntax(CompilerDiagnosticMessages.text("PixFormBuilder.8", ["index": "\(index)", "options": "\(form.options.count)", "s": "\(form.options.count == 1 ? "" : "s")"]), at: solution.span,
                               help: CompilerDiagnosticMessages.text("PixFormBuilder.9", ["options": "\(form.options.count)"]))
                        continue
                    }
                    form.options[index - 1].isCorrect = true
                    form.options[index - 1].correctnessSpan = solution.span
                }
            }
        } else {
            diagnostics.append(ModelDiagnostics.missingKey(
                CompilerDiagnosticMessages.text("PixFormBuilder.10", ["type": "\(type.rawValue)"]),
                at: challenge.type.span,
                help: Help(CompilerDiagnosticMessages.text(type == .qcm ? "PixFormBuilder.options.qcm" : "PixFormBuilder.options.qcu"))
            ))
        }
        form.proposals = renderOptions()
        let correct = form.options.indices.filter { form.options[$0].isCorrect }.map { $0 + 1 }
        form.solution = ChoiceSolution.render(correct)
    }

    mutating func renderOptions() -> String {
        do {
            return try OptionList.render(form.options.map(\.text.value))
        } catch {
            let index = min(max(0, error.index), max(0, form.options.count - 1))
            let span = form.options.indices.contains(index) ? form.options[index].span : challenge.span
            syntax(CompilerDiagnosticMessages.text("PixFormBuilder.11", ["reason": "\(error.reason)"]), at: span, help: CompilerDiagnosticMessages.text("PixFormBuilder.12"))
            return form.options.map { "- " + $0.text.value }.joined(separator: "\n")
        }
    }

    // MARK: QROC*

    mutating func buildInputs() {
        let type = challenge.type.value
        if let options = challenge.options, let first = options.first {
            misplaced(CompilerDiagnosticMessages.text("PixFormBuilder.13", ["type": "\(type.rawValue)"]), at: first.span.union(options.last?.span ?? first.span),
                      help: CompilerDiagnosticMessages.text("PixFormBuilder.14"))
        }
        form.writtenProposals = challenge.proposals?.value
        form.writtenInputs = challenge.inputs ?? []
        if let reused {
            form.inputs = reused.form.inputs
            form.proposals = reused.form.proposals
            form.hasSyntaxErrors = reused.form.hasSyntaxErrors
            diagnostics.append(contentsOf: reused.form.inputDiagnostics)
            form.inputDiagnostics = reused.form.inputDiagnostics
            return
        }
        guard let proposals = challenge.proposals else {
            if challenge.autoReply?.value != true {
                diagnostics.append(ModelDiagnostics.missingKey(
                    CompilerDiagnosticMessages.text(type == .qroc ? "PixFormBuilder.15.one" : "PixFormBuilder.15.other", ["type": "\(type.rawValue)"]),
                    at: challenge.type.span,
                    help: Help(CompilerDiagnosticMessages.text("PixFormBuilder.16"))
                ))
            }
            applyInputSpecsWithoutProposals()
            return
        }
        let parsed = ProposalsSyntax.parse(proposals.value)
        let map = proposals.sourceMap
        for problem in parsed.problems {
            // Two inputs with one name are reported below, with the first one labelled.
            guard let message = Self.describe(problem.kind) else { continue }
            syntax(message, at: map.span(ofTextRange: problem.range),
                   help: CompilerDiagnosticMessages.text("PixFormBuilder.17"))
        }
        var parts = parsed.parts
        var seen: [String: Span] = [:]
        var inputs: [PixForm.Input] = []
        for (index, located) in parts.enumerated() {
            guard case .block(let block) = located.part else { continue }
            let span = map.span(ofTextRange: located.range)
            if let first = seen[block.key] {
                syntax(CompilerDiagnosticMessages.text("PixFormBuilder.18", ["key": "\(block.key)"]), at: span, labels: [Label(first, CompilerDiagnosticMessages.text("PixFormBuilder.19"))],
                       help: CompilerDiagnosticMessages.text("PixFormBuilder.20"))
                continue
            }
            seen[block.key] = span
            var input = PixForm.Input(key: block.key, keySpan: span, placeholder: block.placeholder, label: block.ariaLabel,
                                      defaultValue: block.defaultValue, selectOptions: block.options.map { $0.map { Text(value: $0, source: proposals.source) } }, span: span)
            if let spec = challenge.inputs?.first(where: { $0.key.value == block.key }) {
                merge(spec, into: &input, block: &parts[index])
            }
            inputs.append(input)
        }
        for spec in challenge.inputs ?? [] where seen[spec.key.value] == nil {
            let keys = inputs.map(\.key)
            diagnostics.append(AnswerDiagnostics.inputsMismatch(
                CompilerDiagnosticMessages.text("PixFormBuilder.21", ["key": "\(spec.key.value)"]),
                at: spec.key.span,
                help: .didYouMean(Suggestion.closest(to: spec.key.value, among: keys), replacing: spec.key.span,
                                  otherwise: CompilerDiagnosticMessages.text("PixFormBuilder.22", ["key": "\(spec.key.value)"]))
            ))
        }
        form.inputs = inputs
        do {
            form.proposals = try ProposalsSyntax.render(parts.map(\.part))
        } catch {
            form.proposals = proposals.value
            // A block already reported above cannot be written back either: one problem, one error.
            guard !form.hasSyntaxErrors else { return }
            syntax(CompilerDiagnosticMessages.text("PixFormBuilder.23", ["reason": "\(error.reason)"]), at: proposals.span, help: CompilerDiagnosticMessages.text("PixFormBuilder.24"))
        }
    }

    /// Completes a `${key}` block with its structured description; both may not disagree.
    mutating func merge(_ spec: InputSpec, into input: inout PixForm.Input, block: inout LocatedProposalsPart) {
        guard case .block(var pixBlock) = block.part else { return }
        func check(_ name: String, _ written: String?, _ structured: Text?) -> String? {
            guard let structured else { return written }
            if let written, written != structured.value {
                misplaced(CompilerDiagnosticMessages.text("PixFormBuilder.25", ["name": "\(name)", "key": "\(spec.key.value)", "written": "\(written)", "structured": "\(structured.value)"]), at: structured.span,
                          help: CompilerDiagnosticMessages.text("PixFormBuilder.26"))
            }
            return structured.value
        }
        input.placeholder = check(CompilerDiagnosticMessages.text("PixFormBuilder.input.placeholder"), input.placeholder, spec.placeholder)
        input.label = check(CompilerDiagnosticMessages.text("PixFormBuilder.input.label"), input.label, spec.label)
        input.defaultValue = check(CompilerDiagnosticMessages.text("PixFormBuilder.input.defaultValue"), input.defaultValue, spec.defaultValue)
        if let options = spec.options {
            if input.selectOptions != nil {
                misplaced(CompilerDiagnosticMessages.text("PixFormBuilder.27", ["key": "\(spec.key.value)"]), at: spec.span, help: CompilerDiagnosticMessages.text("PixFormBuilder.28"))
            }
            input.selectOptions = options
        }
        pixBlock.placeholder = input.placeholder
        pixBlock.ariaLabel = input.label
        pixBlock.defaultValue = input.defaultValue
        if let options = input.selectOptions {
            pixBlock.kind = .select(options: options.map(\.value))
        }
        block.part = .block(pixBlock)
    }

    mutating func applyInputSpecsWithoutProposals() {
        for spec in challenge.inputs ?? [] {
            form.inputs.append(PixForm.Input(key: spec.key.value, keySpan: spec.key.span, placeholder: spec.placeholder?.value, label: spec.label?.value,
                                             defaultValue: spec.defaultValue?.value, selectOptions: spec.options, span: spec.span))
        }
    }

    mutating func buildAnswers() {
        let type = challenge.type.value
        if let answers = challenge.answers {
            if let solution = challenge.solution {
                misplaced(CompilerDiagnosticMessages.text("PixFormBuilder.29"), at: solution.span, help: CompilerDiagnosticMessages.text("PixFormBuilder.30"))
            }
            form.answersSpan = answers.span
            switch answers {
            case .accepted(let texts, _): form.accepted = texts
            case .byInput(let entries, _): form.byInput = entries
            case .groups(let groups, _): form.groups = groups
            }
        } else if let solution = challenge.solution {
            form.answersSpan = solution.span
            switch type {
            case .qroc:
                form.accepted = QROCSolution.lines(solution.value).map { Text(value: $0, source: solution.source) }
            case .qrocmInd, .qrocmDep:
                readKeyedSolution(solution)
            case .qcu, .qcm:
                break
            }
        }
        switch type {
        case .qroc:
            form.solution = form.accepted.map(\.value).joined(separator: "\n")
        case .qrocmInd:
            form.solution = KeyedSolutionSyntax.render(form.byInput.map { SolutionEntry(key: $0.key.value, acceptedAnswers: $0.accepted.map(\.value)) })
        case .qrocmDep:
            form.solution = KeyedSolutionSyntax.render(groupEntries())
        case .qcu, .qcm:
            break
        }
    }

    /// Pix names every QROCM-dep group; unnamed groups are numbered.
    func groupEntries() -> [SolutionEntry] {
        form.groups.enumerated().map { index, group in
            SolutionEntry(key: group.name?.value ?? "groupe\(index + 1)", acceptedAnswers: group.accepted.map(\.value))
        }
    }

    /// Pix's QROCM solution: YAML mapping each key (or group) to its accepted answers.
    mutating func readKeyedSolution(_ solution: Text) {
        let inner = SourceFile(path: solution.span.file.path, text: solution.value)
        let (root, problems) = YAMLReader.readSingleDocument(inner)
        if let problem = problems.first(where: { $0.severity == .error }) {
            let range = problem.span.map { $0.range } ?? 0..<0
            syntax(CompilerDiagnosticMessages.text("PixFormBuilder.31", ["message": "\(problem.message)"]), at: solution.span(ofTextRange: range),
                   help: CompilerDiagnosticMessages.text("PixFormBuilder.32"))
            return
        }
        guard let mapping = root?.mapping else {
            syntax(CompilerDiagnosticMessages.text("PixFormBuilder.33", ["type": "\(challenge.type.value.rawValue)", "input": "\(challenge.type.value == .qrocmDep ? CompilerDiagnosticMessages.text("PixFormBuilder.word.group") : CompilerDiagnosticMessages.text("PixFormBuilder.word.input"))"]), at: solution.span,
                   help: CompilerDiagnosticMessages.text("PixFormBuilder.34"))
            return
        }
        for entry in mapping.entries {
            guard let key = entry.key.scalar else { continue }
            let keySpan = solution.span(ofTextRange: key.span.range)
            var accepted: [Text] = []
            switch entry.value {
            case .scalar(let scalar): if !scalar.isNull { accepted = [Text(value: scalar.text, source: solution.source)] }
            case .sequence(let sequence): accepted = sequence.items.compactMap { $0.scalar.map { Text(value: $0.text, source: solution.source) } }
            case .mapping: break
            }
            if challenge.type.value == .qrocmInd {
                form.byInput.append(InputAnswers(key: Located(key.text, span: keySpan), accepted: accepted))
            } else {
                form.groups.append(AnswerGroup(name: Located(key.text, span: keySpan), accepted: accepted, span: keySpan))
            }
        }
    }

    // MARK: Reporting

    /// What Pix would get wrong with an input block, in the author's words.
    static func describe(_ kind: ProposalsProblem.Kind) -> String? {
        switch kind {
        case .emptyBlock:
            CompilerDiagnosticMessages.text("PixFormBuilder.35")
        case .strayBlockOpening:
            CompilerDiagnosticMessages.text("PixFormBuilder.36")
        case .blockSpansLines:
            CompilerDiagnosticMessages.text("PixFormBuilder.37")
        case .emptyKey:
            CompilerDiagnosticMessages.text("PixFormBuilder.38")
        case .apiKeyDiffers(let apiKey):
            CompilerDiagnosticMessages.text("PixFormBuilder.39", ["apiKey": "\(apiKey)"])
        case .invalidSelectOptions:
            CompilerDiagnosticMessages.text("PixFormBuilder.40")
        case .duplicateKey:
            nil
        }
    }

    mutating func misplaced(_ message: String, at span: Span, help: String) {
        diagnostics.append(ModelDiagnostics.misplacedKey(message, at: span, help: Help(help)))
    }

    mutating func syntax(_ message: String, at span: Span, labels: [Label] = [], help: String) {
        form.hasSyntaxErrors = true
        diagnostics.append(AnswerDiagnostics.pixSyntax(message, at: span, labels: labels, help: Help(help)))
    }
}

extension PixForm {
    /// What the Grading module needs to grade answers to this challenge.
    public var gradingChallenge: GradingChallenge {
        let solution: Solution
        switch type {
        case .qcu: solution = .qcu(self.solution)
        case .qcm: solution = .qcm(self.solution)
        case .qroc: solution = .qroc(accepted.map(\.value).joined(separator: "\n"))
        case .qrocmInd: solution = .qrocmInd(byInput.map { SolutionEntry(key: $0.key.value, acceptedAnswers: $0.accepted.map(\.value)) })
        case .qrocmDep:
            solution = .qrocmDep(groups.enumerated().map { index, group in
                SolutionEntry(key: group.name?.value ?? "groupe\(index + 1)", acceptedAnswers: group.accepted.map(\.value))
            })
        }
        return GradingChallenge(
            type: type,
            proposals: proposals,
            solution: solution,
            tolerances: Tolerances(t1: tolerances.contains(.t1), t2: tolerances.contains(.t2), t3: tolerances.contains(.t3)),
            format: format.rawValue
        )
    }
}
