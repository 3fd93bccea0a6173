import Foundation
import Vocabulary

/// report.html: one self-contained page (inline SVG and CSS, no script, nothing fetched) that
/// shows the figures of summary.json to the people who wrote the challenges.
public enum Report {
    static let colors = (rmse: "#1f5f99", errorRate: "#7fb2dd", bias: "#d9792b", threshold: "#b8312f", information: "#1f5f99",
                         exposure: "#2e7d4f", uniform: "#555555", scores: "#6a4c93", earned: "#1f5f99", implied: "#d9792b",
                         pretestDifficulty: "#1f5f99", pretestDiscrimination: "#7fb2dd")

    /// The charts the page holds for this summary, by their `data-chart` name.
    public static func charts(_ summary: SimulationSummary) -> [String] {
        var charts = ["bias-rmse", "information", "exposure"]
        if summary.scores != nil { charts.append("scores") }
        if summary.competencePix != nil { charts.append("competence-pix") }
        if summary.pretest != nil { charts.append("pretest") }
        return charts
    }

    public static func html(_ summary: SimulationSummary, text: ReportText) -> String {
        var page = "<!DOCTYPE html>\n<html lang=\"\(text.language)\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<title>\(HTMLText.escape(text.title))</title>\n<style>\(style)</style>\n</head>\n<body>\n<main>\n"
        page += "<h1>\(HTMLText.escape(text.title))</h1>\n<p class=\"subtitle\">\(HTMLText.escape(text.subtitle(summary.request.engine.name, text.integer(summary.learners))))</p>\n"
        page += inputs(summary, text)
        page += overall(summary, text)
        page += bands(summary, text)
        page += information(summary, text)
        page += gaps(summary, text)
        page += exposure(summary, text)
        page += scores(summary, text)
        page += competencePix(summary, text)
        page += answers(summary, text)
        page += pretest(summary, text)
        page += "<footer>\(HTMLText.escape(text.footer))</footer>\n</main>\n</body>\n</html>\n"
        return page
    }

    static let style = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1d2433}\
    main{max-width:980px;margin:0 auto;padding:24px}h1{margin:0 0 4px}h2{margin-top:36px;border-bottom:2px solid #d6dbe3;padding-bottom:4px}\
    .subtitle{color:#4a5568;margin-top:0}table{border-collapse:collapse;width:100%;background:#fff;margin:8px 0}\
    th,td{border:1px solid #d6dbe3;padding:4px 8px;text-align:left;vertical-align:top}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}\
    .figures{display:flex;flex-wrap:wrap;gap:12px}.figure{background:#fff;border:1px solid #d6dbe3;border-radius:6px;padding:8px 12px;min-width:120px}\
    .figure b{display:block;font-size:1.4em}.note{background:#fff8e1;border-left:4px solid #e0a800;padding:6px 10px}\
    svg{width:100%;height:auto;background:#fff;border:1px solid #d6dbe3;border-radius:6px}\
    .chart-title{font-size:14px;font-weight:600;fill:#1d2433}.tick{font-size:11px;fill:#4a5568}.axis-label{font-size:12px;fill:#1d2433}\
    .legend{font-size:11px;fill:#1d2433}.grid{stroke:#e7eaf0}.axis{stroke:#4a5568}footer{margin-top:40px;color:#4a5568;font-size:.9em}
    """

    public static func bandName(_ from: Double, _ to: Double, _ text: ReportText) -> String {
        if !from.isFinite { return text.below(text.decimal(to, digits: 1)) }
        if !to.isFinite { return text.above(text.decimal(from, digits: 1)) }
        return text.between(text.decimal(from, digits: 1), text.decimal(to, digits: 1))
    }

    static func competence(_ label: String, _ text: ReportText) -> String { label.isEmpty ? text.noCompetence : label }

    private static func inputs(_ summary: SimulationSummary, _ text: ReportText) -> String {
        var rows: [(String, String)] = []
        switch summary.bankSource {
        case let .bundle(path, framework, statuses, _, _):
            rows.append((text.bankLabel, text.bankFromBundle(path, framework ?? "*", statuses.joined(separator: ", "))))
        case .items(let path):
            rows.append((text.bankLabel, text.bankFromItems(path)))
        }
        rows.append((text.challengesLabel, text.integer(summary.challenges)))
        rows.append((text.truthLabel, summary.request.truthPath ?? text.truthSame))
        rows.append((text.populationLabel, summary.populationDescription))
        rows.append((text.engineLabel, engineDescription(summary, text)))
        rows.append((text.seedLabel, String(summary.request.seed)))
        rows.append((text.thresholdLabel, text.decimal(summary.request.standardErrorThreshold, digits: 2)))
        rows.append((text.digestLabel, summary.bankDigest))
        var html = "<h2>\(HTMLText.escape(text.inputsHeading))</h2>\n<table>"
        for (label, value) in rows { html += "<tr><th>\(HTMLText.escape(label))</th><td>\(HTMLText.escape(value))</td></tr>" }
        html += "</table>\n"
        let provisional = summary.provisionalIds.count
        html += provisional > 0 ? "<p class=\"note\">\(HTMLText.escape(text.provisionalNote(text.integer(provisional), text.integer(summary.challenges))))</p>\n"
                                : "<p>\(HTMLText.escape(text.noProvisional))</p>\n"
        return html
    }

    private static func engineDescription(_ summary: SimulationSummary, _ text: ReportText) -> String {
        switch summary.request.engine {
        case .flash(let c):
            return text.flashDescription(text.integer(c.maximumAssessmentLength), text.decimal(c.defaultCandidateCapacity, digits: 2),
                                         c.variationPercent.flatMap { $0 == 0 ? nil : text.decimal($0, digits: 2) }, c.limitToOneQuestionPerTube,
                                         c.enablePassageByAllCompetences, text.integer(c.challengesBetweenSameCompetence),
                                         text.decimal(c.defaultProbabilityToPickChallenge, digits: 0))
        case let .maxInfo(length, stopError):
            return text.maxInfoDescription(text.integer(length), stopError.map { text.decimal($0, digits: 2) })
        case let .smartRandom(maximumLength, locale):
            return text.smartRandomDescription(locale, maximumLength.map(text.integer))
        }
    }

    private static func overall(_ summary: SimulationSummary, _ text: ReportText) -> String {
        let o = summary.overall
        let figures: [(String, String)] = [
            (text.learnersLabel, text.integer(o.learners)),
            (text.rmseLabel, text.decimal(o.rmse, digits: 3)),
            (text.biasLabel, text.decimal(o.bias, digits: 3)),
            (text.meanErrorRateLabel, text.decimal(o.meanErrorRate, digits: 3)),
            (text.coverageLabel, text.percent(o.coverage)),
            (text.meanLengthLabel, text.decimal(o.meanLength, digits: 1)),
            (text.correctRateLabel, text.percent(o.correctRate)),
            (text.correlationLabel, text.decimal(summary.correlation, digits: 3)),
        ]
        var html = "<h2>\(HTMLText.escape(text.overallHeading))</h2>\n<div class=\"figures\">"
        for (label, value) in figures { html += "<div class=\"figure\">\(HTMLText.escape(label))<b>\(HTMLText.escape(value))</b></div>" }
        html += "</div>\n<p>\(HTMLText.escape(text.overallExplanation))</p>\n"
        if o.undefinedEstimates > 0 { html += "<p class=\"note\">\(HTMLText.escape(text.undefinedNote(text.integer(o.undefinedEstimates))))</p>\n" }
        return html
    }

    private static func bands(_ summary: SimulationSummary, _ text: ReportText) -> String {
        let names = summary.bands.map { bandName($0.from, $0.to, text) }
        let values = summary.bands.flatMap { [$0.precision.rmse, $0.precision.bias, $0.precision.meanErrorRate].compactMap { $0 } }
        var plot = SVGPlot(id: "bias-rmse", title: text.bandsChartTitle, x: .categories(names, label: text.bandAxis),
                           yMin: min(0, values.min() ?? 0) * 1.1, yMax: max(0.1, values.max() ?? 1) * 1.1, yLabel: text.logitAxis)
        plot.legend = [SVGPlot.LegendEntry(name: text.rmseLabel, color: colors.rmse, dashed: false),
                       SVGPlot.LegendEntry(name: text.meanErrorRateLabel, color: colors.errorRate, dashed: false),
                       SVGPlot.LegendEntry(name: text.biasLabel, color: colors.bias, dashed: false)]
        for (index, band) in summary.bands.enumerated() {
            let slot = plot.slot(index)
            let width = slot.width * 0.8 / 3
            let series: [(Double?, String, String)] = [(band.precision.rmse, colors.rmse, text.rmseLabel),
                                                       (band.precision.meanErrorRate, colors.errorRate, text.meanErrorRateLabel),
                                                       (band.precision.bias, colors.bias, text.biasLabel)]
            for (offset, (value, color, label)) in series.enumerated() {
                guard let value else { continue }
                plot.bar(x: slot.left + slot.width * 0.1 + Double(offset) * width, width: width * 0.92, value: value, color: color,
                         title: "\(names[index]): \(label) \(text.decimal(value, digits: 3))")
            }
        }
        var html = "<h2>\(HTMLText.escape(text.bandsHeading))</h2>\n" + plot.render { text.decimal($0, digits: 2) } + "\n<table><tr>"
        for column in [text.bandColumn, text.learnersLabel, text.shareColumn, text.biasLabel, text.rmseLabel, text.meanErrorRateLabel, text.coverageLabel, text.meanLengthLabel] {
            html += "<th\(column == text.bandColumn ? "" : " class=\"n\"")>\(HTMLText.escape(column))</th>"
        }
        html += "</tr>"
        for (index, band) in summary.bands.enumerated() {
            let p = band.precision
            let cells = [text.integer(p.learners), text.percent(band.share), text.decimal(p.bias, digits: 3), text.decimal(p.rmse, digits: 3),
                         text.decimal(p.meanErrorRate, digits: 3), text.percent(p.coverage), text.decimal(p.meanLength, digits: 1)]
            html += "<tr><td>\(HTMLText.escape(names[index]))</td>" + cells.map { "<td class=\"n\">\(HTMLText.escape($0))</td>" }.joined() + "</tr>"
        }
        return html + "</table>\n"
    }

    private static func information(_ summary: SimulationSummary, _ text: ReportText) -> String {
        let d = summary.diagnostics
        let needed = 1 / (d.threshold * d.threshold)
        let peak = max(needed, d.testInformation.filter(\.isFinite).max() ?? 0)
        let length = text.integer(d.length)
        var plot = SVGPlot(id: "information", title: text.informationChartTitle(length),
                           x: .numeric(min: d.grid.first ?? -5, max: d.grid.last ?? 5, label: text.capacityAxis),
                           yMin: 0, yMax: peak * 1.1, yLabel: text.informationAxis)
        let threshold = text.decimal(d.threshold, digits: 2)
        plot.legend = [SVGPlot.LegendEntry(name: text.testInformationSeries(length), color: colors.information, dashed: false),
                       SVGPlot.LegendEntry(name: text.thresholdSeries(threshold), color: colors.threshold, dashed: true),
                       SVGPlot.LegendEntry(name: text.weakRangeSeries, color: "#f3c1c0", dashed: false)]
        for range in d.weakRanges {
            plot.shade(from: range.from, to: range.to, color: colors.threshold,
                       title: "\(text.weakRangeSeries): \(text.decimal(range.from, digits: 1)) … \(text.decimal(range.to, digits: 1))")
        }
        plot.horizontalLine(at: needed, color: colors.threshold, title: text.thresholdSeries(threshold))
        plot.line(Array(zip(d.grid, d.testInformation)).map { (x: $0.0, y: $0.1) }, color: colors.information, title: text.testInformationSeries(length))
        var html = "<h2>\(HTMLText.escape(text.informationHeading))</h2>\n" + plot.render { text.decimal($0, digits: 1) } + "\n"
        if d.weakRanges.isEmpty {
            html += "<p>\(HTMLText.escape(text.noWeakRange(threshold)))</p>\n"
        } else {
            let ranges = d.weakRanges.map { "[\(text.decimal($0.from, digits: 1)), \(text.decimal($0.to, digits: 1))]" }.joined(separator: ", ")
            html += "<p class=\"note\">\(HTMLText.escape(text.weakRangesText(threshold, ranges)))</p>\n"
        }
        return html
    }

    private static func gaps(_ summary: SimulationSummary, _ text: ReportText) -> String {
        let d = summary.diagnostics
        var html = "<h2>\(HTMLText.escape(text.gapsHeading))</h2>\n<p>\(HTMLText.escape(text.gapsExplanation(text.decimal(d.newChallengeInformation, digits: 3))))</p>\n"
        guard !d.gaps.isEmpty else { return html + "<p>\(HTMLText.escape(text.noGap))</p>\n" }
        html += "<table data-table=\"gaps\"><tr><th class=\"n\">\(HTMLText.escape(text.rankColumn))</th><th>\(HTMLText.escape(text.competenceColumn))</th><th>\(HTMLText.escape(text.bandColumn))</th>"
        html += "<th class=\"n\">\(HTMLText.escape(text.challengesColumn))</th><th class=\"n\">\(HTMLText.escape(text.shareColumn))</th><th>\(HTMLText.escape(text.reasonColumn))</th></tr>"
        for (rank, gap) in d.gaps.enumerated() {
            let name = competence(gap.competence, text)
            let bandName = bandName(gap.from, gap.to, text)
            let share = text.percent(gap.learnersShare)
            let reason: String
            switch gap.reason {
            case .noChallenge: reason = text.noChallengeReason(name, bandName, share)
            case .lowInformation:
                reason = text.lowInformationReason(name, text.integer(gap.challenges), bandName, text.decimal(gap.bestInformation, digits: 3),
                                                   text.decimal(gap.newChallengeInformation, digits: 3), share)
            }
            html += "<tr><td class=\"n\">\(rank + 1)</td><td>\(HTMLText.escape(name))</td><td>\(HTMLText.escape(bandName))</td><td class=\"n\">\(text.integer(gap.challenges))</td>"
            html += "<td class=\"n\">\(HTMLText.escape(share))</td><td>\(HTMLText.escape(reason))</td></tr>"
        }
        return html + "</table>\n"
    }

    private static func exposure(_ summary: SimulationSummary, _ text: ReportText) -> String {
        let e = summary.exposure
        let rates = e.sortedRates
        let names = rates.indices.map { String($0 + 1) }
        var plot = SVGPlot(id: "exposure", title: text.exposureChartTitle, x: .categories(names, label: text.exposureRankAxis),
                           yMin: 0, yMax: max(0.05, e.maximumRate) * 1.1, yLabel: text.exposureRateAxis)
        plot.legend = [SVGPlot.LegendEntry(name: text.exposureSeries, color: colors.exposure, dashed: false),
                       SVGPlot.LegendEntry(name: text.uniformExposureSeries, color: colors.uniform, dashed: true)]
        if rates.count <= 120 {
            for (index, rate) in rates.enumerated() {
                let slot = plot.slot(index)
                plot.bar(x: slot.left + slot.width * 0.1, width: slot.width * 0.8, value: rate, color: colors.exposure, title: "#\(index + 1): \(text.percent(rate))")
            }
        } else {
            plot.steps(rates, color: colors.exposure, title: text.exposureSeries)
        }
        let meanLength = summary.overall.meanLength ?? 0
        plot.horizontalLine(at: meanLength / Double(max(1, rates.count)), color: colors.uniform, title: text.uniformExposureSeries)
        var html = "<h2>\(HTMLText.escape(text.exposureHeading))</h2>\n" + plot.render { text.percent($0, digits: 0) } + "\n"
        html += "<p>\(HTMLText.escape(text.exposureText(text.percent(e.maximumRate), e.maximumRateChallenge, text.integer(e.neverUsed), text.percent(e.neverUsedShare), text.percent(e.overlapRate))))</p>\n"
        return html
    }

    private static func scores(_ summary: SimulationSummary, _ text: ReportText) -> String {
        var html = "<h2>\(HTMLText.escape(text.scoresHeading))</h2>\n"
        guard let scores = summary.scores else { return html + "<p>\(HTMLText.escape(text.noScores))</p>\n" }
        let learners = Double(max(1, scores.histogram.reduce(0) { $0 + $1.learners }))
        let shares = scores.histogram.map { Double($0.learners) / learners * 100 }
        let names = scores.histogram.map { String($0.from) }
        var plot = SVGPlot(id: "scores", title: text.scoresChartTitle, x: .categories(names, label: text.scoreAxis),
                           yMin: 0, yMax: max(1, shares.max() ?? 1) * 1.1, yLabel: text.learnersShareAxis)
        plot.legend = [SVGPlot.LegendEntry(name: text.scoresSeries, color: colors.scores, dashed: false)]
        for (index, bin) in scores.histogram.enumerated() where bin.learners > 0 {
            let slot = plot.slot(index)
            plot.bar(x: slot.left + slot.width * 0.05, width: slot.width * 0.9, value: shares[index], color: colors.scores,
                     title: "\(bin.from)–\(bin.to): \(text.integer(bin.learners)) (\(text.decimal(shares[index], digits: 1)) %)")
        }
        html += plot.render { text.decimal($0, digits: 0) } + "\n"
        let percentile = Dictionary(uniqueKeysWithValues: scores.percentiles.map { ($0.rank, $0.score) })
        let sentence = text.scoresText(text.decimal(scores.mean, digits: 0), text.decimal(scores.standardDeviation, digits: 0),
                                       text.integer(percentile[50] ?? 0), text.integer(percentile[5] ?? 0), text.integer(percentile[95] ?? 0))
        html += "<p>\(HTMLText.escape(sentence))</p>\n"
        return html
    }

    private static func competencePix(_ summary: SimulationSummary, _ text: ReportText) -> String {
        guard let list = summary.competencePix else { return "" }
        let names = list.map { competence($0.competence, text) }
        let peak = list.flatMap { [$0.meanEarned, $0.meanImplied] }.max() ?? 1
        var plot = SVGPlot(id: "competence-pix", title: text.competencePixChartTitle, x: .categories(names, label: text.competenceAxis),
                           yMin: 0, yMax: max(1, peak) * 1.1, yLabel: text.pixAxis)
        plot.legend = [SVGPlot.LegendEntry(name: text.earnedSeries, color: colors.earned, dashed: false),
                       SVGPlot.LegendEntry(name: text.impliedSeries, color: colors.implied, dashed: false)]
        for (index, entry) in list.enumerated() {
            let slot = plot.slot(index)
            let width = slot.width * 0.8 / 2
            plot.bar(x: slot.left + slot.width * 0.1, width: width * 0.92, value: entry.meanEarned, color: colors.earned,
                     title: "\(names[index]): \(text.earnedSeries) \(text.decimal(entry.meanEarned, digits: 1))")
            plot.bar(x: slot.left + slot.width * 0.1 + width, width: width * 0.92, value: entry.meanImplied, color: colors.implied,
                     title: "\(names[index]): \(text.impliedSeries) \(text.decimal(entry.meanImplied, digits: 1))")
        }
        var html = "<h2>\(HTMLText.escape(text.competencePixHeading))</h2>\n" + plot.render { text.decimal($0, digits: 0) } + "\n"
        html += "<p>\(HTMLText.escape(text.competencePixExplanation))</p>\n<table><tr><th>\(HTMLText.escape(text.competenceColumn))</th><th class=\"n\">\(HTMLText.escape(text.earnedSeries))</th>"
        html += "<th class=\"n\">\(HTMLText.escape(text.impliedSeries))</th><th class=\"n\">\(HTMLText.escape(text.sameLevelColumn))</th></tr>"
        for (index, entry) in list.enumerated() {
            html += "<tr><td>\(HTMLText.escape(names[index]))</td><td class=\"n\">\(text.decimal(entry.meanEarned, digits: 1))</td>"
            html += "<td class=\"n\">\(text.decimal(entry.meanImplied, digits: 1))</td><td class=\"n\">\(HTMLText.escape(text.percent(entry.sameLevelShare)))</td></tr>"
        }
        return html + "</table>\n"
    }

    private static func answers(_ summary: SimulationSummary, _ text: ReportText) -> String {
        let total = Double(max(1, summary.answersPerCompetence.reduce(0) { $0 + $1.answers }))
        var html = "<h2>\(HTMLText.escape(text.answersHeading))</h2>\n<table><tr><th>\(HTMLText.escape(text.competenceColumn))</th><th class=\"n\">\(HTMLText.escape(text.answersColumn))</th><th class=\"n\">%</th></tr>"
        for entry in summary.answersPerCompetence {
            html += "<tr><td>\(HTMLText.escape(competence(entry.competence, text)))</td><td class=\"n\">\(text.integer(entry.answers))</td>"
            html += "<td class=\"n\">\(HTMLText.escape(text.percent(Double(entry.answers) / total)))</td></tr>"
        }
        return html + "</table>\n"
    }

    private static func pretest(_ summary: SimulationSummary, _ text: ReportText) -> String {
        guard let pretest = summary.pretest else { return "" }
        let t = text.pretest
        let names = pretest.sizes.map { text.integer($0.learners) }
        let values = pretest.sizes.flatMap { [$0.difficultyRMSE, $0.discriminationRMSE].compactMap { $0 } } + [pretest.targetRMSE]
        var plot = SVGPlot(id: "pretest", title: t.chartTitle, x: .categories(names, label: t.learnersAxis),
                           yMin: 0, yMax: (values.filter(\.isFinite).max() ?? 1) * 1.1, yLabel: t.rmseAxis)
        let target = text.decimal(pretest.targetRMSE, digits: 2)
        plot.legend = [SVGPlot.LegendEntry(name: t.difficultySeries, color: colors.pretestDifficulty, dashed: false),
                       SVGPlot.LegendEntry(name: t.discriminationSeries, color: colors.pretestDiscrimination, dashed: false),
                       SVGPlot.LegendEntry(name: t.targetSeries(target), color: colors.threshold, dashed: true)]
        for (index, size) in pretest.sizes.enumerated() {
            let slot = plot.slot(index)
            let width = slot.width * 0.8 / 2
            let series: [(Double?, String, String)] = [(size.difficultyRMSE, colors.pretestDifficulty, t.difficultySeries),
                                                       (size.discriminationRMSE, colors.pretestDiscrimination, t.discriminationSeries)]
            for (offset, (value, color, label)) in series.enumerated() {
                guard let value, value.isFinite else { continue }
                plot.bar(x: slot.left + slot.width * 0.1 + Double(offset) * width, width: width * 0.92, value: value, color: color,
                         title: "\(names[index]): \(label) \(text.decimal(value, digits: 3))")
            }
        }
        plot.horizontalLine(at: pretest.targetRMSE, color: colors.threshold, title: t.targetSeries(target))
        let source = pretest.path.map(t.fromItems) ?? t.fromProvisional
        var html = "<h2>\(HTMLText.escape(t.heading))</h2>\n<p>\(HTMLText.escape(t.explanation(text.integer(pretest.ids.count), text.integer(pretest.perSession), text.integer(pretest.nominalLength + pretest.perSession), source)))</p>\n"
        if let reached = pretest.targetReachedAt {
            html += "<p class=\"note\">\(HTMLText.escape(t.reached(text.integer(reached), target)))</p>\n"
        } else if let last = pretest.sizes.last {
            html += "<p class=\"note\">\(HTMLText.escape(t.notReached(target, text.integer(last.learners), text.decimal(last.difficultyRMSE, digits: 3))))</p>\n"
        }
        html += plot.render { text.decimal($0, digits: 2) } + "\n<table data-table=\"pretest\"><tr>"
        let columns = [t.learnersColumn, t.answersColumn, t.difficultyRMSEColumn, t.difficultyBiasColumn, t.difficultyCorrelationColumn,
                       t.standardErrorColumn, t.discriminationRMSEColumn, t.discriminationCorrelationColumn, t.flaggedColumn]
        html += columns.map { "<th class=\"n\">\(HTMLText.escape($0))</th>" }.joined() + "</tr>"
        for size in pretest.sizes {
            let cells = [text.integer(size.learners), "\(text.decimal(size.meanAnswers, digits: 0)), \(text.integer(size.minimumAnswers))",
                         text.decimal(size.difficultyRMSE, digits: 3), text.decimal(size.difficultyBias, digits: 3),
                         text.decimal(size.difficultyCorrelation, digits: 3), text.decimal(size.meanDifficultyStandardError, digits: 3),
                         text.decimal(size.discriminationRMSE, digits: 3), text.decimal(size.discriminationCorrelation, digits: 3),
                         "\(text.integer(size.flagged)) / \(text.integer(size.estimated))"]
            html += "<tr>" + cells.map { "<td class=\"n\">\(HTMLText.escape($0))</td>" }.joined() + "</tr>"
        }
        html += "</table>\n"
        for size in pretest.sizes where !size.converged { html += "<p class=\"note\">\(HTMLText.escape(t.notConverged(text.integer(size.learners))))</p>\n" }
        for size in pretest.sizes where size.estimated < pretest.ids.count {
            html += "<p class=\"note\">\(HTMLText.escape(t.unanswered(text.integer(size.learners), text.integer(pretest.ids.count - size.estimated))))</p>\n"
        }
        if pretest.sizes.contains(where: { $0.discriminationCorrelation == nil || $0.difficultyCorrelation == nil }) { html += "<p>\(HTMLText.escape(t.noCorrelation))</p>\n" }
        return html
    }
}
