import Foundation
import Fuzzing

// libFuzzer's driver, started from Swift's `main` (SwiftPM gives every executable a `main` of its
// own, so libFuzzer's is not linked; `LLVMFuzzerRunDriver` runs the same command line). The
// target is chosen by the environment (`PIXC_FUZZ_TARGET`); with `PIXC_FUZZ_SEEDS=<folder>` the
// binary writes the target's seeds, made from the repository at `PIXC_FUZZ_ROOT`, and exits.

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

nonisolated(unsafe) var selected = FuzzTarget.yaml

@main
enum PixcFuzz {
    static func main() {
        let environment = ProcessInfo.processInfo.environment
        guard let name = environment["PIXC_FUZZ_TARGET"], let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("set PIXC_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        selected = target
        if let folder = environment["PIXC_FUZZ_SEEDS"] {
            let root = URL(fileURLWithPath: environment["PIXC_FUZZ_ROOT"] ?? FileManager.default.currentDirectoryPath)
            let seeds = FuzzSeeds.make(target, root: root)
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (index, seed) in seeds.enumerated() where !FileManager.default.createFile(atPath: folder + "/seed-\(index)", contents: Data(seed)) {
                FileHandle.standardError.write(Data("cannot write \(folder)/seed-\(index)\n".utf8))
                exit(2)
            }
            print("\(seeds.count) seeds for \(target.rawValue) in \(folder)")
            exit(0)
        }
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runDriver(&argc, &argv) { data, size in
            selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        })
    }
}
