import FlyingFox
import Foundation
import Testing
@testable import KotaCerdasData

/// Every way an endpoint can misbehave, against real servers on 127.0.0.1: the provider
/// reports one clear line (never a crash, never a hang) and recovers by itself once the
/// endpoint is good again. The cases an HTTP server library cannot produce run against
/// `hostile-endpoint.py`; the others against `ScriptedServer`. Refused, 404, 500, a hang,
/// a trickle, HTML and an oversize body are in `HTTPProviderTests`.
@Suite struct HostileEndpointTests {
    /// A 2 MiB cap, so an endless answer is cut after a moment rather than after 256 MiB;
    /// 6 s, so a busy machine still gets a good answer (or a redirect loop) through in time.
    static let options = HTTPOptions(timeout: 6, maxBodyBytes: 2 * 1024 * 1024)

    @Test(arguments: [
        ("endless", "answer larger than the 2 MiB limit; download stopped"),
        ("gzip-bomb", "answer larger than the 2 MiB limit; download stopped"),
        ("false-gzip", "answer says it is compressed but is not valid gzip or deflate"),
        ("huge-headers", "answer headers too large"),
        ("endless-headers", "answer headers too large"),
        ("unfinished-headers", "no complete answer within 6s"),
        ("trickle", "no complete answer within 6s"),
        ("truncated", "connection lost before the answer was complete"),
        ("reset", "connection lost before the answer was complete"),
        ("not-http", "malformed answer from the server"),
    ])
    func failsClearlyAndRecovers(mode: String, message: String) async throws {
        let endpoint = try await HostileEndpoint.start(good: Fixture.document(value: 3.4), mode: mode)
        defer { endpoint.stop() }
        let provider = HTTPProvider(url: endpoint.url, interval: 0.05, options: Self.options)
        let reader = UpdateReader(provider)
        let update = try await reader.next(within: 8)
        #expect(update.failure == message)
        try endpoint.set("good")
        provider.refresh()
        #expect(try await reader.nextChange(within: 8).spbeValue == 3.4)
        await reader.close()
    }

    @Test func lyingContentLengthIsReadAsWhatItSaysAndTheConnectionDropped() async throws {
        // 1 KB declared, an endless stream sent: the first KiB is taken as the answer (not
        // JSON), the rest never reaches the next request.
        let endpoint = try await HostileEndpoint.start(good: Fixture.document(value: 3.4), mode: "lying-length")
        defer { endpoint.stop() }
        let provider = HTTPProvider(url: endpoint.url, interval: 0.05, options: Self.options)
        let reader = UpdateReader(provider)
        let message = try #require(try await reader.next(within: 8).failure)
        #expect(message.hasPrefix("line 1, column 1:"), "\(message)")
        try endpoint.set("good")
        provider.refresh()
        #expect(try await reader.nextChange(within: 8).spbeValue == 3.4)
        await reader.close()
    }

    @Test func garbageIsNotJSON() async throws {
        try await expectFailureThenRecovery({ _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json"], body: Data((0...255).map { UInt8($0) }))
        }) { $0.hasPrefix("line 1, column 1:") }
    }

    @Test func emptyAnswerIsAnError() async throws {
        try await expectFailureThenRecovery({ _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json"], body: Data())
        }) { $0 == "line 1, column 1: unexpected end of input, expected a value" }
    }

    @Test func redirectLoopIsCut() async throws {
        try await expectFailureThenRecovery({ _ in
            HTTPResponse(statusCode: .found, headers: [.location: "/city.json"])
        }) { $0 == "more than 5 redirects" }
    }

    @Test func serviceUnavailableWithRetryAfterIsShownAndWaitedFor() async throws {
        let server = try await ScriptedServer.start { _ in
            HTTPResponse(statusCode: .serviceUnavailable, headers: [HTTPHeader("Retry-After"): "120"])
        }
        let provider = HTTPProvider(url: server.url, interval: 0.05, options: Self.options)
        let reader = UpdateReader(provider)
        #expect(try await reader.next().failure == "HTTP 503 Service Unavailable; asked to retry after 2m")
        // Without Retry-After the next attempt would come within 50 ms.
        try await Task.sleep(for: .seconds(1))
        #expect(server.received.count == 1)
        server.respond { _ in HTTPProviderTests.ok(Fixture.document(value: 3.4)) }
        provider.refresh()
        #expect(try await reader.nextChange().spbeValue == 3.4)
        await reader.close()
        await server.stop()
    }

    @Test func retryAfterIsSecondsOrAnHTTPDate() {
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        func reply(_ status: Int, _ value: String) -> HTTPTransfer.Reply {
            HTTPTransfer.Reply(status: status, headers: ["retry-after": value], body: [])
        }
        #expect(RetryAfter.seconds(in: reply(503, "120"), now: now) == 120)
        #expect(RetryAfter.seconds(in: reply(429, " 7 "), now: now) == 7)
        let later = now.addingTimeInterval(90)
        #expect(RetryAfter.seconds(in: reply(503, Self.httpDate(later)), now: now) == 90)
        #expect(RetryAfter.seconds(in: reply(503, Self.httpDate(now.addingTimeInterval(-5))), now: now) == 0)
        #expect(RetryAfter.seconds(in: reply(503, "soon"), now: now) == nil)
        #expect(RetryAfter.seconds(in: reply(500, "120"), now: now) == nil)
    }

    @Test func retryAfterIsHonouredWithinTheCap() {
        // After one failure the backoff alone draws at most the interval.
        var generator = SystemRandomNumberGenerator()
        #expect(Backoff.delay(afterFailures: 1, interval: 30, retryAfter: 120, using: &generator) == 120)
        #expect(Backoff.delay(afterFailures: 1, interval: 30, retryAfter: 86_400, using: &generator) == Backoff.cap)
        #expect(Backoff.delay(afterFailures: 1, interval: 3600, retryAfter: 86_400, using: &generator) == 3600)
        #expect(Backoff.delay(afterFailures: 1, interval: 30, retryAfter: nil, using: &generator) <= 30)
    }

    private static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }

    private func expectFailureThenRecovery(
        _ failing: @escaping ScriptedServer.Handler, failure: (String) -> Bool
    ) async throws {
        try await HTTPProviderTests().expectFailureThenRecovery(failing, options: Self.options, failure: failure)
    }
}
