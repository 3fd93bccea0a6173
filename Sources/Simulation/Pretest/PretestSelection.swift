import Diagnostics
import Foundation
import Localization

/// Which challenges are pretested and which make the live test.
struct PretestSelection {
    let pool: PretestPool
    let liveBank: SimulationBank
    let liveTruth: [(discrimination: Double, difficulty: Double)]?

    /// From a pretest items file, or else from the bank's provisional challenges (their true
    /// parameters from the truth file, or their provisional ones). The bank was loaded with its
    /// provisional challenges when they are the pool; with `--calibrated-only`, those not drawn
    /// stay out of the live test.
    static func select(_ pretest: PretestRequest, bank: SimulationBank, truth: [(discrimination: Double, difficulty: Double)]?,
                       calibratedOnly: Bool, seed: UInt64) throws(SimulationFailure) -> PretestSelection {
        let count = pretest.count
        if let path = pretest.itemsPath {
            let file = try SimulationFiles.source(path)
            let (records, diagnostics) = ItemsFile.read(file)
            guard let records else { throw .diagnostics(diagnostics) }
            let bankIDs = Set(bank.items.map(\.id))
            let clashes = records.filter { bankIDs.contains($0.id) }.prefix(50).map { record in
                SimulationInputDiagnostics.duplicate(SimulationInputMessages.text("pretest.alsoInBank", ["id": record.id]), at: record.line,
                                                     help: SimulationInputMessages.text("pretest.alsoInBank.help"))
            }
            guard clashes.isEmpty else { throw .diagnostics(diagnostics + clashes) }
            guard count <= records.count else {
                throw .usage(SimulationMessages.catalogue.text(records.count == 1 ? "pretest.fewItems.one" : "pretest.fewItems.many", ["count": "\(count)", "path": path, "available": "\(records.count)"]))
            }
            let candidates = records.map { (id: $0.id, discrimination: $0.discrimination, difficulty: $0.difficulty) }
                .sorted { $0.id.unicodeScalars.lexicographicallyPrecedes($1.id.unicodeScalars) }
            let drawn = PretestPool.draw(count, from: candidates, seed: seed)
            let pool = PretestPool(ids: drawn.map(\.id), discrimination: drawn.map(\.discrimination), difficulty: drawn.map(\.difficulty),
                                   source: "items", path: path, digest: SHA256Text.digest(file.bytes))
            return PretestSelection(pool: pool, liveBank: bank, liveTruth: truth)
        }
        let provisional = bank.items.indices.filter { bank.items[$0].isProvisional }
        guard !provisional.isEmpty else {
            throw .usage(SimulationMessages.catalogue.text("pretest.noProvisional", ["count": "\(count)"]))
        }
        guard count <= provisional.count else {
            throw .usage(SimulationMessages.catalogue.text(provisional.count == 1 ? "pretest.fewProvisional.one" : "pretest.fewProvisional.many", ["count": "\(count)", "available": "\(provisional.count)"]))
        }
        let candidates = provisional.map { index in
            (id: bank.items[index].id, discrimination: truth?[index].discrimination ?? bank.items[index].discrimination,
             difficulty: truth?[index].difficulty ?? bank.items[index].difficulty)
        }
        let drawn = PretestPool.draw(count, from: candidates, seed: seed)
        let pretested = Set(drawn.map(\.id))
        let live = bank.items.indices.filter { !pretested.contains(bank.items[$0].id) && !(calibratedOnly && bank.items[$0].isProvisional) }
        guard !live.isEmpty else {
            throw .usage(SimulationMessages.catalogue.text("pretest.noneLeft", ["count": "\(count)", "bank": "\(bank.count)"]))
        }
        let left = bank.count - live.count - drawn.count
        var source = bank.source
        if case let .bundle(path, framework, statuses, locale, _) = source {
            source = .bundle(path: path, framework: framework, statuses: statuses, locale: locale, calibratedOnly: calibratedOnly)
        }
        let liveBank = SimulationBank(items: live.map { bank.items[$0] }, source: source, skippedCount: bank.skippedCount + left)
        let pool = PretestPool(ids: drawn.map(\.id), discrimination: drawn.map(\.discrimination), difficulty: drawn.map(\.difficulty),
                               source: "provisional", path: nil, digest: nil)
        return PretestSelection(pool: pool, liveBank: liveBank, liveTruth: truth.map { parameters in live.map { parameters[$0] } })
    }
}
