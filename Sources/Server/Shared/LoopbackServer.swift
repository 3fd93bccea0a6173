import Hummingbird
import Logging

/// What every pixc server shares: it listens on 127.0.0.1 only (the preview grades answers and
/// shows unpublished content; nothing is meant for the network), reports the port it got, and
/// stops when its task is cancelled or on SIGINT/SIGTERM.
///
/// `pixc preview --serve` lives in `Preview/`; `pixc serve` (the content API) gets its own
/// folder beside it and builds its router the same way.
public enum LoopbackServer {
    public static let host = "127.0.0.1"

    /// An application on 127.0.0.1:`port` (0: a free port, reported to `onRunning`).
    static func application<Responder: HTTPResponder>(
        responder: Responder, port: Int, name: String, onRunning: @escaping @Sendable (Int) async -> Void
    ) -> Application<Responder> where Responder.Context == BasicRequestContext {
        var logger = Logger(label: name)
        // Cancelling the server task (tests, the watcher failing) makes HummingbirdCore log an
        // error for each open channel; real failures are thrown, not only logged.
        logger.logLevel = .critical
        return Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: name),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger
        )
    }
}

/// A JSON error body: `{"error": "…"}`.
struct ErrorBody: ResponseEncodable {
    let error: String
}

extension Response {
    static func bytes(_ bytes: [UInt8], contentType: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

enum MediaType {
    /// By file extension; unknown files are downloaded as bytes.
    static func of(_ path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "svg": return "image/svg+xml"
        case "webp": return "image/webp"
        case "pdf": return "application/pdf"
        case "txt", "csv": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
