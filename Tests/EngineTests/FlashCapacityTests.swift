import Testing
@testable import Engine

@Suite struct FlashCapacityTests {
    @Test func gridHas81PointsBuiltByRepeatedAddition() {
        #expect(Flash.grid.count == 81)
        #expect(Flash.grid.first == -9)
        #expect(Flash.grid.last == 8.999999999999988)
    }
}
