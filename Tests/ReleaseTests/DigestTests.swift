import Foundation
import JSON
import Release
import Testing

@Suite("SHA-256")
struct DigestTests {
    @Test("FIPS 180-2 test vectors", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func vectors(_ input: String, _ expected: String) {
        #expect(SHA256Hex.digest(input) == expected)
        #expect(SHA256Hex.digest(Data(input.utf8)) == expected)
    }

    @Test("one million times `a`")
    func million() {
        #expect(SHA256Hex.digest(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("the digest of a value is the digest of its compact canonical JSON")
    func canonicalDigest() {
        #expect(SHA256Hex.digest(canonical: .object(["b": .integer(1), "a": .string("x")])) == SHA256Hex.digest(#"{"a":"x","b":1}"#))
    }

    @Test("well-formed digests are 64 lowercase hex digits")
    func wellFormed() {
        #expect(SHA256Hex.isWellFormed(SHA256Hex.digest("x")))
        #expect(!SHA256Hex.isWellFormed(SHA256Hex.digest("x").uppercased()))
        #expect(!SHA256Hex.isWellFormed("abc"))
    }
}

@Suite("Release JSON round trip")
struct ReleaseJSONRoundTripTests {
    @Test("what the writer writes, the parser reads back")
    func roundTrip() throws {
        let value = Fixtures.release.jsonValue
        #expect(try JSONParser.parse(CanonicalJSON.data(value)) == value)
        #expect(try JSONParser.parse(CanonicalJSON.data(value, layout: .compact)) == value)
    }
}
