import Diagnostics
import Model
import Testing
import YAML
@testable import Expressions
@testable import Variants

/// Helpers shared by the Variants tests: YAML text in, plans, values and diagnostics out.
enum Support {
    static func file(_ text: String, path: String = "Challenges/1.3/tableur/test.yaml") -> SourceFile {
        SourceFile(path: path, text: text)
    }

    static func root(_ text: String, path: String = "Challenges/1.3/tableur/test.yaml") throws -> (YAMLNode, SourceFile) {
        let source = file(text, path: path)
        let (root, diagnostics) = YAMLReader.readSingleDocument(source)
        #expect(diagnostics.isEmpty, "YAML problems: \(diagnostics.map(\.message))")
        return (try #require(root), source)
    }

    /// A plan from the text of an inline `data:` block written at the top level of a file.
    static func plan(_ data: String, challengeID: String = "tableur-test", names: NameLists = .empty, limits: ExpansionLimits = .default) throws -> VariantPlan {
        let (root, _) = try root(data)
        let (decoded, problems) = Dataset.decodeInline(root)
        let dataset: Dataset = try #require(decoded)
        let plan = VariantPlan.build(challengeID: challengeID, shared: nil, inline: dataset, names: names, limits: limits)
        return plan.adding(problems, canExpand: true)
    }

    /// A scalar whose source is exactly `text` (plain style), for expression-level tests.
    static func scalar(_ text: String) -> YAMLScalar {
        let source = file(text, path: "expression")
        return YAMLScalar(text: text, style: .plain, span: Span(file: source, start: 0, end: source.bytes.count))
    }

    enum Outcome: Equatable {
        case value(Value)
        /// The diagnostic code, message and byte range in the expression.
        case problem(String, String, Range<Int>)
    }

    /// Parses, checks and evaluates a fixed expression.
    static func evaluate(_ text: String, limits: EvaluationLimits = .default) -> Outcome {
        let source = scalar(text)
        let bytes = Array(text.utf8)
        let expression: Expression
        do throws(SyntaxProblem) {
            expression = try Parser.parse(bytes, range: 0..<bytes.count)
        } catch {
            let diagnostic = PlanBuilder.diagnostic(for: error, in: source)
            return .problem(diagnostic.code.rawValue, diagnostic.message, diagnostic.span?.range ?? 0..<0)
        }
        var checker = Checker(scope: Scope(hasData: true), source: source)
        let checked = checker.check(expression)
        if let first = checker.diagnostics.first {
            return .problem(first.code.rawValue, first.message, first.span?.range ?? 0..<0)
        }
        let program = Program(rows: [], slotNames: [], computed: [], slotSources: [], limits: limits)
        var evaluator = Evaluator(program: program, row: -1, slots: [])
        do throws(EvaluationError) {
            return .value(try evaluator.evaluate(checked.code, from: source))
        } catch {
            return .problem(ExpressionDiagnostics.evaluationError.code.rawValue, error.message, error.range)
        }
    }

    static func number(_ text: String) -> Value {
        .number(ExactDecimal(text) ?? .zero)
    }

    /// Byte range of the `occurrence`-th `needle` in `haystack`.
    static func range(of needle: String, in haystack: String, occurrence: Int = 1) -> Range<Int> {
        let bytes = Array(haystack.utf8)
        let pattern = Array(needle.utf8)
        var found = 0
        var index = 0
        while index + pattern.count <= bytes.count {
            if Array(bytes[index..<(index + pattern.count)]) == pattern {
                found += 1
                if found == occurrence { return index..<(index + pattern.count) }
            }
            index += 1
        }
        return -1..<(-1)
    }

    static let names = NameLists(
        firstNames: [("Camille", .both), ("Léa", .female), ("Hugo", .male), ("Inès", .female), ("Nathan", .male)],
        lastNames: ["Martin", "Bernard", "Dubois"]
    )
}
