import Testing
import Vocabulary
@testable import Engine

/// Draws scripted by the test.
struct ScriptedRandom: RandomSource {
    var draws: [Double]
    var consumed = 0

    mutating func nextUnit() -> Double {
        defer { consumed += 1 }
        return draws[consumed % draws.count]
    }
}

@Suite struct RandomTests {
    /// Values printed by npm `hash-int`'s algorithm under node v20.
    @Test(arguments: [
        (0, 0 as UInt32), (1, 3_266_786_691), (2, 3_910_079_064), (42, 3_941_539_072),
        (1_234_567, 4_207_788_969), (-1, 3_582_354_520), (4_294_967_295, 3_582_354_520),
        (4_294_967_296, 0), (2_147_483_648, 3_261_318_340),
    ])
    func hashIntVectors(input: Int, expected: UInt32) {
        #expect(hashInt(input) == expected)
    }

    /// Ten successive picks among 5 with p = 51, seed 42, as Pix's legacy pickers produce them.
    @Test func hashIntChains() {
        var single = HashIntChain(seed: 42, style: .singleHash)
        #expect((0..<10).map { _ in BinaryTreePick.index(count: 5, probability: 51, chain: &single) } == [1, 2, 1, 0, 0, 1, 0, 1, 1, 1])
        var double = HashIntChain(seed: 42, style: .doubleHash)
        #expect((0..<10).map { _ in BinaryTreePick.index(count: 5, probability: 51, chain: &double) } == [0, 2, 1, 0, 0, 1, 0, 1, 1, 1])
    }

    @Test func binaryTreeRankProbabilities() {
        let expected = [0.51, 0.2499, 0.122451, 0.06000099, 0.05764801]
        for (rank, probability) in expected.enumerated() {
            #expect(abs(BinaryTreePick.probability(ofRank: rank, count: 5, probability: 51) - probability) < 1e-12)
        }
        #expect(BinaryTreePick.probability(ofRank: 0, count: 1, probability: 51) == 1)
        #expect(BinaryTreePick.probability(ofRank: 0, count: 5, probability: 100) == 1)
    }

    @Test func binaryTreeWalkStopsAtTheFirstDrawBelowP() {
        var scripted = ScriptedRandom(draws: [0.9, 0.6, 0.4])
        #expect(BinaryTreePick.index(count: 5, probability: 51, random: &scripted) == 2)
        #expect(scripted.consumed == 3)
        var failing = ScriptedRandom(draws: [0.99])
        #expect(BinaryTreePick.index(count: 5, probability: 51, random: &failing) == 4)
        #expect(failing.consumed == 4)
        var single = ScriptedRandom(draws: [0.99])
        #expect(BinaryTreePick.index(count: 1, probability: 51, random: &single) == 0)
        #expect(single.consumed == 0)
    }

    @Test func binaryTreeFrequenciesMatchTheProbabilities() {
        var generator = SplitMix64(seed: 2024)
        var counts = [Int](repeating: 0, count: 5)
        let draws = 200_000
        for _ in 0..<draws {
            counts[BinaryTreePick.index(count: 5, probability: 51, random: &generator)] += 1
        }
        for rank in 0..<5 {
            let frequency = Double(counts[rank]) / Double(draws)
            #expect(abs(frequency - BinaryTreePick.probability(ofRank: rank, count: 5, probability: 51)) < 0.005)
        }
    }
}
