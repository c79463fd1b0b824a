import Foundation
import KotaCerdasCore

/// Builds indicator history from polling alone: when a source sends a new current value
/// without a history, the store remembers `{at, value}` and adds it to the merged
/// document, so sparklines move even for sources that only know "now".
struct HistoryRecorder {
    private typealias Member = DocumentShape.Member

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
            guard indicator[Member.history] == nil, case .number(let value)? = indicator[Member.value] else { continue }
            let old = before[key]
            let updatedAt = indicator[Member.updatedAt]
            guard old?[Member.value] != .number(value) || (updatedAt != nil && old?[Member.updatedAt] != updatedAt) else {
                continue
            }
            let at = updatedAt ?? .string(DataDate(instant: now).text)
            var list = points[key, default: []]
            list.append(DocumentShape.historyPoint(at: at, value: value))
            if list.count > limit { list.removeFirst(list.count - limit) }
            points[key] = list
        }
    }

    /// `document` with the remembered points appended to each indicator's history, after
    /// the points it already has, keeping the last `limit`.
    func apply(to document: JSONValue) -> JSONValue {
        IndicatorKey.update(document, keys: Set(points.keys)) { key, indicator in
            guard let recorded = points[key] else { return }
            var history: [JSONValue] = []
            if case .array(let existing)? = indicator[Member.history] { history = existing }
            let last = history.last.flatMap(DocumentShape.date(ofPoint:))
            let newer = recorded.filter { point in
                guard let last else { return true }
                return DocumentShape.date(ofPoint: point).map { $0 > last } ?? false
            }
            guard !newer.isEmpty else { return }
            indicator[Member.history] = .array(Array((history + newer).suffix(limit)))
        }
    }
}
