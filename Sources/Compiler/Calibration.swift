import Diagnostics
import Foundation
import Model
import Vocabulary

/// Item parameters of one challenge, from `Calibration/*.csv`.
public struct CalibrationRecord: Sendable, Hashable {
    public let challengeID: Located<String>
    /// IRT discrimination (Pix `alpha`).
    public let discrimination: Double
    /// IRT difficulty (Pix `delta`).
    public let difficulty: Double
    public let discriminationStandardError: Double?
    public let difficultyStandardError: Double?
    public let responses: Int?
    public let calibrationID: String?
    /// The whole CSV line, for diagnostics.
    public let line: Span
}

/// Reads calibration CSV files: pixc's columns (`challengeId, discrimination, difficulty,
/// discriminationStandardError, difficultyStandardError, responses, calibrationId`) or Pix's
/// (`challengeId, alpha, delta`, also `challenge_id`). Columns may come in any order; values are
/// separated by commas (or semicolons, as spreadsheets export them in French locales).
public enum CalibrationReader {
    public static let folder = "Calibration"

    static let aliases: [String: String] = [
        "challengeid": "challengeId", "challenge_id": "challengeId", "id": "challengeId",
        "discrimination": "discrimination", "alpha": "discrimination", "discriminant": "discrimination",
        "difficulty": "difficulty", "delta": "difficulty",
        "discriminationstandarderror": "discriminationStandardError", "discrimination_se": "discriminationStandardError", "alpha_se": "discriminationStandardError",
        "difficultystandarderror": "difficultyStandardError", "difficulty_se": "difficultyStandardError", "delta_se": "difficultyStandardError",
        "responses": "responses", "n": "responses", "count": "responses",
        "calibrationid": "calibrationId", "calibration_id": "calibrationId",
    ]

    public static func read(_ file: SourceFile) -> (records: [CalibrationRecord], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var records: [CalibrationRecord] = []
        let lines = (0..<file.lineCount).map { file.lineRange($0) }.filter { !$0.isEmpty }
        guard let headerRange = lines.first else {
            diagnostics.append(CalibrationDiagnostics.structure("this calibration file is empty", at: Span(file: file, start: 0, end: 0),
                                                                help: Help("write a header line: challengeId,discrimination,difficulty")))
            return ([], diagnostics)
        }
        let separator: UInt8 = file.bytes[headerRange].contains(UInt8(ascii: ";")) && !file.bytes[headerRange].contains(UInt8(ascii: ",")) ? UInt8(ascii: ";") : UInt8(ascii: ",")
        let header = cells(file, headerRange, separator: separator)
        var columns: [String: Int] = [:]
        for (index, cell) in header.enumerated() {
            let name = cell.text.trimmingWhitespace().lowercased()
            guard let canonical = aliases[name] else {
                diagnostics.append(CalibrationDiagnostics.structure("unknown column `\(cell.text)`", at: cell.span,
                                                                    help: Help("columns: challengeId, discrimination, difficulty, discriminationStandardError, difficultyStandardError, responses, calibrationId (or Pix's challengeId, alpha, delta)")))
                continue
            }
            if columns[canonical] != nil {
                diagnostics.append(CalibrationDiagnostics.structure("the column `\(canonical)` appears twice", at: cell.span, help: Help("keep one of the two columns")))
            }
            columns[canonical] = index
        }
        for required in ["challengeId", "discrimination", "difficulty"] where columns[required] == nil {
            diagnostics.append(CalibrationDiagnostics.structure("the header has no `\(required)` column", at: Span(file: file, range: headerRange),
                                                                help: Help("write a header line: challengeId,discrimination,difficulty")))
        }
        guard let idColumn = columns["challengeId"], let aColumn = columns["discrimination"], let bColumn = columns["difficulty"] else {
            return ([], diagnostics)
        }
        for range in lines.dropFirst() {
            let row = cells(file, range, separator: separator)
            let lineSpan = Span(file: file, range: range)
            guard row.count == header.count else {
                diagnostics.append(CalibrationDiagnostics.structure("this line has \(row.count) value\(row.count == 1 ? "" : "s"), the header has \(header.count)", at: lineSpan,
                                                                    help: Help("write one value per column, separated by `\(Character(UnicodeScalar(separator)))`")))
                continue
            }
            let id = row[idColumn]
            guard !id.text.isEmpty else {
                diagnostics.append(CalibrationDiagnostics.value("a challenge id is missing", at: id.span, help: Help("write the challenge's id")))
                continue
            }
            func number(_ column: Int?, name: String, positive: Bool = false, optional: Bool = false) -> Double?? {
                guard let column else { return .some(nil) }
                let cell = row[column]
                if cell.text.isEmpty, optional { return .some(nil) }
                let text = cell.text.replacingOccurrences(of: ",", with: ".")
                guard let value = Double(text), value.isFinite else {
                    diagnostics.append(CalibrationDiagnostics.value("`\(cell.text)` is not a number (\(name))", at: cell.span, help: Help("write a decimal number such as 1.25")))
                    return nil
                }
                if positive, value <= 0 {
                    diagnostics.append(CalibrationDiagnostics.value("\(name) must be above 0, found \(cell.text)", at: cell.span, help: Help("check the calibration output")))
                    return nil
                }
                return .some(value)
            }
            guard let discrimination = number(aColumn, name: "discrimination", positive: true), let a = discrimination,
                  let difficulty = number(bColumn, name: "difficulty"), let b = difficulty,
                  let aError = number(columns["discriminationStandardError"], name: "discrimination standard error", optional: true),
                  let bError = number(columns["difficultyStandardError"], name: "difficulty standard error", optional: true) else { continue }
            var responses: Int?
            if let column = columns["responses"], !row[column].text.isEmpty {
                guard let value = Int(row[column].text), value >= 0 else {
                    diagnostics.append(CalibrationDiagnostics.value("`\(row[column].text)` is not a number of responses", at: row[column].span, help: Help("write a whole number")))
                    continue
                }
                responses = value
            }
            let calibration = columns["calibrationId"].map { row[$0].text }.flatMap { $0.isEmpty ? nil : $0 }
            records.append(CalibrationRecord(challengeID: Located(id.text, span: id.span), discrimination: a, difficulty: b,
                                             discriminationStandardError: aError, difficultyStandardError: bError,
                                             responses: responses, calibrationID: calibration, line: lineSpan))
        }
        return (records, diagnostics)
    }

    struct Cell {
        let text: String
        let span: Span
    }

    /// Splits a line on the separator, honouring double quotes.
    static func cells(_ file: SourceFile, _ range: Range<Int>, separator: UInt8) -> [Cell] {
        var result: [Cell] = []
        var start = range.lowerBound
        var inQuotes = false
        var index = range.lowerBound
        func close(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, file.bytes[lower] == 0x20 { lower += 1 }
            while upper > lower, file.bytes[upper - 1] == 0x20 { upper -= 1 }
            var text = file.text(in: lower..<upper)
            if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
                text = String(text.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
            }
            result.append(Cell(text: text, span: Span(file: file, start: lower, end: upper)))
        }
        while index < range.upperBound {
            let byte = file.bytes[index]
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if byte == separator, !inQuotes {
                close(index)
                start = index + 1
            }
            index += 1
        }
        close(range.upperBound)
        return result
    }
}

public enum CalibrationDiagnostics {
    static let path = "Calibration/2026-11.csv"

    public static let structure = DiagnosticDescriptor(
        "PIX0601", .error,
        title: "Calibration file malformed",
        explanation: """
        A calibration file is a CSV with a header line naming its columns — `challengeId`,
        `discrimination`, `difficulty`, and optionally `discriminationStandardError`,
        `difficultyStandardError`, `responses`, `calibrationId` (Pix's `alpha` and `delta` are
        accepted for discrimination and difficulty) — then one line per challenge with one value
        per column.
        """,
        wrong: Example(path: path, "challengeId,alpha\nrecherche-annee-cnil,1.2\n"),
        right: Example(path: path, "challengeId,alpha,delta\n")
    )

    public static let value = DiagnosticDescriptor(
        "PIX0602", .error,
        title: "Calibration value invalid",
        explanation: """
        Discrimination and difficulty are decimal numbers (a point or a comma for decimals);
        discrimination is above 0; the number of responses is a whole number. A value that is not
        would give the adaptive engine a meaningless item.
        """,
        wrong: Example(path: path, "challengeId,discrimination,difficulty\nrecherche-annee-cnil,1.2,facile\n"),
        right: Example(path: path, "challengeId,discrimination,difficulty\n")
    )

    public static let unknownChallenge = DiagnosticDescriptor(
        "PIX0603", .error,
        title: "Calibration of an unknown challenge",
        explanation: """
        The calibration names a challenge id that no challenge of the repository has (nor any of
        their variants). Either the challenge was renamed or deleted — ids must never change — or
        the calibration comes from another repository.
        """,
        wrong: Example(path: path, "challengeId,discrimination,difficulty\nrecherche-inexistante,1.2,-0.5\n"),
        right: Example(path: path, "challengeId,discrimination,difficulty\n")
    )

    public static let duplicate = DiagnosticDescriptor(
        "PIX0604", .error,
        title: "Challenge calibrated twice",
        explanation: """
        Two lines (in one file or in two files of Calibration/) give parameters for the same
        challenge. pixc will not guess which one is current: keep one.
        """
    )

    public static let all: [DiagnosticDescriptor] = [structure, value, unknownChallenge, duplicate]
}
