import Diagnostics
import Expressions
import Model
import Vocabulary
import YAML

/// Bounds on the work of one expansion.
public struct ExpansionLimits: Sendable, Hashable {
    /// Above this many combinations, `variants: all` is refused and a count of variants is drawn
    /// rather than enumerated.
    public var enumeration: Int
    /// With `variants: N` and constraints, combinations are listed (for exact counts) only when
    /// there are at most this many per requested variant; otherwise candidates are drawn.
    public var combinationsListedPerVariant: Int
    /// The most variants one challenge may have.
    public var maximumVariants: Int
    /// Draws tried for one variant before its constraints are declared too rare.
    public var attemptsPerVariant: Int
    /// Draws tried, on average per requested variant, over the whole expansion.
    public var attemptsPerVariantOnAverage: Int
    public var evaluation: EvaluationLimits

    public init(enumeration: Int = 200_000, combinationsListedPerVariant: Int = 64, maximumVariants: Int = 100_000, attemptsPerVariant: Int = 1_000, attemptsPerVariantOnAverage: Int = 200, evaluation: EvaluationLimits = .default) {
        self.enumeration = enumeration
        self.combinationsListedPerVariant = combinationsListedPerVariant
        self.maximumVariants = maximumVariants
        self.attemptsPerVariant = attemptsPerVariant
        self.attemptsPerVariantOnAverage = attemptsPerVariantOnAverage
        self.evaluation = evaluation
    }

    public static let `default` = ExpansionLimits()
}

/// A drawn value of the plan.
struct GeneratorPlan: Sendable {
    let slot: Int
    let name: String
    let spec: GeneratorSpec
    let site: CallSite
    let source: YAMLScalar
    /// Built once when the arguments do not depend on the row.
    let fixedDomain: Expressions.Domain?
    let readsRow: Bool
}

struct ConstraintPlan: Sendable {
    let code: Code
    let source: YAMLScalar
    /// True when it reads only row fields (and values computed from them): checked once per row.
    let rowLevel: Bool

    /// The constraint as written, for messages.
    var text: String { source.text.trimmingWhitespace() }
}

/// Everything needed to expand one challenge's variants, checked once: the rows, the drawn
/// values and their domains, derived values and constraints compiled to `Code`.
public final class VariantPlan: Sendable {
    public let challengeID: String
    /// Problems found while checking the dataset and its expressions (not the templates).
    public let diagnostics: [Diagnostic]
    /// False for a challenge with neither `dataset` nor `data`: it has no variants.
    public let isRandomized: Bool
    /// The challenge's `variants:` when given.
    public let request: Located<VariantRequest>?
    /// False when the plan or its dataset has errors: expanding would only repeat them.
    public let canExpand: Bool

    let scope: Scope
    let program: Program
    let rows: [Dataset.Row]
    let rowName: String?
    let generators: [GeneratorPlan]
    let constraints: [ConstraintPlan]
    let slotNames: [String]
    /// Computed slots in an order where each comes after what it reads.
    let computedOrder: [Int]
    /// What derived values and constraints read, for the "value never used" warning.
    let readByDefinitions: ValueUsage
    let definitionSpans: [Span]
    let names: NameLists
    let limits: ExpansionLimits
    /// Where the dataset is referred to, for diagnostics without a better place.
    let anchor: Span?

    init(challengeID: String, diagnostics: [Diagnostic], isRandomized: Bool, request: Located<VariantRequest>?, canExpand: Bool, scope: Scope, program: Program, rows: [Dataset.Row], rowName: String?, generators: [GeneratorPlan], constraints: [ConstraintPlan], slotNames: [String], computedOrder: [Int], readByDefinitions: ValueUsage, definitionSpans: [Span], names: NameLists, limits: ExpansionLimits, anchor: Span?) {
        self.challengeID = challengeID
        self.diagnostics = diagnostics
        self.isRandomized = isRandomized
        self.request = request
        self.canExpand = canExpand
        self.scope = scope
        self.program = program
        self.rows = rows
        self.rowName = rowName
        self.generators = generators
        self.constraints = constraints
        self.slotNames = slotNames
        self.computedOrder = computedOrder
        self.readByDefinitions = readByDefinitions
        self.definitionSpans = definitionSpans
        self.names = names
        self.limits = limits
        self.anchor = anchor
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The names of the drawn and derived values, in declaration order.
    public var valueNames: [String] { slotNames }

    /// The plan of a challenge: its `dataset:` looked up in `library`, its `data:` decoded, its
    /// `variants:` checked against them.
    public static func make(for challenge: Challenge, library: DatasetLibrary, names: NameLists = .empty, limits: ExpansionLimits = .default) -> VariantPlan {
        var diagnostics: [Diagnostic] = []
        var shared: Dataset?
        var sharedMissing = false
        if let reference = challenge.dataset {
            let id = reference.value.trimmingWhitespace()
            if let dataset = library.dataset(id) {
                shared = dataset
            } else {
                sharedMissing = true
                var help = Help(VariantsMessages.text("dataset.sharedFiles"))
                if let suggestion = Suggestion.closest(to: id, among: library.ids) {
                    help = Help.didYouMean(suggestion, replacing: reference.span)
                } else if !library.ids.isEmpty {
                    help = Help(VariantsMessages.text("dataset.sharedKnown", ["names": library.ids.map { "`\($0)`" }.joined(separator: ", ")]))
                }
                diagnostics.append(VariantDiagnostics.unknownDataset(VariantsMessages.text("dataset.unknown", ["id": id]), at: reference.span, help: help))
            }
        }
        var inline: Dataset?
        if let node = challenge.data {
            let (decoded, problems) = Dataset.decodeInline(node)
            diagnostics.append(contentsOf: problems)
            inline = decoded
        }
        if challenge.dataset == nil, challenge.data == nil, let request = challenge.variants {
            diagnostics.append(VariantDiagnostics.conflictingData(
                VariantsMessages.text("variants.noData"),
                at: request.span,
                help: VariantsMessages.text("variants.noData.help")
            ))
        }
        let plan = build(
            challengeID: challenge.id.value, shared: shared, inline: inline, request: challenge.variants,
            names: names, limits: limits, anchor: challenge.dataset?.span ?? challenge.data?.span,
            randomized: challenge.dataset != nil || challenge.data != nil
        )
        guard !diagnostics.isEmpty || sharedMissing else { return plan }
        return plan.adding(diagnostics, canExpand: !sharedMissing)
    }

    func adding(_ extra: [Diagnostic], canExpand: Bool) -> VariantPlan {
        let all = extra + diagnostics
        return VariantPlan(
            challengeID: challengeID, diagnostics: all, isRandomized: isRandomized, request: request,
            canExpand: self.canExpand && canExpand && !all.contains { $0.severity == .error },
            scope: scope, program: program, rows: rows, rowName: rowName, generators: generators, constraints: constraints,
            slotNames: slotNames, computedOrder: computedOrder, readByDefinitions: readByDefinitions, definitionSpans: definitionSpans,
            names: names, limits: limits, anchor: anchor
        )
    }

    /// Builds a plan from decoded datasets: `shared` (from `dataset:`) and `inline` (from `data:`).
    public static func build(challengeID: String, shared: Dataset?, inline: Dataset?, request: Located<VariantRequest>? = nil, names: NameLists = .empty, limits: ExpansionLimits = .default, anchor: Span? = nil, randomized: Bool? = nil) -> VariantPlan {
        var builder = PlanBuilder(challengeID: challengeID, names: names, limits: limits)
        return builder.build(shared: shared, inline: inline, request: request, anchor: anchor ?? inline?.span ?? shared?.span, randomized: randomized ?? (shared != nil || inline != nil))
    }
}

/// Checks a dataset's definitions and compiles them.
struct PlanBuilder {
    let challengeID: String
    let names: NameLists
    let limits: ExpansionLimits
    var diagnostics: [Diagnostic] = []

    init(challengeID: String, names: NameLists, limits: ExpansionLimits) {
        self.challengeID = challengeID
        self.names = names
        self.limits = limits
    }

    struct Slot {
        let name: String
        let nameSpan: Span
        let source: YAMLScalar
        var expression: Expression?
        var generator: Builtin?
    }

    mutating func build(shared: Dataset?, inline: Dataset?, request: Located<VariantRequest>?, anchor: Span?, randomized: Bool) -> VariantPlan {
        let rowsSource = rowsSource(shared: shared, inline: inline)
        var scope = Scope(hasData: randomized)
        scope.rowName = rowsSource?.rowName?.value
        scope.columns = rowsSource?.columns.map { Scope.Column(name: $0.name, type: $0.type) } ?? []
        let rows = rowsSource?.rows ?? []

        var (slots, valueCount) = declareSlots(shared: shared, inline: inline, rowName: rowsSource?.rowName)
        // Parse everything first, so that names resolve whatever the order of definition.
        parseSlots(&slots, valueCount: valueCount)
        for (index, slot) in slots.enumerated() {
            scope.slots[slot.name] = Scope.SlotInfo(index: index, type: .unknown, variesWithDraws: true)
        }
        let generators = checkGenerators(slots, scope: &scope)
        let computed = checkComputedValues(slots, scope: &scope)
        var readByDefinitions = ValueUsage(read: computed.readByDefinitions)
        let constraints = checkConstraints((shared?.constraints ?? []) + (inline?.constraints ?? []), slots: slots, scope: scope, usage: &readByDefinitions)
        // What a definition reads counts even when it could not be checked (a cycle, a type
        // error): its own diagnostic is the one to fix, not a "never used" beside it.
        for (index, slot) in slots.enumerated() {
            if let expression = slot.expression {
                readByDefinitions.add(names: expression, scope: scope)
            } else {
                readByDefinitions.unreadable.insert(index)
                readByDefinitions.unreadableTexts.append(slot.source.text)
            }
        }

        let program = Program(
            rows: rows.map(\.cells),
            slotNames: slots.map(\.name),
            computed: computed.codes,
            slotSources: slots.map(\.source),
            limits: limits.evaluation
        )
        let hasErrors = diagnostics.contains { $0.severity == .error } || (shared?.hasErrors ?? false) || (inline?.hasErrors ?? false)
        return VariantPlan(
            challengeID: challengeID, diagnostics: diagnostics, isRandomized: randomized, request: request,
            canExpand: !hasErrors && computed.failedSlots.isEmpty, scope: scope, program: program, rows: rows,
            rowName: rowsSource?.rowName?.value, generators: generators, constraints: constraints,
            slotNames: slots.map(\.name), computedOrder: computed.order, readByDefinitions: readByDefinitions,
            definitionSpans: slots.map(\.nameSpan), names: names, limits: limits, anchor: anchor
        )
    }

    /// The dataset the rows come from: the shared one when there is one (`data` may then add
    /// values, not rows), else the inline one.
    mutating func rowsSource(shared: Dataset?, inline: Dataset?) -> Dataset? {
        guard let shared else { return inline }
        if let inline, let span = inline.rowSettingsSpan {
            diagnostics.append(VariantDiagnostics.conflictingData(
                VariantsMessages.text("data.redefinesRows", ["id": shared.id ?? ""]),
                at: span,
                help: VariantsMessages.text("data.redefinesRows.help")
            ))
        }
        return shared
    }

    /// Every definition gets a slot, values first, in the order written; `valueCount` slots are
    /// values, the others derived.
    mutating func declareSlots(shared: Dataset?, inline: Dataset?, rowName: Located<String>?) -> (slots: [Slot], valueCount: Int) {
        let definitions = (shared?.values ?? []) + (inline?.values ?? [])
        let derivedDefinitions = (shared?.derived ?? []) + (inline?.derived ?? [])
        var slots: [Slot] = []
        var seen: [String: Span] = [:]
        if let rowName { seen[rowName.value] = rowName.span }
        var valueCount = 0
        for (part, list) in [definitions, derivedDefinitions].enumerated() {
            for definition in list {
                if let earlier = seen[definition.name] {
                    let isRow = rowName?.value == definition.name
                    diagnostics.append(VariantDiagnostics.duplicateName(
                        isRow ? VariantsMessages.text("name.isRow", ["name": definition.name]) : VariantsMessages.text("name.twice", ["name": definition.name]),
                        at: definition.nameSpan,
                        labels: [Label(earlier, isRow ? VariantsMessages.text("name.rowNamedHere") : VariantsMessages.text("name.firstDefined"))],
                        help: VariantsMessages.text("name.twice.help")
                    ))
                    continue
                }
                seen[definition.name] = definition.nameSpan
                slots.append(Slot(name: definition.name, nameSpan: definition.nameSpan, source: definition.expression))
            }
            if part == 0 { valueCount = slots.count }
        }
        return (slots, valueCount)
    }

    /// Parses every slot's expression, and marks the values that are a drawing call.
    mutating func parseSlots(_ slots: inout [Slot], valueCount: Int) {
        for index in slots.indices {
            slots[index].expression = parse(slots[index].source)
            if index < valueCount, let expression = slots[index].expression, case .call(let name, _, let arguments) = expression.kind,
               let builtin = Builtin(rawValue: name), builtin.isGenerator(arity: arguments.count) {
                slots[index].generator = builtin
            }
        }
    }

    /// Drawn values: their arguments read fixed values and row fields only.
    mutating func checkGenerators(_ slots: [Slot], scope: inout Scope) -> [GeneratorPlan] {
        var generators: [GeneratorPlan] = []
        for (index, slot) in slots.enumerated() {
            guard let builtin = slot.generator, let expression = slot.expression else { continue }
            if let (plan, type) = checkGenerator(builtin, expression, slot: index, name: slot.name, source: slot.source, scope: scope) {
                generators.append(plan)
                scope.slots[slot.name]?.type = type
            }
        }
        return generators
    }

    struct ComputedValues {
        /// By slot; nil for drawn values.
        var codes: [Code?]
        /// The computed slots in dependency order.
        var order: [Int]
        var readByDefinitions: Set<Int>
        /// Slots that cannot be computed (in a cycle, unreadable, or the whole row).
        var failedSlots: Set<Int>
    }

    /// Computed values, checked in dependency order so that each one knows the types it reads.
    mutating func checkComputedValues(_ slots: [Slot], scope: inout Scope) -> ComputedValues {
        let computed = slots.indices.filter { slots[$0].generator == nil }
        let order = dependencyOrder(slots, computed: computed)
        var result = ComputedValues(codes: [Code?](repeating: nil, count: slots.count), order: order.sorted, readByDefinitions: [], failedSlots: order.cyclic)
        for index in order.sorted {
            guard let expression = slots[index].expression else {
                result.failedSlots.insert(index)
                continue
            }
            // The checker's copy of the scope must be gone before the scope is updated below:
            // alive, it would make that update copy every slot, once per value of a chain.
            let checked = Self.check(expression, scope: scope, source: slots[index].source, diagnostics: &diagnostics)
            if case .row = checked.type {
                result.failedSlots.insert(index)
            }
            result.codes[index] = checked.code
            result.readByDefinitions.formUnion(checked.slots)
            let varies = checked.slots.contains { scope.slots[slots[$0].name]?.variesWithDraws ?? true }
            scope.slots[slots[index].name]?.type = checked.type
            scope.slots[slots[index].name]?.variesWithDraws = varies
        }
        for index in computed where result.codes[index] == nil {
            result.codes[index] = Checker.failed
        }
        return result
    }

    /// Checks one expression; the checker (and its share of `scope`) ends here.
    static func check(_ expression: Expression, scope: Scope, source: YAMLScalar, diagnostics: inout [Diagnostic]) -> CheckedExpression {
        var checker = Checker(scope: scope, source: source)
        let checked = checker.check(expression)
        diagnostics.append(contentsOf: checker.diagnostics)
        return checked
    }

    /// Constraints: conditions, checked once per row when they read no drawn value.
    mutating func checkConstraints(_ sources: [YAMLScalar], slots: [Slot], scope: Scope, usage: inout ValueUsage) -> [ConstraintPlan] {
        var constraints: [ConstraintPlan] = []
        for source in sources {
            guard let expression = parse(source) else {
                usage.unreadableTexts.append(source.text)
                continue
            }
            let checked = Self.check(expression, scope: scope, source: source, diagnostics: &diagnostics)
            usage.read.formUnion(checked.slots)
            usage.add(names: expression, scope: scope)
            if !checked.type.fits(.boolean) {
                diagnostics.append(ExpressionDiagnostics.typeMismatch(
                    VariantsMessages.text("constraint.notCondition", ["found": "\(checked.type)"]),
                    at: source.span,
                    help: VariantsMessages.text("constraint.notCondition.help")
                ))
                continue
            }
            let varies = checked.slots.contains { scope.slots[slots[$0].name]?.variesWithDraws ?? true }
            constraints.append(ConstraintPlan(code: checked.code, source: source, rowLevel: !varies))
        }
        return constraints
    }

    mutating func parse(_ source: YAMLScalar) -> Expression? {
        let bytes = Array(source.text.utf8)
        do throws(SyntaxProblem) {
            return try Parser.parse(bytes, range: 0..<bytes.count)
        } catch {
            diagnostics.append(Self.diagnostic(for: error, in: source))
            return nil
        }
    }

    static func diagnostic(for problem: SyntaxProblem, in source: YAMLScalar) -> Diagnostic {
        let descriptor = problem.concernsPlaceholder ? VariantDiagnostics.templateSyntax : ExpressionDiagnostics.expressionSyntax
        let span = source.span(ofTextRange: problem.range)
        let replacement = problem.replacement.map { Replacement(span: source.span(ofTextRange: problem.replacementRange ?? problem.range), text: $0, applicability: problem.applicability) }
        return descriptor(
            problem.message,
            at: span,
            labels: problem.labels.map { Label(source.span(ofTextRange: $0.0), $0.1) },
            help: problem.help.map { Help($0, replacement: replacement) }
        )
    }

    /// A topological order of the computed slots (declaration order among independent ones) and
    /// the slots caught in a cycle, each cycle reported once.
    mutating func dependencyOrder(_ slots: [Slot], computed: [Int]) -> (sorted: [Int], cyclic: Set<Int>) {
        let computedSet = Set(computed)
        var indexByName: [String: Int] = [:]
        for (index, slot) in slots.enumerated() { indexByName[slot.name] = index }
        var dependencies: [Int: [Int]] = [:]
        for index in computed {
            var names: [(String, Range<Int>)] = []
            slots[index].expression?.collectNames(into: &names)
            var list: [Int] = []
            var listed = Set<Int>()
            for (name, _) in names {
                if let target = indexByName[name], computedSet.contains(target), listed.insert(target).inserted { list.append(target) }
            }
            dependencies[index] = list
        }
        enum Mark { case visiting, done }
        var marks: [Int: Mark] = [:]
        var sorted: [Int] = []
        var cyclic = Set<Int>()
        // A depth-first walk with its own stack (a value and the next of its dependencies to
        // visit), not recursion: a chain of thousands of derived values costs no call stack.
        var stack: [(index: Int, next: Int)] = []
        var positionInStack: [Int: Int] = [:]

        func reportCycle(to index: Int) {
            guard let start = positionInStack[index] else { return }
            let cycle = stack[start...].map(\.index)
            if cycle.allSatisfy({ !cyclic.contains($0) }) {
                let path = (cycle + [index]).map { "`\(slots[$0].name)`" }.joined(separator: " → ")
                let labels = cycle.dropFirst().map { Label(slots[$0].nameSpan, VariantsMessages.text("cycle.part", ["name": slots[$0].name])) }
                diagnostics.append(VariantDiagnostics.definitionCycle(
                    cycle.count == 1 ? VariantsMessages.text("cycle.self", ["name": slots[index].name]) : VariantsMessages.text("cycle.path", ["path": path]),
                    at: slots[cycle[0]].nameSpan,
                    labels: Array(labels),
                    help: VariantsMessages.text("cycle.help")
                ))
            }
            cyclic.formUnion(cycle)
        }

        for root in computed where marks[root] == nil {
            marks[root] = .visiting
            positionInStack[root] = 0
            stack.append((root, 0))
            while let top = stack.last {
                let dependencies = dependencies[top.index] ?? []
                if top.next < dependencies.count {
                    stack[stack.count - 1].next += 1
                    let dependency = dependencies[top.next]
                    switch marks[dependency] {
                    case .done?: continue
                    case .visiting?: reportCycle(to: dependency)
                    case nil:
                        marks[dependency] = .visiting
                        positionInStack[dependency] = stack.count
                        stack.append((dependency, 0))
                    }
                } else {
                    stack.removeLast()
                    positionInStack[top.index] = nil
                    marks[top.index] = .done
                    if !cyclic.contains(top.index) { sorted.append(top.index) }
                }
            }
        }
        // A value reading a cyclic one cannot be computed either.
        let sortedClean = sorted.filter { index in !(dependencies[index] ?? []).contains { cyclic.contains($0) } }
        return (sortedClean, cyclic.union(Set(sorted).subtracting(sortedClean)))
    }

    // MARK: Generators

    mutating func checkGenerator(_ builtin: Builtin, _ expression: Expression, slot: Int, name: String, source: YAMLScalar, scope: Scope) -> (GeneratorPlan, ValueType)? {
        guard case .call(_, let nameRange, let arguments) = expression.kind else { return nil }
        var checker = Checker(scope: scope, source: source)
        checker.inGeneratorArguments = true
        guard let arranged = checker.arrangeArguments(builtin, arguments, nameRange: nameRange, range: expression.range) else {
            diagnostics.append(contentsOf: checker.diagnostics)
            return nil
        }
        var codes: [Code] = []
        var types: [ValueType] = []
        var readsRow = false
        for argument in arranged {
            let (code, type) = checker.checkNode(argument.value)
            codes.append(code)
            types.append(type)
        }
        readsRow = checker.readsRow
        diagnostics.append(contentsOf: checker.diagnostics)
        guard !checker.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        let site = CallSite(range: expression.range, arguments: arranged.map(\.value.range))

        func expect(_ index: Int, _ wanted: ValueType, _ what: String) -> Bool {
            guard types[index].fits(wanted) else {
                diagnostics.append(ExpressionDiagnostics.typeMismatch(
                    VariantsMessages.text("generator.argumentType", ["what": what, "function": builtin.rawValue, "wanted": "\(wanted)", "found": "\(types[index])"]),
                    at: source.span(ofTextRange: arranged[index].value.range),
                    help: VariantsMessages.text("write", ["usage": builtin.usage])
                ))
                return false
            }
            return true
        }
        func listElement(_ index: Int) -> ValueType? {
            switch types[index] {
            case .list(let element): return element
            case .unknown: return .unknown
            default:
                diagnostics.append(ExpressionDiagnostics.typeMismatch(
                    VariantsMessages.text("generator.notList", ["function": builtin.rawValue, "found": "\(types[index])"]),
                    at: source.span(ofTextRange: arranged[index].value.range),
                    help: VariantsMessages.text("generator.notList.help", ["usage": builtin.usage])
                ))
                return nil
            }
        }

        let spec: GeneratorSpec
        let type: ValueType
        switch builtin {
        case .integer, .decimal:
            guard expect(0, .number, VariantsMessages.text("argument.minimum")), expect(1, .number, VariantsMessages.text("argument.maximum")), arranged.count < 3 || expect(2, .number, VariantsMessages.text("argument.step")) else { return nil }
            spec = .arithmetic(min: codes[0], max: codes[1], step: arranged.count > 2 ? codes[2] : nil, wholeNumbers: builtin == .integer)
            type = .number
        case .pick:
            guard let element = listElement(0) else { return nil }
            spec = .pick(codes[0])
            type = element
        case .sample:
            guard let element = listElement(0), expect(1, .number, VariantsMessages.text("argument.count")) else { return nil }
            spec = .sample(codes[0], count: codes[1])
            type = .list(element)
        case .shuffle:
            guard let element = listElement(0) else { return nil }
            spec = .shuffle(codes[0])
            type = .list(element)
        case .firstName:
            guard arranged.isEmpty || expect(0, .text, VariantsMessages.text("argument.gender")) else { return nil }
            spec = .firstName(gender: arranged.isEmpty ? nil : codes[0])
            type = .text
        case .lastName:
            spec = .lastName
            type = .text
        case .date:
            for index in 0..<2 where !(types[index].fits(.text) || types[index] == .date) {
                diagnostics.append(ExpressionDiagnostics.typeMismatch(
                    VariantsMessages.text("date.bounds", ["found": "\(types[index])"]),
                    at: source.span(ofTextRange: arranged[index].value.range),
                    help: VariantsMessages.text("write", ["usage": builtin.usage])
                ))
                return nil
            }
            spec = .dates(from: codes[0], to: codes[1])
            type = .date
        default:
            return nil
        }
        var plan = GeneratorPlan(slot: slot, name: name, spec: spec, site: site, source: source, fixedDomain: nil, readsRow: readsRow)
        if !readsRow {
            switch Self.instantiate(plan, row: -1, program: Checker.emptyProgram, names: names) {
            case .success(let domain):
                plan = GeneratorPlan(slot: slot, name: name, spec: spec, site: site, source: source, fixedDomain: domain, readsRow: false)
            case .failure(let problem):
                diagnostics.append(problem.diagnostic(source: source, rowLabel: nil))
                return nil
            }
        }
        return (plan, type)
    }

    /// Why a drawn value has nothing to draw from.
    struct DomainProblem: Error {
        var descriptor: DiagnosticDescriptor
        var message: String
        var range: Range<Int>
        var help: String?

        func diagnostic(source: YAMLScalar, rowLabel: String?) -> Diagnostic {
            descriptor(message, at: source.span(ofTextRange: range), notes: rowLabel.map { [VariantsMessages.text("domain.forRow", ["row": $0])] } ?? [], help: help.map { Help($0) })
        }
    }

    /// The domain of a drawn value for one row (or for every row when its arguments are fixed).
    static func instantiate(_ generator: GeneratorPlan, row: Int, program: Program, names: NameLists) -> Result<Expressions.Domain, DomainProblem> {
        var evaluator = Evaluator(program: program, row: row, slots: [Value?](repeating: nil, count: program.slotNames.count))
        let site = generator.site
        func problem(_ message: String, _ argument: Int?, help: String? = nil) -> Result<Expressions.Domain, DomainProblem> {
            .failure(DomainProblem(descriptor: ExpressionDiagnostics.invalidGenerator, message: message, range: argument.map { site.argument($0) } ?? site.range, help: help))
        }
        do throws(EvaluationError) {
            switch generator.spec {
            case .arithmetic(let minCode, let maxCode, let stepCode, let wholeNumbers):
                let low = try evaluator.number(minCode)
                let high = try evaluator.number(maxCode)
                var step = ExactDecimal.one
                if let stepCode { step = try evaluator.number(stepCode) }
                let kind = wholeNumbers ? "integer" : "decimal"
                if wholeNumbers {
                    for (index, value) in [low, high, step].enumerated() where !value.isInteger && (index < 2 || stepCode != nil) {
                        return problem(VariantsMessages.text(["integer.notWhole.minimum", "integer.notWhole.maximum", "integer.notWhole.step"][index], ["value": FrenchFormat.plain(value)]), index, help: VariantsMessages.text("integer.notWhole.help", ["low": "\(low)", "high": "\(high)"]))
                    }
                }
                guard step > .zero else {
                    return problem(VariantsMessages.text("range.step", ["function": kind, "step": FrenchFormat.plain(step)]), 2)
                }
                guard low <= high else {
                    return problem(VariantsMessages.text("range.inverted", ["low": FrenchFormat.plain(low), "high": FrenchFormat.plain(high)]), nil, help: VariantsMessages.text("range.inverted.help", ["call": "\(kind)(\(high), \(low)\(stepCode == nil ? "" : ", step=\(step)"))"]))
                }
                do throws(ExactDecimal.Failure) {
                    let span = try high.subtracting(low)
                    let steps = try span.divided(by: step, roundingTo: 0, mode: .down)
                    guard let count = steps.integerValue, count >= 0, count < Int.max else { throw .overflow }
                    return .success(.arithmetic(start: low, step: step, count: UInt64(count) + 1))
                } catch {
                    return problem(VariantsMessages.text("range.tooLarge"), nil)
                }
            case .pick(let listCode):
                let items = try evaluator.list(listCode)
                guard !items.isEmpty else { return problem(VariantsMessages.text("pick.empty"), 0) }
                return .success(.items(items))
            case .sample(let listCode, let countCode):
                let items = try evaluator.list(listCode)
                let count = try evaluator.number(countCode)
                guard let whole = count.integerValue, whole >= 1, whole <= items.count else {
                    return problem(VariantsMessages.text("sample.count", ["count": "\(items.count)", "found": FrenchFormat.plain(count)]), 1)
                }
                return .success(.sample(items, count: whole))
            case .shuffle(let listCode):
                let items = try evaluator.list(listCode)
                guard !items.isEmpty else { return problem(VariantsMessages.text("shuffle.empty"), 0) }
                return .success(.shuffle(items))
            case .firstName(let genderCode):
                var gender: NameLists.Gender?
                if let genderCode {
                    let code = try evaluator.text(genderCode).trimmingWhitespace().lowercased()
                    guard let parsed = NameLists.Gender(rawValue: code) else {
                        return problem(VariantsMessages.text("gender.unknown", ["code": code]), 0, help: VariantsMessages.text("gender.unknown.help"))
                    }
                    gender = parsed
                }
                guard names.hasFirstNames else {
                    return .failure(DomainProblem(descriptor: VariantDiagnostics.nameList, message: VariantsMessages.text("names.noFirst"), range: site.range, help: VariantsMessages.text("names.noFirst.help", ["path": NameLists.firstNamesPath])))
                }
                let values = names.firstNameValues(gender)
                guard !values.isEmpty else { return problem(VariantsMessages.text("names.noGender"), 0) }
                return .success(.items(values))
            case .lastName:
                guard names.hasLastNames else {
                    return .failure(DomainProblem(descriptor: VariantDiagnostics.nameList, message: VariantsMessages.text("names.noLast"), range: site.range, help: VariantsMessages.text("names.noLast.help", ["path": NameLists.lastNamesPath])))
                }
                return .success(.items(names.lastNames.map { .text($0) }))
            case .dates(let fromCode, let toCode):
                var bounds: [Int32] = []
                for (index, code) in [fromCode, toCode].enumerated() {
                    switch try evaluator.evaluate(code) {
                    case .date(let days): bounds.append(days)
                    case .text(let text):
                        guard let date = CivilDate(parsing: text.trimmingWhitespace()) else {
                            return problem(VariantsMessages.text("date.notDate", ["text": text]), index, help: VariantsMessages.text("date.notDate.help"))
                        }
                        bounds.append(date.days)
                    default:
                        return problem(VariantsMessages.text("date.expected"), index)
                    }
                }
                guard bounds[0] <= bounds[1] else {
                    return problem(VariantsMessages.text("date.inverted"), nil, help: VariantsMessages.text("date.inverted.help"))
                }
                return .success(.dates(start: bounds[0], count: UInt64(Int(bounds[1]) - Int(bounds[0]) + 1)))
            }
        } catch {
            return .failure(DomainProblem(descriptor: ExpressionDiagnostics.evaluationError, message: error.message, range: error.range, help: error.help))
        }
    }
}

/// Which drawn and derived values some expression reads, for the "value never used" warning
/// (PIX0519). An expression that could not be read says nothing about what it reads: a value
/// whose own definition is unreadable, or whose name appears in an unreadable text, is not
/// reported unused beside the syntax error (one mistake, one diagnostic).
struct ValueUsage: Sendable {
    var read: Set<Int>
    /// Slots whose definition could not be parsed.
    var unreadable: Set<Int> = []
    /// Texts of definitions, constraints and placeholders that could not be parsed.
    var unreadableTexts: [String] = []

    /// The names `expression` reads, whether or not it type-checks.
    mutating func add(names expression: Expression, scope: Scope) {
        var names: [(String, Range<Int>)] = []
        expression.collectNames(into: &names)
        for (name, _) in names {
            if let slot = scope.slots[name] { read.insert(slot.index) }
        }
    }

    mutating func formUnion(_ other: ValueUsage) {
        read.formUnion(other.read)
        unreadable.formUnion(other.unreadable)
        unreadableTexts.append(contentsOf: other.unreadableTexts)
    }

    /// True when `name` may be used: read, or written as a whole word in an unreadable text.
    func mayUse(_ slot: Int, named name: String) -> Bool {
        read.contains(slot) || unreadable.contains(slot) || unreadableTexts.contains { Self.containsWord(name, in: $0) }
    }

    /// `name` in `text` with no identifier character on either side.
    static func containsWord(_ name: String, in text: String) -> Bool {
        let word = Array(name.unicodeScalars)
        let scalars = Array(text.unicodeScalars)
        guard !word.isEmpty, word.count <= scalars.count else { return false }
        func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }
        var start = 0
        while start + word.count <= scalars.count {
            if scalars[start] == word[0], scalars[start..<(start + word.count)].elementsEqual(word),
               start == 0 || !isIdentifier(scalars[start - 1]),
               start + word.count == scalars.count || !isIdentifier(scalars[start + word.count]) {
                return true
            }
            start += 1
        }
        return false
    }
}
