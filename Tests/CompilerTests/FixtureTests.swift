import Compiler
import Diagnostics
import Foundation
import Testing

/// Fixture cases: every `.yaml` file directly under Tests/Fixtures/ (one file, one case), and every
/// folder under Tests/Fixtures/ holding a small repository tree. They are checked on top of the
/// example context (a reduced CRCN and a few tubes, see ExampleContext). Each file states the
/// diagnostics it must produce in comments:
///
///     # path: Challenges/1.1/recherche/cas.yaml    (single-file cases: where the file sits)
///     # expect: PIX0401 12:5                       (code, line:column)
///     options:   # expect: PIX0401 :3               (code, column on this line)
///
/// Files without comments (CSV) are covered by an `EXPECT` file in a folder case, one
/// `path CODE line:column` per line.
///
/// A case with no `expect` line must produce no diagnostic at all.
struct FixtureCase: CustomTestStringConvertible, Sendable {
    let name: String
    let files: [String: [UInt8]]

    var testDescription: String { name }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The cases Tests/Fixtures/ held when this was written: fewer means cases were lost (a
    /// folder moved, files not read), and `fixtureFolderHoldsEveryCase` fails. Raise it when
    /// adding cases.
    static let expectedCount = 61

    /// Every case, or nothing when the folder cannot be read (the parameterised test then has no
    /// argument: `fixtureFolderHoldsEveryCase` reports why).
    static func all() -> [FixtureCase] { (try? load()) ?? [] }

    static func load() throws -> [FixtureCase] {
        let manager = FileManager.default
        let entries = try manager.contentsOfDirectory(atPath: folder.path)
        var cases: [FixtureCase] = []
        // `hostile/`, `fuzz/` and `fix/` have runners of their own (HostileCorpusTests,
        // FuzzRegressionTests, FixCommandTests).
        for entry in entries.sorted() where entry != "hostile" && entry != "fuzz" && entry != "fix" {
            let url = folder.appendingPathComponent(entry)
            var isFolder: ObjCBool = false
            _ = manager.fileExists(atPath: url.path, isDirectory: &isFolder)
            if isFolder.boolValue {
                var files: [String: [UInt8]] = [:]
                guard let enumerator = manager.enumerator(atPath: url.path) else { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
                while let relative = enumerator.nextObject() as? String {
                    var isSub: ObjCBool = false
                    let full = url.appendingPathComponent(relative)
                    if manager.fileExists(atPath: full.path, isDirectory: &isSub), !isSub.boolValue {
                        files[relative] = [UInt8](try Data(contentsOf: full))
                    }
                }
                guard !files.isEmpty else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: url.path]) }
                cases.append(FixtureCase(name: entry, files: files))
            } else if entry.hasSuffix(".yaml") {
                let data = try Data(contentsOf: url)
                let stem = String(entry.dropLast(5))
                let text = String(decoding: data, as: UTF8.self)
                let path = Self.header("path", in: text) ?? "Challenges/1.1/recherche/\(stem).yaml"
                cases.append(FixtureCase(name: stem, files: [path: [UInt8](data)]))
            }
        }
        return cases
    }

    static func header(_ key: String, in text: String) -> String? {
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("# \(key):") {
                return trimmed.dropFirst(key.count + 3).trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// "path code line:column" for every expectation.
    var expectations: [String] {
        var result: [String] = []
        if let sidecar = files["EXPECT"] {
            for line in String(decoding: sidecar, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
                result.append(String(line))
            }
        }
        for (path, bytes) in files where path.hasSuffix(".yaml") {
            let text = String(decoding: bytes, as: UTF8.self)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard let range = line.range(of: "# expect:") else { continue }
                let parts = line[range.upperBound...].split(separator: " ")
                guard parts.count >= 2 else { continue }
                let place = parts[1]
                let location = place.hasPrefix(":") ? "\(number + 1)\(place)" : String(place)
                result.append("\(path) \(parts[0]) \(location)")
            }
        }
        return result.sorted()
    }
}

@Suite("Fixtures")
struct FixtureTests {
    @Test(arguments: FixtureCase.all())
    func fixture(_ fixture: FixtureCase) {
        let fileSystem = ExampleContext.fileSystem.merging(MemoryFileSystem(fixture.files))
        let result = Checker.check(fileSystem)
        let found = result.diagnostics.compactMap { diagnostic -> String? in
            guard let path = diagnostic.path, fixture.files[path] != nil, path != "EXPECT" else { return nil }
            let location = diagnostic.span.map { "\($0.startLocation.line):\($0.startLocation.column)" } ?? "0:0"
            return "\(path) \(diagnostic.code) \(location)"
        }.sorted()
        #expect(found == fixture.expectations, "\n\(HumanRenderer().render(result.diagnostics.filter { fixture.files[$0.path ?? ""] != nil }))")
        // Every diagnostic on a fixture carries a help line, so authors know what to do.
        for diagnostic in result.diagnostics where fixture.files[diagnostic.path ?? ""] != nil {
            #expect(diagnostic.help != nil, "\(diagnostic.code) has no help: \(diagnostic.message)")
        }
    }

    /// A folder that cannot be read, or that lost cases, must not pass as "no fixture failed".
    @Test func fixtureFolderHoldsEveryCase() throws {
        let cases = try FixtureCase.load()
        #expect(cases.count >= FixtureCase.expectedCount, "\(cases.count) fixture cases in \(FixtureCase.folder.path), \(FixtureCase.expectedCount) expected")
        #expect(cases.count == FixtureCase.all().count)
    }

    @Test func theExampleContextIsClean() {
        let result = Checker.check(ExampleContext.fileSystem)
        #expect(result.diagnostics.isEmpty, "\(HumanRenderer().render(result.diagnostics))")
    }
}
