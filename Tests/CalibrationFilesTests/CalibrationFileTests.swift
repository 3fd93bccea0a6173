import CalibrationFiles
import Diagnostics
import Testing

@Suite("Calibration files")
struct CalibrationFileTests {
    @Test func pixImportFormatTabSeparatedWithSeveralKeys() {
        let text = "challengeId\tcomplementaryCertificationKey\talpha\tdelta\tcalibrationId\nrecA\tCORE\t1.25\t-0.5\t42\nrecA\tDROIT\t0.9\t1.1\t43\nrecB\tCORE\t0,8\t2\t42\n"
        let (core, diagnostics) = CalibrationReader.read(MemoryByteSource(text), path: "Calibration/pix.tsv.csv")
        #expect(diagnostics.isEmpty)
        #expect(core.map(\.challengeID) == ["recA", "recB"])
        #expect(core.map(\.discrimination) == [1.25, 0.8])
        #expect(core.first?.calibrationID == "42")
        #expect(core.first?.certificationKey == "CORE")
        let (droit, _) = CalibrationReader.read(MemoryByteSource(text), path: "Calibration/pix.tsv.csv", certificationKey: "DROIT")
        #expect(droit.map(\.difficulty) == [1.1])
        let (none, warnings) = CalibrationReader.read(MemoryByteSource(text), path: "Calibration/pix.tsv.csv", certificationKey: "CLEA")
        #expect(none.isEmpty)
        #expect(warnings.map(\.code.rawValue) == ["PIX0608"])
    }

    @Test func writtenFilesReadBack() {
        let rows = [
            CalibrationRow(challengeID: "recA", discrimination: 1.234567891, difficulty: -0.5, discriminationStandardError: 0.1, difficultyStandardError: 0.2, responses: 512, flags: []),
            CalibrationRow(challengeID: "recB", discrimination: 0.15, difficulty: 4.5, discriminationStandardError: nil, difficultyStandardError: nil, responses: 12, flags: ["few-answers", "discrimination-near-zero"]),
        ]
        let pixc = CalibrationWriter.pixc(rows, calibrationID: "2026-11")
        #expect(pixc.hasPrefix("challengeId,discrimination,difficulty,discriminationStandardError,difficultyStandardError,responses,calibrationId,flags\nrecA,1.234568,-0.500000,0.100000,0.200000,512,2026-11,\n"))
        let (back, problems) = CalibrationReader.read(MemoryByteSource(pixc), path: "Calibration/out.csv")
        #expect(problems.isEmpty)
        #expect(back.map(\.challengeID) == ["recA", "recB"])
        #expect(back[1].flags == ["few-answers", "discrimination-near-zero"])
        #expect(back[1].discriminationStandardError == nil)
        let pix = CalibrationWriter.pix(rows, certificationKey: "CORE", calibrationID: "42")
        #expect(pix.hasPrefix("challengeId,complementaryCertificationKey,alpha,delta,calibrationId,flags\nrecA,CORE,1.234568,-0.500000,42,\n"))
        let (pixBack, pixProblems) = CalibrationReader.read(MemoryByteSource(pix), path: "Calibration/pix.csv")
        #expect(pixProblems.isEmpty)
        #expect(pixBack.map(\.difficulty) == [-0.5, 4.5])
    }

    @Test func threeMillionBadLinesCostFewDiagnostics() {
        // A generated source: the file is never in memory.
        let source = RepeatingSource(header: "challengeId,discrimination,difficulty\n", line: "recA,abc,1\n", count: 3_000_000)
        let (records, diagnostics) = CalibrationReader.read(source, path: "Calibration/big.csv")
        #expect(records.isEmpty)
        #expect(diagnostics.count == 51)
        #expect(diagnostics.last?.message == "2999950 more problems in this file are not shown")
    }
}

/// A header then `count` copies of a line, produced on demand.
struct RepeatingSource: ByteSource {
    let header: [UInt8]
    let line: [UInt8]
    let count: Int
    var emitted = 0
    var position = 0

    init(header: String, line: String, count: Int) {
        self.header = Array(header.utf8)
        self.line = Array(line.utf8)
        self.count = count
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var filled = 0
        while filled < buffer.count {
            let current: [UInt8]
            if emitted == 0 { current = header } else if emitted <= count { current = line } else { break }
            let take = min(buffer.count - filled, current.count - position)
            for offset in 0..<take { buffer[filled + offset] = current[position + offset] }
            filled += take
            position += take
            if position == current.count {
                position = 0
                emitted += 1
            }
        }
        return filled
    }
}
