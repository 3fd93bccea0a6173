import Engine
import Foundation

/// Where the bank measures well and where new challenges are needed.
///
/// - The test information at θ is the information of the `length` most informative challenges at
///   θ: what an ideal adaptive test of that length could gather there. Its expected standard
///   error is 1/√information; the capacity ranges where it exceeds the threshold are poorly
///   measured whatever the engine does.
/// - A gap is a (competence, capacity band) cell where a new challenge would add the most
///   information: a new challenge of median discrimination with its difficulty in the band gives
///   a²/4 at the band's centre; the competence's best challenge there gives less than half of
///   that (nothing when it has none). The gain, weighted by the share of simulated learners in
///   the band, ranks the cells.
public struct BankDiagnostics: Sendable {
    public struct Gap: Sendable {
        public enum Reason: String, Sendable {
            /// The competence has no challenge with a difficulty in the band.
            case noChallenge
            /// It has some, but none informative enough at the band's centre.
            case lowInformation
        }

        public let competence: String
        public let band: Int
        public let from: Double
        public let to: Double
        public let challenges: Int
        public let learnersShare: Double
        public let bestInformation: Double
        public let newChallengeInformation: Double
        /// learnersShare × (newChallengeInformation − bestInformation).
        public let gain: Double
        public let reason: Reason
    }

    /// The capacities the curves are given at: −5 to 5 by 0.1.
    public let grid: [Double]
    /// Σ information of every challenge.
    public let bankInformation: [Double]
    /// Σ information of the `length` best challenges.
    public let testInformation: [Double]
    public let expectedStandardError: [Double]
    public let length: Int
    public let threshold: Double
    public let weakRanges: [(from: Double, to: Double)]
    public let newChallengeInformation: Double
    public let gaps: [Gap]

    static let maximumGaps = 30

    init(tables: BankTables, bands: CapacityBands, bandShares: [Double], length: Int, threshold: Double) {
        grid = (0...100).map { Double($0) / 10 - 5 }
        self.length = length
        self.threshold = threshold
        var bank: [Double] = []
        var test: [Double] = []
        var information = [Double](repeating: 0, count: tables.count)
        for capacity in grid {
            for item in 0..<tables.count {
                information[item] = Flash.reward(capacity: capacity, discriminant: tables.discrimination[item], difficulty: tables.difficulty[item])
            }
            bank.append(information.reduce(0, +))
            test.append(information.sorted(by: >).prefix(length).reduce(0, +))
        }
        bankInformation = bank
        testInformation = test
        expectedStandardError = test.map { $0 > 0 ? 1 / $0.squareRoot() : .infinity }
        var ranges: [(from: Double, to: Double)] = []
        var start: Double?
        for (index, error) in expectedStandardError.enumerated() {
            if error > threshold {
                if start == nil { start = grid[index] }
            } else if let from = start {
                ranges.append((from, grid[index - 1]))
                start = nil
            }
        }
        if let from = start, let last = grid.last { ranges.append((from, last)) }
        weakRanges = ranges

        let sortedDiscrimination = tables.discrimination.sorted()
        let median = sortedDiscrimination.isEmpty ? 1 : sortedDiscrimination.count % 2 == 1
            ? sortedDiscrimination[sortedDiscrimination.count / 2]
            : (sortedDiscrimination[sortedDiscrimination.count / 2 - 1] + sortedDiscrimination[sortedDiscrimination.count / 2]) / 2
        newChallengeInformation = median * median / 4
        var gaps: [Gap] = []
        let bandList = bands.bands
        var itemsOfCompetence = [[Int]](repeating: [], count: tables.competenceCount)
        for item in 0..<tables.count { itemsOfCompetence[tables.competence[item]].append(item) }
        for competence in 0..<tables.competenceCount {
            for (band, bounds) in bandList.enumerated() where bandShares[band] > 0 {
                var count = 0
                var best = 0.0
                for item in itemsOfCompetence[competence] {
                    let difficulty = tables.difficulty[item]
                    if difficulty >= bounds.from && difficulty < bounds.to { count += 1 }
                    let value = Flash.reward(capacity: bounds.center, discriminant: tables.discrimination[item], difficulty: difficulty)
                    if value > best { best = value }
                }
                // A competence whose best challenge gives at least half what a new one would is
                // covered there (a challenge one band away still measures well).
                guard best < newChallengeInformation / 2 else { continue }
                let gain = bandShares[band] * (newChallengeInformation - best)
                gaps.append(Gap(competence: tables.competenceLabels[competence], band: band, from: bounds.from, to: bounds.to, challenges: count,
                                learnersShare: bandShares[band], bestInformation: best, newChallengeInformation: newChallengeInformation,
                                gain: gain, reason: count == 0 ? .noChallenge : .lowInformation))
            }
        }
        gaps.sort { $0.gain != $1.gain ? $0.gain > $1.gain : ($0.band != $1.band ? $0.band < $1.band : $0.competence < $1.competence) }
        self.gaps = Array(gaps.prefix(Self.maximumGaps))
    }
}
