import Foundation
import KotaCerdasCore

/// Polls an HTTP(S) endpoint and hands its answers to the source's adapter: one page for a
/// kotacerdas document, as many as the adapter asks for from a broker or a portal.
///
/// A single-page source is polled with conditional GETs (`If-None-Match`,
/// `If-Modified-Since`), so an unchanged endpoint costs a `304` with no body. Failures back
/// off exponentially with jitter, and never sooner than a `Retry-After` asks; a success
/// returns to the normal interval. Answers are size-capped while they download, and paging
/// stops at `maximumPages`.
public final class HTTPProvider: DataProvider {
    /// A source that asks for more pages than this is cut there and says so: a broker whose
    /// count lies, or that pages forever, cannot keep a read going. With the brokers'
    /// usual 1 000 entities a page this is half a million entities.
    public static let maximumPages = 500

    public let descriptor: SourceStatus
    private let url: URL
    private let interval: Double
    private let options: HTTPOptions
    private let adapter: any SourceAdapter
    private let wakeup = Wakeup()

    public init(
        url: URL, interval: Double = SourceSpec.defaultHTTPInterval, options: HTTPOptions = HTTPOptions(),
        adapter: any SourceAdapter = V1Adapter(), id: String? = nil
    ) {
        self.url = url
        self.interval = interval
        self.options = options
        self.adapter = adapter
        descriptor = SourceStatus(
            id: id ?? SourceSpec(location: .http(url)).id, kind: .http, location: LocationMask.mask(url.absoluteString),
            interval: interval, adapter: adapter.name)
    }

    public func updates() -> AsyncStream<ProviderUpdate> {
        ProviderStream.start { [self] in await run($0) }
    }

    public func refresh() {
        wakeup.ring()
    }

    private func run(_ output: AsyncStream<ProviderUpdate>.Continuation) async {
        let transfer = HTTPTransfer(limit: options.maxBodyBytes)
        await poll(transfer, output)
        await transfer.shutdown()
        output.finish()
    }

    private func poll(_ transfer: HTTPTransfer, _ output: AsyncStream<ProviderUpdate>.Continuation) async {
        var memory = ReadMemory()
        var failures = 0
        var generator = SystemRandomNumberGenerator()
        while !Task.isCancelled {
            let (update, retryAfter) = await read(transfer, &memory)
            guard !Task.isCancelled else { return }
            output.yield(update)
            if case .failure = update { failures += 1 } else { failures = 0 }
            let delay = failures == 0
                ? interval
                : Backoff.delay(afterFailures: failures, interval: interval, retryAfter: retryAfter, using: &generator)
            await wakeup.wait(timeout: delay)
        }
    }

    /// One whole read of the source: every page the adapter asks for, mapped; with the
    /// seconds a refusal asked to wait (`Retry-After`), if it did.
    private func read(_ transfer: HTTPTransfer, _ memory: inout ReadMemory) async -> (ProviderUpdate, retryAfter: Double?) {
        var read = adapter.makeRead()
        var pageURL = read.firstURL(for: url)
        var pages = 0
        var fingerprint = ""
        var validators: Validators?
        var cut: String?
        while true {
            pages += 1
            // Only a source that came in one page can be asked "changed?" as a whole.
            let conditional = pages == 1 && memory.wasSinglePage ? memory.validators : nil
            let result = await transfer.perform(request(pageURL, conditional), timeout: options.timeout)
            let now = Date()
            let reply: HTTPTransfer.Reply
            switch result {
            case .failure(let error): return (.failure(masked(error.description), at: now), nil)
            case .success(let answer): reply = answer
            }
            if reply.status == 304, conditional != nil { return (.unchanged(at: now), nil) }
            guard (200..<300).contains(reply.status) else {
                // A portal may say why in the body (CKAN answers 404 or 409 with an error object).
                let explanation = read.explainRefusal(FetchedPage(body: reply.body, headers: reply.headers, url: pageURL))
                let retryAfter = RetryAfter.seconds(in: reply, now: now)
                let wait = retryAfter.map { "; asked to retry after \(DurationText.format($0.rounded()))" } ?? ""
                let line = StatusText.line(reply.status) + (explanation.map { ": " + $0 } ?? "") + wait
                return (.failure(masked(line), at: now), retryAfter)
            }
            if pages == 1 { validators = Validators(reply) }
            fingerprint += StableHash.hex(reply.body)
            let next: URL?
            do {
                next = try read.consume(FetchedPage(body: reply.body, headers: reply.headers, url: pageURL))
            } catch {
                return (.failure(masked(pagePrefix(pages) + error.message), at: now), nil)
            }
            guard let next, !Task.isCancelled else { break }
            guard pages < Self.maximumPages else {
                cut = "stopped after \(Self.maximumPages) pages"
                break
            }
            pageURL = next
        }
        let now = Date()
        let adapted: AdaptedDocument
        do {
            adapted = try read.finish(cut: cut)
        } catch {
            return (.failure(masked(error.message), at: now), nil)
        }
        let previous = memory.fingerprint
        memory = ReadMemory(validators: validators, wasSinglePage: pages == 1, fingerprint: fingerprint)
        // An endpoint without validators sends the same answer again; say so.
        return (previous == fingerprint ? .unchanged(at: now) : .read(adapted, at: now), nil)
    }

    private func request(_ pageURL: URL, _ validators: Validators?) -> HTTPTransfer.Request {
        var request = HTTPTransfer.Request(url: pageURL, headers: adapter.requestHeaders + options.headers)
        validators?.apply(to: &request)
        return request
    }

    private func pagePrefix(_ page: Int) -> String {
        page == 1 ? "" : "page \(page): "
    }

    private func masked(_ message: String) -> String {
        LocationMask.mask(message, secrets: options.headers.filter(\.isSecret).map(\.value))
    }
}

/// What one read leaves for the next: how to ask "changed?" and how to recognise the same answer.
private struct ReadMemory {
    var validators: Validators?
    var wasSinglePage = false
    /// Recognises a repeated answer from endpoints that send no validators.
    var fingerprint: String?
}

/// What the endpoint said identifies its last good answer; sent back to ask "changed?".
private struct Validators {
    var entityTag: String?
    var lastModified: String?

    init(_ reply: HTTPTransfer.Reply) {
        entityTag = reply.headers["etag"]
        lastModified = reply.headers["last-modified"]
    }

    func apply(to request: inout HTTPTransfer.Request) {
        if let entityTag { request.set(RequestHeader(name: "If-None-Match", value: entityTag)) }
        if let lastModified { request.set(RequestHeader(name: "If-Modified-Since", value: lastModified)) }
    }
}
