import Foundation
import Testing

/// Commands that write beside the repository when no output is given (`pixc schema` without
/// `--out`, `pixc calibrate` without `--out`) find it from the current folder. They are run as a
/// person runs them — the real binary, parsed from its arguments, started in a folder of the
/// repository — since the current folder belongs to the whole test process. (Both once built a
/// `RootOptions` by hand and stopped on argument-parser's "Can't read a value from a parsable
/// argument definition".)
@Suite("Default output folders")
struct DefaultFolderTests {
    func run(_ arguments: [String], in folder: URL) throws -> (code: Int32, err: String) {
        let binary = try #require(ExecutableTests.binary, "pixc binary not found next to the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["LANG": "C"]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, err)
    }

    @Test func schemaWithoutOutWritesIntoTheRepositorysSchemasFolder() throws {
        let repository = try TemporaryRepository()
        let inside = repository.url.appendingPathComponent("Challenges")
        let result = try run(["schema"], in: inside)
        #expect(result.code == 0, "\(result.err)")
        let written = try FileManager.default.contentsOfDirectory(atPath: repository.url.appendingPathComponent("schemas").path).sorted()
        #expect(written == ["challenge.schema.json", "dataset.schema.json", "referential.schema.json", "tube.schema.json"])
    }

    @Test func calibrateWithoutOutWritesIntoTheRepositorysCalibrationFolder() throws {
        let repository = try TemporaryRepository()
        var log = "learner,challenge,result\n"
        for learner in 0..<40 {
            for item in 0..<3 { log += "l\(learner),item-\(item),\((learner + item) % 3 == 0 ? "ko" : "ok")\n" }
        }
        try repository.write("logs/answers.csv", bytes: Array(log.utf8))
        let result = try run(["calibrate", "answers.csv", "--min-answers", "10"], in: repository.url.appendingPathComponent("logs"))
        #expect(result.code == 0, "\(result.err)")
        #expect(FileManager.default.fileExists(atPath: repository.url.appendingPathComponent("Calibration/answers.csv").path))
    }
}
