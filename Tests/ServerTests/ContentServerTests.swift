import Compiler
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Release
@testable import Server
import Testing

/// `pixc serve` over a real loopback socket, with a real HTTP client.
@Suite("Content server", .serialized)
struct ContentServerTests {
    static let token = "jeton-de-test-0123456789"

    /// The example repository of the preview tests plus a challenge with an attachment.
    static func repository() throws -> PreviewServerTests.Repository {
        let repository = try PreviewServerTests.Repository()
        try repository.write("Challenges/1.3/tableur/ventes.yaml", """
        id: tableur-ventes
        skill: "@tableur2"
        type: QROC
        status: validé
        locales: [fr, fr-fr]
        instruction: Ouvrez le fichier joint. Combien de lignes de ventes contient-il ?
        proposals: "${lignes}"
        answers: ["3"]
        format: nombre
        attachments: [ventes.csv]
        tests:
          accept: ["3"]
          reject: ["4"]

        """)
        try repository.write("Challenges/1.3/tableur/ventes.csv", "mois,total\njanvier,10\nfévrier,12\nmars,9\n")
        return repository
    }

    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [String] = []
        var all: [String] { lock.withLock { stored } }
        func append(_ line: String) { lock.withLock { stored.append(line) } }
    }

    actor Started {
        var port: Int?
        var outcome: RebuildOutcome?
        func set(_ port: Int, _ outcome: RebuildOutcome) {
            self.port = port
            self.outcome = outcome
        }
    }

    /// Runs the server on a free port until `body` returns; `body` gets the base URL.
    func withServer(_ repository: PreviewServerTests.Repository, assetsBaseURL: String? = nil, log: Lines = Lines(),
                    _ body: (URL, RebuildOutcome) async throws -> Void) async throws {
        let started = Started()
        let server = ContentServer(root: repository.url, port: 0, token: Self.token, assetsBaseURL: assetsBaseURL)
        let running = Task { try await server.run(onRunning: { await started.set($0, $1) }, log: { log.append($0) }) }
        defer { running.cancel() }
        var waited = 0
        while await started.port == nil, waited < 1200 {
            try await Task.sleep(for: .milliseconds(50))
            waited += 1
        }
        let port = try #require(await started.port)
        let outcome = try #require(await started.outcome)
        try await body(try #require(URL(string: "http://\(LoopbackServer.host):\(port)")), outcome)
    }

    func request(_ url: URL, method: String = "GET", token: String? = ContentServerTests.token) async throws -> (Int, Data) {
        var request = URLRequest(url: url)
        request.httpMethod = method
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    @Test func latestIsTheBuiltReleaseAndNeedsTheToken() async throws {
        let repository = try Self.repository()
        let base = "https://contenu.example.fr/pix"
        // What `pixc build --assets-base-url` writes, to compare byte for byte.
        var options = BuildOptions(output: repository.url.appendingPathComponent("dist"))
        options.assetsBaseURL = base
        let built = try Builder.build(root: repository.url, options: options)
        #expect(built.succeeded)
        let releaseJSON = try Data(contentsOf: repository.url.appendingPathComponent("dist/release.json"))

        try await withServer(repository, assetsBaseURL: base) { url, outcome in
            guard case .built(let id, _, _) = outcome else { Issue.record("the first build failed: \(outcome)"); return }
            let (status, bytes) = try await request(url.appendingPathComponent("api/releases/latest"))
            #expect(status == 200)
            #expect(bytes == releaseJSON)
            #expect(try await request(url.appendingPathComponent("api/releases/latest"), token: nil).0 == 401)
            #expect(try await request(url.appendingPathComponent("api/releases/latest"), token: "jeton-de-test-0123456780").0 == 401)
            #expect(try await request(url.appendingPathComponent("api/releases/latest"), token: "jeton").0 == 401)
            let (byID, same) = try await request(url.appendingPathComponent("api/releases/\(id)"))
            #expect(byID == 200 && same == releaseJSON)
            #expect(try await request(url.appendingPathComponent("api/releases/\(id + 1)")).0 == 404)
            #expect(try await request(url.appendingPathComponent("api/releases/latest%2F..")).0 == 404)
            let (health, body) = try await request(url.appendingPathComponent("health"), token: nil)
            #expect(health == 200)
            #expect(String(decoding: body, as: UTF8.self).contains("\"release\":\(id)"))
        }
    }

    @Test func attachmentsAreServedUnderTheAdvertisedURL() async throws {
        let repository = try Self.repository()
        let log = Lines()
        try await withServer(repository, log: log) { url, _ in
            let (_, bytes) = try await request(url.appendingPathComponent("api/releases/latest"))
            let release = try Release.read(from: bytes)
            let row = try #require(release.content.challenges.first { $0.id == "tableur-ventes" })
            let attachment = try #require(row.attachments.first)
            #expect(attachment.hasPrefix(url.absoluteString + "/attachments/"))
            let (status, file) = try await request(try #require(URL(string: attachment)), token: nil)
            #expect(status == 200)
            #expect(file == Data("mois,total\njanvier,10\nfévrier,12\nmars,9\n".utf8))
            #expect(try await request(url.appendingPathComponent("attachments/ventes.csv"), token: nil).0 == 404)
            #expect(try await request(url.appendingPathComponent("attachments/" + String(repeating: "0", count: 64) + ".csv"), token: nil).0 == 404)
        }
        // One JSON line per request, without the token.
        let lines = log.all
        #expect(lines.count == 4)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["method"] as? String == "GET")
            #expect(object["status"] is Int && object["path"] is String && object["durationMs"] is Double && object["time"] is String)
            #expect(!line.contains(Self.token))
        }
        #expect(lines.filter { $0.contains("\"status\":404") }.count == 2)
    }

    @Test func aRefusedRebuildKeepsThePreviousRelease() async throws {
        let repository = try Self.repository()
        try await withServer(repository) { url, outcome in
            guard case .built(let first, _, _) = outcome else { Issue.record("the first build failed"); return }
            let before = try await request(url.appendingPathComponent("api/releases/latest")).1
            #expect(try await request(url.appendingPathComponent("api/releases"), method: "POST", token: nil).0 == 401)

            // An error in the content: refused, with the diagnostic; the release stays.
            try repository.write("Challenges/1.1/recherche/moteur.yaml", PreviewServerTests.Repository.qcu.replacingOccurrences(of: "status: validé", with: "status: validee"))
            let (refused, body) = try await request(url.appendingPathComponent("api/releases"), method: "POST")
            #expect(refused == 422)
            let object = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
            let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.first?["path"] as? String == "Challenges/1.1/recherche/moteur.yaml")
            #expect(try await request(url.appendingPathComponent("api/releases/latest")).1 == before)

            // Fixed and changed: a new release, and the first one still by its id.
            try repository.write("Challenges/1.1/recherche/moteur.yaml", PreviewServerTests.Repository.qcu.replacingOccurrences(of: "Quel service est", with: "Lequel est"))
            let (created, newRelease) = try await request(url.appendingPathComponent("api/releases"), method: "POST")
            #expect(created == 201)
            let second = try #require(try Release.read(from: newRelease).id)
            #expect(second != first)
            #expect(try await request(url.appendingPathComponent("api/releases/latest")).1 == newRelease)
            #expect(try await request(url.appendingPathComponent("api/releases/\(first)")).1 == before)
        }
    }

    @Test func theTokenIsComparedWhole() {
        #expect(BearerToken.equal(Array("abc".utf8), Array("abc".utf8)))
        #expect(!BearerToken.equal(Array("abc".utf8), Array("abd".utf8)))
        #expect(!BearerToken.equal(Array("ab".utf8), Array("abc".utf8)))
        #expect(!BearerToken.equal([], Array("abc".utf8)))
    }
}
