import Diagnostics
import Foundation

/// Item parameters of one challenge, from a calibration file.
public struct CalibrationRecord: Sendable, Hashable {
    public let challengeID: String
    /// IRT discrimination (Pix `alpha`).
    public let discrimination: Double
    /// IRT difficulty (Pix `delta`).
    public let difficulty: Double
    public let discriminationStandardError: Double?
    public let difficultyStandardError: Double?
    public let responses: Int?
    public let calibrationID: String?
    /// Pix's `complementaryCertificationKey`; nil in pixc's format (the core certification).
    public let certificationKey: String?
    /// The calibration's flags (`flags` column), as written.
    public let flags: [String]
    /// Where the line is: kept as its bytes so a diagnostic can show it without keeping the file.
    public let path: String
    public let line: Int
    public let lineBytes: [UInt8]
    public let challengeIDRange: Range<Int>

    public init(challengeID: String, discrimination: Double, difficulty: Double, discriminationStandardError: Double? = nil,
                difficultyStandardError: Double? = nil, responses: Int? = nil, calibrationID: String? = nil, certificationKey: String? = nil,
                flags: [String] = [], path: String = "", line: Int = 0, lineBytes: [UInt8] = [], challengeIDRange: Range<Int> = 0..<0) {
        self.challengeID = challengeID
        self.discrimination = discrimination
        self.difficulty = difficulty
        self.discriminationStandardError = discriminationStandardError
        self.difficultyStandardError = difficultyStandardError
        self.responses = responses
        self.calibrationID = calibrationID
        self.certificationKey = certificationKey
        self.flags = flags
        self.path = path
        self.line = line
        self.lineBytes = lineBytes
        self.challengeIDRange = challengeIDRange
    }

    /// The whole line, for diagnostics.
    public var lineSpan: Span { recordSpan(path: path, record: lineBytes[...], line: line) }
    /// The challenge id on its line.
    public var challengeIDSpan: Span { recordSpan(path: path, record: lineBytes[...], line: line, range: challengeIDRange) }
}

/// Reads calibration files, streamed: pixc's columns (`challengeId, discrimination, difficulty,
/// discriminationStandardError, difficultyStandardError, responses, calibrationId, flags`) or
/// Pix's import format (`challengeId, complementaryCertificationKey, alpha, delta,
/// calibrationId`; also the datamart's `challenge_id, alpha, delta, calibration_id`). Columns in
/// any order; comma, semicolon or tab separated, decided from the header.
public enum CalibrationReader {
    public static let folder = "Calibration"
    /// Pix's key of the core certification in `certification-frameworks-challenges`.
    public static let coreCertificationKey = "CORE"

    static let aliases: [String: String] = [
        "challengeid": "challengeId", "challenge_id": "challengeId", "id": "challengeId",
        "discrimination": "discrimination", "alpha": "discrimination", "discriminant": "discrimination",
        "difficulty": "difficulty", "delta": "difficulty",
        "discriminationstandarderror": "discriminationStandardError", "discrimination_se": "discriminationStandardError", "alpha_se": "discriminationStandardError",
        "difficultystandarderror": "difficultyStandardError", "difficulty_se": "difficultyStandardError", "delta_se": "difficultyStandardError",
        "responses": "responses", "n": "responses", "count": "responses",
        "calibrationid": "calibrationId", "calibration_id": "calibrationId",
        "complementarycertificationkey": "complementaryCertificationKey", "complementary_certification_key": "complementaryCertificationKey",
        "flags": "flags",
    ]

    static let columnsHelp = CalibrationFilesMessages.text("CalibrationFile.1")

    /// The records of `certificationKey` (rows without a key column belong to every key), and at
    /// most `diagnosticLimit` diagnostics then a count.
    public static func read(_ source: any ByteSource, path: String, certificationKey: String = coreCertificationKey,
                                                diagnosticLimit: Int = 50) -> (records: [CalibrationRecord], diagnostics: [Diagnostic]) {
        var reader = CSVReader(source)
        var budget = DiagnosticBudget(limit: diagnosticLimit)
        var records: [CalibrationRecord] = []
        do {
            guard try reader.next() else {
                budget.add(.error) {
                    CalibrationDiagnostics.structure(CalibrationFilesMessages.text("CalibrationFile.2"), at: nil, path: path,
                                                     help: Help(CalibrationFilesMessages.text("CalibrationFile.3")))
                }
                return ([], budget.diagnostics(path: path))
            }
            let separator = reader.separator ?? 0x2C
            let separatorName = separator == 0x09 ? CalibrationFilesMessages.text("CalibrationFile.4") : "`\(String(UnicodeScalar(separator)))`"
            let headerLine = reader.line
            let headerBytes = reader.recordBytes
            var columns: [String: Int] = [:]
            let headerCount = reader.fieldCount
            for index in 0..<headerCount {
                let text = reader.field(index).trimmingCharacters()
                let range = reader.fieldRange(index)
                guard let canonical = aliases[text.lowercased()] else {
                    budget.add(.error) {
                        CalibrationDiagnostics.structure(CalibrationFilesMessages.text("CalibrationFile.5", ["text": "\(text)"]), at: recordSpan(path: path, record: headerBytes, line: headerLine, range: range),
                                                         help: Help(columnsHelp))
                    }
                    continue
                }
                if columns[canonical] != nil {
                    budget.add(.error) {
                        CalibrationDiagnostics.structure(CalibrationFilesMessages.text("CalibrationFile.6", ["canonical": "\(canonical)"]), at: recordSpan(path: path, record: headerBytes, line: headerLine, range: range),
                                                         help: Help(CalibrationFilesMessages.text("CalibrationFile.7")))
                    }
                }
                columns[canonical] = index
            }
            for required in ["challengeId", "discrimination", "difficulty"] where columns[required] == nil {
                budget.add(.error) {
                    CalibrationDiagnostics.structure(CalibrationFilesMessages.text("CalibrationFile.8", ["required": "\(required)"]), at: recordSpan(path: path, record: headerBytes, line: headerLine),
                                                     help: Help(CalibrationFilesMessages.text("CalibrationFile.3")))
                }
            }
            guard let idColumn = columns["challengeId"], let aColumn = columns["discrimination"], let bColumn = columns["difficulty"] else {
                return ([], budget.diagnostics(path: path))
            }
            let keyColumn = columns["complementaryCertificationKey"]
            var otherKeys: Set<String> = []
            var rowsOfKey = 0
            // A comma is a decimal mark only when it does not separate values.
            let decimalComma = separator != 0x2C
            while try reader.next() {
                let line = reader.line
                let count = reader.fieldCount
                guard count == headerCount else {
                    let record = reader.recordBytes
                    budget.add(.error) {
                        CalibrationDiagnostics.structure(CalibrationFilesMessages.text("CalibrationFile.9", ["count": "\(count)", "s": "\(count == 1 ? "" : "s")", "headerCount": "\(headerCount)"]),
                                                         at: recordSpan(path: path, record: record, line: line),
                                                         help: Help(CalibrationFilesMessages.text("CalibrationFile.10", ["separatorName": "\(separatorName)"])))
                    }
                    continue
                }
                var key: String?
                if let keyColumn {
                    let value = reader.field(keyColumn).trimmingCharacters()
                    guard value == certificationKey else {
                        if otherKeys.count < 64 { otherKeys.insert(value) }
                        continue
                    }
                    key = value
                }
                rowsOfKey += 1
                let id = reader.field(idColumn).trimmingCharacters()
                guard !id.isEmpty else {
                    let record = reader.recordBytes
                    let range = reader.fieldRange(idColumn)
                    budget.add(.error) {
                        CalibrationDiagnostics.value(CalibrationFilesMessages.text("CalibrationFile.11"), at: recordSpan(path: path, record: record, line: line, range: range),
                                                     help: Help(CalibrationFilesMessages.text("CalibrationFile.12")))
                    }
                    continue
                }
                var failed = false
                func number(_ column: Int?, name: String, positive: Bool = false, optional: Bool = false) -> Double? {
                    guard let column, !failed else { return nil }
                    let text = reader.field(column).trimmingCharacters()
                    if text.isEmpty, optional { return nil }
                    let value = Double(decimalComma ? text.replacingOccurrences(of: ",", with: ".") : text)
                    var problem: String?
                    if value == nil || !(value?.isFinite ?? false) || text.hasPrefix("+") {
                        problem = CalibrationFilesMessages.text("CalibrationFile.13", ["text": "\(text)", "name": "\(name)"])
                    } else if positive, let value, value <= 0 {
                        problem = CalibrationFilesMessages.text("CalibrationFile.14", ["name": "\(name)", "text": "\(text)"])
                    }
                    if let problem {
                        failed = true
                        let record = reader.recordBytes
                        let range = reader.fieldRange(column)
                        budget.add(.error) {
                            CalibrationDiagnostics.value(problem, at: recordSpan(path: path, record: record, line: line, range: range),
                                                         help: Help(value == nil ? CalibrationFilesMessages.text("CalibrationFile.15") : CalibrationFilesMessages.text("CalibrationFile.16")))
                        }
                        return nil
                    }
                    return value
                }
                let a = number(aColumn, name: CalibrationFilesMessages.text("CalibrationFile.discrimination"), positive: true)
                let b = number(bColumn, name: CalibrationFilesMessages.text("CalibrationFile.difficulty"))
                let aError = number(columns["discriminationStandardError"], name: CalibrationFilesMessages.text("CalibrationFile.17"), optional: true)
                let bError = number(columns["difficultyStandardError"], name: CalibrationFilesMessages.text("CalibrationFile.18"), optional: true)
                var responses: Int?
                if !failed, let column = columns["responses"] {
                    let text = reader.field(column).trimmingCharacters()
                    if !text.isEmpty {
                        if let value = Int(text), value >= 0 {
                            responses = value
                        } else {
                            failed = true
                            let record = reader.recordBytes
                            let range = reader.fieldRange(column)
                            budget.add(.error) {
                                CalibrationDiagnostics.value(CalibrationFilesMessages.text("CalibrationFile.19", ["text": "\(text)"]), at: recordSpan(path: path, record: record, line: line, range: range),
                                                             help: Help(CalibrationFilesMessages.text("CalibrationFile.20")))
                            }
                        }
                    }
                }
                guard !failed, let a, let b else { continue }
                let calibration = columns["calibrationId"].map { reader.field($0).trimmingCharacters() }.flatMap { $0.isEmpty ? nil : $0 }
                let flags = columns["flags"].map { reader.field($0).split(separator: " ").map(String.init) } ?? []
                records.append(CalibrationRecord(
                    challengeID: id, discrimination: a, difficulty: b, discriminationStandardError: aError, difficultyStandardError: bError,
                    responses: responses, calibrationID: calibration, certificationKey: key, flags: flags,
                    path: path, line: line, lineBytes: Array(reader.recordBytes), challengeIDRange: reader.fieldRange(idColumn)))
            }
            if keyColumn != nil, rowsOfKey == 0, !otherKeys.isEmpty {
                let keys = otherKeys.sorted()
                budget.add(.warning) {
                    CalibrationDiagnostics.keyAbsent(
                        CalibrationFilesMessages.text("CalibrationFile.21", ["certificationKey": "\(certificationKey)", "keys": "\(keys.prefix(8).joined(separator: ", "))"]),
                        at: recordSpan(path: path, record: headerBytes, line: headerLine),
                        help: Help(CalibrationFilesMessages.text("CalibrationFile.22", ["keys": "\(keys[0])"])))
                }
            }
        } catch {
            budget.add(.error) { CalibrationDiagnostics.readFailure(error, path: path, help: CalibrationFilesMessages.text("CalibrationFile.23")) }
            return ([], budget.diagnostics(path: path))
        }
        return (records, budget.diagnostics(path: path))
    }
}

/// One estimated challenge, as written to a calibration file.
public struct CalibrationRow: Sendable, Hashable {
    public var challengeID: String
    public var discrimination: Double
    public var difficulty: Double
    public var discriminationStandardError: Double?
    public var difficultyStandardError: Double?
    public var responses: Int
    public var flags: [String]

    public init(challengeID: String, discrimination: Double, difficulty: Double, discriminationStandardError: Double?,
                difficultyStandardError: Double?, responses: Int, flags: [String]) {
        self.challengeID = challengeID
        self.discrimination = discrimination
        self.difficulty = difficulty
        self.discriminationStandardError = discriminationStandardError
        self.difficultyStandardError = difficultyStandardError
        self.responses = responses
        self.flags = flags
    }
}

/// Writes calibration files: pixc's format (what `pixc build` merges) and Pix's import format.
/// Numbers have six decimals, written the same on every machine.
public enum CalibrationWriter {
    public static func pixc(_ rows: [CalibrationRow], calibrationID: String?) -> String {
        var out = "challengeId,discrimination,difficulty,discriminationStandardError,difficultyStandardError,responses,calibrationId,flags\n"
        for row in rows {
            out += [field(row.challengeID), number(row.discrimination), number(row.difficulty), row.discriminationStandardError.map(number) ?? "",
                    row.difficultyStandardError.map(number) ?? "", String(row.responses), field(calibrationID ?? ""), field(row.flags.joined(separator: " "))]
                .joined(separator: ",") + "\n"
        }
        return out
    }

    /// Pix's `batch-update-certification-frameworks-challenges-from-csv` input; the `flags`
    /// column after Pix's five is ignored by its import.
    public static func pix(_ rows: [CalibrationRow], certificationKey: String, calibrationID: String) -> String {
        var out = "challengeId,complementaryCertificationKey,alpha,delta,calibrationId,flags\n"
        for row in rows {
            out += [field(row.challengeID), field(certificationKey), number(row.discrimination), number(row.difficulty), field(calibrationID),
                    field(row.flags.joined(separator: " "))].joined(separator: ",") + "\n"
        }
        return out
    }

    public static func number(_ value: Double) -> String {
        let text = String(format: "%.6f", value)
        return text == "-0.000000" ? "0.000000" : text
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" || $0 == "\t" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
