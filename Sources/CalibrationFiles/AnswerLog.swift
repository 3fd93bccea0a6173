import Diagnostics

/// The answers of an answer log, compactly: challenges by index, and for each learner the
/// challenges they answered with whether the answer was correct.
///
/// Memory grows with learners, challenges and answers kept (4 bytes an answer, 8 a learner), not
/// with the size of the file: the file is read a block at a time.
public struct AnswerLog: Sendable {
    /// Challenge ids, sorted (UTF-8 order); an answer refers to a challenge by its position here.
    public let challengeIDs: [String]
    /// Learner `l`'s answers are `answers[learnerStarts[l]..<learnerStarts[l + 1]]`. Learners are
    /// numbered in order of first appearance in the file.
    public let learnerStarts: [Int]
    /// `challenge << 1 | correct`, in file order within a learner.
    public let answers: [UInt32]
    /// The header column that identifies learners.
    public let learnerColumn: String
    /// What reading found, for the report.
    public let statistics: Statistics

    public struct Statistics: Sendable, Hashable {
        public var records = 0
        public var kept = 0
        /// Answers left out by `--drop`, by status, sorted by status.
        public var dropped: [StatusCount] = []
        /// Answers counted as wrong, by status other than `ko` and `0`.
        public var wrongByStatus: [StatusCount] = []
        public var ignoredColumns: [String] = []
        /// Answers by a learner to a challenge they had already answered (each one counts).
        public var repeatedAnswers = 0

        public init() {}
    }

    public struct StatusCount: Sendable, Hashable {
        public let status: String
        public let count: Int
        public init(status: String, count: Int) {
            self.status = status
            self.count = count
        }
    }

    public init(challengeIDs: [String], learnerStarts: [Int], answers: [UInt32], learnerColumn: String = "learner", statistics: Statistics = Statistics()) {
        self.challengeIDs = challengeIDs
        self.learnerStarts = learnerStarts
        self.answers = answers
        self.learnerColumn = learnerColumn
        self.statistics = statistics
    }

    public var learnerCount: Int { learnerStarts.count - 1 }
    public var answerCount: Int { answers.count }

    /// Builds a log from (learner, challenge index, correct) triples, learners numbered 0..<n.
    public init(challengeIDs: [String], learnerCount: Int, triples: [(learner: Int, challenge: Int, correct: Bool)]) {
        var counts = [Int](repeating: 0, count: learnerCount + 1)
        for triple in triples { counts[triple.learner + 1] += 1 }
        for index in 0..<learnerCount { counts[index + 1] += counts[index] }
        var next = counts
        var packed = [UInt32](repeating: 0, count: triples.count)
        for triple in triples {
            packed[next[triple.learner]] = UInt32(triple.challenge) << 1 | (triple.correct ? 1 : 0)
            next[triple.learner] += 1
        }
        var statistics = Statistics()
        statistics.records = triples.count
        statistics.kept = triples.count
        self.init(challengeIDs: challengeIDs, learnerStarts: counts, answers: packed, statistics: statistics)
    }
}

/// Reads an answer log (`learner,challenge,result`, or Pix's export column names), streamed.
public enum AnswerLogReader {
    /// Pix's answer statuses (`AnswerStatus`); only `ok` is correct.
    public static let statuses = ["ok", "ko", "aband", "timedout", "focusedOut", "partially", "unimplemented"]

    static let learnerColumns = ["learner", "certificationCourseId", "assessmentId", "userId"]
    static let learnerAliases: [String: String] = [
        "learner": "learner", "certificationcourseid": "certificationCourseId", "certification_course_id": "certificationCourseId",
        "assessmentid": "assessmentId", "assessment_id": "assessmentId", "userid": "userId", "user_id": "userId",
    ]
    static let challengeAliases: Set<String> = ["challenge", "challengeid", "challenge_id"]

    public struct Options: Sendable {
        /// Statuses left out instead of counted as wrong.
        public var dropped: Set<String> = []
        /// The column naming learners; nil takes the first present of `learner`,
        /// `certificationCourseId`, `assessmentId`, `userId`.
        public var learnerColumn: String?
        public var diagnosticLimit = 50

        public init(dropped: Set<String> = [], learnerColumn: String? = nil) {
            self.dropped = dropped
            self.learnerColumn = learnerColumn
        }
    }

    /// The log, or nil when it has errors; the diagnostics either way (at most
    /// `options.diagnosticLimit` of them, then a count).
    public static func read(_ source: any ByteSource, path: String, options: Options = Options()) -> (log: AnswerLog?, diagnostics: [Diagnostic]) {
        var reader = CSVReader(source)
        var budget = DiagnosticBudget(limit: options.diagnosticLimit)
        do {
            guard try reader.next() else {
                budget.add(.error) {
                    CalibrationDiagnostics.answersHeader(CalibrationFilesMessages.text("AnswerLog.1"), at: nil, path: path,
                                                         help: Help(CalibrationFilesMessages.text("AnswerLog.2")))
                }
                return (nil, budget.diagnostics(path: path))
            }
            let header = (0..<reader.fieldCount).map { reader.field($0).trimmingCharacters() }
            let headerLine = reader.line
            let headerBytes = reader.recordBytes
            var learnerColumn: Int?
            var learnerName = ""
            var challengeColumn: Int?
            var resultColumn: Int?
            var ignored: [String] = []
            let wanted = options.learnerColumn.map { learnerAliases[$0.lowercased()] ?? $0 }
            var learnerCandidates: [(rank: Int, column: Int, name: String)] = []
            for (column, name) in header.enumerated() {
                let folded = name.lowercased()
                if let canonical = learnerAliases[folded] {
                    if let wanted {
                        if canonical == wanted { learnerCandidates.append((0, column, canonical)) } else { ignored.append(name) }
                    } else {
                        learnerCandidates.append((learnerColumns.firstIndex(of: canonical) ?? 9, column, canonical))
                    }
                } else if challengeAliases.contains(folded), challengeColumn == nil {
                    challengeColumn = column
                } else if folded == "result", resultColumn == nil {
                    resultColumn = column
                } else {
                    ignored.append(name)
                }
            }
            if let best = learnerCandidates.min(by: { ($0.rank, $0.column) < ($1.rank, $1.column) }) {
                learnerColumn = best.column
                learnerName = best.name
                ignored.append(contentsOf: learnerCandidates.filter { $0.column != best.column }.map { header[$0.column] })
            }
            var missing: [String] = []
            if learnerColumn == nil { missing.append(wanted.map { "`\($0)`" } ?? CalibrationFilesMessages.text("AnswerLog.3")) }
            if challengeColumn == nil { missing.append(CalibrationFilesMessages.text("AnswerLog.4")) }
            if resultColumn == nil { missing.append("`result`") }
            guard let learnerColumn, let challengeColumn, let resultColumn else {
                let separator = reader.separator ?? 0x2C
                budget.add(.error) {
                    CalibrationDiagnostics.answersHeader(
                        CalibrationFilesMessages.text("AnswerLog.5", ["missing": "\(missing.joined(separator: ", "))"]),
                        at: recordSpan(path: path, record: headerBytes, line: headerLine),
                        notes: [CalibrationFilesMessages.text("AnswerLog.columnsFound", ["separator": separator == 0x09 ? CalibrationFilesMessages.text("AnswerLog.tab") : String(UnicodeScalar(separator)), "header": header.joined(separator: ", ")])],
                        help: Help(CalibrationFilesMessages.text("AnswerLog.2")))
                }
                return (nil, budget.diagnostics(path: path))
            }
            let columnCount = header.count
            var learners = ByteInterner(capacity: 4096)
            var challenges = ByteInterner(capacity: 1024)
            var learnerOfAnswer: [Int32] = []
            var packed: [UInt32] = []
            var droppedCounts = [Int](repeating: 0, count: statuses.count)
            var wrongCounts = [Int](repeating: 0, count: statuses.count)
            var statistics = AnswerLog.Statistics()
            let dropMask = statuses.map { options.dropped.contains($0) }
            var lastLearner = (bytes: [UInt8](), index: -1)
            var lastChallenge = (bytes: [UInt8](), index: -1)
            while try reader.next() {
                statistics.records += 1
                guard reader.fieldCount == columnCount else {
                    let count = reader.fieldCount
                    let line = reader.line
                    let record = reader.recordBytes
                    let separator = reader.separator ?? 0x2C
                    budget.add(.error) {
                        CalibrationDiagnostics.answerLine(
                            CalibrationFilesMessages.text("AnswerLog.6", ["count": "\(count)", "s": "\(count == 1 ? "" : "s")", "columnCount": "\(columnCount)"]),
                            at: recordSpan(path: path, record: record, line: line),
                            help: Help(CalibrationFilesMessages.text("AnswerLog.7", ["UnicodeScalar": "\(separator == 0x09 ? "tab" : String(UnicodeScalar(separator)))"])))
                    }
                    continue
                }
                // Result first: a dropped status needs no id lookups.
                let result = reader.withField(resultColumn) { Self.result(of: Self.trimmed($0)) }
                guard let result else {
                    let line = reader.line
                    let record = reader.recordBytes
                    let range = reader.fieldRange(resultColumn)
                    let text = reader.field(resultColumn)
                    budget.add(.error) {
                        CalibrationDiagnostics.answerResult(
                            CalibrationFilesMessages.text("AnswerLog.8", ["text": "\(text)"]), at: recordSpan(path: path, record: record, line: line, range: range),
                            help: Help(CalibrationFilesMessages.text("AnswerLog.9")))
                    }
                    continue
                }
                if result.status >= 0, dropMask[result.status] {
                    droppedCounts[result.status] += 1
                    continue
                }
                var problem: String?
                let learner = reader.withField(learnerColumn) { bytes -> Int in
                    let id = Self.trimmed(bytes)
                    if id.isEmpty { problem = CalibrationFilesMessages.text("AnswerLog.10"); return -1 }
                    if lastLearner.index >= 0, id.elementsEqual(lastLearner.bytes) { return lastLearner.index }
                    let index = learners.index(of: id)
                    lastLearner = (Array(id), index)
                    return index
                }
                let challenge = reader.withField(challengeColumn) { bytes -> Int in
                    let id = Self.trimmed(bytes)
                    if id.isEmpty { problem = problem ?? CalibrationFilesMessages.text("AnswerLog.11"); return -1 }
                    if lastChallenge.index >= 0, id.elementsEqual(lastChallenge.bytes) { return lastChallenge.index }
                    let index = challenges.index(of: id)
                    lastChallenge = (Array(id), index)
                    return index
                }
                if let problem {
                    let line = reader.line
                    let record = reader.recordBytes
                    let range = reader.fieldRange(learner < 0 ? learnerColumn : challengeColumn)
                    budget.add(.error) {
                        CalibrationDiagnostics.answerLine(problem, at: recordSpan(path: path, record: record, line: line, range: range),
                                                          help: Help(CalibrationFilesMessages.text(learner < 0 ? "AnswerLog.learnerId" : "AnswerLog.challengeId")))
                    }
                    continue
                }
                if result.status >= 0, !result.correct { wrongCounts[result.status] += 1 }
                learnerOfAnswer.append(Int32(truncatingIfNeeded: learner))
                packed.append(UInt32(truncatingIfNeeded: challenge) << 1 | (result.correct ? 1 : 0))
            }
            if budget.hasErrors { return (nil, budget.diagnostics(path: path)) }
            statistics.kept = packed.count
            statistics.ignoredColumns = ignored
            statistics.dropped = statuses.indices.filter { droppedCounts[$0] > 0 }.map { AnswerLog.StatusCount(status: statuses[$0], count: droppedCounts[$0]) }
                .sorted { $0.status < $1.status }
            statistics.wrongByStatus = statuses.indices.filter { wrongCounts[$0] > 0 && statuses[$0] != "ko" }
                .map { AnswerLog.StatusCount(status: statuses[$0], count: wrongCounts[$0]) }.sorted { $0.status < $1.status }
            return (Self.assemble(learners: learners.count, challenges: challenges, learnerOfAnswer: learnerOfAnswer, packed: packed,
                                  learnerColumn: learnerName, statistics: statistics), budget.diagnostics(path: path))
        } catch {
            budget.add(.error) { CalibrationDiagnostics.readFailure(error, path: path, help: CalibrationFilesMessages.text("AnswerLog.15")) }
        }
        return (nil, budget.diagnostics(path: path))
    }

    static func reason(_ error: Error) -> String {
        (error as? ByteSourceError)?.reason ?? "\(error)"
    }

    /// Sorts challenges by id and groups answers by learner (a counting sort: two passes).
    static func assemble(learners: Int, challenges: ByteInterner, learnerOfAnswer: [Int32], packed: [UInt32],
                         learnerColumn: String, statistics: AnswerLog.Statistics) -> AnswerLog {
        let ids = (0..<challenges.count).map { challenges.key($0) }
        let order = ids.indices.sorted { ids[$0].utf8.lexicographicallyPrecedes(ids[$1].utf8) }
        var rank = [UInt32](repeating: 0, count: ids.count)
        for (position, index) in order.enumerated() { rank[index] = UInt32(position) }
        var starts = [Int](repeating: 0, count: learners + 1)
        for learner in learnerOfAnswer { starts[Int(learner) + 1] += 1 }
        for index in 0..<learners { starts[index + 1] += starts[index] }
        var next = starts
        var answers = [UInt32](repeating: 0, count: packed.count)
        for (position, learner) in learnerOfAnswer.enumerated() {
            let value = packed[position]
            answers[next[Int(learner)]] = rank[Int(value >> 1)] << 1 | (value & 1)
            next[Int(learner)] += 1
        }
        var statistics = statistics
        var seen = [Int32](repeating: -1, count: ids.count)
        for learner in 0..<learners {
            for position in starts[learner]..<starts[learner + 1] {
                let challenge = Int(answers[position] >> 1)
                if seen[challenge] == Int32(learner) { statistics.repeatedAnswers += 1 }
                seen[challenge] = Int32(learner)
            }
        }
        return AnswerLog(challengeIDs: order.map { ids[$0] }, learnerStarts: starts, answers: answers, learnerColumn: learnerColumn, statistics: statistics)
    }

    /// (index in ``statuses`` or -1 for `1`/`0`, correct), nil for an unknown status.
    static func result(of bytes: UnsafeBufferPointer<UInt8>) -> (status: Int, correct: Bool)? {
        if bytes.count == 1 {
            if bytes[0] == UInt8(ascii: "1") { return (-1, true) }
            if bytes[0] == UInt8(ascii: "0") { return (-1, false) }
            return nil
        }
        if bytes.count == 2, bytes[0] == UInt8(ascii: "o"), bytes[1] == UInt8(ascii: "k") { return (0, true) }
        for (index, status) in statuses.enumerated() where status.utf8.count == bytes.count && status.utf8.elementsEqual(bytes) {
            return (index, index == 0)
        }
        return nil
    }

    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lower = 0
        var upper = bytes.count
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    }
}

extension String {
    func trimmingCharacters() -> String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
