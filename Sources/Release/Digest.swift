import Crypto
import Foundation
import JSON

/// SHA-256 digests as lowercase hexadecimal text, the form the manifest stores.
public enum SHA256Hex {
    public static func digest(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// The digest of the bytes of `parts` one after the other.
    public static func digest(parts: [Data]) -> String {
        var hasher = SHA256()
        for part in parts { hasher.update(data: part) }
        return hex(hasher.finalize())
    }

    public static func digest<Bytes: Sequence>(bytes: Bytes) -> String where Bytes.Element == UInt8 {
        // Contiguous bytes (an array) are hashed where they are, without a copy into `Data`.
        let direct = bytes.withContiguousStorageIfAvailable { buffer in hex(SHA256.hash(data: UnsafeRawBufferPointer(buffer))) }
        return direct ?? digest(Data(bytes))
    }

    public static func digest(_ text: String) -> String {
        digest(Data(text.utf8))
    }

    /// The digest of a value's compact canonical JSON: equal values, equal digests.
    public static func digest(canonical value: JSONValue) -> String {
        digest(bytes: CanonicalJSON.bytes(value, layout: .compact))
    }

    /// Whether a text has the shape of a digest this module writes (64 lowercase hex digits).
    public static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
