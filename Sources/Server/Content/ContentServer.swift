import Compiler
import Diagnostics
import Foundation
import Hummingbird
import JSON
import Localization
import Release

/// `pixc serve`: the content API a Pix platform pulls releases from, on 127.0.0.1.
///
/// - `GET /api/releases/latest`, `GET /api/releases/{id}`: the release JSON, `{id, content,
///   createdAt}`, the bytes `pixc build` writes to release.json with the same options;
/// - `POST /api/releases`: rebuilds from the repository; refused (422) while the content has
///   errors, and then the previous release is still served;
/// - `GET /attachments/<sha256>.<ext>`: the bundle's files, under the base URL the release's
///   attachment URLs use (`--assets-base-url`, else this server's address);
/// - `GET /health`: 200 with the served release's id, 503 before the first release.
///
/// `/api/` requires `Authorization: Bearer <token>`. Attachments and health do not: learners'
/// browsers fetch attachments by the URLs in the release, and those are named by their content.
/// Every request is logged as one JSON line (`ContentServer.AccessLog`).
public struct ContentServer: Sendable {
    public let root: URL
    public let port: Int
    public let token: String
    /// Where the release says attachments are (normalized by `AssetsBaseURL.parse`); nil: this
    /// server, `http://127.0.0.1:<port>`.
    public let assetsBaseURL: String?
    /// The build's options other than the output and the base URL (release date, filters…).
    public var buildOptions: BuildOptions
    /// How many releases stay available by id (the oldest built are dropped first).
    public var keptReleases = 20

    public init(root: URL, port: Int, token: String, assetsBaseURL: String? = nil, buildOptions: BuildOptions? = nil) {
        self.root = root
        self.port = port
        self.token = token
        self.assetsBaseURL = assetsBaseURL
        self.buildOptions = buildOptions ?? BuildOptions(output: root.appendingPathComponent("dist"))
    }

    /// Serves until the task is cancelled (or, with `handleSignals`, until SIGINT/SIGTERM).
    /// The first release is built once the port is known; `onRunning` gets the port and the
    /// outcome of that build. `log` receives each access log line.
    public func run(handleSignals: Bool = false,
                    onRunning: @escaping @Sendable (Int, RebuildOutcome) async -> Void = { _, _ in },
                    log: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        let state = ContentState(kept: keptReleases)
        let router = Router()
        router.add(middleware: AccessLog(log: log))
        router.add(middleware: BearerToken(token: token))
        Self.routes(router, state: state, rebuild: { await self.rebuild(state) })
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = LoopbackServer.application(responder: router.buildResponder(), port: port, name: "pixc-serve",
                                             onRunning: { port in continuation.yield(port) })
        let fixedBase = assetsBaseURL
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                if handleSignals { try await app.runService() } else { try await app.run() }
            }
            group.addTask {
                for await port in ports {
                    await state.setAssetsBaseURL(fixedBase ?? "http://\(LoopbackServer.host):\(port)")
                    let outcome = await self.rebuild(state)
                    await onRunning(port, outcome)
                    break
                }
                // Stays until the server ends, so that the group's first finished task is the server.
                while !Task.isCancelled { try await Task.sleep(for: .seconds(3600)) }
            }
            _ = try await group.next()
            group.cancelAll()
        }
    }

    /// Builds the release from the repository and, when it succeeds, serves it as the latest.
    func rebuild(_ state: ContentState) async -> RebuildOutcome {
        guard await state.beginRebuild() else { return .busy }
        var options = buildOptions
        options.assetsBaseURL = await state.assetsBaseURL
        let root = self.root
        let build = await Task.detached { Builder.buildInMemory(root: root, options: options) }.value
        let outcome: RebuildOutcome
        if let bundle = build.bundle, let id = bundle.release.id {
            let files = Dictionary(build.files.map { ($0.bundlePath, $0.bytes) }, uniquingKeysWith: { first, _ in first })
            await state.add(ServedRelease(id: id, json: bundle.releaseJSON, files: files))
            outcome = .built(id: id, challengeCount: bundle.release.content.challenges.count, warnings: build.diagnostics.filter { $0.severity == .warning }.count)
        } else {
            outcome = .refused(build.diagnostics.filter { $0.severity == .error })
        }
        await state.endRebuild()
        return outcome
    }

    static func routes(_ router: Router<BasicRequestContext>, state: ContentState, rebuild: @escaping @Sendable () async -> RebuildOutcome) {
        let messages = ServerMessages.catalogue
        router.get("/health") { _, _ -> Response in
            var body = JSONObjectWriter()
            if let latest = await state.latest {
                body.string("status", "ok")
                body.int("release", latest.id)
                return .json(body.result, status: .ok)
            }
            body.string("status", "no-release")
            body.null("release")
            return .json(body.result, status: .serviceUnavailable)
        }
        router.get("/api/releases/latest") { _, _ -> Response in
            guard let latest = await state.latest else { return .error(messages.text("serve.noRelease"), status: .serviceUnavailable) }
            return .bytes(Array(latest.json), contentType: "application/json")
        }
        router.get("/api/releases/:id") { _, context -> Response in
            let text = context.parameters.get("id") ?? ""
            guard let id = Int(text), let release = await state.release(id) else {
                return .error(messages.text("serve.unknownRelease", ["id": text]), status: .notFound)
            }
            return .bytes(Array(release.json), contentType: "application/json")
        }
        router.post("/api/releases") { _, _ -> Response in
            switch await rebuild() {
            case .built(let id, _, _):
                guard let release = await state.release(id) else { return .error(messages.text("serve.noRelease"), status: .internalServerError) }
                return .bytes(Array(release.json), contentType: "application/json", status: .created)
            case .busy:
                return .error(messages.text("serve.busy"), status: .conflict)
            case .refused(let errors):
                var body = JSONObjectWriter()
                body.string("error", messages.counted("serve.refused", errors.count))
                body.raw("diagnostics", JSONObjectWriter.array(errors.prefix(20).map { diagnostic in
                    var item = JSONObjectWriter()
                    item.string("code", diagnostic.code.rawValue)
                    if let path = diagnostic.path { item.string("path", path) } else { item.null("path") }
                    if let start = diagnostic.span?.startLocation {
                        item.int("line", start.line)
                        item.int("column", start.column)
                    }
                    item.string("message", diagnostic.message)
                    return item.result
                }))
                return .json(body.result, status: .unprocessableContent)
            }
        }
        router.get("/attachments/:file") { _, context -> Response in
            let name = context.parameters.get("file") ?? ""
            guard Self.isBundleFileName(name), let bytes = await state.file("attachments/" + name) else {
                return .error(messages.text("serve.unknownFile", ["name": name]), status: .notFound)
            }
            var response = Response.bytes(bytes, contentType: MediaType.of(name))
            // Named by their content: a name never changes meaning.
            response.headers[.cacheControl] = "public, max-age=31536000, immutable"
            return response
        }
    }

    /// `<64 hex digits>` and an optional lowercase extension: the only names a bundle gives.
    static func isBundleFileName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let digest = parts.first, digest.utf8.count == 64,
              digest.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return false }
        guard parts.count == 2 else { return true }
        let ext = parts[1]
        return !ext.isEmpty && ext.utf8.count <= 16 && ext.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }
    }
}

/// What a rebuild did.
public enum RebuildOutcome: Sendable {
    case built(id: Int, challengeCount: Int, warnings: Int)
    /// The content has errors: nothing changed, the previous release is still served.
    case refused([Diagnostic])
    /// Another rebuild is running.
    case busy
}

/// One release being served: its bytes and the files its URLs name.
struct ServedRelease: Sendable {
    let id: Int
    let json: Data
    let files: [String: [UInt8]]
}

/// The releases built since the server started (at most `kept`), the latest, and the rebuild lock.
actor ContentState {
    private var releases: [ServedRelease] = []
    private let kept: Int
    private var rebuilding = false
    private(set) var assetsBaseURL: String?

    init(kept: Int) {
        self.kept = max(1, kept)
    }

    var latest: ServedRelease? { releases.last }

    func setAssetsBaseURL(_ url: String) { assetsBaseURL = url }

    func release(_ id: Int) -> ServedRelease? { releases.last { $0.id == id } }

    func file(_ path: String) -> [UInt8]? {
        for release in releases.reversed() {
            if let bytes = release.files[path] { return bytes }
        }
        return nil
    }

    func add(_ release: ServedRelease) {
        // The same content rebuilt is the same release: it moves to the end (latest).
        releases.removeAll { $0.id == release.id }
        releases.append(release)
        if releases.count > kept { releases.removeFirst(releases.count - kept) }
    }

    func beginRebuild() -> Bool {
        guard !rebuilding else { return false }
        rebuilding = true
        return true
    }

    func endRebuild() { rebuilding = false }
}

/// Refuses `/api/` requests without `Authorization: Bearer <token>` (compared in constant time).
struct BearerToken: RouterMiddleware {
    typealias Context = BasicRequestContext
    let token: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix("/api/") || request.uri.path == "/api" else { return try await next(request, context) }
        let given = request.headers[.authorization] ?? ""
        guard given.hasPrefix("Bearer "), Self.equal(Array(given.utf8.dropFirst(7)), Array(token.utf8)) else {
            var response = Response.error(ServerMessages.catalogue.text("serve.unauthorized"), status: .unauthorized)
            response.headers[.wwwAuthenticate] = "Bearer realm=\"pixc\""
            return response
        }
        return try await next(request, context)
    }

    /// Equal bytes, in a time that depends only on the lengths.
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}

/// One JSON line per request: time (UTC), method, path (without the query), status, bytes sent,
/// duration in milliseconds. The token is never logged.
struct AccessLog: RouterMiddleware {
    typealias Context = BasicRequestContext
    let log: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPResponseError {
            write(request, status: Int(error.status.code), bytes: nil, since: start)
            throw error
        } catch {
            write(request, status: 500, bytes: nil, since: start)
            throw error
        }
        write(request, status: Int(response.status.code), bytes: response.body.contentLength, since: start)
        return response
    }

    func write(_ request: Request, status: Int, bytes: Int?, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        var line = JSONObjectWriter()
        line.string("time", ISO8601DateFormatter().string(from: Date()))
        line.string("method", request.method.rawValue)
        line.string("path", request.uri.path)
        line.int("status", status)
        if let bytes { line.int("bytes", bytes) } else { line.null("bytes") }
        line.number("durationMs", (milliseconds * 1000).rounded() / 1000)
        log(line.result)
    }
}

extension Response {
    static func json(_ text: String, status: HTTPResponse.Status) -> Response {
        var response = Response.bytes(Array((text + "\n").utf8), contentType: "application/json")
        response.status = status
        return response
    }

    static func error(_ message: String, status: HTTPResponse.Status) -> Response {
        var body = JSONObjectWriter()
        body.string("error", message)
        return json(body.result, status: status)
    }

    static func bytes(_ bytes: [UInt8], contentType: String, status: HTTPResponse.Status) -> Response {
        var response = Response.bytes(bytes, contentType: contentType)
        response.status = status
        return response
    }
}
