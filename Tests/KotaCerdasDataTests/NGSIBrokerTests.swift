import FlyingFox
import Foundation
import KotaCerdasCore
import Testing
@testable import KotaCerdasData

/// A broker source read through the real HTTP provider from a broker on 127.0.0.1 that
/// pages like Orion and Orion-LD, including the ways brokers in the field misbehave.
/// One at a time: pages of 1 000 entities from a debug-built server are heavy enough that
/// fifteen at once starve the other suites' network tests, which rely on one-second timeouts.
@Suite(.serialized) struct NGSIBrokerTests {
    /// The provider a config with this source would make; polled every 50 ms.
    static func provider(_ location: String, config: String = "", timeout: String = "2s") throws -> any DataProvider {
        let text = """
            [[sources]]
            location = "\(location)"
            interval = "50ms"
            timeout = "\(timeout)"
            [sources.ngsi]
            \(config)
            """
        return try ProviderFactory.makeProvider(for: try ConfigurationParser.parse(text, file: "config.toml").sources[0])
    }

    /// The first mapped read of `location`.
    static func read(_ broker: FakeBroker, query: String? = nil, config: String = "", within seconds: Double = 10) async throws -> AdaptedDocument {
        let reader = UpdateReader(try provider(query.map(broker.location) ?? broker.location(), config: config))
        defer { Task { await reader.close() } }
        let update = try await reader.next(within: seconds)
        return try #require(update.adapted, "expected a mapped read, got \(update)")
    }

    @Test func pagesLikeOrionUntilTheTotal() async throws {
        let kpi = try NGSIFixture.entity("KeyPerformanceIndicator.example-normalized.json")
        let broker = try await FakeBroker.start(entities: FakeBroker.stations(2_499) + [kpi])
        defer { Task { await broker.stop() } }
        let adapted = try await Self.read(broker)
        #expect(adapted.summary?.description == "2500 entities · 2500 mapped · no AirQualityObserved had a readable pm10, no2 or airQualityIndex")
        #expect(adapted.value(of: "ngsi-air-pm25") == 4.4982, "(249 × 45 + 36) / 2 499 stations")
        #expect(adapted.value(of: "kpi-2016-Ciudad-containers-faults") == 20)
        #expect(adapted.indicator("ngsi-air-pm25")?["source"] == KotaCerdasCore.JSONValue.string("127.0.0.1:\(broker.server.port) (NGSI v2)"))
        let requests = broker.requests
        #expect(requests.map(\.offset) == [0, 1_000, 2_000])
        #expect(requests.allSatisfy { (request: FakeBroker.Request) in
            request.limit == 1_000 && request.query["options"] == "count" && request.path == "/v2/entities"
        })
        #expect(requests.allSatisfy { $0.query["type"] == "AirQualityObserved,KeyPerformanceIndicator" }, "the source's own query stays")
        #expect(requests.allSatisfy { $0.headers["accept"] == "application/json" })
    }

    @Test func aBrokerThatLowersTheLimitIsFollowedPageByPage() async throws {
        var behaviour = FakeBroker.Behaviour()
        (behaviour.limitCap, behaviour.capsSilently) = (100, true)
        let broker = try await FakeBroker.start(entities: FakeBroker.stations(250), behaviour)
        defer { Task { await broker.stop() } }
        let adapted = try await Self.read(broker)
        #expect(adapted.summary?.read == 250)
        #expect(broker.requests.map(\.offset) == [0, 100, 200])
    }

    @Test func aLimitAboveOrionsCapIsTheBrokersErrorToSee() async throws {
        let broker = try await FakeBroker.start(entities: FakeBroker.stations(10))
        defer { Task { await broker.stop() } }
        let reader = UpdateReader(try Self.provider(broker.location(), config: "page-size = 5000"))
        defer { Task { await reader.close() } }
        #expect(try await reader.next().failure == "HTTP 400 Bad Request")
    }

    @Test func shortPagesNeverEndTheReadWhileTheTotalSaysMore() async throws {
        var behaviour = FakeBroker.Behaviour()
        behaviour.pageSizeSent = 7
        let broker = try await FakeBroker.start(entities: FakeBroker.stations(30), behaviour)
        defer { Task { await broker.stop() } }
        let adapted = try await Self.read(broker)
        #expect(adapted.summary?.description.hasPrefix("30 entities · 30 mapped") == true)
        #expect(broker.requests.map(\.offset) == [0, 7, 14, 21, 28])
    }

    @Test func aBrokerWithoutACountIsReadToItsFirstEmptyPage() async throws {
        var behaviour = FakeBroker.Behaviour()
        (behaviour.sendsTotal, behaviour.pageSizeSent) = (false, 40)
        let broker = try await FakeBroker.start(entities: FakeBroker.stations(100), behaviour)
        defer { Task { await broker.stop() } }
        let adapted = try await Self.read(broker)
        #expect(adapted.summary?.read == 100)
        #expect(broker.requests.map(\.offset) == [0, 40, 80, 100], "the last page is the empty one")
    }

    @Test func aTotalThatSaysMoreThanThereIsEndsAtTheEmptyPageAndIsReported() async throws {
        var behaviour = FakeBroker.Behaviour()
        behaviour.reportedTotal = 5_000
        let broker = try await FakeBroker.start(entities: FakeBroker.stations(1_200), behaviour)
        defer { Task { await broker.stop() } }
        let adapted = try await Self.read(broker)
        #expect(adapted.summary?.description.contains("1200 mapped · the broker reported 5000 entities but sent 1200") == true,
                "\(adapted.summary?.description ?? "")")
        #expect(broker.requests.map(\.offset) == [0, 1_000, 1_200])
    }

    @Test func aBrokerThatIgnoresOffsetIsStoppedAtTheRepeatedPage() async throws {
        var behaviour = FakeBroker.Behaviour()
        (behaviour.ignoresOffset, behaviour.reportedTotal) = (true, 1_000_000)
        let broker = try await FakeBroker.start(entities: FakeBroker.stations(1_500), behaviour)
        defer { Task { await broker.stop() } }
        let adapted = try await Self.read(broker)
        #expect(adapted.summary?.description == "1000 entities · 1000 mapped · the broker sent the same page again "
            + "(it ignores offset); read stopped after 1000 entities · no AirQualityObserved had a readable pm10, no2 or airQualityIndex")
        #expect(broker.requests.count == 2)
    }

    @Test func anEndlessPagerIsCutAtTheTransportsPageBound() async throws {
        // Every page brings new entities and the total always says more: only the bound ends it.
        var behaviour = FakeBroker.Behaviour()
        behaviour.reportedTotal = 1_000_000_000
        let stations = FakeBroker.stations(2 * HTTPProvider.maximumPages + 10)
        let broker = try await FakeBroker.start(entities: stations, behaviour)
        defer { Task { await broker.stop() } }
        let adapted = try await Self.read(broker, config: "page-size = 2", within: 60)
        #expect(broker.requests.count == HTTPProvider.maximumPages)
        #expect(adapted.summary?.read == 2 * HTTPProvider.maximumPages)
        #expect(adapted.summary?.notes.first == "stopped after 500 pages (the broker reported 1000000000 entities)")
    }

    @Test func tenancyHeadersGoWithEveryPage() async throws {
        var behaviour = FakeBroker.Behaviour()
        behaviour.tenant = ["Fiware-Service": "sumenep", "Fiware-ServicePath": "/lingkungan"]
        let broker = try await FakeBroker.start(entities: FakeBroker.stations(1_500), behaviour)
        defer { Task { await broker.stop() } }
        let adapted = try await Self.read(broker, config: "service = \"sumenep\"\nservice-path = \"/lingkungan\"")
        #expect(adapted.summary?.read == 1_500)
        #expect(broker.requests.count == 2)
        #expect(broker.requests.allSatisfy { (request: FakeBroker.Request) in
            request.headers["fiware-service"] == "sumenep" && request.headers["fiware-servicepath"] == "/lingkungan"
        })
        // Another tenant's view of the same broker is empty.
        let elsewhere = try await Self.read(broker, config: "service = \"bandung\"")
        #expect(elsewhere.summary?.description == "0 entities · 0 mapped")
    }

    @Test func ngsiLDPagesWithItsOwnCountTenantAndContext() async throws {
        var behaviour = FakeBroker.Behaviour()
        behaviour.dialect = .ld
        behaviour.tenant = ["NGSILD-Tenant": "sumenep"]
        behaviour.pageSizeSent = 2
        let models = ["KeyPerformanceIndicator", "AirQualityObserved", "TrafficFlowObserved"]
        let entities = try models.flatMap { model in
            try ["example", "example-normalized"].map { try NGSIFixture.entity("\(model).\($0).jsonld") }
        }
        let broker = try await FakeBroker.start(entities: entities, behaviour)
        defer { Task { await broker.stop() } }
        let context = "https://smartdatamodels.org/context.jsonld"
        let adapted = try await Self.read(broker, query: "type=KeyPerformanceIndicator,AirQualityObserved,TrafficFlowObserved",
                                          config: "tenant = \"sumenep\"\ncontext = \"\(context)\"")
        #expect(adapted.summary?.description.hasPrefix("6 entities · 5 mapped · 1 skipped (sent twice") == true,
                "the KPI comes in both forms")
        #expect(adapted.value(of: "kpi-2016-Ciudad-containers-faults") == 20, "both forms are one KPI")
        #expect(adapted.value(of: "ngsi-traffic-speed") == 52.6)
        let requests = broker.requests
        #expect(requests.map(\.offset) == [0, 2, 4])
        #expect(requests.allSatisfy { (request: FakeBroker.Request) in
            request.path == "/ngsi-ld/v1/entities" && request.query["count"] == "true" && request.query["options"] == nil
        })
        #expect(requests.allSatisfy { $0.headers["ngsild-tenant"] == "sumenep" })
        #expect(requests.first?.headers["link"] == "<\(context)>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"")
    }

    @Test func keyValuesRequestedInTheLocationStayRequested() async throws {
        let broker = try await FakeBroker.start(entities: FakeBroker.stations(3))
        defer { Task { await broker.stop() } }
        _ = try await Self.read(broker, query: "type=AirQualityObserved&options=keyValues&limit=2")
        #expect(broker.requests.map { $0.query["options"] } == ["keyValues,count", "keyValues,count"])
        #expect(broker.requests.map(\.limit) == [2, 2], "a limit in the location is the page size")
    }

    /// Fails page 2 with `answer`, expects the failure, then lets the broker recover.
    func expectPageTwoFailure(_ answer: @escaping @Sendable () async throws -> HTTPResponse, timeout: String = "2s",
                              message: (String) -> Bool) async throws {
        var behaviour = FakeBroker.Behaviour()
        behaviour.answerAtOffset[10] = answer
        let broker = try await FakeBroker.start(entities: FakeBroker.stations(15), behaviour)
        defer { Task { await broker.stop() } }
        let provider = try Self.provider(broker.location(), config: "page-size = 10", timeout: timeout)
        let reader = UpdateReader(provider)
        defer { Task { await reader.close() } }
        let failure = try #require(try await reader.next(within: 8).failure)
        #expect(message(failure), "message was: \(failure)")
        #expect(broker.requests.contains { $0.offset == 10 }, "the first page was read; the second failed")
        broker.change { $0.answerAtOffset = [:] }
        provider.refresh()
        // Reads under way (or queued behind a slow answer) may still fail; recovery shows within seconds.
        var recovered: AdaptedDocument?
        let deadline = ContinuousClock.now + .seconds(15)
        while recovered == nil, ContinuousClock.now < deadline {
            recovered = try await reader.nextChange(within: 10).adapted
        }
        #expect(recovered?.summary?.read == 15)
    }

    @Test func anHTMLPageInTheMiddleFailsTheRead() async throws {
        try await expectPageTwoFailure({
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/html"], body: Data("<html>maintenance</html>".utf8))
        }, message: { $0 == "page 2: expected JSON, got an HTML page (text/html)" })
    }

    @Test func aServerErrorInTheMiddleFailsTheRead() async throws {
        try await expectPageTwoFailure({ HTTPResponse(statusCode: .internalServerError) }, message: { $0 == "HTTP 500 Internal Server Error" })
    }

    @Test func aSlowPageFailsTheReadAtTheTimeout() async throws {
        try await expectPageTwoFailure({
            try await Task.sleep(for: .seconds(6))
            return FakeBroker.json(200, "[]")
        }, timeout: "2s", message: { $0 == "no complete answer within 2s" })
    }

    @Test func anUnchangedBrokerIsUnchangedAndANewValueComesThrough() async throws {
        let broker = try await FakeBroker.start(entities: FakeBroker.stations(3, value: { _ in 20 }))
        defer { Task { await broker.stop() } }
        let reader = UpdateReader(try Self.provider(broker.location()))
        defer { Task { await reader.close() } }
        #expect(try await reader.next().adapted?.value(of: "ngsi-air-pm25") == 20)
        #expect(try await reader.next().isUnchanged)
        broker.replace(entities: FakeBroker.stations(3, time: "2026-11-01T09:00:00+07:00", value: { _ in 35 }))
        let changed = try await reader.nextChange()
        #expect(changed.adapted?.value(of: "ngsi-air-pm25") == 35)
        #expect(changed.adapted?.indicator("ngsi-air-pm25")?["updatedAt"] == KotaCerdasCore.JSONValue.string("2026-11-01T09:00:00+07:00"))
        #expect(changed.adapted?.indicator("ngsi-air-pm25")?["history"] == nil, "history is left to the store's recorder")
    }
}

extension ProviderUpdate {
    var adapted: AdaptedDocument? {
        if case .adapted(let adapted, _) = self { return adapted }
        return nil
    }
}

extension AdaptedDocument {
    func indicator(_ id: String) -> KotaCerdasCore.JSONObject? {
        IndicatorKey.indicators(in: json).first { $0.key.indicator == id }?.value
    }

    func value(of id: String) -> Double? {
        if case .number(let value)? = indicator(id)?["value"] { return value }
        return nil
    }
}
