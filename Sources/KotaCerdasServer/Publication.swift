import Foundation
import KotaCerdasCore
import KotaCerdasData
import Synchronization

/// What the server answers with, prepared once per snapshot rather than per request:
/// each representation's JSON body and entity tag, and the latest health records.
///
/// Representations: everything (`/v1/snapshot`: the one city's document, or a
/// `CityCollection` of every city), each city alone (`/v1/snapshot?city=ID`) and the
/// list of cities (`/v1/cities`). Each has its own entity tag.
final class Publication: Sendable {
    struct Body: Sendable {
        let data: Data
        /// A strong validator: the quoted hash of the exact body bytes.
        let entityTag: String
        let generation: Int

        init(_ json: JSONValue, generation: Int) {
            data = Data(JSONWriter.write(json).utf8)
            entityTag = "\"" + StableHash.hex(data) + "\""
            self.generation = generation
        }
    }

    private struct Bodies: Sendable {
        var all: Body
        var cities: [String: Body]
        var list: Body
        var ids: [String]
    }

    private let state = Mutex<(bodies: Bodies?, sources: [SourceStatus])>((nil, []))

    /// Everything: the body of `GET /v1/snapshot`.
    var body: Body? { state.withLock { $0.bodies?.all } }
    /// The list of cities: the body of `GET /v1/cities`.
    var cityList: Body? { state.withLock { $0.bodies?.list } }
    /// The ids of the cities, in order.
    var cityIDs: [String] { state.withLock { $0.bodies?.ids ?? [] } }
    var sources: [SourceStatus] { state.withLock { $0.sources } }

    /// One city's document; nil when there is no such city (or no data yet).
    func body(city id: String) -> Body? {
        state.withLock { $0.bodies?.cities[id] }
    }

    /// Publishes `snapshot` unless a newer one is out already: a push publishes its snapshot
    /// at once, and the store's stream may deliver an older one after it.
    func publish(_ snapshot: Snapshot) {
        if let current = body, current.generation >= snapshot.generation { return }
        let generation = snapshot.generation
        let all = Body(snapshot.json, generation: generation)
        // One city: its own document is the whole body, already written.
        let cities = snapshot.cities.count == 1
            ? [snapshot.document.city.id: all]
            : Dictionary(snapshot.cities.map { ($0.document.city.id, Body($0.json, generation: generation)) },
                         uniquingKeysWith: { first, _ in first })
        let bodies = Bodies(
            all: all, cities: cities, list: Body(Self.list(snapshot), generation: generation),
            ids: snapshot.cities.map(\.document.city.id))
        state.withLock { state in
            if let current = state.bodies, current.all.generation >= generation { return }
            state.bodies = bodies
        }
    }

    /// `{"cities": [{"id", "name", "province", "href"}, …]}`.
    private static func list(_ snapshot: Snapshot) -> JSONValue {
        let cities = snapshot.documents.map { document in
            var members: [(String, JSONValue)] = [("id", .string(document.city.id)), ("name", .string(document.city.name))]
            if let province = document.city.province { members.append(("province", .string(province))) }
            let query = document.city.id.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(["&", "=", "+", "#"]))
            members.append(("href", .string("/v1/snapshot?city=" + (query ?? document.city.id))))
            return JSONValue.object(JSONObject(members))
        }
        return .object(JSONObject([("cities", .array(cities))]))
    }

    /// Health comes from the store's health stream alone: snapshots carry the records
    /// of the moment their document changed, which may be older than the stream's.
    func publish(_ sources: [SourceStatus]) {
        state.withLock { $0.sources = sources }
    }
}
