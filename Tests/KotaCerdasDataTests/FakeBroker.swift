import FlyingFox
import Foundation
import KotaCerdasCore
import Synchronization
@testable import KotaCerdasData

/// A FIWARE context broker on 127.0.0.1 (a `ScriptedServer` underneath) that holds
/// entities and pages them as Orion (NGSI v2) and Orion-LD (NGSI-LD) do: `limit` and
/// `offset`, the total in `Fiware-Total-Count` / `NGSILD-Results-Count` when asked with
/// `options=count` / `count=true`, a 400 for a `limit` above its cap, and only the
/// entities of the tenant the request names. Each quirk of a real broker in the field
/// can be switched on. Records every request it answers.
final class FakeBroker: Sendable {
    /// How this broker behaves; the defaults are Orion's.
    struct Behaviour: Sendable {
        var dialect: NGSIDialect = .v2
        /// Orion and Orion-LD refuse a larger `limit` with 400.
        var limitCap = 1_000
        /// Some brokers lower a too large `limit` without saying so, instead of refusing it.
        var capsSilently = false
        /// Some brokers send fewer entities than asked (and than they have).
        var pageSizeSent: Int?
        /// A total that is not the number of entities held (a lying broker).
        var reportedTotal: Int?
        /// A broker that does not know the count request.
        var sendsTotal = true
        /// A broker that ignores `offset` and always answers the first page.
        var ignoresOffset = false
        /// The tenant the entities belong to: (header, value) pairs a request must carry.
        var tenant: [String: String] = [:]
        /// Answers that replace a page's: by the page's offset.
        var answerAtOffset: [Int: @Sendable () async throws -> HTTPResponse] = [:]
    }

    /// One request as the broker saw it.
    struct Request: Sendable {
        let path: String
        let query: [String: String]
        let headers: [String: String]
        var offset: Int? { query["offset"].flatMap { Int($0) } }
        var limit: Int? { query["limit"].flatMap { Int($0) } }
    }

    let server: ScriptedServer
    private let state: Mutex<(entities: [String], behaviour: Behaviour)>
    private let log = Mutex<[Request]>([])

    private init(server: ScriptedServer, entities: [String], behaviour: Behaviour) {
        self.server = server
        state = Mutex((entities, behaviour))
    }

    static func start(entities: [KotaCerdasCore.JSONValue], _ behaviour: Behaviour = Behaviour()) async throws -> FakeBroker {
        let server = try await ScriptedServer.start()
        let broker = FakeBroker(server: server, entities: entities.map { JSONWriter.write($0) }, behaviour: behaviour)
        server.respond { [broker] request in try await broker.answer(request) }
        return broker
    }

    /// The entities endpoint: `/v2/entities` or `/ngsi-ld/v1/entities`, with `query`.
    func location(query: String = "type=AirQualityObserved,KeyPerformanceIndicator") -> String {
        let (prefix, path) = state.withLock { $0.behaviour.dialect } == .v2 ? ("ngsi-v2", "/v2/entities") : ("ngsi-ld", "/ngsi-ld/v1/entities")
        return "\(prefix)+http://127.0.0.1:\(server.port)\(path)?\(query)"
    }

    var requests: [Request] { log.withLock { $0 } }

    func replace(entities: [KotaCerdasCore.JSONValue]) {
        state.withLock { $0.entities = entities.map { JSONWriter.write($0) } }
    }

    func change(_ edit: @Sendable (inout Behaviour) -> Void) {
        state.withLock { edit(&$0.behaviour) }
    }

    func stop() async {
        await server.stop()
    }

    private func answer(_ request: HTTPRequest) async throws -> HTTPResponse {
        let query = Dictionary(request.query.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
        let headers = Dictionary(request.headers.map { ($0.key.rawValue.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
        log.withLock { $0.append(Request(path: request.path, query: query, headers: headers)) }
        let (entities, behaviour) = state.withLock { $0 }
        let offset = behaviour.ignoresOffset ? 0 : Int(query["offset"] ?? "0") ?? 0
        if let scripted = behaviour.answerAtOffset[offset] { return try await scripted() }
        var limit = Int(query["limit"] ?? "20") ?? 20
        if limit > behaviour.limitCap {
            guard behaviour.capsSilently else {
                return Self.json(400, #"{"error":"BadRequest","description":"Bad pagination limit: /\#(limit)/ [max: \#(behaviour.limitCap)]"}"#)
            }
            limit = behaviour.limitCap
        }
        // A request for another tenant (or none) sees that tenant's entities: none here.
        let ownTenant = behaviour.tenant.allSatisfy { headers[$0.key.lowercased()] == $0.value }
        let held = ownTenant ? entities : []
        let sent = min(limit, behaviour.pageSizeSent ?? limit)
        let page = offset < held.count ? held[offset..<min(held.count, offset + sent)] : []
        var extra: [(String, String)] = []
        let asked = behaviour.dialect == .v2 ? query["options"]?.split(separator: ",").contains("count") == true
            : query["count"] == "true"
        if asked, behaviour.sendsTotal {
            let header = behaviour.dialect == .v2 ? "Fiware-Total-Count" : "NGSILD-Results-Count"
            extra.append((header, String(ownTenant ? behaviour.reportedTotal ?? held.count : 0)))
        }
        return Self.json(200, "[" + page.joined(separator: ",") + "]", headers: extra)
    }

    static func json(_ status: Int, _ body: String, headers: [(String, String)] = []) -> HTTPResponse {
        var all = HTTPHeaders([.contentType: "application/json"])
        for (name, value) in headers { all[HTTPHeader(name)] = value }
        return HTTPResponse(statusCode: HTTPStatusCode(status, phrase: status == 200 ? "OK" : "Bad Request"), headers: all, body: Data(body.utf8))
    }

    /// `count` air-quality stations in keyValues form, `pm25` = `value(index)`, observed at `time`.
    static func stations(_ count: Int, time: String = "2026-11-01T08:00:00+07:00", value: (Int) -> Double = { Double($0 % 10) }) -> [KotaCerdasCore.JSONValue] {
        (0..<count).map { index in
            KotaCerdasCore.JSONValue.object(KotaCerdasCore.JSONObject([
                ("id", .string("urn:ngsi-ld:AirQualityObserved:station-\(index)")), ("type", .string("AirQualityObserved")),
                ("dateObserved", .string(time)), ("pm25", .number(value(index))),
            ]))
        }
    }
}
