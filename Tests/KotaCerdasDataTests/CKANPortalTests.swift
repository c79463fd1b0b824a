import FlyingFox
import Foundation
import KotaCerdasCore
import Testing
@testable import KotaCerdasData

/// The CKAN adapter through the real HTTP transport against a portal on 127.0.0.1 that
/// pages as CKAN does, one test per quirk of real portals.
@Suite struct CKANPortalTests {
    /// Reads `location` once through the provider the config would make, and returns the update.
    func readOnce(
        _ location: String, options: String = "", headers: [HeaderSetting] = [], environment: [String: String] = [:]
    ) async throws -> ProviderUpdate {
        // One read is all a test looks at: the next poll is an hour away.
        var source = SourceConfiguration(spec: try SourceSpec.parse(location + "@1h"), headers: headers, timeout: 2)
        if !options.isEmpty { source.adapterOptions = try adapterOptions(options, adapter: .ckan) }
        let provider = try ProviderFactory.makeProvider(for: source, environment: environment)
        let reader = UpdateReader(provider)
        defer { Task { await reader.close() } }
        return try await reader.next(within: 120)
    }

    func mapped(_ update: ProviderUpdate) throws -> MappedSource {
        guard case .adapted(let adapted, _) = update else {
            Issue.record("expected a mapped read, got \(update)")
            throw CancellationError()
        }
        return try MappedSource(adapted)
    }

    func serve(_ portal: CKANPortal) async throws -> ScriptedServer {
        try await ScriptedServer.start { portal.answer($0) }
    }

    @Test func aRealAnswerIsReadInOneRequest() async throws {
        let portal = CKANPortal(try .replaying(answer: FixtureFile.path(CKANAdapterTests.kaltim)))
        let server = try await serve(portal)
        defer { Task { await server.stop() } }
        let mapped = try mapped(try await readOnce(portal.location(server)))
        #expect(mapped.summary == "3 records · 3 mapped")
        #expect(mapped.indicator("retribusi-jasa-usaha")?.indicator.value == 7_482_511_498.84)
        #expect(portal.requests.map(\.offset) == ["0"], "the total is reached: _links.next is not followed")
        #expect(portal.requests.first?.limit == "1000")
        #expect(server.received.first?[HTTPHeader("Accept")] == "application/json")
    }

    @Test func pagesByOffsetUntilTheTotal() async throws {
        let portal = CKANPortal(try .replaying(answer: FixtureFile.path(CKANAdapterTests.inhil)))
        let server = try await serve(portal)
        defer { Task { await server.stop() } }
        let mapped = try mapped(try await readOnce(portal.location(server), options: "page-size = 3"))
        #expect(portal.requests.map(\.offset) == ["0", "3", "6"])
        #expect(portal.requests.map(\.limit) == ["3", "3", "3"])
        #expect(mapped.summary == "8 records · 7 mapped · 1 skipped (total row: 1)")
        #expect(mapped.indicator("kelas-class-iii-b")?.indicator.value == 391.98)
    }

    @Test func aLimitInTheAddressIsThePageSizeAndCKANsDefaultIsNotAssumed() async throws {
        let portal = CKANPortal(.levies(count: 250))
        let server = try await serve(portal)
        defer { Task { await server.stop() } }
        let mapped = try mapped(try await readOnce(portal.location(server, extraQuery: "&limit=100")))
        #expect(portal.requests.map(\.offset) == ["0", "100", "200"])
        #expect(mapped.summary == "250 records · 250 mapped")
        #expect(mapped.indicator("retribusi-250")?.indicator.value == 252_020)
    }

    @Test func shortPagesFromARowsCapAreFollowedByWhatCame() async throws {
        let portal = CKANPortal(.levies(count: 250), rowsMax: 40)
        let server = try await serve(portal)
        defer { Task { await server.stop() } }
        let mapped = try mapped(try await readOnce(portal.location(server), options: "page-size = 100"))
        #expect(portal.requests.map(\.offset) == ["0", "40", "80", "120", "160", "200", "240"])
        #expect(mapped.summary == "250 records · 250 mapped")
        #expect(mapped.ids.count == 250)
    }

    @Test func aTotalThatPromisesMoreEndsAtTheFirstEmptyPage() async throws {
        let portal = CKANPortal(.levies(count: 250), claimedTotal: 1000)
        let server = try await serve(portal)
        defer { Task { await server.stop() } }
        let mapped = try mapped(try await readOnce(portal.location(server), options: "page-size = 100"))
        #expect(portal.requests.map(\.offset) == ["0", "100", "200", "250"])
        #expect(mapped.summary == "250 records · 250 mapped · the portal said 1000 records; 250 came")
    }

    @Test func aTotalThatNeverEndsIsCutByThePageBound() async throws {
        let portal = CKANPortal(.levies(count: 1_000_000))
        let server = try await serve(portal)
        defer { Task { await server.stop() } }
        let mapped = try mapped(try await readOnce(portal.location(server), options: "page-size = 2"))
        #expect(portal.requests.count == HTTPProvider.maximumPages)
        #expect(mapped.summary == "1000 records · 1000 mapped · stopped after 500 pages · the portal said 1000000 records; 1000 came")
    }

    @Test func aTokenFromTheEnvironmentGoesWithEveryPage() async throws {
        let portal = CKANPortal(.levies(count: 5))
        let server = try await serve(portal)
        defer { Task { await server.stop() } }
        let update = try await readOnce(
            portal.location(server), options: "page-size = 2", headers: [HeaderSetting(name: "Authorization", text: "env:SATUDATA_TOKEN")],
            environment: ["SATUDATA_TOKEN": "s3cret-token"])
        _ = try mapped(update)
        #expect(portal.requests.map(\.authorization) == ["s3cret-token", "s3cret-token", "s3cret-token"])
    }

    @Test(arguments: [
        (CKANPortal.error(.notFound, type: "Not Found Error", message: "Not found: Resource was not found."),
         "HTTP 404 Not Found: CKAN Not Found Error: Not found: Resource was not found."),
        (CKANPortal.validationError(field: "resource_id", message: "Missing value"),
         "HTTP 409: CKAN Validation Error: resource_id: Missing value"),
        (CKANPortal.error(.forbidden, type: "Authorization Error", message: "Access denied: s3cret-token"),
         "HTTP 403 Forbidden: CKAN Authorization Error: Access denied: ***"),
        (HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json"],
                      body: Data(#"{"success": false, "error": {"__type": "Not Found Error", "message": "Not found"}}"#.utf8)),
         "CKAN Not Found Error: Not found"),
        (HTTPResponse(statusCode: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: Data("<html>Portal sedang dalam pemeliharaan</html>".utf8)),
         "expected JSON, got an HTML page (text/html; charset=utf-8)"),
        (HTTPResponse(statusCode: .internalServerError, body: Data("Internal Server Error".utf8)), "HTTP 500 Internal Server Error"),
    ])
    func aFailingPortalSaysWhy(response: HTTPResponse, message: String) async throws {
        let server = try await ScriptedServer.start { _ in response }
        defer { Task { await server.stop() } }
        let update = try await readOnce(
            "ckan+http://127.0.0.1:\(server.port)/api/3/action/datastore_search?resource_id=r",
            headers: [HeaderSetting(name: "Authorization", text: "env:SATUDATA_TOKEN")], environment: ["SATUDATA_TOKEN": "s3cret-token"])
        #expect(update.failure == message)
    }

    @Test func aLaterPageThatFailsFailsTheRead() async throws {
        let portal = CKANPortal(.levies(count: 5))
        let server = try await ScriptedServer.start { request in
            request.query["offset"] == "2" ? HTTPResponse(statusCode: .ok, body: Data("<html>login</html>".utf8)) : portal.answer(request)
        }
        defer { Task { await server.stop() } }
        let update = try await readOnce(portal.location(server), options: "page-size = 2")
        #expect(update.failure == "page 2: expected JSON, got an HTML page")
    }
}
