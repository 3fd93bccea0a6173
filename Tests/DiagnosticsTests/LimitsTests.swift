@testable import Diagnostics
import Testing

/// Bounded output and memory on hostile input: long lines are shown as a window, repeated
/// diagnostics are summarised, and columns on long lines are found without recounting the line.
@Suite("Diagnostic limits")
struct LimitsTests {
    /// One 32 KB line of `[*a, *a, …]`: 8,000 places to report.
    static let longLine = SourceFile(path: "Challenges/long.yaml", text: "id: x\nv: [" + Array(repeating: "*a", count: 8_000).joined(separator: ", ") + "]\n")

    static func repeated(_ count: Int) -> [Diagnostic] {
        (0..<count).map { index in
            let start = 10 + index * 4
            return Diagnostic("PIX0105", .error, "`*a` refers to an anchor `&a` that is not defined before it", at: Span(file: longLine, start: start, end: start + 2))
        }
    }

    @Test func aLongLineIsShownAsAWindowWithTheCaretUnderTheSpan() throws {
        let start = 10 + 5_000 * 4
        let diagnostic = Diagnostic("PIX0105", .error, "here", at: Span(file: Self.longLine, start: start, end: start + 2))
        let rendered = HumanRenderer().render(diagnostic)
        #expect(rendered.utf8.count < 600, "\(rendered.utf8.count) bytes")
        let lines = rendered.split(separator: "\n").map(String.init)
        let source = try #require(lines.first { $0.hasPrefix("2 | ") })
        let carets = try #require(lines.first { $0.contains("^") })
        #expect(source.hasPrefix("2 | …") && source.hasSuffix("…"))
        let caretColumn = try #require(carets.firstIndex(of: "^")).utf16Offset(in: carets)
        let shown = Array(source)
        #expect(String(shown[caretColumn..<(caretColumn + 2)]) == "*a")
        #expect(rendered.hasPrefix("Challenges/long.yaml:2:\(start - 6 + 1): error[PIX0105]"))
    }

    @Test func aShortLineIsShownWhole() {
        let file = SourceFile(path: "a.yaml", text: "id: court\n")
        let rendered = HumanRenderer().render(Diagnostic("PIX0001", .error, "x", at: Span(file: file, start: 4, end: 9)))
        #expect(rendered.contains("1 | id: court\n  |     ^^^^^\n"))
    }

    @Test func aSpanOverAMillionLinesListsFewLines() {
        let file = SourceFile(path: "a.yaml", text: String(repeating: "- x\n", count: 1_000_000))
        let rendered = HumanRenderer().render(Diagnostic("PIX0001", .error, "x", at: Span(file: file, start: 0, end: file.bytes.count)))
        #expect(rendered.split(separator: "\n").count < 15)
    }

    @Test func identicalDiagnosticsAreSummarised() throws {
        let limited = DiagnosticCollector.limited(Self.repeated(8_000))
        #expect(limited.count == DiagnosticLimits.default.repeatsPerFile + 1)
        let summary = try #require(limited.last)
        #expect(summary.code == DiagnosticLimits.summary.code)
        #expect(summary.message == "… and 7,990 more like this: `*a` refers to an anchor `&a` that is not defined before it")
        #expect(summary.severity == .error)
        #expect(summary.omitted == OmittedCounts(errors: 7_990))
        #expect(limited.errorCount == 8_000)
        let rendered = HumanRenderer().render(limited)
        #expect(rendered.hasSuffix("8000 errors, 0 warnings\n"))
        #expect(rendered.utf8.count < 10_000, "772 MB before windows and summaries; \(rendered.utf8.count) bytes now")
    }

    @Test func eachFileKeepsAFewHundredAndTheWholeRunAFewThousand() {
        let files = (0..<100).map { SourceFile(path: "f\($0).yaml", text: String(repeating: "x\n", count: 1_000)) }
        var all: [Diagnostic] = []
        for file in files {
            for line in 0..<1_000 {
                all.append(Diagnostic("PIX0001", line % 2 == 0 ? .warning : .error, "problem \(line)", at: Span(file: file, start: line * 2, end: line * 2 + 1)))
            }
        }
        let limits = DiagnosticLimits(repeatsPerFile: 10, perFile: 200, overall: 5_000)
        let limited = DiagnosticCollector.limited(all, limits: limits)
        #expect(limited.filter { $0.omitted == nil }.count == 5_000)
        #expect(limited.errorCount == 50_000)
        #expect(limited.warningCount == 50_000)
        // The files kept whole keep their first problems, in file order.
        let first = limited.filter { $0.path == "f0.yaml" && $0.omitted == nil }
        #expect(first.count == 200)
        #expect(first.first?.message == "problem 0")
        #expect(limited.contains { $0.path == nil && $0.message == "… and 75,000 more problems, not shown" })
        // Summaries are kept when the list is limited again.
        #expect(DiagnosticCollector.limited(limited, limits: limits).errorCount == 50_000)
    }

    @Test func aSummaryHasTheHighestSeverityOfWhatItStandsFor() throws {
        let file = SourceFile(path: "a.yaml", text: "x\n")
        var collector = DiagnosticCollector(limits: DiagnosticLimits(repeatsPerFile: 100, perFile: 1, overall: 100))
        collector.append(Diagnostic("PIX0001", .warning, "kept", at: Span(file: file, start: 0, end: 1)))
        collector.append(Diagnostic("PIX0001", .warning, "w", at: Span(file: file, start: 0, end: 1)))
        collector.append(Diagnostic("PIX0001", .error, "e", at: Span(file: file, start: 0, end: 1)))
        let summary = try #require(collector.diagnostics.last)
        #expect(summary.severity == .error)
        #expect(summary.omitted == OmittedCounts(errors: 1, warnings: 1))
        #expect(collector.hasErrors)
    }

    @Test func columnsOnALongLineAreExactFromCheckpoints() {
        let text = "v: " + Array(repeating: "é\u{301}🇫🇷a", count: 20_000).joined(separator: " ")
        let file = SourceFile(path: "a.yaml", text: text)
        #expect(!file.checkpoints.isEmpty)
        for offset in [0, 3, 1_000, 77_777, file.bytes.count / 2, file.bytes.count] {
            var boundary = offset
            while boundary < file.bytes.count, file.bytes[boundary] & 0xC0 == 0x80 { boundary += 1 }
            let expected = String(decoding: file.bytes[0..<boundary], as: UTF8.self).count + 1
            #expect(file.location(at: boundary).column == expected, "offset \(boundary)")
        }
    }

    @Test func groupedNumbers() {
        #expect(DiagnosticCollector.grouped(7) == "7")
        #expect(DiagnosticCollector.grouped(7_998) == "7,998")
        #expect(DiagnosticCollector.grouped(1_234_567) == "1,234,567")
    }
}
