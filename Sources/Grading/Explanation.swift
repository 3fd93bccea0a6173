/// Why an answer was graded as it was: for each typed value, which accepted answer it matched
/// and what it took — nothing, the t1/t2 treatments, the t3 distance, a numeric comparison — or
/// the nearest accepted answer when it matched none. The status itself always comes from
/// `Grader`; this retraces its comparisons to show them (`pixc preview --serve`).
public struct GradingExplanation: Sendable, Hashable {
    public var result: GradingResult
    /// One entry per compared value: the QROC answer, each QROCM input; empty for QCU/QCM.
    public var comparisons: [Comparison]
}

public struct Comparison: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// Equal to an accepted answer as typed (after Pix's NFC pre-treatment).
        case exact(accepted: String)
        /// Equal once the enabled treatments were applied; `needed` lists those that mattered
        /// (t1 alone, or t1 and t2, or t2).
        case treated(accepted: String, needed: [ToleranceKind])
        /// Within t3's distance: `distance` edits over the treated answer's `length`.
        case closeEnough(accepted: String, distance: Int, length: Int)
        /// `format: nombre`: equal as numbers.
        case sameNumber(Double)
        /// Matched nothing; the nearest accepted answer (by t3's ratio on treated texts).
        case noMatch(nearest: String?, distance: Int?, length: Int)
    }

    /// The input's key (QROCM), or nil for a QROC.
    public var key: String?
    /// The value as typed.
    public var answer: String
    /// What the comparison used: the typed value after pre-treatment and enabled treatments.
    public var treatedAnswer: String
    /// For QROCM-dep, the group the value used up.
    public var group: String?
    /// A select (QROC whose first input is a select, QROCM-ind select): compared without any
    /// treatment.
    public var isSelect: Bool
    public var outcome: Outcome

    public var isMatch: Bool {
        if case .noMatch = outcome { return false }
        return true
    }
}

public enum ToleranceKind: String, Sendable, Hashable, CaseIterable {
    case t1, t2, t3
}

extension Grader {
    public func explain(_ answer: Answer, context: AnswerContext = AnswerContext()) -> GradingExplanation {
        let result = grade(answer, context: context)
        let tolerances = challenge.tolerances
        var comparisons: [Comparison] = []
        switch (challenge.solution, answer) {
        case (.qroc(let solution), .text(let text)):
            let firstIsSelect = ProposalsSyntax.apiBlocks(challenge.proposals)?.first?.isSelect ?? false
            let lines = QROCSolution.lines(solution)
            let isNumberFormat = challenge.format == "nombre"
            if isNumberFormat, !lines.isEmpty, lines.allSatisfy(PixNumber.isNumeric), PixNumber.isNumeric(text) {
                let value = PixNumber.cleanStringAndParseFloat(text)
                let matched = lines.contains { PixNumber.cleanStringAndParseFloat($0) == value }
                let outcome: Comparison.Outcome = matched ? .sameNumber(value) : .noMatch(nearest: nil, distance: nil, length: text.utf16.count)
                comparisons.append(Comparison(key: nil, answer: text, treatedAnswer: text, isSelect: false, outcome: outcome))
            } else {
                comparisons.append(Self.compare(key: nil, text, accepted: lines, preTreatSolutions: false,
                                                tolerances: firstIsSelect ? .none : tolerances, isSelect: firstIsSelect))
            }
        case (.qrocmInd(let entries), .fields(let fields)):
            let selects = Set((ProposalsSyntax.apiBlocks(challenge.proposals) ?? []).filter(\.isSelect).map(\.key))
            for field in fields {
                let accepted = entries.first { Treatments.preTreatment($0.key) == Treatments.preTreatment(field.key) }?.acceptedAnswers ?? []
                let isSelect = selects.contains(field.key)
                comparisons.append(Self.compare(key: field.key, field.value, accepted: accepted, preTreatSolutions: true,
                                                tolerances: isSelect ? .none : tolerances, isSelect: isSelect))
            }
        case (.qrocmDep(let entries), .fields(let fields)):
            var groupOf: [String: String] = [:]
            if case .dependent(let matching) = result.detail {
                for match in matching.matches { if let group = match.group { groupOf[match.key] = group } }
            }
            let everyAnswer = entries.flatMap(\.acceptedAnswers)
            for field in fields {
                let key = Treatments.preTreatment(field.key)
                let group = groupOf[key]
                let accepted = group.flatMap { name in entries.first { $0.key == name }?.acceptedAnswers } ?? everyAnswer
                var comparison = Self.compare(key: field.key, field.value, accepted: accepted, preTreatSolutions: false,
                                              tolerances: tolerances, isSelect: false)
                comparison.group = group
                // A value close to an answer of a group another value already used is no match.
                if group == nil, comparison.isMatch {
                    comparison.outcome = .noMatch(nearest: comparison.acceptedAnswer, distance: nil, length: comparison.treatedAnswer.utf16.count)
                }
                comparisons.append(comparison)
            }
        default:
            break
        }
        return GradingExplanation(result: result, comparisons: comparisons)
    }

    /// One value against accepted answers, the way the validators compare: the answer
    /// pre-treated (and, for QROCM-ind, the accepted answers too), both with the enabled t1/t2,
    /// then membership or t3.
    static func compare(key: String?, _ typed: String, accepted: [String], preTreatSolutions: Bool,
                        tolerances: Tolerances, isSelect: Bool) -> Comparison {
        let answer = Treatments.preTreatment(typed)
        let references = preTreatSolutions ? accepted.map(Treatments.preTreatment) : accepted
        let treated = Treatments.apply(answer, t1: tolerances.t1, t2: tolerances.t2)
        func comparison(_ outcome: Comparison.Outcome) -> Comparison {
            Comparison(key: key, answer: typed, treatedAnswer: treated, isSelect: isSelect, outcome: outcome)
        }
        if let index = references.firstIndex(of: answer) {
            return comparison(.exact(accepted: accepted[index]))
        }
        let treatedReferences = references.map { Treatments.apply($0, t1: tolerances.t1, t2: tolerances.t2) }
        if let index = treatedReferences.firstIndex(of: treated) {
            var needed: [ToleranceKind] = []
            if tolerances.t1, Treatments.t1(answer) == Treatments.t1(references[index]) {
                needed = [.t1]
            } else {
                if tolerances.t1 { needed.append(.t1) }
                if tolerances.t2 { needed.append(.t2) }
            }
            return comparison(.treated(accepted: accepted[index], needed: needed))
        }
        let length = treated.utf16.count
        let distances = treatedReferences.map { Similarity.levenshteinDistance(treated, $0) }
        let nearest = distances.indices.min { distances[$0] < distances[$1] }
        if tolerances.t3, !isSelect, let nearest, Similarity.isCloseEnough(treated, to: treatedReferences[nearest]) {
            return comparison(.closeEnough(accepted: accepted[nearest], distance: distances[nearest], length: length))
        }
        return comparison(.noMatch(nearest: nearest.map { accepted[$0] }, distance: nearest.map { distances[$0] }, length: length))
    }
}

extension Comparison {
    /// The accepted answer this value matched or came nearest to.
    public var acceptedAnswer: String? {
        switch outcome {
        case .exact(let accepted), .treated(let accepted, _), .closeEnough(let accepted, _, _): accepted
        case .sameNumber: nil
        case .noMatch(let nearest, _, _): nearest
        }
    }
}
