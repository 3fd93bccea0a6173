import Diagnostics

/// The diagnostics of calibration files (`Calibration/*.csv`, anchors) and answer logs
/// (`pixc calibrate`): PIX0601–PIX0608 and PIX0610–PIX0612.
public enum CalibrationDiagnostics {
    static let path = "Calibration/2026-11.csv"
    /// The challenge the examples calibrate, so that a right example names a challenge that exists.
    static let calibratedChallenge = ExampleFile(path: "Challenges/1.1/recherche/annee-cnil.yaml", text: """
        id: recherche-annee-cnil
        skill: "@recherche2"
        type: QROC
        status: proposé
        instruction: En quelle année la CNIL a-t-elle été créée ?
        proposals: "Année : ${annee#AAAA}"
        answers: ["1978"]
        format: nombre
        tests:
          accept: ["1978"]
          reject: ["1987"]

        """)
    static let answers = "answers.csv"

    public static let structure = DiagnosticDescriptor(
        "PIX0601", .error,
        title: "Calibration file malformed",
        explanation: """
        A calibration file is a CSV with a header line naming its columns — `challengeId`,
        `discrimination`, `difficulty`, and optionally `discriminationStandardError`,
        `difficultyStandardError`, `responses`, `calibrationId`, `flags` — then one line per
        challenge with one value per column. Pix's import format is read too: `challengeId`,
        `complementaryCertificationKey`, `alpha`, `delta`, `calibrationId` (Pix's `alpha` and
        `delta` are discrimination and difficulty). Values are separated by commas, semicolons or
        tabs, whichever the header uses.
        """,
        wrong: Example(path: path, "challengeId,alpha\nrecherche-annee-cnil,1.2\n"),
        right: Example(path: path, "challengeId,alpha,delta\n")
    )

    public static let value = DiagnosticDescriptor(
        "PIX0602", .error,
        title: "Calibration value invalid",
        explanation: """
        Discrimination and difficulty are decimal numbers (a point, or a comma when the separator
        is not a comma); discrimination is above 0; the number of responses is a whole number. A
        value that is not would give the adaptive engine a meaningless item.
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
        challenge and the same certification key. pixc will not guess which one is current: keep
        one.
        """,
        wrong: Example([
            ExampleFile(path: path, text: "challengeId,discrimination,difficulty\nrecherche-annee-cnil,1.2,-0.5\nrecherche-annee-cnil,1.4,-0.3\n"),
            calibratedChallenge,
        ]),
        right: Example([
            ExampleFile(path: path, text: "challengeId,discrimination,difficulty\nrecherche-annee-cnil,1.4,-0.3\n"),
            calibratedChallenge,
        ])
    )

    public static let moreProblems = DiagnosticDescriptor(
        "PIX0606", .error,
        title: "More problems in this file",
        explanation: """
        A file with many faulty lines (a wrong export, a file that is not CSV) is reported in full
        for its first problems only; the others are counted in one last diagnostic so that a
        broken file of millions of lines is reported quickly and in little memory. Fix the first
        problems and run again.
        """,
        // 51 unknown challenges: 50 reported, the 51st counted.
        wrong: Example(path: path, "challengeId,discrimination,difficulty\n" + (1...51).map { "recherche-inconnue-\($0),1.2,-0.5\n" }.joined()),
        right: Example([
            ExampleFile(path: path, text: "challengeId,discrimination,difficulty\nrecherche-annee-cnil,1.2,-0.5\n"),
            calibratedChallenge,
        ])
    )

    public static let unreadable = DiagnosticDescriptor(
        "PIX0607", .error,
        title: "Data cannot be read to its end",
        explanation: """
        The file stops being readable part of the way: compressed data that is damaged or cut
        short, a read error, or one record longer than a megabyte (usually a quote `"` that is
        never closed, so everything after it looks like one value). Nothing is taken from such a
        file.
        """
    )

    /// A file read to its end failed: a record past `CSVReader.maximumRecordBytes` (an unclosed
    /// quote), or the source's own error; `help` says what to do about the latter.
    static func readFailure(_ error: Error, path: String, help: String) -> Diagnostic {
        if case .recordTooLong(let line)? = error as? CSVReadFailure {
            return unreadable(CalibrationFilesMessages.text("AnswerLog.12", ["line": "\(line)", "maximumRecordBytes": "\(CSVReader.maximumRecordBytes / 1024)"]), at: nil, path: path,
                              help: Help(CalibrationFilesMessages.text("AnswerLog.13", ["line": "\(line)"])))
        }
        return unreadable(CalibrationFilesMessages.text("AnswerLog.14", ["error": "\(AnswerLogReader.reason(error))"]), at: nil, path: path, help: Help(help))
    }

    public static let keyAbsent = DiagnosticDescriptor(
        "PIX0608", .warning,
        title: "No row for the certification key",
        explanation: """
        Pix's calibration import files give each challenge's parameters per certification
        (`complementaryCertificationKey`: `CORE` for the core certification, `DROIT`, `CLEA`,
        `EDU_1ER_DEGRE`…). The build takes the rows of one key (`pixc build --certification-key`,
        `CORE` by default); a file with no row for that key contributes nothing.
        """,
        wrong: Example(path: path, "challengeId\tcomplementaryCertificationKey\talpha\tdelta\tcalibrationId\nrecherche-annee-cnil\tDROIT\t1.2\t-0.5\t12\n"),
        right: Example([
            ExampleFile(path: path, text: "challengeId\tcomplementaryCertificationKey\talpha\tdelta\tcalibrationId\nrecherche-annee-cnil\tCORE\t1.2\t-0.5\t12\n"),
            calibratedChallenge,
        ])
    )

    public static let answersHeader = DiagnosticDescriptor(
        "PIX0610", .error,
        title: "Answer log header incomplete",
        explanation: """
        `pixc calibrate` reads an answer log whose first line names its columns: the learner
        (`learner`, or Pix's `certificationCourseId`, `assessmentId` or `userId`), the challenge
        (`challenge` or `challengeId`) and the result (`result`). Other columns are ignored.
        """,
        wrong: Example(path: answers, "learner,result\n17,ok\n"),
        right: Example(path: answers, "learner,challenge,result\n17,recherche-annee-cnil,ok\n")
    )

    public static let answerLine = DiagnosticDescriptor(
        "PIX0611", .error,
        title: "Answer line malformed",
        explanation: """
        Each line of an answer log has one value per column of the header, and names a learner
        and a challenge. A line that does not is not guessed at: the calibration would otherwise
        rest on answers nobody gave.
        """,
        wrong: Example(path: answers, "learner,challenge,result\n17,ok\n"),
        right: Example(path: answers, "learner,challenge,result\n17,recherche-annee-cnil,ok\n")
    )

    public static let answerResult = DiagnosticDescriptor(
        "PIX0612", .error,
        title: "Answer result unknown",
        explanation: """
        A result is one of Pix's answer statuses — `ok` (the only correct one), `ko`, `aband`
        (skipped), `timedout`, `focusedOut`, `partially`, `unimplemented` — or `1` / `0`. Every
        status but `ok` and `1` counts as a wrong answer unless `pixc calibrate --drop` leaves it
        out (`--drop aband,timedout`).
        """,
        wrong: Example(path: answers, "learner,challenge,result\n17,recherche-annee-cnil,juste\n"),
        right: Example(path: answers, "learner,challenge,result\n17,recherche-annee-cnil,ok\n")
    )

    public static let all: [DiagnosticDescriptor] = [structure, value, unknownChallenge, duplicate, moreProblems, unreadable, keyAbsent,
                                                     answersHeader, answerLine, answerResult]
}

/// Keeps the first ``limit`` diagnostics of a file and counts the others, so a file of millions
/// of faulty lines costs little memory.
public struct DiagnosticBudget: Sendable {
    public let limit: Int
    public private(set) var kept: [Diagnostic] = []
    public private(set) var dropped = 0
    public private(set) var droppedErrors = 0

    public init(limit: Int = 50) { self.limit = limit }

    public var hasErrors: Bool { droppedErrors > 0 || kept.contains { $0.severity == .error } }

    /// Adds a diagnostic; `make` is only called while under the limit.
    public mutating func add(_ severity: Severity, _ make: () -> Diagnostic) {
        if kept.count < limit {
            kept.append(make())
        } else {
            dropped += 1
            if severity == .error { droppedErrors += 1 }
        }
    }

    /// The kept diagnostics, then one that counts the others.
    public func diagnostics(path: String) -> [Diagnostic] {
        guard dropped > 0 else { return kept }
        var summary = CalibrationDiagnostics.moreProblems(
            CalibrationFilesMessages.catalogue.text(dropped == 1 ? "Diagnostics.more.one" : "Diagnostics.more.other", values: ["count": String(dropped)]), at: nil, path: path,
            help: Help(CalibrationFilesMessages.text("Diagnostics.1")))
        if droppedErrors == 0 { summary.severity = .warning }
        return kept + [summary]
    }
}

/// A span over part of the current record of a streamed file: an excerpt of the file holding
/// that record only, numbered as in the whole file.
func recordSpan(path: String, record: ArraySlice<UInt8>, line: Int, range: Range<Int>? = nil) -> Span {
    let file = SourceFile.excerpt(path: path, bytes: Array(record), firstLine: line)
    return Span(file: file, range: range ?? 0..<record.count)
}
