@testable import Compiler
import Release
import Testing

/// A variant's id is part of the bundle: hashing its texts piece by piece must give the id
/// that hashing them joined gave (the first version, `Reference` below).
@Suite struct VariantIDTests {
    @Test func idsAreThoseOfTheJoinedTexts() {
        let fragments = ["", "QCU", "Combien de Ko ?", "- 12\n- 13", "${ko} Ko", "2", "\u{1F}", "\n", "é", "e\u{301}", "👍", "1 000", "https://exemple.fr"]
        var state: UInt64 = 0x51_7CC1_B727_220A
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func text() -> String { (0..<next(5)).map { _ in fragments[next(fragments.count)] }.joined() }
        for _ in 0..<2_000 {
            let content = (0..<9).map { _ in text() }
            let accepted = (0..<next(4)).map { _ in text() }
            #expect(Checker.variantID("qroc-ko", content: content, accepted: accepted) == Reference.variantID("qroc-ko", content: content, accepted: accepted))
        }
    }

    @Test func anIDIsTheChallengeAndTenHexDigits() {
        let id = Checker.variantID("banc1-2", content: ["QROC", "Combien ?"], accepted: ["12", "douze"])
        #expect(id.hasPrefix("banc1-2--"))
        #expect(id.utf8.count == "banc1-2--".utf8.count + 10)
        #expect(id != Checker.variantID("banc1-2", content: ["QROC", "Combien ?"], accepted: ["12douze"]))
    }

    enum Reference {
        static func variantID(_ challengeID: String, content: [String], accepted: [String]) -> String {
            let hex = SHA256Hex.digest((content + [accepted.joined(separator: "\n")]).joined(separator: "\u{1F}")).prefix(10)
            return "\(challengeID)--\(hex)"
        }
    }
}
