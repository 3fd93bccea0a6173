/// Grades answers to one challenge exactly as the Pix API does (Examiner plus the validator of
/// the challenge's type).
///
/// Building a grader does the per-challenge work once: splitting and treating the solution,
/// finding the selects in the proposals. Grading many answers to one challenge should reuse it.
public struct Grader: Sendable {
    public let challenge: GradingChallenge
    private let prepared: Prepared

    public init(_ challenge: GradingChallenge) {
        self.challenge = challenge
        self.prepared = Prepared(challenge)
    }

    /// `Examiner.evaluate`: `aband` for a skipped answer, the validator's status otherwise, then
    /// a right answer becomes `timedout` when time ran out, or `focusedOut` when the learner left
    /// the page of a focused challenge during a certification (the latter wins).
    public func grade(_ answer: Answer, context: AnswerContext = AnswerContext()) -> GradingResult {
        if case .abandoned = answer { return GradingResult(status: .aband) }
        if case .text(let text) = answer, JavaScript.strictlyEqual(text, Answer.abandonSentinel) {
            return GradingResult(status: .aband)
        }
        var result = prepared.validate(answer)
        if result.status == .ok {
            if context.hasTimedOut { result.status = .timedout }
            if context.isFocusedChallenge && context.hasFocusedOut && context.isCertification {
                result.status = .focusedOut
            }
        }
        return result
    }
}

/// Grades one answer; see `Grader` to grade many answers to the same challenge.
public func grade(_ answer: Answer, for challenge: GradingChallenge, context: AnswerContext = AnswerContext()) -> GradingResult {
    Grader(challenge).grade(answer, context: context)
}

private typealias Units = [UInt16]

private func units(_ text: String) -> Units { Array(text.utf16) }

/// `isAnswerValid`: with t3 the Levenshtein rule against any accepted answer, else exact
/// membership. `.beyondLimit` when no accepted answer is close and one could not be compared.
private func validity(_ answer: Units, _ accepted: [Units], useT3: Bool) -> Similarity.Closeness {
    guard useT3 else { return accepted.contains(answer) ? .close : .far }
    var unknown = false
    for reference in accepted {
        switch Similarity.closeness(answer, to: reference) {
        case .close: return .close
        case .far: break
        case .beyondLimit: unknown = true
        }
    }
    return unknown ? .beyondLimit : .far
}

private enum Prepared: Sendable {
    case qcu(solution: String)
    case qcm(solution: String)
    case qroc(PreparedQROC)
    case qrocmInd(PreparedIndependent)
    case qrocmDep(PreparedDependent)
    /// Every answer gets this result (an empty solution: `ko`; a broken challenge: a failure).
    case constant(GradingResult)

    init(_ challenge: GradingChallenge) {
        guard challenge.solution.challengeType == challenge.type else {
            self = .constant(.failed(.solutionDoesNotMatchType))
            return
        }
        var apiBlocks: [PixAPIBlock] = []
        if challenge.type.usesInputBlocks {
            // The API reads the block types of every QROC* challenge before validating.
            guard let blocks = ProposalsSyntax.apiBlocks(challenge.proposals) else {
                self = .constant(.failed(.proposalsBreakPixAPI))
                return
            }
            apiBlocks = blocks
        }
        switch challenge.solution {
        case .qcu(let solution):
            self = .qcu(solution: solution)
        case .qcm(let solution):
            self = .qcm(solution: solution)
        case .qroc(let solution):
            self = .qroc(PreparedQROC(solution: solution, blocks: apiBlocks, tolerances: challenge.tolerances, format: challenge.format))
        case .qrocmInd(let entries):
            self = PreparedIndependent.make(entries, blocks: apiBlocks, tolerances: challenge.tolerances)
        case .qrocmDep(let entries):
            self = PreparedDependent.make(entries, tolerances: challenge.tolerances)
        }
    }

    func validate(_ answer: Answer) -> GradingResult {
        switch self {
        case .constant(let result):
            return result
        case .qcu(let solution):
            guard case .text(let text) = answer else { return .failed(.answerShapeMismatch) }
            return GradingResult(status: JavaScript.strictlyEqual(text, solution) ? .ok : .ko)
        case .qcm(let solution):
            guard case .text(let text) = answer else { return .failed(.answerShapeMismatch) }
            return GradingResult(status: ChoiceSolution.areCSVEquivalent(text, solution) ? .ok : .ko)
        case .qroc(let qroc):
            guard case .text(let text) = answer else { return .failed(.answerShapeMismatch) }
            return qroc.validate(text)
        case .qrocmInd(let independent):
            guard case .fields(let fields) = answer else { return .failed(.answerShapeMismatch) }
            return independent.validate(fields)
        case .qrocmDep(let dependent):
            guard case .fields(let fields) = answer else { return .failed(.answerShapeMismatch) }
            return dependent.validate(fields)
        }
    }
}

/// `solution-service-qroc.js`.
private struct PreparedQROC: Sendable {
    let isSolutionEmpty: Bool
    let numericSolutions: [Double]?
    let isNumberFormat: Bool
    let applyT1: Bool
    let applyT2: Bool
    let useT3: Bool
    let treatedSolutions: [Units]

    init(solution: String, blocks: [PixAPIBlock], tolerances: Tolerances, format: String?) {
        isSolutionEmpty = solution.isEmpty
        let lines = QROCSolution.lines(solution)
        numericSolutions = lines.allSatisfy(PixNumber.isNumeric) ? lines.map(PixNumber.cleanStringAndParseFloat) : nil
        isNumberFormat = format.map { JavaScript.strictlyEqual($0, "nombre") } ?? false
        // No treatment at all when the first block (in JavaScript key order) is a select.
        let treat = !(blocks.first?.isSelect ?? false)
        applyT1 = treat && tolerances.t1
        applyT2 = treat && tolerances.t2
        useT3 = treat && tolerances.t3
        // Solution lines get the treatments but not the pre-treatment (no NFC, NBSP kept).
        treatedSolutions = lines.map { units(Treatments.apply($0, t1: treat && tolerances.t1, t2: treat && tolerances.t2)) }
    }

    func validate(_ answer: String) -> GradingResult {
        if isSolutionEmpty { return GradingResult(status: .ko) }
        if isNumberFormat, let numericSolutions, PixNumber.isNumeric(answer) {
            let value = PixNumber.cleanStringAndParseFloat(answer)
            return GradingResult(status: numericSolutions.contains(value) ? .ok : .ko, detail: .number(value))
        }
        let treated = Treatments.apply(Treatments.preTreatment(answer), t1: applyT1, t2: applyT2)
        let validity = validity(units(treated), treatedSolutions, useT3: useT3)
        return GradingResult(status: validity == .close ? .ok : .ko, detail: .text(treatedAnswer: treated),
                             failure: validity == .beyondLimit ? .beyondTypoToleranceLimit : nil)
    }
}

/// Pre-treats the keys and values of a QROCM answer, as Pix pre-treats the YAML text, and puts
/// them in JavaScript object order. Fails on a key given twice.
private func preTreatedFields(_ fields: [AnswerField]) -> Result<[(key: String, value: String)], GradingFailure> {
    let pairs = fields.map { (key: Treatments.preTreatment($0.key), value: Treatments.preTreatment($0.value)) }
    let order = JavaScript.propertyOrder(pairs.map(\.key))
    if order.count != pairs.count {
        let seen = Set(order)
        let repeated = pairs.indices.first { !seen.contains($0) } ?? 0
        return .failure(.duplicateAnswerKey(pairs[repeated].key))
    }
    return .success(order.map { pairs[$0] })
}

/// `solution-service-qrocm-ind.js`.
private struct PreparedIndependent: Sendable {
    struct Input: Sendable {
        let isSelect: Bool
        let treated: [Units]
    }

    let inputs: [PropertyKey: Input]
    let applyT1: Bool
    let applyT2: Bool
    let useT3: Bool
    let selectKeys: Set<PropertyKey>

    static func make(_ entries: [SolutionEntry], blocks: [PixAPIBlock], tolerances: Tolerances) -> Prepared {
        // Pix first checks that the YAML text holds a line break; ours has one iff there is an entry.
        guard !entries.isEmpty else { return .constant(GradingResult(status: .ko)) }
        let selectKeys = Set(blocks.filter(\.isSelect).map { PropertyKey($0.key) })
        var inputs: [PropertyKey: Input] = [:]
        for entry in entries {
            // Pix pre-treats the whole YAML text of the solution, keys included.
            let key = PropertyKey(Treatments.preTreatment(entry.key))
            guard inputs[key] == nil else { return .constant(.failed(.duplicateSolutionKey(entry.key))) }
            let isSelect = selectKeys.contains(key)
            let treated = entry.acceptedAnswers.map { value in
                let preTreated = Treatments.preTreatment(value)
                return units(isSelect ? preTreated : Treatments.apply(preTreated, tolerances))
            }
            inputs[key] = Input(isSelect: isSelect, treated: treated)
        }
        return .qrocmInd(PreparedIndependent(
            inputs: inputs, applyT1: tolerances.t1, applyT2: tolerances.t2, useT3: tolerances.t3, selectKeys: selectKeys))
    }

    func validate(_ fields: [AnswerField]) -> GradingResult {
        let ordered: [(key: String, value: String)]
        switch preTreatedFields(fields) {
        case .failure(let failure): return .failed(failure)
        case .success(let pairs): ordered = pairs
        }
        var results: [FieldResult] = []
        var unknown = false
        for (key, value) in ordered {
            let propertyKey = PropertyKey(key)
            guard let input = inputs[propertyKey] else { return .failed(.unexpectedAnswerKey(key)) }
            // The answer's select status is looked up by the answer's key, as Pix does.
            let isSelect = selectKeys.contains(propertyKey)
            let treated = units(isSelect ? value : Treatments.apply(value, t1: applyT1, t2: applyT2))
            let validity = validity(treated, input.treated, useT3: useT3 && !isSelect)
            if validity == .beyondLimit { unknown = true }
            results.append(FieldResult(key: key, isCorrect: validity == .close))
        }
        let ok = results.allSatisfy(\.isCorrect)
        return GradingResult(status: ok ? .ok : .ko, detail: .fields(results), failure: unknown ? .beyondTypoToleranceLimit : nil)
    }
}

/// `solution-service-qrocm-dep.js`.
private struct PreparedDependent: Sendable {
    struct Group: Sendable {
        let name: String
        let firstAcceptedAnswer: String?
        let treated: [Units]
    }

    /// In JavaScript object order.
    let groups: [Group]
    let tolerances: Tolerances

    static func make(_ entries: [SolutionEntry], tolerances: Tolerances) -> Prepared {
        guard !entries.isEmpty else { return .constant(GradingResult(status: .ko)) }
        let order = JavaScript.propertyOrder(entries.map(\.key))
        if order.count != entries.count {
            let seen = Set(order)
            let repeated = entries.indices.first { !seen.contains($0) } ?? 0
            return .constant(.failed(.duplicateSolutionKey(entries[repeated].key)))
        }
        // Unlike QROCM-ind, the solution is not pre-treated, and selects get the treatments too.
        let groups = order.map { position in
            let entry = entries[position]
            return Group(
                name: entry.key,
                firstAcceptedAnswer: entry.acceptedAnswers.first,
                treated: entry.acceptedAnswers.map { units(Treatments.apply($0, tolerances)) })
        }
        return .qrocmDep(PreparedDependent(groups: groups, tolerances: tolerances))
    }

    func validate(_ fields: [AnswerField]) -> GradingResult {
        let ordered: [(key: String, value: String)]
        switch preTreatedFields(fields) {
        case .failure(let failure): return .failed(failure)
        case .success(let pairs): ordered = pairs
        }
        var remaining = Array(groups.indices)
        var matches: [DependentMatching.Match] = []
        var unknown = false
        for (key, value) in ordered {
            let treated = units(Treatments.apply(value, tolerances))
            let slot = remaining.firstIndex { group in
                let validity = validity(treated, groups[group].treated, useT3: tolerances.t3)
                if validity == .beyondLimit { unknown = true }
                return validity == .close
            }
            if let slot {
                matches.append(DependentMatching.Match(key: key, group: groups[remaining[slot]].name))
                remaining.remove(at: slot)
            } else {
                matches.append(DependentMatching.Match(key: key, group: nil))
            }
        }
        let allMatched = matches.allSatisfy { $0.group != nil }
        let matching = DependentMatching(
            matches: matches,
            unmatchedGroups: remaining.map { groups[$0].name },
            solutionsWithoutGoodAnswers: allMatched ? [] : remaining.compactMap { groups[$0].firstAcceptedAnswer })
        return GradingResult(status: allMatched ? .ok : .ko, detail: .dependent(matching), failure: !allMatched && unknown ? .beyondTypoToleranceLimit : nil)
    }
}
