/// Gives each distinct byte string (a learner or challenge id) a dense index, in order of first
/// appearance, without making a `String` per line: the keys live in one byte array and an open
/// addressing table maps their hash to their index.
struct ByteInterner {
    private(set) var storage: [UInt8] = []
    private(set) var offsets: [Int] = [0]
    private var table: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        table = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { offsets.count - 1 }

    func key(_ index: Int) -> String {
        String(decoding: storage[offsets[index]..<offsets[index + 1]], as: UTF8.self)
    }

    /// The index of `bytes`, adding it when new.
    mutating func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(bytes)
        var slot = hash & mask
        while true {
            let found = Int(table[slot])
            if found < 0 { break }
            if equals(found, bytes) { return found }
            slot = (slot + 1) & mask
        }
        let index = count
        storage.append(contentsOf: bytes)
        offsets.append(storage.count)
        table[slot] = Int32(index)
        if count * 2 > table.count { grow() }
        return index
    }

    private func equals(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[index]
        let end = offsets[index + 1]
        guard end - start == bytes.count else { return false }
        return storage.withUnsafeBufferPointer { all in
            var offset = 0
            while offset < bytes.count {
                if all[start + offset] != bytes[offset] { return false }
                offset += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let size = table.count * 2
        var newTable = [Int32](repeating: -1, count: size)
        let newMask = size - 1
        storage.withUnsafeBufferPointer { all in
            for index in 0..<count {
                let bytes = UnsafeBufferPointer(rebasing: all[offsets[index]..<offsets[index + 1]])
                var slot = Self.hash(bytes) & newMask
                while newTable[slot] >= 0 { slot = (slot + 1) & newMask }
                newTable[slot] = Int32(index)
            }
        }
        table = newTable
        mask = newMask
    }

    /// FNV-1a, 64 bits: ids are short, and the table only needs a deterministic spread.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: value ^ (value >> 29))
    }
}
