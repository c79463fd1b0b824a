import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import KotaCerdasCore

/// Polls an HTTP(S) endpoint for a JSON document.
///
/// Each poll is a conditional GET (`If-None-Match`, `If-Modified-Since`), so an unchanged
/// endpoint costs a `304` with no body. Failures back off exponentially with jitter; a
/// success returns to the normal interval. Answers are size-capped while they download.
public final class HTTPProvider: DataProvider {
    public let descriptor: SourceStatus
    private let url: URL
    private let interval: Double
    private let options: HTTPOptions
    private let wakeup = Wakeup()

    public init(url: URL, interval: Double = SourceSpec.defaultHTTPInterval, options: HTTPOptions = HTTPOptions()) {
        self.url = url
        self.interval = interval
        self.options = options
        descriptor = SourceStatus(
            id: SourceSpec(location: .http(url)).id, kind: .http, location: LocationMask.mask(url.absoluteString),
            interval: interval)
    }

    public func updates() -> AsyncStream<ProviderUpdate> {
        ProviderStream.start { [self] in await run($0) }
    }

    public func refresh() {
        wakeup.ring()
    }

    private func run(_ output: AsyncStream<ProviderUpdate>.Continuation) async {
        let transfer = HTTPTransfer(
            limit: options.maxBodyBytes, secretHeaderNames: options.headers.filter(\.isSecret).map(\.name))
        let session = URLSession(configuration: sessionConfiguration(), delegate: transfer, delegateQueue: nil)
        defer {
            session.invalidateAndCancel()
            output.finish()
        }
        var validators = Validators()
        var failures = 0
        var generator = SystemRandomNumberGenerator()
        while !Task.isCancelled {
            let update = await poll(transfer, session, &validators)
            guard !Task.isCancelled else { return }
            output.yield(update)
            if case .failure = update { failures += 1 } else { failures = 0 }
            let delay = failures == 0
                ? interval
                : Backoff.delay(afterFailures: failures, interval: interval, using: &generator)
            await wakeup.wait(timeout: delay)
        }
    }

    private func sessionConfiguration() -> URLSessionConfiguration {
        let configuration = URLSessionConfiguration.ephemeral
        // Conditional requests are made by hand; a cache would answer them itself.
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = options.timeout
        configuration.timeoutIntervalForResource = options.timeout
        configuration.httpCookieStorage = nil
        configuration.httpMaximumConnectionsPerHost = 1
        return configuration
    }

    private func poll(_ transfer: HTTPTransfer, _ session: URLSession, _ validators: inout Validators) async -> ProviderUpdate {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: options.timeout)
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        for header in options.headers { request.setValue(header.value, forHTTPHeaderField: header.name) }
        validators.apply(to: &request)
        let result = await transfer.perform(request, in: session, timeout: options.timeout)
        let now = Date()
        switch result {
        case .failure(let error):
            return .failure(masked(error.description), at: now)
        case .success(let reply):
            switch Self.interpret(reply) {
            case .none:
                return .unchanged(at: now)
            case .failure(let message):
                return .failure(masked(message), at: now)
            case .success(let json):
                let previous = validators.bodyHash
                validators = Validators(reply.response, body: reply.body)
                // An endpoint without validators sends the same body again; say so.
                return previous == validators.bodyHash ? .unchanged(at: now) : .document(json, at: now)
            }
        }
    }

    private enum Interpretation {
        case none
        case failure(String)
        case success(JSONValue)
    }

    private static func interpret(_ reply: HTTPTransfer.Reply) -> Interpretation {
        let status = reply.response.statusCode
        if status == 304 { return .none }
        guard (200..<300).contains(status) else { return .failure(StatusText.line(status)) }
        let contentType = reply.response.value(forHTTPHeaderField: "Content-Type")?.lowercased() ?? ""
        let firstByte = reply.body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        if contentType.contains("html") || firstByte == UInt8(ascii: "<") {
            return .failure("expected JSON, got an HTML page" + (contentType.isEmpty ? "" : " (\(contentType))"))
        }
        switch DocumentCheck.check(reply.body, name: nil) {
        case .success(let json): return .success(json)
        case .failure(let problem): return .failure(problem.description)
        }
    }

    private func masked(_ message: String) -> String {
        LocationMask.mask(message, secrets: options.headers.filter(\.isSecret).map(\.value))
    }
}

/// What the endpoint said identifies its last good answer; sent back to ask "changed?".
private struct Validators {
    var entityTag: String?
    var lastModified: String?
    /// Recognises a repeated body from endpoints that send neither of the above.
    var bodyHash: String?

    init() {}

    init(_ response: HTTPURLResponse, body: [UInt8]) {
        entityTag = response.value(forHTTPHeaderField: "ETag")
        lastModified = response.value(forHTTPHeaderField: "Last-Modified")
        bodyHash = StableHash.hex(body)
    }

    func apply(to request: inout URLRequest) {
        if let entityTag { request.setValue(entityTag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
    }
}
