import Foundation
import Fuzzing
import Testing

/// Every input the fuzzers found a problem with is kept in Tests/Fixtures/fuzz/<target>/ and
/// replayed here through the same entry point: a finding stays fixed. The seeds made from the
/// shipped content are replayed too, so the targets themselves stay sound.
@Suite("Fuzz targets")
struct FuzzRegressionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Finding: CustomTestStringConvertible, Sendable {
        let target: FuzzTarget
        let name: String
        let bytes: [UInt8]
        var testDescription: String { "\(target.rawValue)/\(name)" }
    }

    static var findings: [Finding] {
        FuzzTarget.allCases.flatMap { target -> [Finding] in
            let folder = fixtures.appendingPathComponent(target.rawValue)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.sorted().compactMap { name in
                guard !name.hasPrefix("."), name != "README.md", let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { return nil }
                return Finding(target: target, name: name, bytes: [UInt8](data))
            }
        }
    }

    /// An unreadable fixture folder would leave `findings` empty and every finding unreplayed.
    @Test func theFindingsAreThere() {
        #expect(Self.findings.count >= 1, "no fuzz finding read from \(Self.fixtures.path)")
    }

    @Test(arguments: findings)
    func findingStaysFixed(_ finding: Finding) {
        finding.target.run(finding.bytes)
    }

    @Test(arguments: FuzzTarget.allCases.filter { $0 != .release })
    func seedsFromTheShippedContentRun(_ target: FuzzTarget) {
        let seeds = FuzzSeeds.make(target, root: Self.repository)
        #expect(!seeds.isEmpty)
        for seed in seeds { target.run(seed) }
    }
}
