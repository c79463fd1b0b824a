import FlyingFox
import Foundation
import KotaCerdasCore
import KotaCerdasData

/// Publishes a store's merged snapshot over HTTP:
/// `GET /v1/snapshot` (JSON with a strong `ETag`, `304` to a matching `If-None-Match`):
/// the one city's document, or every city as a `CityCollection`; `?city=ID` for one
/// city alone; `GET /v1/cities` the list of cities; `GET /healthz`; with push settings,
/// `POST`/`PUT`/`DELETE /v1/documents/NAME` (see `PushEndpoint`); anything else is `404`.
public actor Server {
    private let host: String
    private let requestedPort: UInt16
    private let store: SnapshotStore
    private let push: PushSettings?
    private let publication = Publication()
    private var http: HTTPServer?
    private var tasks: [Task<Void, Never>] = []
    /// The port actually bound, once started (differs from the requested one for port 0).
    public private(set) var port: UInt16?

    /// - Parameters:
    ///   - host: The IPv4 address to bind, `127.0.0.1` by default (not the whole network).
    ///   - port: The port; 0 picks a free one (see `port` after `start()`).
    ///   - push: Who may push documents, and how large; nil turns push off.
    public init(host: String = "127.0.0.1", port: UInt16 = 8080, store: SnapshotStore, push: PushSettings? = nil) {
        self.host = host
        requestedPort = port
        self.store = store
        self.push = push
    }

    /// Binds, starts answering in the background and returns the bound port.
    @discardableResult
    public func start() async throws -> UInt16 {
        if let port { return port }
        let server = HTTPServer(address: try .inet(ip4: host, port: requestedPort), logger: .disabled)
        let publication = publication
        let store = store
        await server.appendRoute("GET /v1/snapshot") { request in Self.snapshot(request, publication) }
        await server.appendRoute("GET /v1/cities") { request in Self.answer(request, publication.cityList) }
        await server.appendRoute("GET /healthz") { _ in Self.health(publication) }
        if let push {
            let endpoint = PushEndpoint(settings: push, store: store, publication: publication)
            await server.appendRoute("POST,PUT /v1/documents/:name") { request in await endpoint.receive(request) }
            await server.appendRoute("DELETE /v1/documents/:name") { request in await endpoint.remove(request) }
        }
        await server.appendRoute("*") { _ in Answer.error(.notFound, "not found; try /v1/snapshot, /v1/cities or /healthz") }
        tasks = [
            Task { for await snapshot in store.snapshots() { publication.publish(snapshot) } },
            Task { for await sources in store.health() { publication.publish(sources) } },
            Task { try? await server.run() },
        ]
        http = server
        try await server.waitUntilListening()
        guard case .ip4(_, let bound)? = await server.listeningAddress else {
            await stop()
            throw ServerError(message: "could not learn the bound port")
        }
        port = bound
        return bound
    }

    /// Stops answering and closes the listening socket.
    public func stop() async {
        await http?.stop(timeout: 1)
        tasks.forEach { $0.cancel() }
        tasks = []
        http = nil
        port = nil
    }

    private static func snapshot(_ request: HTTPRequest, _ publication: Publication) -> HTTPResponse {
        guard let city = request.query["city"] else { return answer(request, publication.body) }
        guard publication.body != nil else { return answer(request, nil) }
        guard let body = publication.body(city: city) else {
            let valid = publication.cityIDs.joined(separator: ", ")
            return Answer.error(.notFound, "no city \"\(ControlCharacters.escaped(city))\"; valid: \(valid); list: /v1/cities")
        }
        return answer(request, body)
    }

    /// `body` with its entity tag, `304` when the client has it, `503` before any data.
    private static func answer(_ request: HTTPRequest, _ body: Publication.Body?) -> HTTPResponse {
        guard let body else {
            return Answer.error(.serviceUnavailable, "no data yet; see /healthz")
        }
        var headers: HTTPHeaders = [.contentType: "application/json", .eTag: body.entityTag, .cacheControl: "no-cache"]
        if let condition = request.headers[.ifNoneMatch], EntityTagList(condition).matches(body.entityTag) {
            headers[.contentType] = nil
            return HTTPResponse(statusCode: .notModified, headers: headers)
        }
        return HTTPResponse(statusCode: .ok, headers: headers, body: body.data)
    }

    private static func health(_ publication: Publication) -> HTTPResponse {
        let body = publication.body
        let report = HealthReport.json(
            hasData: body != nil, generation: body?.generation ?? 0, sources: publication.sources, now: Date())
        return HTTPResponse(
            statusCode: body == nil ? .serviceUnavailable : .ok, headers: HTTPHeaders([.contentType: "application/json"]),
            body: Data(JSONWriter.write(report).utf8))
    }
}

/// Why the server could not start.
public struct ServerError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
