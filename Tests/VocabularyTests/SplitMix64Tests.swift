import Testing
import Vocabulary

/// The generator's vectors of docs/prng.md: any change here changes every variant and must bump
/// the spec.
@Suite("SplitMix64")
struct SplitMix64Tests {
    @Test func splitMix64Vectors() {
        var zero = SplitMix64(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
        #expect(zero.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(zero.next() == 0x06C4_5D18_8009_454F)
        #expect(zero.next() == 0xF88B_B8A8_724C_81EC)
        var other = SplitMix64(seed: 0x0123_4567_89AB_CDEF)
        #expect(other.next() == 0x157A_3807_A48F_AA9D)
        #expect(other.next() == 0xD573_529B_34A1_D093)
        #expect(other.next() == 0x2F90_B72E_996D_CCBE)
    }

    @Test func uniformStaysInRangeAndCoversIt() {
        var generator = SplitMix64(seed: 42)
        var seen = Set<UInt64>()
        for _ in 0..<2_000 {
            let value = generator.uniform(below: 7)
            #expect(value < 7)
            seen.insert(value)
        }
        #expect(seen.count == 7)
        #expect(generator.uniform(below: 1) == 0)
        #expect(generator.uniform(below: 0) == 0)
    }

    @Test func unitDrawsAreInTheUnitInterval() {
        var unit = SplitMix64(seed: 12345)
        for _ in 0..<1000 {
            let draw = unit.nextUnit()
            #expect(draw >= 0 && draw < 1)
        }
    }
}
