import FlyingFox
import Foundation
import Testing
@testable import KotaCerdasData

/// Against a real server on 127.0.0.1: every way an endpoint fails, and recovery after each.
@Suite struct HTTPProviderTests {
    /// Polls every 50 ms with a 1 s timeout; `refresh()` skips the backoff after a failure.
    /// Five seconds a request: the suite runs side by side on two cores, and only the tests
    /// about timing out ask for less.
    func provider(_ server: ScriptedServer, options: HTTPOptions = HTTPOptions(timeout: 5)) -> HTTPProvider {
        HTTPProvider(url: server.url, interval: 0.05, options: options)
    }

    static func ok(_ text: String, etag: String? = nil, type: String = "application/json") -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: type]
        if let etag { headers[.eTag] = etag }
        return HTTPResponse(statusCode: .ok, headers: headers, body: Data(text.utf8))
    }

    /// Fails with `failure`, then answers a good document and expects it delivered.
    func expectFailureThenRecovery(
        _ failing: @escaping ScriptedServer.Handler, options: HTTPOptions = HTTPOptions(timeout: 5),
        failure: (String) -> Bool
    ) async throws {
        let server = try await ScriptedServer.start(failing)
        let provider = provider(server, options: options)
        let reader = UpdateReader(provider)
        let update = try await reader.next()
        let message = try #require(update.failure, "expected a failure, got \(update)")
        #expect(failure(message), "message was: \(message)")
        server.respond { _ in Self.ok(Fixture.document(value: 3.4)) }
        provider.refresh()
        let recovered = try await reader.nextChange()
        #expect(recovered.spbeValue == 3.4)
        await reader.close()
        await server.stop()
    }

    @Test func deliversADocument() async throws {
        let server = try await ScriptedServer.start { _ in Self.ok(Fixture.document()) }
        let reader = UpdateReader(provider(server))
        #expect(try await reader.next().spbeValue == 3.1)
        #expect(server.received.first?[HTTPHeader("Accept")] == "application/json")
        await reader.close()
        await server.stop()
    }

    @Test func unchangedEndpointAnswers304ToTheETag() async throws {
        let server = try await ScriptedServer.start { request in
            request.headers[.ifNoneMatch] == "\"v1\""
                ? HTTPResponse(statusCode: .notModified, headers: HTTPHeaders([.eTag: "\"v1\""]))
                : Self.ok(Fixture.document(), etag: "\"v1\"")
        }
        let reader = UpdateReader(provider(server))
        #expect(try await reader.next().document != nil)
        #expect(try await reader.next().isUnchanged)
        #expect(server.received.count >= 2)
        #expect(server.received[1][.ifNoneMatch] == "\"v1\"")
        await reader.close()
        await server.stop()
    }

    @Test func repeatedBodyWithoutValidatorsIsUnchanged() async throws {
        let server = try await ScriptedServer.start { _ in Self.ok(Fixture.document()) }
        let reader = UpdateReader(provider(server))
        #expect(try await reader.next().document != nil)
        #expect(try await reader.next().isUnchanged)
        await reader.close()
        await server.stop()
    }

    @Test func lastModifiedIsSentBack() async throws {
        let stamp = "Sat, 21 Nov 2026 10:00:00 GMT"
        let server = try await ScriptedServer.start { _ in
            HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "application/json", .lastModified: stamp]),
                         body: Data(Fixture.document().utf8))
        }
        let reader = UpdateReader(provider(server))
        _ = try await reader.next()
        _ = try await reader.next()
        #expect(server.received[1][HTTPHeader("If-Modified-Since")] == stamp)
        await reader.close()
        await server.stop()
    }

    @Test func notFound() async throws {
        try await expectFailureThenRecovery({ _ in HTTPResponse(statusCode: .notFound) }) { $0 == "HTTP 404 Not Found" }
    }

    @Test func serverError() async throws {
        try await expectFailureThenRecovery({ _ in HTTPResponse(statusCode: .internalServerError) }) {
            $0 == "HTTP 500 Internal Server Error"
        }
    }

    @Test func serverThatNeverAnswersTimesOut() async throws {
        try await expectFailureThenRecovery({ _ in
            try await Task.sleep(for: .seconds(10))
            return Self.ok(Fixture.document())
        }, options: HTTPOptions(timeout: 2)) { $0 == "no complete answer within 2s" }
    }

    @Test func trickleOfBytesPastTheTimeoutIsCut() async throws {
        let produced = PacedBytes.Counter()
        let body = PacedBytes(chunk: 1, total: 100, pause: .milliseconds(100), produced: produced)
        try await expectFailureThenRecovery({ _ in
            HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "application/json"]),
                         body: HTTPBodySequence(from: body, count: 100, suggestedBufferSize: 1))
        }, options: HTTPOptions(timeout: 2)) { $0 == "no complete answer within 2s" }
        #expect(produced.count < 100)
    }

    @Test func oversizeBodyIsCutWhileDownloading() async throws {
        let produced = PacedBytes.Counter()
        let total = 8 * 1024 * 1024
        // No Content-Length (chunked), so only counting while downloading can catch it.
        let body = PacedBytes(chunk: 16 * 1024, total: total, pause: .milliseconds(1), produced: produced)
        try await expectFailureThenRecovery(
            { _ in HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "application/json"]), body: HTTPBodySequence(from: body)) },
            options: HTTPOptions(timeout: 5, maxBodyBytes: 64 * 1024)
        ) { $0 == "answer larger than the 64 KiB limit; download stopped" }
        #expect(produced.count < total / 4, "server produced \(produced.count) bytes before the client hung up")
    }

    @Test func declaredOversizeBodyIsRefusedBeforeDownloading() async throws {
        try await expectFailureThenRecovery(
            { _ in Self.ok(String(repeating: " ", count: 200 * 1024)) },
            options: HTTPOptions(timeout: 5, maxBodyBytes: 64 * 1024)
        ) { $0.hasPrefix("answer larger than the 64 KiB limit") }
    }

    @Test func invalidJSONNamesLineAndColumn() async throws {
        try await expectFailureThenRecovery({ _ in Self.ok("{\n  \"format\": \"kotacerdas/v1\",\n}") }) {
            $0.hasPrefix("line 3, column 1:")
        }
    }

    @Test func htmlErrorPageIsNotJSON() async throws {
        try await expectFailureThenRecovery({ _ in
            Self.ok("<html><body>Bad gateway</body></html>", type: "text/html; charset=utf-8")
        }) { $0 == "expected JSON, got an HTML page (text/html; charset=utf-8)" }
    }

    @Test func wrongFormatVersion() async throws {
        let v2 = Fixture.document().replacingOccurrences(of: "kotacerdas/v1", with: "kotacerdas/v2")
        try await expectFailureThenRecovery({ _ in Self.ok(v2) }) { $0.contains("unsupported format \"kotacerdas/v2\"") }
    }

    @Test func connectionRefused() async throws {
        let server = try await ScriptedServer.start { _ in Self.ok(Fixture.document(value: 3.4)) }
        let port = server.port
        await server.stop()
        let provider = HTTPProvider(url: URL(string: "http://127.0.0.1:\(port)/city.json")!, interval: 0.05,
                                    options: HTTPOptions(timeout: 5))
        let reader = UpdateReader(provider)
        #expect(try await reader.next().failure == "cannot connect (connection refused)")
        await reader.close()
    }

    @Test func backoffGrowsWithFailuresAndStaysUnderTheCap() {
        var generator = SystemRandomNumberGenerator()
        for failures in 1...20 {
            let delay = Backoff.delay(afterFailures: failures, interval: 30, using: &generator)
            #expect(delay >= 1 && delay <= min(600, 30 * pow(2, Double(failures - 1))))
        }
        var highest = HighestDraw()
        #expect(Backoff.delay(afterFailures: 20, interval: 30, using: &highest) == 600)
        #expect(Backoff.delay(afterFailures: 20, interval: 3600, using: &highest) == 3600)
    }
}

/// Always the largest draw, so a random delay shows its ceiling.
private struct HighestDraw: RandomNumberGenerator {
    func next() -> UInt64 { .max }
}
