import Compiler
import Diagnostics
import Foundation
import Testing

/// The content shipped in the repository (Referential/, Challenges/, Calibration/) is clean.
@Suite("Shipped content")
struct ShippedContentTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func checksWithoutError() {
        let result = Checker.check(DiskFileSystem(root: Self.root))
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(HumanRenderer().render(errors))")
    }

    @Test func referentialsAreComplete() throws {
        let result = Checker.check(DiskFileSystem(root: Self.root))
        let crcn = try #require(result.index.referentialsByFramework["pix"])
        #expect(crcn.domains.count == 5)
        #expect(crcn.competences.map(\.index.value) == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "5.1", "5.2"])
        #expect(crcn.levels.map(\.level.value) == Array(1...8))
        #expect(crcn.competences.allSatisfy { !$0.thematics.isEmpty })
        let crcne = try #require(result.index.referentialsByFramework["crcne"])
        #expect(crcne.domains.count == 5)
        #expect(crcne.levels.map(\.grade.value) == ["Initié", "Confirmé", "Avancé", "Expert"])
        let grid = try #require(crcne.grid)
        #expect(grid.phases.count == 3)
        #expect(grid.phases.reduce(0) { $0 + $1.items.count } == 8)
        #expect(crcne.certification?.rule.value == .lowest)
    }
}
