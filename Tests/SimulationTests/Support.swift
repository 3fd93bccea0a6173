import Engine
import Foundation
import Release
@testable import Simulation
import Vocabulary

/// A folder of its own for each test, removed afterwards.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-simulation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    func path(_ name: String) -> URL { url.appendingPathComponent(name) }

    func read(_ folder: String, _ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(folder).appendingPathComponent(name), encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Synthetic banks in the items format, drawn from a seed: `a ~ lognormal(0, 0.3)`,
/// `b ~ N(0, 1)` by default, spread over competences, tubes of four skills, levels from the
/// difficulty.
enum SyntheticBank {
    static func csv(items: Int, seed: UInt64, competences: Int = 16, difficulty: ClosedRange<Double>? = nil) -> String {
        var random = SplitMix64(seed: seed)
        func normal() -> Double {
            let u1 = 1 - random.nextUnit()
            let u2 = random.nextUnit()
            return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        }
        var lines = ["id,discrimination,difficulty,competence,tube,skill,level"]
        for index in 0..<items {
            let a = exp(0.3 * normal())
            let b: Double
            if let difficulty {
                b = difficulty.lowerBound + (difficulty.upperBound - difficulty.lowerBound) * random.nextUnit()
            } else {
                b = normal()
            }
            let competence = "c\(index % competences + 1)"
            let tube = "\(competence)-t\(index / competences % 8)"
            let level = min(8, max(1, Int(((b + 3.2) / 0.9).rounded())))
            lines.append("item\(String(format: "%04d", index)),\(a),\(b),\(competence),@\(tube),@\(tube)\(level),\(level)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension SimulationRequest {
    /// A request writing into `folder/out`.
    static func test(_ bank: BankSource, learners: Int = 200, engine: SimulatedEngineChoice = .flash(.v3Certification),
                     folder: TemporaryFolder, out: String = "out", threads: Int = 1, seed: UInt64 = 7) -> SimulationRequest {
        var request = SimulationRequest(bank: bank, population: .distribution(.normal(mean: 0, standardDeviation: 1), learners: learners),
                                        engine: engine, seed: seed, threads: threads, output: folder.path(out))
        request.chunkSize = 16
        return request
    }
}

/// Reads a CSV written by the simulation (no quoted field in these tests).
func rows(_ text: String) -> [[String]] {
    text.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
}
