/// Every text of the simulation report, in one place so that a French catalogue can sit beside
/// the English one.
public struct ReportText: Sendable {
    public let language: String
    public let title: String
    public let subtitle: @Sendable (_ engine: String, _ learners: String) -> String

    public let inputsHeading: String
    public let bankLabel: String
    public let bankFromBundle: @Sendable (_ path: String, _ framework: String, _ statuses: String) -> String
    public let bankFromItems: @Sendable (_ path: String) -> String
    public let challengesLabel: String
    public let provisionalNote: @Sendable (_ provisional: String, _ total: String) -> String
    public let noProvisional: String
    public let truthLabel: String
    public let truthSame: String
    public let populationLabel: String
    public let engineLabel: String
    public let flashDescription: @Sendable (_ length: String, _ initialCapacity: String, _ variationPercent: String?, _ oneQuestionPerTube: Bool,
                                            _ passageByAllCompetences: Bool, _ between: String, _ pickProbability: String) -> String
    public let maxInfoDescription: @Sendable (_ length: String, _ stopError: String?) -> String
    public let smartRandomDescription: @Sendable (_ locale: String, _ maximumLength: String?) -> String
    public let seedLabel: String
    public let digestLabel: String
    public let thresholdLabel: String

    public let overallHeading: String
    public let learnersLabel: String
    public let biasLabel: String
    public let rmseLabel: String
    public let meanErrorRateLabel: String
    public let coverageLabel: String
    public let meanLengthLabel: String
    public let correctRateLabel: String
    public let correlationLabel: String
    public let undefinedNote: @Sendable (_ count: String) -> String
    public let overallExplanation: String

    public let bandsHeading: String
    public let bandsChartTitle: String
    public let bandAxis: String
    public let logitAxis: String
    public let bandColumn: String
    public let shareColumn: String

    public let informationHeading: String
    public let informationChartTitle: @Sendable (_ length: String) -> String
    public let capacityAxis: String
    public let informationAxis: String
    public let testInformationSeries: @Sendable (_ length: String) -> String
    public let thresholdSeries: @Sendable (_ threshold: String) -> String
    public let weakRangeSeries: String
    public let weakRangesText: @Sendable (_ threshold: String, _ ranges: String) -> String
    public let noWeakRange: @Sendable (_ threshold: String) -> String

    public let exposureHeading: String
    public let exposureChartTitle: String
    public let exposureRankAxis: String
    public let exposureRateAxis: String
    public let exposureSeries: String
    public let uniformExposureSeries: String
    public let exposureText: @Sendable (_ maximum: String, _ challenge: String, _ neverUsed: String, _ neverUsedShare: String, _ overlap: String) -> String

    public let scoresHeading: String
    public let scoresChartTitle: String
    public let scoreAxis: String
    public let learnersShareAxis: String
    public let scoresSeries: String
    public let scoresText: @Sendable (_ mean: String, _ sd: String, _ median: String, _ p5: String, _ p95: String) -> String
    public let noScores: String

    public let competencePixHeading: String
    public let competencePixChartTitle: String
    public let competenceAxis: String
    public let pixAxis: String
    public let earnedSeries: String
    public let impliedSeries: String
    public let competencePixExplanation: String
    public let sameLevelColumn: String

    public let answersHeading: String
    public let competenceColumn: String
    public let answersColumn: String
    public let noCompetence: String

    public let gapsHeading: String
    public let gapsExplanation: @Sendable (_ information: String) -> String
    public let rankColumn: String
    public let challengesColumn: String
    public let reasonColumn: String
    public let noGap: String
    public let noChallengeReason: @Sendable (_ competence: String, _ band: String, _ share: String) -> String
    public let lowInformationReason: @Sendable (_ competence: String, _ count: String, _ band: String, _ best: String, _ new: String, _ share: String) -> String

    public let footer: String
    /// "< −3", "[−3, −2)", "≥ 3".
    public let below: @Sendable (_ bound: String) -> String
    public let between: @Sendable (_ from: String, _ to: String) -> String
    public let above: @Sendable (_ bound: String) -> String
    public let decimalSeparator: String
    public let percentSign: String
    public let thousandsSeparator: String
    public let missingValue: String
    public let pretest: PretestText

    public static let english = ReportText(
        language: "en",
        title: "Simulation of the adaptive test",
        subtitle: { engine, learners in "\(learners) simulated learners, engine \(engine)" },
        inputsHeading: "Inputs",
        bankLabel: "Bank",
        bankFromBundle: { path, framework, statuses in "bundle \(path), framework \(framework), status \(statuses)" },
        bankFromItems: { path in "items file \(path)" },
        challengesLabel: "Challenges",
        provisionalNote: { provisional, total in "\(provisional) of \(total) challenges have provisional parameters (no calibration yet: difficulty from the skill level, discrimination 1); their figures are estimates of estimates." },
        noProvisional: "Every challenge is calibrated.",
        truthLabel: "Answers drawn from",
        truthSame: "the bank's own parameters",
        populationLabel: "Population",
        engineLabel: "Engine",
        flashDescription: { length, initial, variation, perTube, passage, between, pick in
            "flash (Pix's v3 certification): \(length) questions, initial capacity \(initial), "
                + (variation.map { "capacity moves at most \($0) × itself per answer" } ?? "no limit on capacity moves")
                + ", one question per \(perTube ? "tube" : "skill"), " + (passage ? "every competence before any twice" : "competences in any order")
                + ", \(between) questions between two of one competence, pick probability \(pick) %"
        },
        maxInfoDescription: { length, stopError in
            "max-info (textbook): EAP with a N(0, 1) prior, the most informative challenge each time, \(length) questions"
                + (stopError.map { " at most, stopping at a standard error of \($0)" } ?? "")
        },
        smartRandomDescription: { locale, maximumLength in
            "smart random (Pix's campaigns), locale \(locale)" + (maximumLength.map { ", at most \($0) questions" } ?? ", until no skill is left")
        },
        seedLabel: "Seed",
        digestLabel: "Bank digest",
        thresholdLabel: "Standard error threshold",
        overallHeading: "Precision",
        learnersLabel: "Learners",
        biasLabel: "Bias",
        rmseLabel: "RMSE",
        meanErrorRateLabel: "Mean error rate",
        coverageLabel: "95 % coverage",
        meanLengthLabel: "Mean length",
        correctRateLabel: "Correct answers",
        correlationLabel: "Correlation",
        undefinedNote: { count in "\(count) learners have no defined estimate and are left out of these figures." },
        overallExplanation: "Bias is the mean of (estimate − true capacity), RMSE the square root of the mean squared difference, both in logits. The error rate is the standard error the engine reports; coverage is the share of learners whose true capacity lies within 1.96 error rates of the estimate (95 % when the error rate is honest).",
        bandsHeading: "Precision by capacity band",
        bandsChartTitle: "Bias, RMSE and mean error rate by band of true capacity",
        bandAxis: "Band of true capacity (logits)",
        logitAxis: "Logits",
        bandColumn: "Band",
        shareColumn: "Share of learners",
        informationHeading: "Where the bank measures well",
        informationChartTitle: { length in "Test information: the \(length) most informative challenges at each capacity" },
        capacityAxis: "Capacity θ (logits)",
        informationAxis: "Information",
        testInformationSeries: { length in "Information of the best \(length) challenges" },
        thresholdSeries: { threshold in "Needed for a standard error of \(threshold)" },
        weakRangeSeries: "Poorly measured",
        weakRangesText: { threshold, ranges in "The expected standard error exceeds \(threshold) for capacities in \(ranges): no adaptive test of this length can measure learners there precisely with this bank." },
        noWeakRange: { threshold in "The expected standard error stays below \(threshold) from −5 to 5." },
        exposureHeading: "Exposure",
        exposureChartTitle: "Exposure rate of each challenge, most exposed first",
        exposureRankAxis: "Challenges, most exposed first",
        exposureRateAxis: "Share of learners who saw it",
        exposureSeries: "Exposure rate",
        uniformExposureSeries: "Every challenge used equally",
        exposureText: { maximum, challenge, neverUsed, neverUsedShare, overlap in "The most exposed challenge (\(challenge)) is seen by \(maximum) of the learners; \(neverUsed) challenges (\(neverUsedShare)) are never used. Two learners have \(overlap) of their questions in common on average." },
        scoresHeading: "Certification v3 scores",
        scoresChartTitle: "Distribution of the v3 pix scores",
        scoreAxis: "Pix score (bins of 32 pix)",
        learnersShareAxis: "Learners (%)",
        scoresSeries: "Learners",
        scoresText: { mean, sd, median, p5, p95 in "Mean \(mean) pix (standard deviation \(sd)); median \(median); 90 % of the learners between \(p5) and \(p95)." },
        noScores: "This engine gives no v3 score.",
        competencePixHeading: "Pix per competence",
        competencePixChartTitle: "Mean pix per competence: earned in the test and implied by the true capacity",
        competenceAxis: "Competence",
        pixAxis: "Pix",
        earnedSeries: "Earned (smart random)",
        impliedSeries: "Implied by the true capacity",
        competencePixExplanation: "A skill counts as implied when the learner would answer its easiest challenge right more often than wrong (true capacity at least its true difficulty). Pix per competence and levels are capped as Pix caps them (48 pix, level 6).",
        sameLevelColumn: "Same level",
        answersHeading: "Answers per competence",
        competenceColumn: "Competence",
        answersColumn: "Answers",
        noCompetence: "(no competence)",
        gapsHeading: "Where new challenges would help most",
        gapsExplanation: { information in "Each line is a competence and a band of capacity where a new challenge of median discrimination, with its difficulty in the band, would bring the most information to the simulated learners (\(information) at the band's centre). Ranked by the gain weighted by the share of learners in the band." },
        rankColumn: "Rank",
        challengesColumn: "Challenges in the band",
        reasonColumn: "Why",
        noGap: "No gap: every competence has informative challenges wherever there are learners.",
        noChallengeReason: { competence, band, share in "\(competence) has no challenge with a difficulty in \(band), where \(share) of the learners are." },
        lowInformationReason: { competence, count, band, best, new, share in "\(competence) has \(count) \(count == "1" ? "challenge" : "challenges") in \(band), but its best gives only \(best) information there (a new one: \(new)); \(share) of the learners are in this band." },
        footer: "Written by pixc simulate. Every figure comes from summary.json in the same folder.",
        below: { bound in "< \(bound)" },
        between: { from, to in "[\(from), \(to))" },
        above: { bound in "≥ \(bound)" },
        decimalSeparator: ".",
        percentSign: " %",
        thousandsSeparator: ",",
        missingValue: "–",
        pretest: .english
    )

    /// A number with `digits` decimals, rounded half away from zero, with this language's
    /// separators and a real minus sign.
    public func decimal(_ value: Double?, digits: Int) -> String {
        guard let value, value.isFinite else { return missingValue }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return missingValue }
        let whole = Int(scaled)
        let unit = Int(scale)
        var text = grouped(whole / unit)
        if digits > 0 {
            let fraction = String(whole % unit)
            text += decimalSeparator + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return (value < 0 && whole != 0 ? "−" : "") + text
    }

    public func integer(_ value: Int) -> String {
        (value < 0 ? "−" : "") + grouped(abs(value))
    }

    public func percent(_ share: Double?, digits: Int = 1) -> String {
        guard let share, share.isFinite else { return missingValue }
        return decimal(share * 100, digits: digits) + percentSign
    }

    private func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += thousandsSeparator }
            out.append(character)
        }
        return out
    }
}
