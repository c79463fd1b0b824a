import Foundation
import KotaCerdasCore

/// The `/healthz` document: whether there is data to serve, its generation, and each
/// source's state. Locations are the masked ones; ids are never shown.
enum HealthReport {
    static func json(hasData: Bool, generation: Int, sources: [SourceStatus], now: Date) -> JSONValue {
        let entries = sources.map { source in
            var entry = JSONObject([
                ("kind", .string(source.kind.rawValue)),
                ("location", .string(source.location)),
                ("state", .string(source.state(at: now).rawValue)),
            ])
            entry["lastSuccess"] = source.lastSuccess.map { .string(DataDate(instant: $0).text) }
            entry["lastError"] = source.lastError.map { .string($0) }
            entry["summary"] = source.summary.map { .string($0) }
            return JSONValue.object(entry)
        }
        return .object(JSONObject([
            ("ok", .bool(hasData)), ("generation", .number(Double(generation))), ("sources", .array(entries)),
        ]))
    }
}
