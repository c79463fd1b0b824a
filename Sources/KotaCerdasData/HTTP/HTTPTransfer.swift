import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// Runs one source's GETs through AsyncHTTPClient. The client reads the socket only when
/// the previous part of the answer has been taken (`BodyCollector`'s futures are its
/// back-pressure), so whatever an endpoint sends, memory holds at most the body cap.
/// Redirects are followed here rather than by the client, so that *every* secret header,
/// not only the client's list of credentials, is dropped on the way to another origin.
final class HTTPTransfer: Sendable {
    /// What to ask for: a URL and the headers to send with it.
    struct Request: Sendable {
        var url: URL
        private(set) var headers: [RequestHeader] = []

        init(url: URL, headers: [RequestHeader] = []) {
            self.url = url
            for header in headers { set(header) }
        }

        /// Adds `header`, replacing any earlier one of the same name (names are case-insensitive).
        mutating func set(_ header: RequestHeader) {
            headers.removeAll { $0.name.lowercased() == header.name.lowercased() }
            headers.append(header)
        }

        /// The request for `url` after a redirect: secrets stay behind when the origin changes.
        func redirected(to next: URL) -> Request {
            var request = Request(url: next, headers: headers)
            if Origin(url) != Origin(next) { request.headers.removeAll(where: \.isSecret) }
            return request
        }
    }

    /// A complete answer: status, headers (by lowercased name) and body.
    struct Reply: Sendable {
        let status: Int
        let headers: [String: String]
        let body: [UInt8]
    }

    /// A redirect loop ends here; browsers allow about twenty, an API rarely needs two.
    static let maximumRedirects = 5

    private let client: HTTPClient
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            // The body cap holds for the decompressed bytes; a gzip bomb stops there.
            decompression: .enabled(limit: .size(limit)))
        // Fail at once when nobody listens; the provider's backoff decides when to try again.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 1
        client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
    }

    /// Sends `request`, following redirects, and waits for the whole answer: at most
    /// `timeout` seconds for everything, so a trickling server cannot keep it open.
    func perform(_ request: Request, timeout: Double) async -> Result<Reply, TransferError> {
        let deadline = NIODeadline.now() + .nanoseconds(Int64(min(timeout, 86_400) * 1e9))
        var current = request
        do {
            for _ in 0...Self.maximumRedirects {
                let reply = try await exchange(current, deadline: deadline)
                guard let next = Self.redirectTarget(of: reply, from: current.url) else { return .success(reply) }
                current = current.redirected(to: next)
            }
            return .failure(.tooManyRedirects(Self.maximumRedirects))
        } catch {
            return .failure(TransferError(error, timeout: timeout, limit: limit))
        }
    }

    /// Closes the connections; call once, when the source stops.
    func shutdown() async {
        try? await client.shutdown()
    }

    private func exchange(_ request: Request, deadline: NIODeadline) async throws -> Reply {
        var headers = HTTPHeaders(request.headers.map { ($0.name, $0.value) })
        headers.replaceOrAdd(name: "Accept-Encoding", value: "gzip, deflate")
        if !headers.contains(name: "User-Agent") { headers.add(name: "User-Agent", value: "kotacerdas") }
        let outgoing = try HTTPClient.Request(url: request.url, method: .GET, headers: headers)
        let task = client.execute(request: outgoing, delegate: BodyCollector(limit: limit), deadline: deadline)
        return try await withTaskCancellationHandler {
            try await task.futureResult.get()
        } onCancel: {
            task.cancel()
        }
    }

    private static func redirectTarget(of reply: Reply, from url: URL) -> URL? {
        guard [301, 302, 303, 307, 308].contains(reply.status), let location = reply.headers["location"],
              let target = URL(string: location, relativeTo: url)?.absoluteURL,
              ["http", "https"].contains(target.scheme?.lowercased() ?? "")
        else { return nil }
        return target
    }
}

/// Scheme, host and port: credentials for one origin are never sent to another.
private struct Origin: Equatable {
    let scheme: String?
    let host: String?
    let port: Int?

    init(_ url: URL?) {
        scheme = url?.scheme?.lowercased()
        host = url?.host?.lowercased()
        port = url?.port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : nil)
    }
}
