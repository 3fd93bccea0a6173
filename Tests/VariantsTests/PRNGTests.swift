import Testing
import Vocabulary
@testable import Expressions
@testable import Variants

/// The vectors of docs/prng.md: any change here changes every variant and must bump the spec.
@Suite("Owned PRNG (spec 1)")
struct PRNGTests {
    @Test func fnv1a64Vectors() {
        #expect(FNV1a64.hash([]) == 0xCBF2_9CE4_8422_2325)
        #expect(FNV1a64.hash(Array("a".utf8)) == 0xAF63_DC4C_8601_EC8C)
        #expect(FNV1a64.hash(Array("foobar".utf8)) == 0x8594_4171_F739_67E8)
    }

    @Test func drawKeyVectors() {
        let key = DrawKey(challengeID: "tableur-conversion-taille", rowKey: "", slot: 1, attempt: 0)
        #expect(key.seed(for: "taille") == 0xD89D_3004_2415_FCF3)
        var generator = key.generator(for: "taille")
        #expect(generator.next() == 0x6EBB_0CFD_FB34_83C4)
        var uniform = key.generator(for: "taille")
        #expect(uniform.uniform(below: 39) == 7)

        let rowKey = DrawKey(challengeID: "recherche-annee-creation", rowKey: "la CNIL", slot: 2, attempt: 3)
        #expect(rowKey.seed(for: "prenom") == 0x42F2_6E62_8ABB_CF5F)
        var pick = rowKey.generator(for: "prenom")
        #expect(pick.uniform(below: 10) == 0)
    }

    @Test func shuffleAndSampleVectors() {
        var shuffle = DrawKey(challengeID: "c", rowKey: "", slot: 1, attempt: 0).generator(for: "ordre")
        #expect(DrawKey(challengeID: "c", rowKey: "", slot: 1, attempt: 0).seed(for: "ordre") == 0x29AA_D0CB_D71F_7A6F)
        var letters = Array("ABCDE")
        shuffle.shuffle(&letters)
        #expect(String(letters) == "ACDBE")

        var sample = DrawKey(challengeID: "c", rowKey: "", slot: 1, attempt: 0).generator(for: "trois")
        #expect(String(sample.sample(Array("ABCDEFG"), count: 3)) == "BDF")
    }

    @Test func eachVariableHasItsOwnStream() {
        let key = DrawKey(challengeID: "c", rowKey: "r", slot: 1, attempt: 0)
        #expect(key.seed(for: "a") != key.seed(for: "b"))
        #expect(DrawKey(challengeID: "c", rowKey: "r", slot: 2, attempt: 0).seed(for: "a") != key.seed(for: "a"))
        #expect(DrawKey(challengeID: "c", rowKey: "r", slot: 1, attempt: 1).seed(for: "a") != key.seed(for: "a"))
    }
}

@Suite("Draw key hashing")
struct DrawKeyHashingTests {
    @Test(arguments: [0, 7, 10, 99, 100, 12345, 1_000_000, Int.max, -42])
    func decimalDigitsHashLikeTheirText(_ value: Int) {
        var direct = FNV1a64()
        direct.combine(decimal: value)
        var text = FNV1a64()
        text.combine(String(value))
        #expect(direct.value == text.value)
    }

    @Test func rowPrefixMatchesTheFullKey() {
        let prefix = DrawKey.rowPrefix(challengeID: "c", rowKey: "la CNIL")
        let fromPrefix = DrawKey(row: prefix, slot: 12, attempt: 3)
        let full = DrawKey(challengeID: "c", rowKey: "la CNIL", slot: 12, attempt: 3)
        #expect(fromPrefix.seed(for: "x") == full.seed(for: "x"))
        var bytes = Array("c".utf8) + [0] + Array("la CNIL".utf8) + [0] + Array("12".utf8) + [0] + Array("3".utf8) + [0]
        bytes += Array("x".utf8)
        #expect(full.seed(for: "x") == FNV1a64.hash(bytes))
    }
}

@Suite("PRNG through expansion")
struct PRNGExpansionTests {
    /// The first draw vector of docs/prng.md, end to end: `integer(2, 40)` gives 9.
    @Test func documentedDrawIsTheVariantsValue() throws {
        let plan = try Support.plan("values:\n  taille: integer(2, 40)", challengeID: "tableur-conversion-taille")
        let variant = try #require(plan.expand(.count(1)).variants.first)
        #expect(variant.value(of: "taille") == "9")
        #expect(variant.slot == 1)
    }

    /// Listing order of docs/prng.md §4.
    @Test func shuffleListingOrder() throws {
        let plan = try Support.plan("values:\n  ordre: shuffle([\"a\", \"b\", \"c\"])")
        #expect(plan.expand(.all).variants.map { $0.value(of: "ordre") ?? "" } == ["a, b, c", "a, c, b", "b, a, c", "b, c, a", "c, a, b", "c, b, a"])
    }
}
