import Foundation
import Vocabulary

/// A chart drawn as inline SVG: a frame with labelled axes and ticks, data marks (each tagged
/// `data-mark`, so a browser check can count them), and a legend. No script, no external file.
struct SVGPlot {
    enum XAxis {
        case numeric(min: Double, max: Double, label: String)
        case categories([String], label: String)
    }

    struct LegendEntry {
        let name: String
        let color: String
        let dashed: Bool
    }

    let id: String
    let title: String
    let x: XAxis
    let yMin: Double
    let yMax: Double
    let yLabel: String
    var legend: [LegendEntry] = []
    private var marks: [String] = []
    private var background: [String] = []

    let width = 760.0
    let height = 340.0
    let left = 70.0
    let right = 20.0
    let top = 52.0
    let bottom = 56.0

    init(id: String, title: String, x: XAxis, yMin: Double, yMax: Double, yLabel: String) {
        self.id = id
        self.title = title
        self.x = x
        let span = yMax - yMin
        self.yMin = yMin
        self.yMax = span > 0 && span.isFinite ? yMax : yMin + 1
        self.yLabel = yLabel
    }

    var plotWidth: Double { width - left - right }
    var plotHeight: Double { height - top - bottom }

    func xPosition(_ value: Double) -> Double {
        guard case let .numeric(min, max, _) = x, max > min else { return left }
        return left + (value - min) / (max - min) * plotWidth
    }

    func yPosition(_ value: Double) -> Double {
        top + (1 - (value - yMin) / (yMax - yMin)) * plotHeight
    }

    /// The horizontal slot of category `index`: its left edge and width.
    func slot(_ index: Int) -> (left: Double, width: Double) {
        guard case let .categories(names, _) = x, !names.isEmpty else { return (left, plotWidth) }
        let width = plotWidth / Double(names.count)
        return (left + Double(index) * width, width)
    }

    mutating func bar(x: Double, width: Double, value: Double, color: String, title: String) {
        let zero = yPosition(max(yMin, min(yMax, 0)))
        let end = yPosition(max(yMin, min(yMax, value)))
        marks.append("<rect data-mark=\"bar\" x=\"\(f(x))\" y=\"\(f(min(zero, end)))\" width=\"\(f(width))\" height=\"\(f(max(0.5, abs(zero - end))))\" fill=\"\(color)\"><title>\(HTMLText.escape(title))</title></rect>")
    }

    mutating func line(_ points: [(x: Double, y: Double)], color: String, dashed: Bool = false, title: String) {
        let finite = points.filter { $0.x.isFinite && $0.y.isFinite }
        guard !finite.isEmpty else { return }
        let path = finite.enumerated().map { index, point in
            (index == 0 ? "M" : "L") + f(xPosition(point.x)) + " " + f(yPosition(max(yMin, min(yMax, point.y))))
        }.joined(separator: " ")
        marks.append("<path data-mark=\"line\" d=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"\(dashed ? " stroke-dasharray=\"6 4\"" : "")><title>\(HTMLText.escape(title))</title></path>")
    }

    /// A staircase over category slots (for many categories, where bars would be hairlines).
    mutating func steps(_ values: [Double], color: String, title: String) {
        guard !values.isEmpty else { return }
        let step = plotWidth / Double(values.count)
        var path = "M\(f(left)) \(f(yPosition(yMin)))"
        for (index, value) in values.enumerated() {
            let y = yPosition(max(yMin, min(yMax, value)))
            path += " L\(f(left + Double(index) * step)) \(f(y)) L\(f(left + Double(index + 1) * step)) \(f(y))"
        }
        path += " L\(f(left + plotWidth)) \(f(yPosition(yMin))) Z"
        marks.append("<path data-mark=\"area\" d=\"\(path)\" fill=\"\(color)\" fill-opacity=\"0.35\" stroke=\"\(color)\" stroke-width=\"1.5\"><title>\(HTMLText.escape(title))</title></path>")
    }

    mutating func horizontalLine(at value: Double, color: String, title: String) {
        guard value.isFinite, value >= yMin, value <= yMax else { return }
        let y = f(yPosition(value))
        marks.append("<line data-mark=\"rule\" x1=\"\(f(left))\" x2=\"\(f(left + plotWidth))\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"\(color)\" stroke-width=\"2\" stroke-dasharray=\"6 4\"><title>\(HTMLText.escape(title))</title></line>")
    }

    mutating func shade(from: Double, to: Double, color: String, title: String) {
        let x0 = xPosition(from)
        let x1 = xPosition(to)
        background.append("<rect data-mark=\"range\" x=\"\(f(min(x0, x1)))\" y=\"\(f(top))\" width=\"\(f(max(1, abs(x1 - x0))))\" height=\"\(f(plotHeight))\" fill=\"\(color)\" fill-opacity=\"0.18\"><title>\(HTMLText.escape(title))</title></rect>")
    }

    func render(format: (Double) -> String) -> String {
        var svg = "<svg data-chart=\"\(id)\" role=\"img\" aria-labelledby=\"\(id)-title\" viewBox=\"0 0 \(f(width)) \(f(height))\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>"
        svg += "<text x=\"\(f(left))\" y=\"18\" class=\"chart-title\">\(HTMLText.escape(title))</text>"
        svg += background.joined()
        // Horizontal grid and y ticks.
        for tick in Self.ticks(yMin, yMax) {
            let y = f(yPosition(tick))
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(left + plotWidth))\" y1=\"\(y)\" y2=\"\(y)\" class=\"grid\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(y)\" class=\"tick\" text-anchor=\"end\" dominant-baseline=\"middle\">\(HTMLText.escape(format(tick)))</text>"
        }
        switch x {
        case let .numeric(min, max, label):
            for tick in Self.ticks(min, max) {
                let xValue = f(xPosition(tick))
                svg += "<line x1=\"\(xValue)\" x2=\"\(xValue)\" y1=\"\(f(top + plotHeight))\" y2=\"\(f(top + plotHeight + 5))\" class=\"axis\"/>"
                svg += "<text x=\"\(xValue)\" y=\"\(f(top + plotHeight + 18))\" class=\"tick\" text-anchor=\"middle\">\(HTMLText.escape(format(tick)))</text>"
            }
            svg += axisLabel(label)
        case let .categories(names, label):
            let every = max(1, Int((Double(names.count) / 16).rounded(.up)))
            for (index, name) in names.enumerated() where index % every == 0 {
                let slot = self.slot(index)
                svg += "<text x=\"\(f(slot.left + slot.width / 2))\" y=\"\(f(top + plotHeight + 18))\" class=\"tick\" text-anchor=\"middle\">\(HTMLText.escape(name))</text>"
            }
            svg += axisLabel(label)
        }
        svg += "<line x1=\"\(f(left))\" x2=\"\(f(left))\" y1=\"\(f(top))\" y2=\"\(f(top + plotHeight))\" class=\"axis\"/>"
        svg += "<line x1=\"\(f(left))\" x2=\"\(f(left + plotWidth))\" y1=\"\(f(yPosition(max(yMin, min(yMax, 0)))))\" y2=\"\(f(yPosition(max(yMin, min(yMax, 0)))))\" class=\"axis\"/>"
        svg += "<text transform=\"translate(16 \(f(top + plotHeight / 2))) rotate(-90)\" class=\"axis-label\" text-anchor=\"middle\">\(HTMLText.escape(yLabel))</text>"
        svg += marks.joined()
        var legendX = left
        for entry in legend {
            let y = f(36)
            svg += "<line x1=\"\(f(legendX))\" x2=\"\(f(legendX + 18))\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"\(entry.color)\" stroke-width=\"\(entry.dashed ? 2 : 8)\"\(entry.dashed ? " stroke-dasharray=\"5 3\"" : "")/>"
            svg += "<text x=\"\(f(legendX + 24))\" y=\"\(y)\" class=\"legend\" dominant-baseline=\"middle\">\(HTMLText.escape(entry.name))</text>"
            legendX += 40 + Double(entry.name.count) * 6.6
        }
        return svg + "</svg>"
    }

    private func axisLabel(_ label: String) -> String {
        "<text x=\"\(f(left + plotWidth / 2))\" y=\"\(f(height - 10))\" class=\"axis-label\" text-anchor=\"middle\">\(HTMLText.escape(label))</text>"
    }

    /// About five round values covering [low, high].
    static func ticks(_ low: Double, _ high: Double) -> [Double] {
        guard high > low, low.isFinite, high.isFinite else { return [low] }
        let raw = (high - low) / 5
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        var ticks: [Double] = []
        var value = (low / step).rounded(.up) * step
        while value <= high + step * 1e-9, ticks.count < 50 {
            ticks.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return ticks
    }

    /// A coordinate with one decimal.
    private func f(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        let whole = Int(tenths)
        let sign = whole < 0 ? "-" : ""
        return sign + String(abs(whole) / 10) + "." + String(abs(whole) % 10)
    }
}

