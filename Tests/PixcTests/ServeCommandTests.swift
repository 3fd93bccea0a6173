import Foundation
import Testing

/// `pixc serve`'s options, refused before anything listens. (The server itself is tested over
/// HTTP in ServerTests.)
@Suite("pixc serve options")
struct ServeCommandTests {
    @Test func aShortOrMissingTokenIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-serve-token-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let short = folder.appendingPathComponent("short")
        try Data("abc\n".utf8).write(to: short)
        let refused = pixc(["serve", "--token-file", short.path, "--lang", "en"])
        #expect(refused.code != 0)
        #expect(refused.err.contains("is too short: it needs at least 16 characters"))
        let french = pixc(["serve", "--token-file", short.path, "--lang", "fr"])
        #expect(french.err.contains("est trop court"))
        let missing = pixc(["serve", "--token-file", folder.appendingPathComponent("absent").path, "--lang", "en"])
        #expect(missing.code != 0 && missing.err.contains("cannot read the token"))
        #expect(pixc(["serve", "--lang", "en"]).code != 0, "--token-file is required")
        #expect(pixc(["serve", "--token-file", short.path, "--port", "70000"]).code != 0)
    }
}
