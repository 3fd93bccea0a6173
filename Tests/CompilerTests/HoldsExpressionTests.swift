@testable import Compiler
import Testing

/// `holdsExpression` is a search for two `{` bytes in a row.
@Suite struct HoldsExpressionTests {
    @Test func twoBracesInARowMakeAnExpression() {
        #expect("Combien font {{ a }} et {{ b }} ?".holdsExpression)
        #expect("{{".holdsExpression)
        #expect("é{{\u{301}".holdsExpression)
        #expect(!"".holdsExpression)
        #expect(!"{".holdsExpression)
        #expect(!"{ {".holdsExpression)
        #expect(!"${reponse} Go }}".holdsExpression)
    }

    @Test func anyTextAgreesWithAByteSearch() {
        let pieces = ["{", "}", " ", "a", "é", "\u{301}", "👍", "$", "{{", "\n"]
        var state: UInt64 = 0x7A3D_91C4_0B5E_F182
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2_000 {
            let text = (0..<next(10)).map { _ in pieces[next(pieces.count)] }.joined()
            let bytes = Array(text.utf8)
            let expected = bytes.indices.dropFirst().contains { bytes[$0] == UInt8(ascii: "{") && bytes[$0 - 1] == UInt8(ascii: "{") }
            #expect(text.holdsExpression == expected, "\(text.debugDescription)")
        }
    }
}
