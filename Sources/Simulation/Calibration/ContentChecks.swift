import Foundation

/// Checks that need the content: skill levels in order of difficulty inside each tube, and
/// variants of one prototype equally hard. Both are tests on the estimates and their standard
/// errors, Holm-corrected over all the comparisons of their kind.
enum ContentChecks {
    static func findings(items: [CalibratedItem], significance: Double, text: CalibrationReport.Texts = CalibrationReport.Texts(language: .en)) -> [ContentFinding] {
        levelOrder(items, text: text) + variants(items, text: text)
    }

    /// Inverse-variance mean of difficulties, with its variance.
    static func pooled(_ items: [CalibratedItem]) -> (mean: Double, variance: Double)? {
        var weight = 0.0
        var sum = 0.0
        for item in items {
            guard let error = item.difficultyStandardError, error > 0 else { continue }
            weight += 1 / (error * error)
            sum += item.difficulty / (error * error)
        }
        guard weight > 0 else { return nil }
        return (sum / weight, 1 / weight)
    }

    /// For each pair of skill levels of a tube, a one-sided z-test that the lower level is
    /// harder than the higher one.
    static func levelOrder(_ items: [CalibratedItem], text: CalibrationReport.Texts = CalibrationReport.Texts(language: .en)) -> [ContentFinding] {
        func format(_ value: Double) -> String { text.number(value, keepingNegativeZero: true) }
        var byTube: [String: [Int: [CalibratedItem]]] = [:]
        for item in items where !item.isAnchor {
            guard let content = item.content else { continue }
            byTube[content.tubeID, default: [:]][content.level, default: []].append(item)
        }
        var raw: [(subject: String, message: String, p: Double, ids: [String])] = []
        for tube in byTube.keys.sorted() {
            guard let levels = byTube[tube] else { continue }
            let sorted = levels.keys.sorted()
            for (position, lower) in sorted.enumerated() {
                for higher in sorted[(position + 1)...] {
                    guard let low = levels[lower], let high = levels[higher], let l = pooled(low), let h = pooled(high) else { continue }
                    let z = (l.mean - h.mean) / (l.variance + h.variance).squareRoot()
                    let p = Distributions.normalUpperTail(z)
                    let lowName = low[0].content?.skillName ?? text("finding.levelName", ["level": "\(lower)"])
                    let highName = high[0].content?.skillName ?? text("finding.levelName", ["level": "\(higher)"])
                    raw.append(("\(lowName) / \(highName)",
                                text("finding.levelOrder", [
                                    "low": lowName, "lowLevel": "\(lower)", "lowDifficulty": format(l.mean),
                                    "high": highName, "highLevel": "\(higher)", "highDifficulty": format(h.mean),
                                ]),
                                p, (low + high).map(\.id).sorted()))
                }
            }
        }
        let adjusted = Distributions.holm(raw.map(\.p))
        return raw.indices.map { index in
            ContentFinding(code: .levelOutOfOrder, subject: raw[index].subject,
                           message: raw[index].message + text("finding.holm", ["p": Calibrator.formatP(adjusted[index], text: text)]),
                           pValue: raw[index].p, adjustedPValue: adjusted[index], challengeIDs: raw[index].ids)
        }
    }

    /// For each prototype with two or more estimated variants, Cochran's Q test of equal
    /// difficulty (chi-square with k − 1 degrees of freedom).
    static func variants(_ items: [CalibratedItem], text: CalibrationReport.Texts = CalibrationReport.Texts(language: .en)) -> [ContentFinding] {
        func format(_ value: Double) -> String { text.number(value, keepingNegativeZero: true) }
        var groups: [String: [CalibratedItem]] = [:]
        for item in items where !item.isAnchor {
            guard let content = item.content, item.difficultyStandardError != nil else { continue }
            groups[content.prototypeID, default: []].append(item)
        }
        var raw: [(subject: String, message: String, p: Double, ids: [String])] = []
        for prototype in groups.keys.sorted() {
            guard let members = groups[prototype], members.count >= 2, let center = pooled(members) else { continue }
            var q = 0.0
            for member in members {
                guard let error = member.difficultyStandardError else { continue }
                q += (member.difficulty - center.mean) * (member.difficulty - center.mean) / (error * error)
            }
            let p = Distributions.chiSquareUpperTail(q, degrees: members.count - 1)
            let easiest = members.min { $0.difficulty < $1.difficulty }
            let hardest = members.max { $0.difficulty < $1.difficulty }
            raw.append((prototype,
                        text("finding.variants", [
                            "count": "\(members.count)", "prototype": prototype, "easiest": format(easiest?.difficulty ?? 0), "easiestId": easiest?.id ?? "",
                            "hardest": format(hardest?.difficulty ?? 0), "hardestId": hardest?.id ?? "", "q": format(q), "df": "\(members.count - 1)",
                        ]),
                        p, members.map(\.id).sorted()))
        }
        let adjusted = Distributions.holm(raw.map(\.p))
        return raw.indices.map { index in
            ContentFinding(code: .variantsDiffer, subject: raw[index].subject,
                           message: raw[index].message + text("finding.holm", ["p": Calibrator.formatP(adjusted[index], text: text)]),
                           pValue: raw[index].p, adjustedPValue: adjusted[index], challengeIDs: raw[index].ids)
        }
    }
}
