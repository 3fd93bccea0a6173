@testable import Compiler
import Testing

/// `ContentPath.folder(of:)` splits ASCII paths over their bytes: it must give what splitting
/// the path into characters gave (the first version, `reference` below) for every path.
@Suite struct ContentPathTests {
    static func reference(_ path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !parts.isEmpty else { return "" }
        parts.removeLast()
        return parts.joined(separator: "/")
    }

    @Test func foldersAreThoseOfTheCharacters() {
        let pieces = ["/", "//", "Challenges", "1.3", "tableur", "x.yaml", "a", ".", "..", " ", "\r\n", "\r", "\n", "é", "e\u{301}", "/\u{301}", "👍", "-"]
        var state: UInt64 = 0x2F6E_2B1E_5A3C_9D47
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var paths = ["", "/", "//", "a", "/a", "a/", "a/b", "/a//b/", "Challenges/1.3/tableur/x.yaml"]
        for round in 0..<4_000 {
            // Half the paths are ASCII (the first 12 pieces).
            let limit = round % 2 == 0 ? 12 : pieces.count
            paths.append((0..<next(8)).map { _ in pieces[next(limit)] }.joined())
        }
        for path in paths {
            #expect(ContentPath.folder(of: path) == Self.reference(path), "\(path.debugDescription)")
            #expect(ContentPath.folder(of: path).utf8.elementsEqual(Self.reference(path).utf8), "\(path.debugDescription)")
        }
        #expect(ContentPath.folder(of: "Challenges/1.3/tableur/x.yaml") == "Challenges/1.3/tableur")
        #expect(ContentPath.folder(of: "x.yaml") == "")
    }

    /// The name of a file, found from the end of an ASCII path, is what splitting the path into
    /// characters gives last.
    @Test func fileNameIsTheLastComponent() {
        let paths = ["", "/", "///", "a", "a/", "/a", "a/b", "a/b/", "/a/b", "a//b", "a/b//c.yaml", "//a/b", "Challenges/1.1/recherche/annee.yaml",
                     "Challenges/1.1/tableur/Ventes Janvier.csv", "é/ß/çà.png", "a/\u{301}b.png", "a/b/\u{301}", "./a/../b.png", "a\\b/c", "a\r\n/b"]
        for path in paths {
            #expect(FileNamesInAlphabet.name(of: path) == (path.split(separator: "/").last.map(String.init) ?? path), "\(path.debugDescription)")
        }
    }
}
