import CalibrationFiles
import Foundation
import JSON
import Localization
import Release
import Vocabulary

/// The outputs of `pixc calibrate` besides the calibration CSV: a JSON report for programs and a
/// self-contained HTML report for people. Both carry every flag; both are byte-identical for the
/// same inputs.
public enum CalibrationReport {
    // MARK: JSON

    public static func json(_ result: CalibrationResult, input: String) -> JSONValue {
        func number(_ value: Double?) -> JSONValue { value.map { JSONValue.number(rounded($0)) } ?? .null }
        func flags(_ flags: [CalibrationFlag]) -> JSONValue {
            .array(flags.map { .object(["code": .string($0.code.rawValue), "message": .string($0.message)]) })
        }
        let items: [JSONValue] = result.items.map { item in
            var object: [String: JSONValue] = [
                "challengeId": .string(item.id), "answers": .integer(item.answers), "rightAnswers": .integer(item.rightAnswers),
                "anchor": .bool(item.isAnchor), "discrimination": number(item.discrimination), "difficulty": number(item.difficulty),
                "discriminationStandardError": number(item.discriminationStandardError), "difficultyStandardError": number(item.difficultyStandardError),
                "capacityMean": number(item.capacityMean), "capacitySD": number(item.capacitySD), "flags": flags(item.flags),
            ]
            if let content = item.content {
                object["skill"] = .string(content.skillName)
                object["level"] = .integer(content.level)
                object["tube"] = .string(content.tubeName)
                object["prototypeId"] = .string(content.prototypeID)
            }
            if let drift = item.drift {
                object["drift"] = .object([
                    "freeDiscrimination": number(drift.freeDiscrimination), "freeDifficulty": number(drift.freeDifficulty),
                    "chiSquare": number(drift.chiSquare), "pValue": number(drift.pValue), "adjustedPValue": number(drift.adjustedPValue),
                    "drifted": .bool(drift.drifted),
                ])
            }
            return .object(object)
        }
        let options = result.options
        var priors: [String: JSONValue] = [:]
        if let prior = options.discriminationPrior {
            priors["discrimination"] = .object(["distribution": .string("log-normal"), "meanLog": number(prior.meanLog), "sdLog": number(prior.sdLog)])
        }
        if let prior = options.difficultyPrior {
            priors["difficulty"] = .object(["distribution": .string("normal, in population units"), "mean": number(prior.mean), "sd": number(prior.sd)])
        }
        let statistics = result.logStatistics
        return .object([
            "input": .string(input),
            "learners": .integer(result.learners),
            "learnerColumn": .string(result.learnerColumn),
            "answers": .integer(result.answers),
            "challenges": .integer(result.items.count),
            "dropped": .array(statistics.dropped.map { .object(["status": .string($0.status), "answers": .integer($0.count)]) }),
            "countedWrong": .array(statistics.wrongByStatus.map { .object(["status": .string($0.status), "answers": .integer($0.count)]) }),
            "repeatedAnswers": .integer(statistics.repeatedAnswers),
            "ignoredColumns": .array(statistics.ignoredColumns.map(JSONValue.string)),
            "model": .object([
                "name": .string("2PL, marginal maximum a posteriori by EM (Bock–Aitkin)"),
                "priors": .object(priors),
                "quadrature": .object(["nodes": .integer(options.quadratureNodes), "range": number(options.quadratureRange)]),
                "tolerance": number(options.tolerance), "maximumIterations": .integer(options.maximumIterations),
            ]),
            "converged": .bool(result.converged),
            "iterations": .array(result.iterations.map {
                .object(["iteration": .integer($0.iteration), "logLikelihood": number($0.logLikelihood), "logPosterior": number($0.logPosterior), "change": number($0.change)])
            }),
            "population": .object(["mean": number(result.populationMean), "sd": number(result.populationSD), "estimated": .bool(result.populationEstimated)]),
            "anchors": .object(["given": .integer(result.anchorsGiven), "answered": .integer(result.anchorsAnswered)]),
            "flags": flags(result.runFlags),
            "findings": .array(result.findings.map {
                .object(["code": .string($0.code.rawValue), "subject": .string($0.subject), "message": .string($0.message),
                         "pValue": number($0.pValue), "adjustedPValue": number($0.adjustedPValue), "significant": .bool($0.adjustedPValue < options.significance),
                         "challengeIds": .array($0.challengeIDs.map(JSONValue.string))])
            }),
            "items": .array(items),
        ])
    }

    /// Ten significant digits: the estimates are not more precise, and the text stays stable.
    static func rounded(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        return Double(String(format: "%.10g", value)) ?? value
    }

    // MARK: HTML

    public static func html(_ result: CalibrationResult, input: String, maximumCurves: Int = 200, language: Language = .en) -> String {
        let text = Texts(language: language)
        var out = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(text("html.title", ["input": HTMLText.escape(input)]))</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d2433; max-width: 72rem; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
        table { border-collapse: collapse; font-size: 0.85rem; }
        th, td { border-bottom: 1px solid #dde; padding: 0.2rem 0.5rem; text-align: right; }
        th { cursor: pointer; background: #f3f4f8; position: sticky; top: 0; }
        td.id, th.id, td.text { text-align: left; }
        tr.flagged td { background: #fff4e5; }
        .flag { display: inline-block; background: #b54708; color: white; border-radius: 0.3rem; padding: 0 0.3rem; margin: 0.05rem; font-size: 0.75rem; }
        .ok { color: #067647; } .bad { color: #b42318; font-weight: bold; }
        .curves { display: flex; flex-wrap: wrap; gap: 1rem; }
        figure { margin: 0; } figcaption { font-size: 0.8rem; max-width: 260px; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1rem; } dt { font-weight: bold; }
        </style>
        </head>
        <body>
        <h1>\(text("html.heading"))</h1>

        """
        let options = result.options
        out += "<dl>\n"
        out += "<dt>\(text("html.answersLabel"))</dt><dd id=\"answers\">" + text("html.answers", [
            "answers": text.integer(result.answers), "learners": text.integer(result.learners), "column": HTMLText.escape(result.learnerColumn),
            "challenges": text.integer(result.items.count), "input": HTMLText.escape(input),
        ]) + "</dd>\n"
        if !result.logStatistics.dropped.isEmpty {
            out += "<dt>\(text("html.leftOut"))</dt><dd>\(result.logStatistics.dropped.map { "\(text.integer($0.count)) <code>\(HTMLText.escape($0.status))</code>" }.joined(separator: ", "))</dd>\n"
        }
        if !result.logStatistics.wrongByStatus.isEmpty {
            out += "<dt>\(text("html.countedWrong"))</dt><dd>\(result.logStatistics.wrongByStatus.map { "\(text.integer($0.count)) <code>\(HTMLText.escape($0.status))</code>" }.joined(separator: ", "))\(text("html.besidesKo"))</dd>\n"
        }
        out += "<dt>\(text("html.modelLabel"))</dt><dd>" + text("html.model", ["nodes": text.integer(options.quadratureNodes), "range": text.number(options.quadratureRange)]) + "</dd>\n"
        let priorA = options.discriminationPrior.map { text("html.discriminationPrior", ["meanLog": text.number($0.meanLog), "sdLog": text.number($0.sdLog)]) }
            ?? text("html.noDiscriminationPrior")
        let priorB = options.difficultyPrior.map { text("html.difficultyPrior", ["mean": text.number($0.mean), "sd": text.number($0.sd)]) } ?? text("html.noDifficultyPrior")
        out += "<dt>\(text("html.priorsLabel"))</dt><dd>" + text("html.priors", ["discrimination": priorA, "difficulty": priorB]) + "</dd>\n"
        out += "<dt>\(text("html.convergenceLabel"))</dt><dd id=\"convergence\" class=\"\(result.converged ? "ok" : "bad")\">"
            + text(result.converged ? "html.converged" : "html.notConverged", ["iterations": text.integer(result.iterationCount), "tolerance": text.plain(options.tolerance)])
            + "</dd>\n"
        let how = result.populationEstimated ? text("html.populationEstimated", ["anchors": text.integer(result.anchorsAnswered)]) : text("html.populationFixed")
        out += "<dt>\(text("html.populationLabel"))</dt><dd>" + text("html.population", ["mean": text.number(result.populationMean), "sd": text.number(result.populationSD), "how": how]) + "</dd>\n"
        out += "<dt>\(text("html.flaggedLabel"))</dt><dd id=\"flagged\">" + text("html.flagged", ["flagged": text.integer(result.flaggedCount), "challenges": text.integer(result.items.count)]) + "</dd>\n"
        out += "</dl>\n"
        if !result.runFlags.isEmpty {
            out += "<h2>\(text("html.warnings"))</h2>\n<ul id=\"run-flags\">\n"
            for flag in result.runFlags { out += "<li><span class=\"flag\">\(flag.code.rawValue)</span> \(HTMLText.escape(flag.message))</li>\n" }
            out += "</ul>\n"
        }
        out += "<h2>\(text("html.convergenceHeading"))</h2>\n" + convergencePlot(result.iterations, text: text)
        let significant = result.findings.filter { $0.adjustedPValue < options.significance }
        if !result.findings.isEmpty {
            out += "<h2>\(text("html.contentChecks"))</h2>\n<p>" + text("html.significant", [
                "significant": text.integer(significant.count), "comparisons": text.integer(result.findings.count), "alpha": text.plain(options.significance),
            ]) + "</p>\n<ul id=\"findings\">\n"
            for finding in significant { out += "<li><span class=\"flag\">\(finding.code.rawValue)</span> \(HTMLText.escape(finding.message))</li>\n" }
            out += "</ul>\n"
        }
        let flagged = result.items.filter { !$0.flags.isEmpty }
        if !flagged.isEmpty {
            out += "<h2>\(text("html.curves"))</h2>\n<div class=\"curves\" id=\"curves\">\n"
            for item in flagged.prefix(maximumCurves) { out += curve(item, result: result, text: text) }
            out += "</div>\n"
            if flagged.count > maximumCurves { out += "<p>" + text("html.moreCurves", ["count": text.integer(flagged.count - maximumCurves)]) + "</p>\n" }
        }
        out += "<h2>\(text("html.challenges"))</h2>\n<table id=\"items\">\n<thead><tr>"
        let columns = ["challenge", "skill", "answers", "right", "discrimination", "standardError", "difficulty", "standardError", "capacitySD", "flags"]
        for (index, title) in columns.map({ text("html.column.\($0)") }).enumerated() {
            out += "<th\(index == 0 || index == 1 || index == 9 ? " class=\"id\"" : "") onclick=\"sortBy(\(index))\">\(title)</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for item in result.items {
            let share = item.answers > 0 ? 100 * Double(item.rightAnswers) / Double(item.answers) : 0
            out += "<tr\(item.flags.isEmpty ? "" : " class=\"flagged\"")><td class=\"id\">\(HTMLText.escape(item.id))\(item.isAnchor ? text("html.anchor") : "")</td>"
            out += "<td class=\"text\">\(HTMLText.escape(item.content?.skillName ?? ""))</td><td>\(item.answers)</td><td>\(text.number(share, digits: 1))</td>"
            out += "<td>\(text.number(item.discrimination, digits: 3))</td><td>\(item.discriminationStandardError.map { text.number($0, digits: 3) } ?? "")</td>"
            out += "<td>\(text.number(item.difficulty, digits: 3))</td><td>\(item.difficultyStandardError.map { text.number($0, digits: 3) } ?? "")</td>"
            out += "<td>\(text.number(item.capacitySD, digits: 2))</td><td class=\"text\">"
            out += item.flags.map { "<span class=\"flag\" title=\"\(HTMLText.escape($0.message))\">\($0.code.rawValue)</span>" }.joined(separator: " ")
            out += "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += """
        <script>
        function sortBy(column) {
          const body = document.querySelector('#items tbody');
          const rows = Array.from(body.rows);
          const key = row => { const text = row.cells[column].textContent; const value = parseFloat(\(language == .fr ? "text.replace(/\\u2212/g, '-').replace(/\\u202f/g, '').replace(',', '.')" : "text")); return isNaN(value) ? text : value; };
          const ascending = body.dataset.column != column || body.dataset.order != 'up';
          rows.sort((x, y) => { const a = key(x), b = key(y); return (a < b ? -1 : a > b ? 1 : 0) * (ascending ? 1 : -1); });
          rows.forEach(row => body.appendChild(row));
          body.dataset.column = column; body.dataset.order = ascending ? 'up' : 'down';
        }
        </script>
        </body>
        </html>

        """
        return out
    }

    static func convergencePlot(_ iterations: [IterationRecord], text: Texts = Texts(language: .en)) -> String {
        guard let first = iterations.first else { return "<p>\(text("html.noIteration"))</p>\n" }
        let width = 640.0, height = 220.0, left = 70.0, bottom = 30.0
        let values = iterations.map(\.logPosterior)
        let low = values.min() ?? first.logPosterior
        let high = values.max() ?? first.logPosterior
        let span = max(high - low, 1e-9)
        let count = max(1, iterations.count - 1)
        let points = iterations.enumerated().map { index, record in
            "\(format(left + (width - left - 10) * Double(index) / Double(count), digits: 1)),\(format(10 + (height - bottom - 10) * (1 - (record.logPosterior - low) / span), digits: 1))"
        }.joined(separator: " ")
        var out = "<svg id=\"convergence-plot\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(text("html.plotLabel"))\">\n"
        out += "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - 10)\" y2=\"\(height - bottom)\" stroke=\"#888\"/><line x1=\"\(left)\" y1=\"10\" x2=\"\(left)\" y2=\"\(height - bottom)\" stroke=\"#888\"/>\n"
        out += "<polyline fill=\"none\" stroke=\"#1849a9\" stroke-width=\"2\" points=\"\(points)\"/>\n"
        out += "<text x=\"\(left - 5)\" y=\"16\" font-size=\"11\" text-anchor=\"end\">\(text.number(high, digits: 1))</text>"
        out += "<text x=\"\(left - 5)\" y=\"\(height - bottom)\" font-size=\"11\" text-anchor=\"end\">\(text.number(low, digits: 1))</text>\n"
        out += "<text x=\"\(left)\" y=\"\(height - 8)\" font-size=\"11\">1</text><text x=\"\(width - 10)\" y=\"\(height - 8)\" font-size=\"11\" text-anchor=\"end\">\(text("html.iterations", ["count": text.integer(iterations.last?.iteration ?? iterations.count)]))</text>\n"
        out += "</svg>\n<p>" + text("html.plotCaption", [
            "logLikelihood": text.number(iterations.last?.logLikelihood ?? 0, digits: 3), "change": text.scientific(iterations.last?.change ?? 0),
        ]) + "</p>\n"
        return out
    }

    static func curve(_ item: CalibratedItem, result: CalibrationResult, text: Texts = Texts(language: .en)) -> String {
        let width = 260.0, height = 170.0, left = 30.0, bottom = 25.0
        let low = result.populationMean - 4 * result.populationSD
        let high = result.populationMean + 4 * result.populationSD
        func path(_ a: Double, _ b: Double) -> String {
            (0...60).map { step -> String in
                let theta = low + (high - low) * Double(step) / 60
                let p = 1 / (1 + exp(-a * (theta - b)))
                return "\(format(left + (width - left - 5) * Double(step) / 60, digits: 1)),\(format(5 + (height - bottom - 5) * (1 - p), digits: 1))"
            }.joined(separator: " ")
        }
        var out = "<figure><svg width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(text("html.curveLabel", ["id": HTMLText.escape(item.id)]))\">\n"
        out += "<rect x=\"\(left)\" y=\"5\" width=\"\(width - left - 5)\" height=\"\(height - bottom - 5)\" fill=\"none\" stroke=\"#bbb\"/>\n"
        // The respondents' capacities: mean ± 1 SD, shaded.
        let x0 = left + (width - left - 5) * ((item.capacityMean - item.capacitySD - low) / (high - low))
        let x1 = left + (width - left - 5) * ((item.capacityMean + item.capacitySD - low) / (high - low))
        out += "<rect x=\"\(format(max(left, x0), digits: 1))\" y=\"5\" width=\"\(format(max(0, min(width - 5, x1) - max(left, x0)), digits: 1))\" height=\"\(height - bottom - 5)\" fill=\"#e0eaff\"/>\n"
        out += "<polyline fill=\"none\" stroke=\"#b42318\" stroke-width=\"2\" points=\"\(path(item.discrimination, item.difficulty))\"/>\n"
        if let drift = item.drift {
            out += "<polyline fill=\"none\" stroke=\"#1849a9\" stroke-dasharray=\"4 3\" stroke-width=\"2\" points=\"\(path(drift.freeDiscrimination, drift.freeDifficulty))\"/>\n"
        }
        out += "<text x=\"\(left)\" y=\"\(height - 8)\" font-size=\"10\">\(text.number(low, digits: 1))</text><text x=\"\(width - 5)\" y=\"\(height - 8)\" font-size=\"10\" text-anchor=\"end\">\(text.number(high, digits: 1))</text>"
        out += "<text x=\"\(left - 3)\" y=\"12\" font-size=\"10\" text-anchor=\"end\">1</text><text x=\"\(left - 3)\" y=\"\(height - bottom)\" font-size=\"10\" text-anchor=\"end\">0</text>\n"
        out += "</svg><figcaption>" + text("html.curveCaption", [
            "id": HTMLText.escape(item.id), "a": text.number(item.discrimination), "b": text.number(item.difficulty), "answers": text.integer(item.answers),
        ])
        out += item.flags.map { $0.code.rawValue }.joined(separator: ", ")
        out += item.drift != nil ? text("html.dashed") : ""
        out += text("html.shaded") + "</figcaption></figure>\n"
        return out
    }

    /// The report's texts and numbers in one language. English numbers are written as they
    /// always were; French ones with a decimal comma, a real minus sign and a narrow no-break
    /// space between thousands.
    struct Texts {
        let language: Language

        func callAsFunction(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
            CalibrationMessages.catalogue.text(key, arguments, in: language)
        }

        /// `keepingNegativeZero`: as `String(format:)` writes it ("-0.000"), where the English
        /// text always did.
        func number(_ value: Double, digits: Int = 2, keepingNegativeZero: Bool = false) -> String {
            french(keepingNegativeZero ? String(format: "%.\(digits)f", value) : CalibrationReport.format(value, digits: digits))
        }

        func integer(_ value: Int) -> String {
            guard language == .fr else { return "\(value)" }
            let digits = String(value.magnitude)
            var grouped = value < 0 ? "\u{2212}" : ""
            for (index, character) in digits.enumerated() {
                if index > 0, (digits.count - index) % 3 == 0 { grouped += "\u{202F}" }
                grouped.append(character)
            }
            return grouped
        }

        /// A value as Swift prints it (`0.0001`, `1e-05`).
        func plain(_ value: Double) -> String { french("\(value)") }

        func scientific(_ value: Double) -> String { french(String(format: "%.2e", value)) }

        private func french(_ text: String) -> String {
            guard language == .fr else { return text }
            return text.replacingOccurrences(of: ".", with: ",").replacingOccurrences(of: "-", with: "\u{2212}")
        }
    }

    static func format(_ value: Double, digits: Int = 2) -> String {
        let text = String(format: "%.\(digits)f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

}
