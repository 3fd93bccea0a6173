@testable import Grading
import Testing

/// Inputs large enough that quadratic work would take minutes: each of these finishes in a
/// fraction of a second because the work is proportional to the input.
@Suite("Linear work on large inputs")
struct LinearWorkTests {
    /// A deterministic text of `count` lowercase letters (no randomness in tests).
    static func letters(_ count: Int, seed: UInt64) -> [UInt16] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt16(0x61 + (state >> 33) % 26)
        }
    }

    @Test func typoToleranceOnLongAnswers() {
        let long = Self.letters(130_000, seed: 1)
        var typo = long
        typo[65_000] = 0x7A == typo[65_000] ? 0x79 : 0x7A
        // Equal or nearly equal: their common beginning and end are set aside, the rest is tiny.
        #expect(Similarity.closeness(long, to: long) == .close)
        #expect(Similarity.closeness(typo, to: long) == .close)
        // Lengths alone decide: a 1 MB answer is far from a short reference, whatever it holds.
        #expect(Similarity.closeness(Self.letters(1_000_000, seed: 2), to: Array("paris".utf16)) == .far)
        // Two long texts that differ throughout: beyond the limit, not computed.
        #expect(Similarity.closeness(long, to: Self.letters(130_000, seed: 3)) == .beyondLimit)
        // Up to the limit, computed exactly.
        let a = Self.letters(Similarity.maximumLength, seed: 4)
        var b = a
        for index in stride(from: 0, to: b.count, by: 5) { b[index] = 0x30 }
        #expect(Similarity.closeness(b, to: a) == .close)
        for index in stride(from: 1, to: b.count, by: 5) { b[index] = 0x30 }
        #expect(Similarity.closeness(b, to: a) == .far)
    }

    @Test func aGradedAnswerBeyondTheLimitSaysSo() {
        let solution = String(decoding: Self.letters(5_000, seed: 5), as: UTF16.self)
        let answer = String(decoding: Self.letters(5_000, seed: 6), as: UTF16.self)
        let result = grade(.text(answer), for: qroc(solution, Tolerances(t1: false, t2: false, t3: true)))
        #expect(result.status == .ko)
        #expect(result.failure == .beyondTypoToleranceLimit)
        #expect(grade(.text(solution), for: qroc(solution, Tolerances(t1: false, t2: false, t3: true))).status == .ok)
    }

    @Test func theBandedDistanceIsTheDistance() {
        for length in [0, 1, 2, 5, 13, 40] {
            for other in [0, 1, 3, 12, 41] {
                let a = Self.letters(length, seed: UInt64(length * 7 + other)).map { $0 % 3 + 0x61 }
                let b = Self.letters(other, seed: UInt64(other * 11 + length)).map { $0 % 3 + 0x61 }
                let full = Similarity.levenshtein(a, b, limit: nil)
                for limit in 0...8 {
                    let bounded = Similarity.levenshtein(a, b, limit: limit)
                    #expect(bounded == ((full ?? 0) <= limit ? full : nil), "\(a) \(b) limit \(limit)")
                }
            }
        }
    }

    @Test func twelveThousandOptionsInPixSyntax() {
        let proposals = (1...12_000).map { "- option \($0)" }.joined(separator: "\n")
        let options = OptionList.parse(proposals)
        #expect(options.count == 12_000)
        #expect(options.last?.text == "option 12000")
        #expect((try? OptionList.render(options.map(\.text))) == proposals)
    }

    @Test func longRunsOfBlankLines() {
        let blank = String(repeating: "\n ", count: 200_000)
        #expect(OptionList.parse("- a" + blank + "\n- b").map(\.text).count == 2)
        #expect(throws: PixSyntaxError.self) { try OptionList.render(["a" + blank + "-x", "b"]) }
        #expect((try? OptionList.render(["a" + blank + "x", "b"])) != nil)
    }

    @Test func manyInputBlocks() {
        let proposals = (1...20_000).map { "Champ \($0) : ${c\($0)}" }.joined(separator: "\n")
        let parsed = ProposalsSyntax.parse(proposals)
        #expect(parsed.blocks.count == 20_000)
        #expect(parsed.problems.isEmpty)
        #expect(ProposalsSyntax.apiBlocks(proposals)?.count == 20_000)
    }

    @Test func manyOpeningsNeverClosed() {
        let proposals = String(repeating: "${", count: 100_000) + "\n${a}"
        #expect(ProposalsSyntax.apiBlocks(proposals)?.map(\.key) == ["a"])
        let parsed = ProposalsSyntax.parse(String(repeating: "${", count: 100_000))
        #expect(parsed.blocks.isEmpty)
        #expect(parsed.problems.count == 100_000)
    }
}
