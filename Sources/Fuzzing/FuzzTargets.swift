import Compiler
import Diagnostics
import Engine
import Foundation
import Grading
import Model
import Release
import CalibrationFiles
import Variants
import Expressions
import JSON
import Vocabulary
import YAML

/// The entry points of pixc's fuzz targets. `Scripts/fuzz` links them with libFuzzer (and
/// AddressSanitizer) outside the main package graph; the test suite runs every file of
/// `Tests/Fixtures/fuzz/<target>/` through them, so each finding stays a regression test.
///
/// A target must never crash, hang or exhaust memory on any input. Beyond that, each checks
/// what must hold for every input (spans inside their file, the same result twice) and stops
/// with `FuzzTarget.violated` when it does not, so the fuzzer reports it.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The YAML reader and the decoding of challenges, tubes and referentials, with renderers.
    case yaml
    /// The expression language: an expression, a template or a `data:` block, parsed, checked,
    /// planned, expanded and rendered.
    case expressions
    /// Grading, every challenge type and every combination of tolerances.
    case grading
    /// `Calibration/*.csv`.
    case calibration
    /// `release.json` and `manifest.json`, their validation and a diff.
    case release
    /// `pixc replay` scenarios.
    case replay

    public func run(_ bytes: [UInt8]) {
        switch self {
        case .yaml: FuzzYAML.run(bytes)
        case .expressions: FuzzExpressions.run(bytes)
        case .grading: FuzzGrading.run(bytes)
        case .calibration: FuzzCalibration.run(bytes)
        case .release: FuzzRelease.run(bytes)
        case .replay: FuzzReplay.run(bytes)
        }
    }

    /// Stops the fuzzer on a broken invariant: a finding, not an input error.
    static func violated(_ what: String, file: StaticString = #file, line: UInt = #line) -> Never {
        fatalError("fuzz invariant broken: \(what)", file: file, line: line)
    }

    /// Every diagnostic points inside its file, renders, and has a code and a message.
    static func checkDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            if diagnostic.message.isEmpty { violated("empty message for \(diagnostic.code)") }
            if let span = diagnostic.span, span.end > span.file.bytes.count || span.start > span.end {
                violated("span \(span.start)..<\(span.end) outside a file of \(span.file.bytes.count) bytes")
            }
            for label in diagnostic.labels where label.span.end > label.span.file.bytes.count {
                violated("label outside its file")
            }
        }
        let limited = DiagnosticCollector.limited(diagnostics)
        _ = HumanRenderer().render(limited)
        _ = JSONRenderer().render(limited)
    }
}

enum FuzzYAML {
    static func run(_ bytes: [UInt8]) {
        let file = SourceFile(path: "Challenges/1.1/recherche/fuzz.yaml", bytes: bytes)
        let first = YAMLReader.read(file)
        let second = YAMLReader.read(file)
        if first.diagnostics != second.diagnostics { FuzzTarget.violated("two readings of one file differ") }
        FuzzTarget.checkDiagnostics(first.diagnostics)
        guard let root = first.documents.first?.root, !first.hasErrors else { return }
        for decode in [decodeChallenge, decodeTube, decodeReferential] {
            let sink = DiagnosticSink()
            decode(root, file, sink)
            FuzzTarget.checkDiagnostics(sink.diagnostics)
        }
    }

    static func decodeChallenge(_ root: YAMLNode, _ file: SourceFile, _ sink: DiagnosticSink) { _ = Challenge.decode(root, file: file, sink: sink) }
    static func decodeTube(_ root: YAMLNode, _ file: SourceFile, _ sink: DiagnosticSink) { _ = Tube.decode(root, file: file, sink: sink) }
    static func decodeReferential(_ root: YAMLNode, _ file: SourceFile, _ sink: DiagnosticSink) { _ = Referential.decode(root, file: file, sink: sink) }
}

/// The first byte chooses what the rest is: an expression (derived from a few drawn values),
/// a template, or a whole `data:` block.
enum FuzzExpressions {
    /// Drawn values every expression and template may use.
    static let values: [(String, String)] = [
        ("n", "integer(1, 12)"), ("x", "decimal(0, 5, step=0.25)"), ("mot", "pick([\"tableur\", \"courriel\", \"réseau\"])"),
        ("liste", "sample([1, 2, 3, 4, 5], 3)"), ("jour", "date(\"2024-01-01\", \"2024-12-31\")"), ("nom", "firstName()"),
    ]

    static let limits = ExpansionLimits(enumeration: 2_000, maximumVariants: 50, attemptsPerVariant: 50, attemptsPerVariantOnAverage: 20)

    static func run(_ bytes: [UInt8]) {
        guard let mode = bytes.first else { return }
        let text = Array(bytes.dropFirst())
        switch mode % 3 {
        case 0: expression(text)
        case 1: template(text)
        default: dataBlock(text)
        }
    }

    static func scalar(_ bytes: [UInt8], path: String) -> YAMLScalar {
        let file = SourceFile(path: path, bytes: bytes)
        return YAMLScalar(text: String(decoding: bytes, as: UTF8.self), style: .plain, span: Span(file: file, start: 0, end: bytes.count))
    }

    static func mapping(_ entries: [(String, YAMLNode)], in file: SourceFile) -> YAMLNode {
        let span = Span(file: file, start: 0, end: file.bytes.count)
        return .mapping(YAMLMapping(entries: entries.map { name, value in
            YAMLMappingEntry(key: .scalar(YAMLScalar(text: name, style: .plain, span: span)), value: value)
        }, span: span))
    }

    /// The drawn values, plus `resultat: <the input>` as a derived value.
    static func expression(_ bytes: [UInt8]) {
        let file = SourceFile(path: "Challenges/datasets/fuzz.yaml", text: "")
        let span = Span(file: file, start: 0, end: 0)
        var valueEntries = values.map { name, text in (name, YAMLNode.scalar(YAMLScalar(text: text, style: .plain, span: span))) }
        valueEntries.append(("ligne", .scalar(YAMLScalar(text: "row()", style: .plain, span: span))))
        let derived = mapping([("resultat", .scalar(scalar(bytes, path: "expression")))], in: file)
        let root = mapping([("values", mapping(valueEntries, in: file)), ("derived", derived), ("constraints", .sequence(YAMLSequence(items: [
            .scalar(scalar(bytes, path: "constraint")),
        ], span: span)))], in: file)
        plan(root, templates: [scalar(Array("{{ resultat }}".utf8), path: "template")])
    }

    static func template(_ bytes: [UInt8]) {
        let file = SourceFile(path: "Challenges/datasets/fuzz.yaml", text: "")
        let span = Span(file: file, start: 0, end: 0)
        let valueEntries = values.map { name, text in (name, YAMLNode.scalar(YAMLScalar(text: text, style: .plain, span: span))) }
        plan(mapping([("values", mapping(valueEntries, in: file))], in: file), templates: [scalar(bytes, path: "template")])
    }

    static func dataBlock(_ bytes: [UInt8]) {
        let (root, diagnostics) = YAMLReader.readSingleDocument(SourceFile(path: "Challenges/1.3/tableur/fuzz.yaml", bytes: bytes))
        guard let root, !diagnostics.contains(where: { $0.severity == .error }) else { return }
        plan(root, templates: [])
    }

    static func plan(_ root: YAMLNode, templates: [YAMLScalar]) {
        let (dataset, problems) = Dataset.decodeInline(root)
        FuzzTarget.checkDiagnostics(problems)
        guard let dataset else { return }
        let plan = VariantPlan.build(challengeID: "fuzz", shared: nil, inline: dataset, names: names, limits: limits)
        FuzzTarget.checkDiagnostics(plan.diagnostics)
        guard plan.canExpand else { return }
        let expansion = plan.expand(.count(3))
        FuzzTarget.checkDiagnostics(expansion.diagnostics)
        for scalar in templates {
            let compiled = plan.compileTemplate(scalar)
            FuzzTarget.checkDiagnostics(compiled.diagnostics)
            if let template = compiled.template {
                FuzzTarget.checkDiagnostics(expansion.render(template).diagnostics)
            }
        }
        // Expanding is a function of the plan: the same variants twice.
        let again = plan.expand(.count(3))
        func shown(_ expansion: Expansion) -> [String] {
            expansion.variants.map { variant in variant.values.map { "\($0.name)=\($0.value)" }.joined(separator: ";") }
        }
        if shown(again) != shown(expansion) { FuzzTarget.violated("two expansions of one plan differ") }
    }

    static let names = NameLists(firstNames: [("Camille", .both), ("Léa", .female), ("Hugo", .male)], lastNames: ["Martin", "Bernard"])
}

/// Byte 0: the type (low 3 bits) and `format: nombre` (bit 3). The rest, split on U+001E:
/// proposals, solution, then answers. A QROCM solution is `key: a | b` lines; a QROCM answer
/// is `key=value` pairs separated by U+001F. Every answer is graded under all eight
/// combinations of t1, t2, t3.
enum FuzzGrading {
    static let types: [ChallengeType] = [.qcu, .qcm, .qroc, .qrocmInd, .qrocmDep]

    static func run(_ bytes: [UInt8]) {
        guard let control = bytes.first else { return }
        let type = types[Int(control & 7) % types.count]
        let parts = String(decoding: bytes.dropFirst(), as: UTF8.self).split(separator: "\u{1E}", omittingEmptySubsequences: false).map(String.init)
        let proposals = parts.first ?? ""
        let solutionText = parts.count > 1 ? parts[1] : ""
        let answers = parts.dropFirst(2).map { answer(for: type, $0) } + [.abandoned]
        let solution: Solution
        switch type {
        case .qcu: solution = .qcu(solutionText)
        case .qcm: solution = .qcm(solutionText)
        case .qroc: solution = .qroc(solutionText)
        case .qrocmInd: solution = .qrocmInd(entries(solutionText))
        case .qrocmDep: solution = .qrocmDep(entries(solutionText))
        }
        for t1 in [false, true] {
            for t2 in [false, true] {
                for t3 in [false, true] {
                    let challenge = GradingChallenge(type: type, proposals: proposals, solution: solution,
                                                     tolerances: Tolerances(t1: t1, t2: t2, t3: t3), format: control & 8 != 0 ? "nombre" : nil)
                    let grader = Grader(challenge)
                    for answer in answers {
                        let result = grader.grade(answer)
                        if result != grader.grade(answer) { FuzzTarget.violated("one answer graded twice differently") }
                        if result.failure != nil, result.status != .ko { FuzzTarget.violated("a failed grading is not ko") }
                    }
                }
            }
        }
        _ = ProposalsSyntax.parse(proposals)
        _ = ProposalsSyntax.apiBlocks(proposals)
        _ = OptionList.parse(proposals)
    }

    static func answer(for type: ChallengeType, _ text: String) -> Answer {
        guard type == .qrocmInd || type == .qrocmDep else { return .text(text) }
        return .fields(text.split(separator: "\u{1F}", omittingEmptySubsequences: false).map { pair in
            let pieces = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return AnswerField(key: String(pieces[0]), value: pieces.count > 1 ? String(pieces[1]) : "")
        })
    }

    static func entries(_ text: String) -> [SolutionEntry] {
        text.split(separator: "\n").map { line in
            let pieces = line.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            let accepted = pieces.count > 1 ? pieces[1].split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } : []
            return SolutionEntry(key: String(pieces[0]).trimmingCharacters(in: .whitespaces), acceptedAnswers: accepted)
        }
    }
}

/// Byte 0 chooses the reader (even: a calibration file, odd: an answer log); both stream.
enum FuzzCalibration {
    static func run(_ bytes: [UInt8]) {
        guard let mode = bytes.first else { return }
        let text = Array(bytes.dropFirst())
        if mode % 2 == 0 {
            let (records, diagnostics) = CalibrationReader.read(MemoryByteSource(text), path: "Calibration/fuzz.csv")
            FuzzTarget.checkDiagnostics(diagnostics)
            for record in records where !record.discrimination.isFinite || !record.difficulty.isFinite {
                FuzzTarget.violated("a calibration record holds a number that is not finite")
            }
        } else {
            let (log, diagnostics) = AnswerLogReader.read(MemoryByteSource(text), path: "answers.csv")
            FuzzTarget.checkDiagnostics(diagnostics)
            if let log, log.learnerStarts.last.map({ $0 > log.answers.count }) ?? false {
                FuzzTarget.violated("an answer log's learners start past its answers")
            }
        }
    }
}

/// Byte 0 chooses the reader: release, manifest, or a diff of the release with itself.
enum FuzzRelease {
    static func run(_ bytes: [UInt8]) {
        guard let mode = bytes.first else { return }
        let data = Data(bytes.dropFirst())
        switch mode % 3 {
        case 0:
            guard let release = try? Release.read(from: data) else { return }
            _ = ReleaseValidator.problems(in: release.content)
            _ = release.jsonData()
        case 1:
            guard let manifest = try? Manifest.read(from: data) else { return }
            _ = manifest.jsonData()
        default:
            guard let release = try? Release.read(from: data, checkingReferences: false) else { return }
            let diff = ReleaseDiff.compute(old: release, new: release)
            if !diff.entities.allSatisfy({ $0.added.isEmpty && $0.removed.isEmpty && $0.modified.isEmpty }) {
                FuzzTarget.violated("a release differs from itself")
            }
        }
    }
}

enum FuzzReplay {
    static func run(_ bytes: [UInt8]) {
        let first = try? Replay.run(scenarioJSON: Data(bytes))
        let second = try? Replay.run(scenarioJSON: Data(bytes))
        if first != second { FuzzTarget.violated("two replays of one scenario differ") }
    }
}
