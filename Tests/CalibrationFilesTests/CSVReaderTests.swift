import CalibrationFiles
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    /// Reads every record with a tiny source block so records straddle refills.
    func records(_ text: String) throws -> [(line: Int, fields: [String])] {
        var reader = CSVReader(SlowSource(Array(text.utf8)))
        var result: [(Int, [String])] = []
        while try reader.next() {
            result.append((reader.line, (0..<reader.fieldCount).map { reader.field($0) }))
        }
        return result
    }

    @Test func quotesSeparatorsAndLineEnds() throws {
        let found = try records("a,b,c\r\n1,\"x,\"\"y\"\"\",3\n\n\"multi\nline\",,\"\"\r4,5,6")
        #expect(found.map(\.fields) == [["a", "b", "c"], ["1", "x,\"y\"", "3"], ["multi\nline", "", ""], ["4", "5", "6"]])
        #expect(found.map(\.line) == [1, 2, 4, 6])
    }

    @Test func separatorFromTheHeader() throws {
        var tab = CSVReader(MemoryByteSource("challengeId\tcomplementaryCertificationKey\talpha\nrec1\tCORE\t1,5\n"))
        #expect(try tab.next())
        #expect(tab.separator == 0x09)
        #expect(try tab.next())
        #expect(tab.field(2) == "1,5")
        var semicolon = CSVReader(MemoryByteSource("\u{FEFF}challengeId;alpha;delta\n"))
        #expect(try semicolon.next())
        #expect(semicolon.separator == 0x3B)
        #expect(semicolon.field(0) == "challengeId")
    }

    @Test func blanksAfterAClosingQuoteKeepTheFieldClosed() throws {
        let found = try records("id;alpha\n\"q 1\" ;1,5\n\"q2\"\t\n\"q3\" x;2\"\n")
        #expect(found.map(\.fields) == [["id", "alpha"], ["q 1", "1,5"], ["q2"], ["q3\" x;2"]])
    }

    /// Where each record and field is in the source, for readers that point into a whole file
    /// (the simulation's inputs), whatever the blocks the source hands out.
    @Test func recordOffsetsAndRawFieldRanges() throws {
        let text = "\u{FEFF}id,alpha\r\n\n q1 ,\"1\"\"5\" \n\"open,2\n"
        let bytes = Array(text.utf8)
        var reader = CSVReader(SlowSource(bytes))
        var places: [[String]] = []
        while try reader.next() {
            let offset = reader.recordOffset
            places.append((0..<reader.fieldCount).map { index in
                let range = reader.rawFieldRange(index)
                return String(decoding: bytes[(offset + range.lowerBound)..<(offset + range.upperBound)], as: UTF8.self) + (reader.isQuoted(index) ? "/q" : "")
            })
        }
        #expect(places == [["id", "alpha"], [" q1 ", "\"1\"\"5\"/q"], ["\"open,2\n/q"]])
    }

    @Test func anUnclosedQuoteStopsAtTheRecordLimit() throws {
        let text = "learner,challenge,result\n1,\"never closed," + String(repeating: "x", count: CSVReader.maximumRecordBytes + 10)
        var reader = CSVReader(MemoryByteSource(text))
        #expect(try reader.next())
        #expect(throws: CSVReadFailure.recordTooLong(line: 2)) { _ = try reader.next() }
    }
}

/// Hands out at most 3 bytes a read.
struct SlowSource: ByteSource {
    let bytes: [UInt8]
    var position = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(3, buffer.count, bytes.count - position)
        for offset in 0..<count { buffer[offset] = bytes[position + offset] }
        position += count
        return count
    }
}
