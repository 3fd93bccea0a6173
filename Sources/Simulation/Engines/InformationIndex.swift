import Foundation

/// Finds the most informative challenges at a capacity without evaluating the whole bank.
///
/// Challenges are grouped by decreasing a² (groups of 32), each group sorted by difficulty. The
/// information of a challenge, `a²·σ(z)σ(−z)` with `z = a(b − θ)`, is at most `a²/(4 + a²d²)` at
/// distance `d = |b − θ|` (because `e^z + e^−z ≥ 2 + z²`), which grows with a²: at most
/// `a²_max/(4 + a²_max·d²)` in its group, and `a²_max/4` anywhere. The search visits the groups in order
/// and, inside a group, the challenges from the nearest difficulty outwards, and stops as soon as
/// the bound falls below the worst information a `Ranking` still keeps. A challenge left out can
/// therefore not be among the best: the result is the one a scan of the whole bank gives.
struct InformationIndex: Sendable {
    struct Group: Sendable {
        let maximumSquaredDiscrimination: Double
        let range: Range<Int>
    }

    static let groupSize = 32
    /// Rounding can make a computed information exceed the exact bound by a few ulps; the bound
    /// is widened far more than that.
    static let margin = 1 + 1e-9

    let groups: [Group]
    /// Bank positions, group after group, each group by difficulty.
    let members: [Int]
    let memberDifficulty: [Double]

    init(discrimination: [Double], difficulty: [Double]) {
        let squared = discrimination.map { $0 * $0 }
        let byBound = Array(discrimination.indices).sorted { squared[$0] != squared[$1] ? squared[$0] > squared[$1] : $0 < $1 }
        var groups: [Group] = []
        var members: [Int] = []
        var start = 0
        while start < byBound.count {
            let end = min(byBound.count, start + Self.groupSize)
            let group = byBound[start..<end].sorted { difficulty[$0] != difficulty[$1] ? difficulty[$0] < difficulty[$1] : $0 < $1 }
            let values = group.map { squared[$0] }
            groups.append(Group(maximumSquaredDiscrimination: values.max() ?? 0, range: members.count..<(members.count + group.count)))
            members += group
            start = end
        }
        self.groups = groups
        self.members = members
        memberDifficulty = members.map { difficulty[$0] }
    }

    /// Offers `ranking` every challenge that could rank, nearest difficulties first.
    @inline(__always)
    func search<R: Ranking>(capacity: Double, _ ranking: inout R) {
        members.withUnsafeBufferPointer { members in
        memberDifficulty.withUnsafeBufferPointer { difficulty in
            for group in groups {
                if group.maximumSquaredDiscrimination * 0.25 * Self.margin < ranking.threshold { return }
                let squared = group.maximumSquaredDiscrimination
                let widened = squared * Self.margin
                // First member with a difficulty at or above the capacity.
                var low = group.range.lowerBound
                var high = group.range.upperBound
                while low < high {
                    let middle = (low + high) / 2
                    if difficulty[middle] < capacity { low = middle + 1 } else { high = middle }
                }
                var below = low - 1
                var above = low
                while true {
                    let hasBelow = below >= group.range.lowerBound
                    let hasAbove = above < group.range.upperBound
                    if !hasBelow && !hasAbove { break }
                    let takeAbove: Bool
                    if hasBelow && hasAbove {
                        takeAbove = !(capacity - difficulty[below] < difficulty[above] - capacity)
                    } else {
                        takeAbove = hasAbove
                    }
                    let index = takeAbove ? above : below
                    let distance = abs(difficulty[index] - capacity)
                    // widened / (4 + a²d²) < threshold, without a division.
                    if widened < ranking.threshold * (4 + squared * distance * distance) { break }
                    ranking.consider(members[index])
                    if takeAbove { above += 1 } else { below -= 1 }
                }
            }
        }}
    }
}

/// What `InformationIndex.search` fills: it skips challenges whose information cannot reach
/// `threshold` (−infinity while the ranking wants more).
protocol Ranking {
    var threshold: Double { get }
    mutating func consider(_ item: Int)
}
