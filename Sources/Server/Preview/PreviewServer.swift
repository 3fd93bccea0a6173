import Foundation
import Hummingbird
import Preview

/// `pixc preview --serve`: the preview site from memory, `POST /api/grade` (the Grading module,
/// as the build and Pix grade), `GET /api/generation` (bumped at each rebuild, so open pages can
/// offer to reload), and a watcher that rebuilds the site when a content file changes.
public struct PreviewServer: Sendable {
    public let root: URL
    public let options: PreviewSite.Options
    public let port: Int
    /// How often the content folders are scanned for changes.
    public var pollInterval: Duration = .seconds(1)

    public init(root: URL, options: PreviewSite.Options = PreviewSite.Options(), port: Int) {
        self.root = root
        self.options = options
        self.port = port
    }

    /// Serves until the task is cancelled (or, with `handleSignals`, until SIGINT/SIGTERM).
    /// `onRunning` receives the port once the server listens.
    public func run(initial: PreviewSite? = nil, handleSignals: Bool = false,
                    onRunning: @escaping @Sendable (Int) async -> Void = { _ in },
                    onRebuild: @escaping @Sendable (PreviewSite) async -> Void = { _ in }) async throws {
        let state = PreviewState(site: initial ?? PreviewBuilder.build(root: root, options: options),
                                 fingerprint: ContentWatcher.fingerprint(root))
        let app = LoopbackServer.application(responder: Self.router(state: state, strings: options.strings).buildResponder(),
                                             port: port, name: "pixc-preview", onRunning: onRunning)
        let root = self.root
        let options = self.options
        let interval = pollInterval
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                if handleSignals { try await app.runService() } else { try await app.run() }
            }
            group.addTask {
                while !Task.isCancelled {
                    try await Task.sleep(for: interval)
                    let now = ContentWatcher.fingerprint(root)
                    guard await state.fingerprint != now else { continue }
                    let site = PreviewBuilder.build(root: root, options: options)
                    await state.replace(site, fingerprint: now)
                    await onRebuild(site)
                }
            }
            // The server ending (signal) ends the watcher; an error in either ends both.
            _ = try await group.next()
            group.cancelAll()
        }
    }

    static func router(state: PreviewState, strings: PreviewStrings) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/api/generation") { _, _ -> GenerationBody in
            GenerationBody(generation: await state.generation)
        }
        router.post("/api/grade") { request, context -> Response in
            let body: GradeRequest
            do {
                body = try await request.decode(as: GradeRequest.self, context: context)
            } catch {
                return try ErrorBody(error: "the request is not a grading request: \(error)").response(from: request, context: context).with(status: .badRequest)
            }
            guard let page = await state.site.pages[body.page] else {
                return try ErrorBody(error: "no page \(body.page)").response(from: request, context: context).with(status: .notFound)
            }
            let value: PreviewAnswer.Value
            if let text = body.answer.text {
                value = .text(text)
            } else if let fields = body.answer.fields {
                value = .fields(fields.map { (key: $0.key, value: $0.value) })
            } else {
                return try ErrorBody(error: "the answer has neither text nor fields").response(from: request, context: context).with(status: .badRequest)
            }
            let answer = PreviewAnswer(value: value, timedOut: body.timedOut ?? false, focusedOut: body.focusedOut ?? false,
                                       certification: body.certification ?? false)
            let report = GradingReport.grade(answer, on: page, strings: strings)
            return try ReportBody(status: report.status, headline: report.headline, lines: report.lines).response(from: request, context: context)
        }
        router.get("/") { _, _ -> Response in
            await state.file("index.html")
        }
        router.get("**") { request, _ -> Response in
            let path = String(request.uri.path.dropFirst()).removingPercentEncoding ?? ""
            return await state.file(path)
        }
        return router
    }
}

/// The site being served and how many times it was rebuilt.
actor PreviewState {
    private(set) var site: PreviewSite
    private(set) var fingerprint: ContentWatcher.Fingerprint
    private(set) var generation = 1

    init(site: PreviewSite, fingerprint: ContentWatcher.Fingerprint) {
        self.site = site
        self.fingerprint = fingerprint
    }

    func replace(_ site: PreviewSite, fingerprint: ContentWatcher.Fingerprint) {
        self.site = site
        self.fingerprint = fingerprint
        generation += 1
    }

    func file(_ path: String) -> Response {
        let key = path.hasSuffix("/") || path.isEmpty ? path + "index.html" : path
        guard let bytes = site.files[key] else {
            return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: "not found: /\(path)\n")))
        }
        return Response.bytes(bytes, contentType: MediaType.of(key))
    }
}

struct GradeRequest: Decodable {
    struct AnswerBody: Decodable {
        var text: String?
        var fields: [Field]?
    }

    struct Field: Decodable {
        var key: String
        var value: String
    }

    var page: String
    var answer: AnswerBody
    var timedOut: Bool?
    var focusedOut: Bool?
    var certification: Bool?
}

struct ReportBody: ResponseEncodable {
    let status: String
    let headline: String
    let lines: [String]
}

struct GenerationBody: ResponseEncodable {
    let generation: Int
}

extension Response {
    func with(status: HTTPResponse.Status) -> Response {
        var copy = self
        copy.status = status
        return copy
    }
}
