import Testing
import Vocabulary

@Suite("Shared text helpers")
struct TextTests {
    @Test("trimming removes Unicode white space at both ends only", arguments: [
        ("  a b\t", "a b"), ("\u{A0}mot\u{202F}\n", "mot"), ("abc", "abc"), ("", ""), (" \t\n", ""), ("é ", "é"),
    ])
    func trimming(_ text: String, _ expected: String) {
        #expect(text.trimmingWhitespace() == expected)
        #expect(text[...].trimmingWhitespace() == expected)
    }

    @Test("folding lowercases and removes accents, precomposed or not")
    func folding() {
        #expect("Élève".foldedForComparison == "eleve")
        #expect("Œuvre".foldedForComparison == "oeuvre")
        #expect("cafe\u{301}".foldedForComparison == "cafe")
        #expect("Ñandú".foldedForComparison == "nandu")
    }

    @Test("Levenshtein distance, and nil beyond a limit", arguments: [
        ("chat", "chats", 1), ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3), ("même", "même", 0),
    ])
    func levenshtein(_ a: String, _ b: String, _ expected: Int) {
        #expect(EditDistance.levenshtein(Array(a.unicodeScalars), Array(b.unicodeScalars)) == expected)
        #expect(EditDistance.levenshtein(Array(a.utf16), Array(b.utf16), limit: expected) == expected)
        if expected > 0 {
            #expect(EditDistance.levenshtein(Array(a.utf16), Array(b.utf16), limit: expected - 1) == nil)
        }
    }

    @Test("a parallel map keeps the order of its inputs")
    func parallelMap() {
        #expect(ParallelMap.map(Array(0..<1000)) { $0 * 2 } == (0..<1000).map { $0 * 2 })
        #expect(ParallelMap.map(count: 0) { $0 }.isEmpty)
        #expect(ParallelMap.map(count: 1) { $0 + 7 } == [7])
    }
}
