import Diagnostics
import Engine
import Foundation
import JSON
import Release
@testable import Simulation
import Testing
import Vocabulary

@Suite("Simulation inputs")
struct InputTests {
    func items(_ text: String) -> (records: [ItemRecord]?, diagnostics: [Diagnostic]) {
        ItemsFile.read(SourceFile(path: "items.csv", text: text))
    }

    func place(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.code) \(diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-")"
    }

    @Test func anItemsFileWithEveryColumn() throws {
        let (records, diagnostics) = items("""
        id,discrimination,difficulty,competence,tube,skill,level
        recherche-1,1.2,-0.5,1.1,@recherche,@recherche2,2
        "virgule, dans l'id",0.8,1.5,1.1,,,
        """)
        #expect(diagnostics.isEmpty)
        let list = try #require(records)
        #expect(list.map(\.id) == ["recherche-1", "virgule, dans l'id"])
        #expect(list[0].level == 2 && list[0].skill == "@recherche2" && list[0].tube == "@recherche")
        #expect(list[1].tube == nil && list[1].level == nil)
    }

    @Test func spreadsheetSemicolonsAndDecimalCommas() throws {
        let (records, diagnostics) = items("id;alpha;delta\r\nq1;1,25;-0,5\r\n")
        #expect(diagnostics.isEmpty)
        #expect(records?.first?.discrimination == 1.25)
        #expect(records?.first?.difficulty == -0.5)
    }

    @Test func problemsAreReportedWhereTheyAre() {
        #expect(items("id,discrimination\nq1,1\n").diagnostics.map(place) == ["PIX0801 1:1"])
        #expect(items("id,discrimination,difficulty,colour\n").diagnostics.map(place) == ["PIX0801 1:30"])
        #expect(items("").diagnostics.map(place) == ["PIX0801 1:1"])
        #expect(items("id,discrimination,difficulty\n").diagnostics.map(place) == ["PIX0801 1:1"])
        let values = items("id,discrimination,difficulty,level\nq1,0,1,2\nq2,1.2,facile,3\nq3,1,0,9\n,1,0,1\nq5,1,0\nq6,nan,0,1\n")
        #expect(values.records == nil)
        #expect(values.diagnostics.map(place) == ["PIX0802 2:4", "PIX0802 3:8", "PIX0802 4:8", "PIX0802 5:1", "PIX0801 6:1", "PIX0802 7:4"])
        let duplicate = items("id,discrimination,difficulty\nq1,1,0\nq1,1,0\n")
        #expect(duplicate.diagnostics.map(place) == ["PIX0803 3:1"])
        #expect(duplicate.diagnostics.first?.labels.first?.span.startLocation.line == 2)
    }

    /// The items and capacities files are read by CalibrationFiles' CSV reader, the one of
    /// calibration files and answer logs: its separators, quotes and record limit, with each
    /// cell's place in the file (trimmed, its quotes included).
    @Test func theCalibrationFilesReaderWithPlacesInTheFile() throws {
        let tabs = items("\u{FEFF}id\tdiscrimination\tdifficulty\nq1\t1,5\t0\n")
        #expect(tabs.diagnostics.isEmpty)
        #expect(tabs.records?.first?.discrimination == 1.5)
        let quoted = items("id;discrimination;difficulty\n\"q;1\" ; -1,2 ;x\n")
        #expect(quoted.diagnostics.map(place) == ["PIX0802 2:9", "PIX0802 2:15"])
        #expect(quoted.diagnostics.first?.message == "discrimination must be above 0, found -1,2")
        let width = items("id\tdiscrimination\tdifficulty\nq1\t1\n").diagnostics
        #expect(width.map(place) == ["PIX0801 2:1"])
        #expect(width.first?.help?.message == "write one value per column, separated by tabs")
        let open = items("id,discrimination,difficulty\nq1,1,0\n\"q2,1,0\n" + String(repeating: "x", count: 1 << 20))
        #expect(open.records == nil)
        #expect(open.diagnostics.map(place) == ["PIX0801 3:1"])
        let capacities = CapacitiesFile.read(SourceFile(path: "capacities.csv", text: "learner;capacity\n\"a\" ;0,5\na;1\n"))
        #expect(capacities.diagnostics.map(place) == ["PIX0803 3:1"])
        #expect(capacities.diagnostics.first?.labels.first.map { "\($0.span.startLocation.line):\($0.span.startLocation.column)" } == "2:1")
    }

    @Test func aFileWrongOnEveryLineGivesABoundedReport() {
        let text = "id,discrimination,difficulty\n" + (1...10_000).map { "q\($0),x,0" }.joined(separator: "\n")
        let diagnostics = items(text).diagnostics
        #expect(diagnostics.count == InputProblems.limit)
        #expect(diagnostics.last?.notes.isEmpty == false)
    }

    @Test func capacities() throws {
        let good = CapacitiesFile.read(SourceFile(path: "capacities.csv", text: "learner,capacity\nalice,0.5\nbruno,-1.25\n"))
        #expect(good.diagnostics.isEmpty)
        #expect(good.population?.ids == ["alice", "bruno"])
        #expect(good.population?.capacities == [0.5, -1.25])
        let bad = CapacitiesFile.read(SourceFile(path: "capacities.csv", text: "learner,capacity\nalice,haut\nalice,1\nbruno\n"))
        #expect(bad.population == nil)
        #expect(bad.diagnostics.map(place) == ["PIX0802 2:7", "PIX0803 3:1", "PIX0801 4:1"])
    }

    @Test func theTruthMustCoverTheBank() throws {
        let truthFile = SourceFile(path: "truth.csv", text: "id,discrimination,difficulty\nq1,1,0\nq9,1,0\n")
        let truth = try #require(ItemsFile.read(truthFile).records)
        let missing = TruthMatching.match(bankIds: ["q1", "q2"], truth: truth, file: truthFile)
        #expect(missing.parameters == nil)
        #expect(missing.diagnostics.map(place).sorted() == ["PIX0804 1:1", "PIX0805 3:1"])
        let extra = TruthMatching.match(bankIds: ["q1"], truth: truth, file: truthFile)
        #expect(extra.parameters?.count == 1)
        #expect(extra.diagnostics.map(\.severity) == [.warning])
    }

    @Test func populationLaws() throws {
        #expect(try CapacityDistribution(parsing: "normal:0,1") == .normal(mean: 0, standardDeviation: 1))
        #expect(try CapacityDistribution(parsing: "uniform:-3,3") == .uniform(low: -3, high: 3))
        #expect(try CapacityDistribution(parsing: "fixed:1.5") == .fixed(1.5))
        for wrong in ["normal:0", "normal:0,-1", "uniform:3,-3", "gauss:0,1", "fixed:", "normal:0,inf", "normal"] {
            #expect(throws: SimulationFailure.self, "\(wrong)") { try CapacityDistribution(parsing: wrong) }
        }
        var random = SplitMix64(seed: 1)
        let draws = (0..<20_000).map { _ in CapacityDistribution.normal(mean: 1, standardDeviation: 2).draw(&random) }
        let mean = draws.reduce(0, +) / Double(draws.count)
        let sd = (draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(draws.count)).squareRoot()
        #expect(abs(mean - 1) < 0.05 && abs(sd - 2) < 0.05)
    }

    @Test func bands() throws {
        let bands = try CapacityBands(parsing: "-3,3,1")
        #expect(bands.count == 8)
        #expect(bands.index(of: -3.5) == 0)
        #expect(bands.index(of: -3) == 1)
        #expect(bands.index(of: 0) == 4)
        #expect(bands.index(of: 2.999) == 6)
        #expect(bands.index(of: 3) == 7)
        #expect(bands.index(of: .nan) == 0)
        let odd = try CapacityBands(parsing: "-1,1,0.3")
        for capacity in stride(from: -1.5, through: 1.5, by: 0.01) {
            let band = odd.bands[odd.index(of: capacity)]
            #expect(capacity >= band.from && capacity < band.to, "\(capacity)")
        }
        for wrong in ["3,-3,1", "-3,3,0", "-3,3", "0,1000,1"] {
            #expect(throws: SimulationFailure.self, "\(wrong)") { try CapacityBands(parsing: wrong) }
        }
    }

    /// `pixc explain` shows what each wrong example gives: the examples are checked here.
    @Test(arguments: SimulationInputDiagnostics.all.map(\.code.rawValue))
    func explainExamplesBehave(_ code: String) throws {
        let descriptor = try #require(SimulationInputDiagnostics.catalog.descriptor(for: DiagnosticCode(code)))
        #expect(descriptor.explanation.count > 40)
        let wrong = try #require(descriptor.wrong)
        #expect(SimulationInputDiagnostics.diagnostics(for: wrong).contains { $0.code == descriptor.code })
        let right = try #require(descriptor.right)
        #expect(!SimulationInputDiagnostics.diagnostics(for: right).contains { $0.code == descriptor.code })
    }
}

@Suite("Simulation number text")
struct NumberTextTests {
    @Test func theFastFormIsJavaScripts() {
        var random = SplitMix64(seed: 3)
        var values: [Double] = [0, -0.0, 1, -1, 0.0001, 0.00009999, 1e15, 999999999999999.9, 123.456, 1e-7, 2.5e20, .nan, .infinity]
        for _ in 0..<20_000 {
            let exponent = Int(random.next() % 40) - 20
            values.append((random.nextUnit() - 0.5) * pow(10, Double(exponent)))
            values.append(Double(Int(random.next() % 2_000_000)) - 1_000_000)
        }
        for value in values {
            #expect(JSONText.number(value) == JSONNumberText.canonical(value), "\(value)")
        }
    }
}
