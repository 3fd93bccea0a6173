@testable import Compiler
import Testing

/// The folder and the name of a path are found without splitting it: the same results as
/// splitting at `/` (empty components dropped), on ordinary and unusual paths.
@Suite("Content paths")
struct ContentPathTests {
    static let paths = ["", "/", "///", "a", "a/", "/a", "a/b", "a/b/", "/a/b", "a//b", "a/b//c.yaml", "//a/b", "a/b/c/d.yaml",
                        "Challenges/1.1/recherche/annee.yaml", "Challenges/1.1/tableur/Ventes Janvier.csv", "é/ß/çà.png", "./a/../b.png",
                        "Challenges/1.1/t/data/clé.yaml", "a\\b/c"]

    @Test func folderIsWhatSplittingGives() {
        for path in Self.paths {
            var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            if !parts.isEmpty { parts.removeLast() }
            #expect(ContentPath.folder(of: path) == parts.joined(separator: "/"), "\(path)")
        }
    }

    @Test func fileNameIsTheLastComponent() {
        for path in Self.paths {
            #expect(FileNamesInAlphabet.name(of: path) == (path.split(separator: "/").last.map(String.init) ?? path), "\(path)")
        }
    }
}
