import Diagnostics
import Expressions
import Model
import YAML

/// One variant of a challenge: a row (when the dataset has rows) and a value for every drawn and
/// derived value.
public struct Variant: Sendable {
    /// 1-based, in the order of the rows, then of the draws within a row.
    public let number: Int
    /// The key of the variant's row (see docs/datasets.md), nil without rows.
    public let rowKey: String?
    /// Within its row: the draw slot (`variants: N`) or the combination's position, from 1
    /// (`variants: all`). With the row key, it identifies the variant's draws.
    public let slot: Int
    /// Index of the row in the dataset, nil without rows.
    public let rowIndex: Int?
    let slots: [Value?]
    let plan: VariantPlan

    /// What the variant is, for messages: the row, then every value, displayed as rendered.
    public var values: [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        if let rowIndex, let rowName = plan.rowName {
            result.append((rowName, plan.rows[rowIndex].label))
        }
        for (index, name) in plan.slotNames.enumerated() {
            if let value = slots[index] { result.append((name, value.display)) }
        }
        return result
    }

    /// The displayed value of a drawn or derived value, or of a row field (`organisme.nom`).
    public func value(of name: String) -> String? {
        if let index = plan.slotNames.firstIndex(of: name) { return slots[index]?.display }
        if let rowIndex, let rowName = plan.rowName, name.hasPrefix(rowName + ".") {
            let field = String(name.dropFirst(rowName.count + 1))
            if let (column, _) = plan.scope.column(named: field) { return plan.rows[rowIndex].cells[column].display }
        }
        return nil
    }

    /// "variant 3 (organisme = la CNIL, taille = 12)".
    public var label: String {
        let shown = values.prefix(6).map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
        return VariantsMessages.text("variant.label", ["number": "\(number)"]) + (shown.isEmpty ? "" : " (\(shown)\(values.count > 6 ? ", …" : ""))")
    }

    /// The text of `template` for this variant, or the problem met while computing it.
    public func render(_ template: Template) -> Rendering {
        switch evaluate(template) {
        case .success(let text): return .text(text)
        case .failure(let failure): return .failure(diagnostic(for: failure, in: template, count: 1))
        }
    }

    struct RenderFailure: Error {
        let error: EvaluationError
        let foreign: Bool
    }

    func evaluate(_ template: Template) -> Result<String, RenderFailure> {
        guard template.planID == ObjectIdentifier(plan) else {
            return .failure(RenderFailure(error: EvaluationError(.invalidArgument, VariantsMessages.text("variant.foreign"), at: 0..<0), foreign: true))
        }
        var result = ""
        var evaluator = Evaluator(program: plan.program, row: rowIndex ?? -1, slots: slots)
        for piece in template.pieces {
            switch piece {
            case .literal(let text):
                result += text
            case .placeholder(let code, _):
                do throws(EvaluationError) {
                    result += try evaluator.evaluate(code, from: template.source).display
                } catch {
                    return .failure(RenderFailure(error: error, foreign: false))
                }
            }
        }
        return .success(result)
    }

    func diagnostic(for failure: RenderFailure, in template: Template, count: Int) -> Diagnostic {
        guard !failure.foreign else {
            return ExpressionDiagnostics.evaluationError(failure.error.message, at: template.source.span)
        }
        var notes = [VariantsMessages.text("variant.foundIn", ["variant": label])]
        if count > 1 { notes.append(VariantsMessages.text("variant.sameProblem", ["count": "\(count)"])) }
        return ExpressionDiagnostics.evaluationError(
            VariantsMessages.text("variant.inVariant", ["message": failure.error.message, "variant": label]),
            at: template.source.span(ofTextRange: failure.error.range),
            notes: notes,
            help: failure.error.help.map { Help($0) }
        )
    }
}

/// A text rendered for every variant of an expansion.
public struct RenderedTexts: Sendable {
    /// One entry per variant, in the order of `Expansion.variants`; nil where it failed.
    public let texts: [String?]
    /// One diagnostic per distinct problem (place and message), naming the first variant where
    /// it occurs and how many variants it affects.
    public let diagnostics: [Diagnostic]
}

extension Expansion {
    /// Renders `template` for every variant, reporting each distinct problem once.
    public func render(_ template: Template) -> RenderedTexts {
        var texts: [String?] = []
        texts.reserveCapacity(variants.count)
        var firsts: [(variant: Variant, failure: Variant.RenderFailure)] = []
        var counts: [Int] = []
        for variant in variants {
            switch variant.evaluate(template) {
            case .success(let text):
                texts.append(text)
            case .failure(let failure):
                texts.append(nil)
                if let index = firsts.firstIndex(where: { $0.failure.error.range == failure.error.range && $0.failure.error.kind == failure.error.kind }) {
                    counts[index] += 1
                } else {
                    firsts.append((variant, failure))
                    counts.append(1)
                }
            }
        }
        let diagnostics = zip(firsts, counts).map { first, count in first.variant.diagnostic(for: first.failure, in: template, count: count) }
        return RenderedTexts(texts: texts, diagnostics: diagnostics)
    }
}

/// How the variants were obtained, for the build report.
public struct ExpansionStatistics: Sendable, Hashable {
    public enum Method: String, Sendable {
        /// The challenge has no dataset, or expansion stopped on an error before drawing.
        case none
        /// Every combination was listed and checked: counts are exact.
        case enumerated
        /// Candidates were drawn and checked; counts of what exists are unknown.
        case sampled
    }

    public var method: Method = .none
    /// Rows kept by the row constraints times the possible drawn values; nil beyond 2^64.
    public var combinations: UInt64?
    /// How many variants exist, when known exactly.
    public var available: Int?
    /// Candidates whose constraints were checked.
    public var candidatesExamined = 0
    public var candidatesAccepted = 0
    /// Draw slots skipped because they repeated a variant of their row.
    public var duplicatesSkipped = 0
    public var rowsExcluded = 0

    /// Share of candidates satisfying the constraints (1 without constraints).
    public var acceptanceRate: Double {
        candidatesExamined == 0 ? 1 : Double(candidatesAccepted) / Double(candidatesExamined)
    }
}

public struct Expansion: Sendable {
    public let variants: [Variant]
    public let diagnostics: [Diagnostic]
    public let statistics: ExpansionStatistics

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

extension VariantPlan {
    /// The challenge's variants, as its `variants:` asks (all of them when absent).
    public func expand() -> Expansion {
        expand(request?.value ?? .all, requestSpan: request?.span)
    }

    /// The variants for an explicit request.
    public func expand(_ request: VariantRequest, requestSpan: Span? = nil) -> Expansion {
        guard isRandomized, canExpand else {
            return Expansion(variants: [], diagnostics: [], statistics: ExpansionStatistics())
        }
        var expander = Expander(plan: self, requestSpan: requestSpan ?? anchor)
        return expander.run(request)
    }
}

/// One expansion's work and counters.
struct Expander {
    let plan: VariantPlan
    let requestSpan: Span?
    var statistics = ExpansionStatistics()
    var diagnostics: [Diagnostic] = []
    /// Candidates rejected by each constraint (the first one that failed).
    var rejections: [Int]
    /// Runtime problems, reported once per place and kind with the number of variants hit.
    var failures: [FailureKey: (diagnostic: Diagnostic, count: Int)] = [:]
    var failureOrder: [FailureKey] = []
    let rowConstraints: [Int]
    let candidateConstraints: [Int]
    let generatorNames: [String]
    let generatorSlots: [Int]

    struct FailureKey: Hashable {
        let path: String
        let start: Int
        let end: Int
        let message: String
    }

    /// A row that can give variants: its domains and its values computed once.
    struct RowState {
        let index: Int  // -1 without rows
        let key: String
        let domains: [Expressions.Domain]
        let size: UInt64?
        let baseSlots: [Value?]
        /// The draw key's hash state after the challenge and row (docs/prng.md).
        let drawPrefix: FNV1a64
    }

    struct Accepted {
        let row: Int  // position in `rowStates`
        let slot: Int
        let slots: [Value?]
    }

    init(plan: VariantPlan, requestSpan: Span?) {
        self.plan = plan
        self.requestSpan = requestSpan
        self.rejections = [Int](repeating: 0, count: plan.constraints.count)
        self.rowConstraints = plan.constraints.indices.filter { plan.constraints[$0].rowLevel }
        self.candidateConstraints = plan.constraints.indices.filter { !plan.constraints[$0].rowLevel }
        self.generatorNames = plan.generators.map(\.name)
        self.generatorSlots = plan.generators.map(\.slot)
    }

    mutating func run(_ request: VariantRequest) -> Expansion {
        let rowStates = prepareRows()
        var total: UInt64? = 0
        for state in rowStates {
            guard let sum = total, let size = state.size else { total = nil; break }
            let (added, overflow) = sum.addingReportingOverflow(size)
            total = overflow ? nil : added
        }
        statistics.combinations = total
        var accepted: [Accepted] = []
        if failures.isEmpty {
            if rowStates.isEmpty {
                reportUnsatisfiable(examined: statistics.rowsExcluded, unit: VariantsMessages.text("unit.rows"))
            } else {
                switch request {
                case .all: accepted = expandAll(rowStates, total: total)
                case .count(let count): accepted = expandCount(count, rowStates, total: total)
                }
            }
        }
        for key in failureOrder {
            guard let entry = failures[key] else { continue }
            var diagnostic = entry.diagnostic
            if entry.count > 1 { diagnostic.notes.append(VariantsMessages.text("candidates.sameProblem", ["count": "\(entry.count)"])) }
            diagnostics.append(diagnostic)
        }
        if diagnostics.contains(where: { $0.severity == .error }) { accepted = [] }
        accepted.sort { ($0.row, $0.slot) < ($1.row, $1.slot) }
        let variants = accepted.enumerated().map { offset, item in
            let state = rowStates[item.row]
            return Variant(number: offset + 1, rowKey: state.index >= 0 ? state.key : nil, slot: item.slot, rowIndex: state.index >= 0 ? state.index : nil, slots: item.slots, plan: plan)
        }
        return Expansion(variants: variants, diagnostics: diagnostics, statistics: statistics)
    }

    // MARK: Rows

    mutating func prepareRows() -> [RowState] {
        // A dataset that declares rows but has none gives no variant (not one without a row).
        let rowIndices = plan.rowName == nil ? [-1] : Array(plan.rows.indices)
        var states: [RowState] = []
        states.reserveCapacity(rowIndices.count)
        rowLoop: for row in rowIndices {
            var evaluator = Evaluator(program: plan.program, row: row, slots: [Value?](repeating: nil, count: plan.slotNames.count))
            for index in rowConstraints {
                let constraint = plan.constraints[index]
                do throws(EvaluationError) {
                    guard try evaluator.evaluate(constraint.code, from: constraint.source) == .boolean(true) else {
                        rejections[index] += 1
                        statistics.rowsExcluded += 1
                        continue rowLoop
                    }
                } catch {
                    recordFailure(error, row: row, slots: evaluator.slots)
                    continue rowLoop
                }
            }
            var domains: [Expressions.Domain] = []
            var size: UInt64? = 1
            for generator in plan.generators {
                let domain: Expressions.Domain
                if let fixed = generator.fixedDomain {
                    domain = fixed
                } else {
                    switch PlanBuilder.instantiate(generator, row: row, program: plan.program, names: plan.names) {
                    case .success(let built): domain = built
                    case .failure(let problem):
                        record(problem.diagnostic(source: generator.source, rowLabel: rowLabel(row)))
                        continue rowLoop
                    }
                }
                domains.append(domain)
                if let current = size, let domainSize = domain.size {
                    let (product, overflow) = current.multipliedReportingOverflow(by: domainSize)
                    size = overflow ? nil : product
                } else {
                    size = nil
                }
            }
            let key = row >= 0 ? plan.rows[row].key : ""
            let prefix = DrawKey.rowPrefix(challengeID: plan.challengeID, rowKey: key)
            states.append(RowState(index: row, key: key, domains: domains, size: size, baseSlots: evaluator.slots, drawPrefix: prefix))
        }
        return states
    }

    func rowLabel(_ row: Int) -> String? {
        row >= 0 ? plan.rows[row].label : nil
    }

    // MARK: Candidates

    enum Outcome {
        case accepted([Value?])
        case rejected
        case failed
    }

    /// Checks the constraints of one candidate and computes its derived values.
    mutating func evaluate(_ state: RowState, generated: [Value]) -> Outcome {
        var slots = state.baseSlots
        for (slot, value) in zip(generatorSlots, generated) { slots[slot] = value }
        var evaluator = Evaluator(program: plan.program, row: state.index, slots: slots)
        statistics.candidatesExamined += 1
        for index in candidateConstraints {
            let constraint = plan.constraints[index]
            do throws(EvaluationError) {
                guard try evaluator.evaluate(constraint.code, from: constraint.source) == .boolean(true) else {
                    rejections[index] += 1
                    return .rejected
                }
            } catch {
                recordFailure(error, row: state.index, slots: evaluator.slots)
                return .failed
            }
        }
        for index in plan.computedOrder {
            do throws(EvaluationError) {
                _ = try evaluator.slot(index)
            } catch {
                recordFailure(error, row: state.index, slots: evaluator.slots)
                return .failed
            }
        }
        statistics.candidatesAccepted += 1
        return .accepted(evaluator.slots)
    }

    /// The drawn values of combination `index` of a row (first drawn value most significant).
    func combination(_ state: RowState, index: UInt64) -> [Value]? {
        var remaining = index
        var values = [Value](repeating: .boolean(false), count: state.domains.count)
        for position in state.domains.indices.reversed() {
            guard let size = state.domains[position].size, size > 0 else { return nil }
            guard let value = try? state.domains[position].value(at: remaining % size) else { return nil }
            values[position] = value
            remaining /= size
        }
        return values
    }

    /// Every combination of a row's drawn values, in index order, that satisfies the
    /// constraints, with its computed values.
    mutating func forEachAcceptedCombination(_ state: RowState, _ body: (UInt64, [Value?]) -> Void) {
        guard let size = state.size else { return }
        var index: UInt64 = 0
        while index < size {
            defer { index += 1 }
            guard let generated = combination(state, index: index) else { continue }
            if case .accepted(let slots) = evaluate(state, generated: generated) { body(index, slots) }
        }
    }

    // MARK: All

    mutating func expandAll(_ states: [RowState], total: UInt64?) -> [Accepted] {
        guard let total, total <= UInt64(plan.limits.enumeration) else {
            let count = total.map { FrenchFormat.groupedInteger($0) } ?? VariantsMessages.text("all.moreThanUInt64")
            diagnostics.append(VariantDiagnostics.spaceTooLarge(
                VariantsMessages.text("all.tooManyToList", ["count": count, "limit": FrenchFormat.groupedInteger(UInt64(plan.limits.enumeration))]),
                at: requestSpan,
                help: VariantsMessages.text("all.tooManyToList.help")
            ))
            return []
        }
        statistics.method = .enumerated
        var accepted: [Accepted] = []
        for (position, state) in states.enumerated() {
            forEachAcceptedCombination(state) { index, slots in
                accepted.append(Accepted(row: position, slot: Int(index) + 1, slots: slots))
            }
        }
        statistics.available = accepted.count
        if accepted.isEmpty, failures.isEmpty {
            reportUnsatisfiable(examined: statistics.candidatesExamined + statistics.rowsExcluded, unit: VariantsMessages.text("unit.combinations"))
        } else if accepted.count > plan.limits.maximumVariants {
            diagnostics.append(VariantDiagnostics.spaceTooLarge(
                VariantsMessages.text("all.tooMany", ["count": FrenchFormat.groupedInteger(UInt64(accepted.count)), "limit": FrenchFormat.groupedInteger(UInt64(plan.limits.maximumVariants))]),
                at: requestSpan,
                help: VariantsMessages.text("all.tooMany.help")
            ))
            return []
        }
        return accepted
    }

    // MARK: Count

    mutating func expandCount(_ count: Int, _ states: [RowState], total: UInt64?) -> [Accepted] {
        guard let listing = listIfWorthIt(states, count: count, total: total) else { return [] }
        statistics.method = listing.isComplete || candidateConstraints.isEmpty ? .enumerated : .sampled
        if let available = statistics.available, available < count {
            reportTooMany(requested: count, available: available)
            return []
        }
        // The exact statistics of the listing are kept; the draws below only choose among them.
        let listed = statistics
        guard let accepted = drawVariants(count, states, listing: listing) else { return [] }
        if accepted.count < count {
            reportTooMany(requested: count, available: accepted.count)
            return []
        }
        if listing.isComplete || candidateConstraints.isEmpty {
            var exact = listed
            exact.duplicatesSkipped = statistics.duplicatesSkipped
            exact.method = .enumerated
            if candidateConstraints.isEmpty {
                exact.candidatesExamined = statistics.candidatesExamined
                exact.candidatesAccepted = statistics.candidatesAccepted
            }
            statistics = exact
        }
        return accepted
    }

    /// What is known of each row before drawing.
    struct Listing {
        /// How many variants a row can give: exact when every combination is known to pass, or
        /// was listed; nil when unknown.
        var capacity: [Int?]
        /// When listed, the indexes of each row's combinations that satisfy the constraints.
        var acceptedCombinations: [[UInt64]]
        var isComplete: Bool
    }

    /// Lists every combination when the space is small next to the draws the request needs
    /// anyway: listing gives exact counts. Draws choose the variants in both cases. Nil when the
    /// listing found a failure or nothing to accept (reported).
    mutating func listIfWorthIt(_ states: [RowState], count: Int, total: UInt64?) -> Listing? {
        var listing = Listing(capacity: states.map { $0.size.map { Int(clamping: $0) } },
                              acceptedCombinations: Array(repeating: [], count: states.count), isComplete: false)
        if candidateConstraints.isEmpty {
            if let total { statistics.available = Int(clamping: total) }
            return listing
        }
        guard let total, total <= UInt64(plan.limits.enumeration), total <= UInt64(plan.limits.combinationsListedPerVariant) * UInt64(max(1, count)) else {
            return listing
        }
        listing.isComplete = true
        for (position, state) in states.enumerated() where state.size != nil {
            forEachAcceptedCombination(state) { index, _ in listing.acceptedCombinations[position].append(index) }
            listing.capacity[position] = listing.acceptedCombinations[position].count
        }
        statistics.available = listing.acceptedCombinations.reduce(0) { $0 + $1.count }
        guard failures.isEmpty else { return nil }
        if statistics.available == 0 {
            reportUnsatisfiable(examined: statistics.candidatesExamined + statistics.rowsExcluded, unit: VariantsMessages.text("unit.combinations"))
            return nil
        }
        return listing
    }

    /// How far drawing has gone in one row.
    struct RowDraws {
        var used = 0
        var seen: Set<[Value]> = []
        var exhausted = false
        var consecutiveDuplicates = 0
    }

    /// Draws up to `count` variants, in rounds: round k gives each row its slot k. A slot's
    /// values depend only on the challenge, the row's key, k and the definitions: a slot
    /// repeating an earlier variant of its row is skipped, never redrawn, so adding a variable
    /// cannot change which values a slot has. Nil when drawing failed (reported).
    mutating func drawVariants(_ count: Int, _ states: [RowState], listing: Listing) -> [Accepted]? {
        var rows = [RowDraws](repeating: RowDraws(), count: states.count)
        var accepted: [Accepted] = []
        accepted.reserveCapacity(count)
        var attemptsLeft = plan.limits.attemptsPerVariantOnAverage * count + plan.limits.attemptsPerVariant
        var slotNumber = 1
        while accepted.count < count {
            var anyActive = false
            for (position, state) in states.enumerated() where accepted.count < count && !rows[position].exhausted {
                if let limit = listing.capacity[position], rows[position].used >= limit {
                    rows[position].exhausted = true
                    continue
                }
                anyActive = true
                if slotNumber == 1 {
                    // Each row gives about its share of the variants: size the set once.
                    rows[position].seen.reserveCapacity(min(listing.capacity[position] ?? Int.max, count / max(1, states.count) + 1))
                }
                switch drawSlot(state, slot: slotNumber, attemptsLeft: &attemptsLeft) {
                case .accepted(let generated, let slots):
                    if rows[position].seen.insert(generated).inserted {
                        accepted.append(Accepted(row: position, slot: slotNumber, slots: slots))
                        rows[position].used += 1
                        rows[position].consecutiveDuplicates = 0
                        continue
                    }
                    statistics.duplicatesSkipped += 1
                    rows[position].consecutiveDuplicates += 1
                    guard rows[position].consecutiveDuplicates >= plan.limits.attemptsPerVariant else { continue }
                    // The row repeats itself: it has no other variant, unless a listing says so.
                    if let slots = nextListed(state, listing, position, seen: &rows[position].seen) {
                        accepted.append(Accepted(row: position, slot: slotNumber, slots: slots))
                        rows[position].used += 1
                        rows[position].consecutiveDuplicates = 0
                    } else {
                        rows[position].exhausted = true
                    }
                case .exhausted:
                    // Rare constraints on a listed space: take the next listed combination.
                    guard let slots = nextListed(state, listing, position, seen: &rows[position].seen) else {
                        reportRare(requested: count, found: accepted.count)
                        return nil
                    }
                    accepted.append(Accepted(row: position, slot: slotNumber, slots: slots))
                    rows[position].used += 1
                case .failed:
                    return nil
                case .budgetSpent:
                    reportRare(requested: count, found: accepted.count)
                    return nil
                }
            }
            if !anyActive { break }
            slotNumber += 1
        }
        return accepted
    }

    enum SlotOutcome {
        /// The slot's drawn values and every computed value.
        case accepted([Value], [Value?])
        /// No candidate satisfied the constraints within the attempts for one variant.
        case exhausted
        case failed
        case budgetSpent
    }

    /// Draws the variant of `slot` in a row: attempt 0, 1, … until a candidate satisfies the
    /// constraints. Each drawn value has its own seed (docs/prng.md).
    mutating func drawSlot(_ state: RowState, slot: Int, attemptsLeft: inout Int) -> SlotOutcome {
        for attempt in 0..<plan.limits.attemptsPerVariant {
            guard attemptsLeft > 0 else { return .budgetSpent }
            attemptsLeft -= 1
            let key = DrawKey(row: state.drawPrefix, slot: slot, attempt: attempt)
            var generated: [Value] = []
            generated.reserveCapacity(state.domains.count)
            for index in state.domains.indices {
                var random = key.generator(for: generatorNames[index])
                do throws(ExactDecimal.Failure) {
                    generated.append(try state.domains[index].draw(&random))
                } catch {
                    record(ExpressionDiagnostics.evaluationError(VariantsMessages.text("range.inexact"), at: plan.generators[index].source.span))
                    return .failed
                }
            }
            switch evaluate(state, generated: generated) {
            case .accepted(let slots):
                return .accepted(generated, slots)
            case .rejected:
                continue
            case .failed:
                return .failed
            }
        }
        return .exhausted
    }

    /// The first listed combination of a row not chosen yet.
    /// The next combination a listing holds, when drawing cannot find a new one.
    mutating func nextListed(_ state: RowState, _ listing: Listing, _ position: Int, seen: inout Set<[Value]>) -> [Value?]? {
        listing.isComplete ? firstUnused(state, listing.acceptedCombinations[position], seen: &seen) : nil
    }

    mutating func firstUnused(_ state: RowState, _ listed: [UInt64], seen: inout Set<[Value]>) -> [Value?]? {
        for index in listed {
            guard let generated = combination(state, index: index), !seen.contains(generated) else { continue }
            if case .accepted(let slots) = evaluate(state, generated: generated) {
                seen.insert(generated)
                return slots
            }
        }
        return nil
    }

    // MARK: Reports

    mutating func record(_ diagnostic: Diagnostic) {
        let key = FailureKey(path: diagnostic.path ?? "", start: diagnostic.span?.start ?? -1, end: diagnostic.span?.end ?? -1, message: diagnostic.message)
        if let existing = failures[key] {
            failures[key] = (existing.diagnostic, existing.count + 1)
        } else {
            failures[key] = (diagnostic, 1)
            failureOrder.append(key)
        }
    }

    mutating func recordFailure(_ error: EvaluationError, row: Int, slots: [Value?]) {
        guard let source = error.source else { return }
        var shown: [String] = []
        if let rowName = plan.rowName, let label = rowLabel(row) { shown.append("\(rowName) = \(label)") }
        for generator in plan.generators {
            if let value = slots[generator.slot] { shown.append("\(generator.name) = \(value.display)") }
        }
        let context = shown.prefix(6).joined(separator: ", ")
        let diagnostic = ExpressionDiagnostics.evaluationError(
            error.message,
            at: source.span(ofTextRange: error.range),
            notes: [context.isEmpty ? VariantsMessages.text("evaluation.fixedValues") : VariantsMessages.text("evaluation.firstFoundWith", ["values": "(\(context))"])],
            help: error.help.map { Help($0) }
        )
        record(diagnostic)
    }

    /// The constraint that rejected the most candidates, with the others as labels.
    func constraintLabels() -> (main: Int, labels: [Label])? {
        guard let main = rejections.indices.max(by: { (rejections[$0], $1) < (rejections[$1], $0) }), rejections[main] > 0 else { return nil }
        let labels = rejections.indices.filter { $0 != main && rejections[$0] > 0 }.map { index in
            Label(plan.constraints[index].source.span, VariantsMessages.text("constraint.rejects", ["count": FrenchFormat.groupedInteger(UInt64(rejections[index]))]))
        }
        return (main, labels)
    }

    mutating func reportUnsatisfiable(examined: Int, unit: String) {
        guard let (main, labels) = constraintLabels() else {
            let message = plan.rowName != nil && plan.rows.isEmpty ? VariantsMessages.text("dataset.noRows") : VariantsMessages.text("dataset.noVariant")
            diagnostics.append(VariantDiagnostics.unsatisfiableConstraint(message, at: requestSpan ?? plan.anchor, help: VariantsMessages.text("dataset.noVariant.help")))
            return
        }
        let constraint = plan.constraints[main]
        let count = FrenchFormat.groupedInteger(UInt64(rejections[main]))
        let message = rejections[main] == examined
            ? VariantsMessages.text("constraint.never", ["constraint": constraint.text, "count": count, "unit": unit])
            : VariantsMessages.text("constraint.none", ["constraint": constraint.text, "count": count, "examined": FrenchFormat.groupedInteger(UInt64(examined)), "unit": unit])
        diagnostics.append(VariantDiagnostics.unsatisfiableConstraint(
            message,
            at: constraint.source.span,
            labels: labels,
            help: VariantsMessages.text("constraint.relax.help")
        ))
    }

    mutating func reportRare(requested: Int, found: Int) {
        let rate = FrenchFormat.percentage(statistics.candidatesAccepted, of: statistics.candidatesExamined)
        let summary = VariantsMessages.text("rare.summary", ["accepted": FrenchFormat.groupedInteger(UInt64(statistics.candidatesAccepted)), "examined": FrenchFormat.groupedInteger(UInt64(statistics.candidatesExamined)), "rate": rate])
        let notes = [VariantsMessages.text("rare.note", ["found": "\(found)", "requested": "\(requested)", "attempts": FrenchFormat.groupedInteger(UInt64(plan.limits.attemptsPerVariant))])]
        guard let (main, labels) = constraintLabels() else {
            diagnostics.append(VariantDiagnostics.rareConstraint(VariantsMessages.text("rare.constraints", ["summary": summary]), at: requestSpan ?? plan.anchor, notes: notes, help: VariantsMessages.text("rare.narrow.help")))
            return
        }
        let constraint = plan.constraints[main]
        diagnostics.append(VariantDiagnostics.rareConstraint(
            VariantsMessages.text("rare.constraint", ["constraint": constraint.text, "summary": summary, "count": FrenchFormat.groupedInteger(UInt64(rejections[main]))]),
            at: constraint.source.span,
            labels: labels,
            notes: notes,
            help: VariantsMessages.text("rare.constraint.help")
        ))
    }

    mutating func reportTooMany(requested: Int, available: Int) {
        let excluded = statistics.rowsExcluded + statistics.candidatesExamined - statistics.candidatesAccepted
        var notes: [String] = []
        if let total = statistics.combinations, !plan.constraints.isEmpty {
            notes.append(VariantsMessages.text("tooMany.note", ["total": FrenchFormat.groupedInteger(total), "excluded": FrenchFormat.groupedInteger(UInt64(max(0, excluded)))]))
        }
        let replacement = requestSpan.map { Replacement(span: $0, text: String(available), applicability: .maybeIncorrect) }
        diagnostics.append(VariantDiagnostics.tooManyVariantsRequested(
            available == 0
                ? VariantsMessages.text("tooMany.none", ["requested": "\(requested)"])
                : VariantsMessages.text(requested == 1 ? (available == 1 ? "tooMany.one" : "tooMany.oneOfMany") : (available == 1 ? "tooMany.manyOfOne" : "tooMany.many"), ["requested": "\(requested)", "available": "\(available)"]),
            at: requestSpan ?? plan.anchor,
            notes: notes,
            help: Help(available == 0 ? VariantsMessages.text("tooMany.check.help") : VariantsMessages.text("tooMany.atMost.help", ["available": "\(available)"]), replacement: available == 0 ? nil : replacement)
        ))
    }
}

extension FrenchFormat {
    /// `1 234 567` with U+202F.
    static func groupedInteger(_ value: UInt64) -> String {
        let digits = String(value)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.append(digits[start..<end])
            end = start
        }
        return groups.reversed().joined(separator: thousandsSeparator)
    }

    /// `0,05 %` (two decimals at most, no float formatting).
    static func percentage(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "100 %" }
        let ratio = try? ExactDecimal(part).multiplied(by: ExactDecimal(100)).divided(by: ExactDecimal(whole), roundingTo: 2)
        return (ratio.map(plain) ?? "?") + "\u{A0}%"
    }
}
