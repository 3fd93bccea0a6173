import Diagnostics
import Expressions
import Model
import YAML

/// A text with `{{ expression }}` placeholders, checked against a plan once and rendered for
/// every variant. Everything outside the placeholders — Pix input blocks `${…}` included — is
/// copied unchanged. `{{ "{{" }}` writes `{{` itself.
public struct Template: Sendable {
    enum Piece: Sendable {
        case literal(String)
        case placeholder(Code, range: Range<Int>)
    }

    public let source: YAMLScalar
    let pieces: [Piece]
    /// Slots read by the placeholders (for the "value never used" warning).
    let slots: Set<Int>
    let planID: ObjectIdentifier

    /// True when the text has no placeholder whose value changes between variants.
    public var isConstant: Bool {
        pieces.allSatisfy { if case .literal = $0 { true } else { false } }
    }

    /// The text when it is the same for every variant.
    public var constantText: String? {
        guard isConstant else { return nil }
        return pieces.map { if case .literal(let text) = $0 { text } else { "" } }.joined()
    }

    /// True when the text contains `{{` at all.
    public static func hasPlaceholders(_ text: String) -> Bool {
        findOpening(Array(text.utf8), from: 0) != nil
    }

    static func findOpening<Bytes: RandomAccessCollection>(_ bytes: Bytes, from start: Int) -> Int? where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = bytes.startIndex + start
        while index + 1 < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") { return index - bytes.startIndex }
            index += 1
        }
        return nil
    }
}

/// The result of checking a text: its template, or the problems that prevent rendering it.
public struct TemplateCompilation: Sendable {
    public let template: Template?
    public let diagnostics: [Diagnostic]
    /// What the placeholders read, those with errors included (for the "value never used"
    /// warning: a placeholder with a mistake still uses the values it names).
    let usage: ValueUsage
}

/// What rendering a template for one variant gave.
public enum Rendering: Sendable {
    case text(String)
    case failure(Diagnostic)

    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    public var diagnostic: Diagnostic? {
        if case .failure(let diagnostic) = self { return diagnostic }
        return nil
    }
}

extension VariantPlan {
    /// Checks the placeholders of a text written in `scalar`.
    public func compileTemplate(_ scalar: YAMLScalar) -> TemplateCompilation {
        let bytes = Array(scalar.text.utf8)
        var pieces: [Template.Piece] = []
        var diagnostics: [Diagnostic] = []
        var slots = Set<Int>()
        var usage = ValueUsage(read: [])
        var literal: [UInt8] = []
        var position = 0
        while let opening = Template.findOpening(bytes, from: position) {
            literal.append(contentsOf: bytes[position..<opening])
            do throws(SyntaxProblem) {
                let (expression, end) = try Parser.parsePlaceholder(bytes, from: opening + 2)
                usage.add(names: expression, scope: scope)
                var checker = Checker(scope: scope, source: scalar)
                let checked = checker.check(expression)
                diagnostics.append(contentsOf: checker.diagnostics)
                if checker.diagnostics.isEmpty {
                    if case .row = checked.type {
                        // Reported by the checker already.
                    } else if checked.code.isConstant {
                        // Fixed placeholders (`{{ "{{" }}`) are computed once, here.
                        do throws(EvaluationError) {
                            literal.append(contentsOf: Array(try constantValue(checked.code).display.utf8))
                        } catch {
                            diagnostics.append(ExpressionDiagnostics.evaluationError(error.message, at: scalar.span(ofTextRange: error.range), help: error.help.map { Help($0) }))
                        }
                    } else {
                        if !literal.isEmpty {
                            pieces.append(.literal(String(decoding: literal, as: UTF8.self)))
                            literal.removeAll()
                        }
                        pieces.append(.placeholder(checked.code, range: expression.range))
                        slots.formUnion(checked.slots)
                    }
                }
                position = end
            } catch {
                diagnostics.append(PlanBuilder.diagnostic(for: error, in: scalar))
                // Go on after the next `}}` to report the other placeholders' problems too.
                var next = opening + 2
                while next + 1 < bytes.count, !(bytes[next] == UInt8(ascii: "}") && bytes[next + 1] == UInt8(ascii: "}")) { next += 1 }
                usage.unreadableTexts.append(String(decoding: bytes[(opening + 2)..<min(bytes.count, next)], as: UTF8.self))
                position = min(bytes.count, next + 2)
            }
        }
        literal.append(contentsOf: bytes[min(position, bytes.count)...])
        if !literal.isEmpty || pieces.isEmpty {
            pieces.append(.literal(String(decoding: literal, as: UTF8.self)))
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            return TemplateCompilation(template: nil, diagnostics: diagnostics, usage: usage)
        }
        return TemplateCompilation(template: Template(source: scalar, pieces: pieces, slots: slots, planID: ObjectIdentifier(self)), diagnostics: diagnostics, usage: usage)
    }

    /// Checks the placeholders of an author's text (as written).
    public func compileTemplate(_ text: Text) -> TemplateCompilation {
        compileTemplate(text.source)
    }

    private func constantValue(_ code: Code) throws(EvaluationError) -> Value {
        var evaluator = Evaluator(program: Checker.emptyProgram, row: -1, slots: [])
        return try evaluator.evaluate(code)
    }

    /// Warnings for drawn and derived values that no template, derived value or constraint
    /// reads. Call it with every text compiled for the challenge (those with errors included).
    public func unusedValueWarnings(compilations: [TemplateCompilation]) -> [Diagnostic] {
        var used = readByDefinitions
        for compilation in compilations { used.formUnion(compilation.usage) }
        var warnings: [Diagnostic] = []
        for (index, name) in slotNames.enumerated() where !used.mayUse(index, named: name) {
            warnings.append(VariantDiagnostics.unusedValue(
                VariantsMessages.text("value.unused", ["name": name]),
                at: definitionSpans[index],
                help: VariantsMessages.text("value.unused.help", ["name": name])
            ))
        }
        return warnings
    }
}
