import Foundation
import KotaCerdasCore

/// Builds indicator history from polling alone: when a source sends a new current value
/// without a `history`, the store remembers `{at, value}` and adds it to the merged
/// document, so sparklines move even for sources that only know "now".
struct HistoryRecorder {
    let limit: Int
    private var points: [IndicatorKey: [JSONValue]] = [:]

    init(limit: Int) {
        self.limit = limit
    }

    /// Notes the values in `update` that differ from `previous` (the merged document so far).
    mutating func record(_ update: JSONValue, comparedWith previous: JSONValue?, now: Date) {
        let before = Dictionary(
            (previous.map(IndicatorKey.indicators) ?? []).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        for (key, indicator) in IndicatorKey.indicators(in: update) {
            guard indicator["history"] == nil, case .number(let value)? = indicator["value"] else { continue }
            let old = before[key]
            let updatedAt = indicator["updatedAt"]
            guard old?["value"] != .number(value) || (updatedAt != nil && old?["updatedAt"] != updatedAt) else { continue }
            let at = updatedAt ?? .string(DataDate(instant: now).text)
            var list = points[key, default: []]
            list.append(.object(JSONObject([("at", at), ("value", .number(value))])))
            points[key] = Array(list.suffix(limit))
        }
    }

    /// `document` with the remembered points appended to each indicator's history, after
    /// the points it already has, keeping the last `limit`.
    func apply(to document: JSONValue) -> JSONValue {
        points.reduce(document) { document, entry in
            entry.key.update(document) { indicator in
                var history: [JSONValue] = []
                if case .array(let existing)? = indicator["history"] { history = existing }
                let last = history.last.flatMap(Self.date)
                let newer = entry.value.filter { point in
                    guard let last else { return true }
                    return Self.date(of: point).map { $0 > last } ?? false
                }
                guard !newer.isEmpty else { return }
                indicator["history"] = .array(Array((history + newer).suffix(limit)))
            }
        }
    }

    private static func date(of point: JSONValue) -> DataDate? {
        if case .string(let text)? = point["at"] { return DataDate(text) }
        return nil
    }
}
