import Compiler
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Preview
@testable import Server
import Testing

/// `pixc preview --serve` over a real loopback socket, with a real HTTP client.
@Suite("Preview server", .serialized)
struct PreviewServerTests {
    /// The example referential and two challenges, on disk (the server watches real files).
    final class Repository: @unchecked Sendable {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-serve-\(UUID().uuidString)")
        static let qcu = """
        id: recherche-moteur
        skill: "@recherche2"
        type: QCU
        status: validé
        instruction: Quel service est un moteur de recherche ?
        options:
          - text: Qwant
            correct: oui
          - Thunderbird
          - VLC
        tests:
          accept: ["1"]
          reject: ["2"]

        """
        static let qrocm = """
        id: tableur-somme
        skill: "@tableur3"
        type: QROCM-ind
        status: validé
        instruction: Complétez la formule.
        proposals: "Fonction : ${fonction} et plage : ${plage#A1:A5}"
        answers:
          fonction: ["SOMME"]
          plage: ["A1:A5"]
        tests:
          accept:
            - {fonction: SOMME, plage: "A1:A5"}
          reject:
            - {fonction: MAX, plage: "A1:A5"}

        """

        init() throws {
            var files = ExampleContext.files
            files["Challenges/1.1/recherche/moteur.yaml"] = Self.qcu
            files["Challenges/1.3/tableur/somme.yaml"] = Self.qrocm
            for (path, text) in files { try write(path, text) }
        }

        func write(_ path: String, _ text: String) throws {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    actor Port {
        var value: Int?
        func set(_ port: Int) { value = port }
    }

    /// Runs the server on a free port, gives its base URL to `body`, then stops it.
    func withServer(_ repository: Repository, _ body: (URL) async throws -> Void) async throws {
        let port = Port()
        var server = PreviewServer(root: repository.url, port: 0)
        server.pollInterval = .milliseconds(100)
        let running = Task { try await server.run(onRunning: { await port.set($0) }) }
        defer { running.cancel() }
        var waited = 0
        while await port.value == nil, waited < 600 {
            try await Task.sleep(for: .milliseconds(50))
            waited += 1
        }
        let number = try #require(await port.value)
        try await body(URL(string: "http://\(LoopbackServer.host):\(number)")!)
    }

    func get(_ url: URL) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: url)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    func grade(_ base: URL, _ json: String) async throws -> (Int, [String: Any]) {
        var request = URLRequest(url: base.appendingPathComponent("api/grade"))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(json.utf8)
        let (data, response) = try await URLSession.shared.data(for: request)
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, object)
    }

    @Test func servesPagesAndGradesOverHTTP() async throws {
        let repository = try Repository()
        try await withServer(repository) { base in
            #expect(base.host == "127.0.0.1")
            let (status, home) = try await get(base)
            #expect(status == 200)
            #expect(home.contains("href=\"challenges/recherche-moteur.html\""))
            let (pageStatus, page) = try await get(base.appendingPathComponent("challenges/tableur-somme.html"))
            #expect(pageStatus == 200)
            #expect(page.contains("placeholder=\"A1:A5\""))
            #expect(try await get(base.appendingPathComponent("challenges/nothing.html")).0 == 404)

            let (okStatus, ok) = try await grade(base, #"{"page":"recherche-moteur","answer":{"text":"1"}}"#)
            #expect(okStatus == 200)
            #expect(ok["status"] as? String == "ok")
            let (_, ko) = try await grade(base, #"{"page":"recherche-moteur","answer":{"text":"2"}}"#)
            #expect(ko["status"] as? String == "ko")
            #expect((ko["lines"] as? [String]) == ["chosen: “Thunderbird”; right: “Qwant”"])

            let (_, fields) = try await grade(base, #"{"page":"tableur-somme","answer":{"fields":[{"key":"fonction","value":"somme"},{"key":"plage","value":"A1:A5"}]}}"#)
            #expect(fields["status"] as? String == "ok")
            #expect((fields["lines"] as? [String])?.first == "fonction = “somme”: matches “SOMME” once t1 (case, accents, spaces) applied")

            #expect(try await grade(base, #"{"page":"absent","answer":{"text":"1"}}"#).0 == 404)
            #expect(try await grade(base, #"{"answer":"#).0 == 400)
        }
    }

    @Test func rebuildsWhenAFileChanges() async throws {
        let repository = try Repository()
        try await withServer(repository) { base in
            let (_, first) = try await get(base.appendingPathComponent("api/generation"))
            #expect(first.contains("\"generation\":1"))
            try repository.write("Challenges/1.1/recherche/moteur.yaml",
                                 Repository.qcu.replacingOccurrences(of: "Quel service est", with: "Lequel est"))
            var generation = first
            for _ in 0..<100 where generation == first {
                try await Task.sleep(for: .milliseconds(100))
                generation = try await get(base.appendingPathComponent("api/generation")).1
            }
            #expect(generation.contains("\"generation\":2"))
            let (_, page) = try await get(base.appendingPathComponent("challenges/recherche-moteur.html"))
            #expect(page.contains("Lequel est un moteur de recherche ?"))
        }
    }
}
