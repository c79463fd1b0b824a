import Foundation

/// Every alert kept, newest first, and what the engine remembers of each subject
/// between readings. Only `alerts` and `nextID` are kept across restarts; the debounce
/// state starts again from the open alerts (see `AlertEngine`).
public struct AlertBook: Hashable, Sendable {
    /// Newest first.
    public private(set) var alerts: [Alert]
    /// The id the next alert gets.
    public private(set) var nextID: Int
    /// Per subject key: the debounced status and the status seen now, since when.
    var trackers: [String: Tracker] = [:]

    struct Tracker: Hashable, Sendable {
        var kind: AlertSubject.Kind
        /// The status alerts were last decided on; nil until the first one settles.
        var settled: AlertStatus?
        var observed: AlertStatus
        var observedSince: Date
    }

    /// A book of `alerts` (any order; kept newest first), bounded to `capacity`.
    public init(alerts: [Alert] = [], nextID: Int? = nil, capacity: Int = AlertRules.defaultCapacity) {
        self.alerts = alerts.sorted { ($0.started, $0.id) > ($1.started, $1.id) }
        self.nextID = max(nextID ?? 1, (alerts.map(\.id).max() ?? 0) + 1)
        bound(to: capacity)
    }

    /// The alerts still ongoing, newest first.
    public var open: [Alert] { alerts.filter(\.isOpen) }

    /// The ongoing alert about `key`, if any.
    func openAlert(about key: String) -> Alert? {
        alerts.first { $0.isOpen && $0.subject.key == key }
    }

    mutating func raise(_ observation: AlertObservation, from: AlertStatus?, at now: Date) -> Alert {
        let alert = Alert(
            id: nextID, subject: observation.subject, from: from, to: observation.status, started: now,
            value: observation.value, target: observation.target, unit: observation.unit, detail: observation.detail)
        nextID += 1
        alerts.insert(alert, at: 0)
        return alert
    }

    /// Ends the ongoing alert about `key`; returns it as ended.
    mutating func end(about key: String, at now: Date) -> Alert? {
        guard let index = alerts.firstIndex(where: { $0.isOpen && $0.subject.key == key }) else { return nil }
        alerts[index].ended = now
        return alerts[index]
    }

    /// Drops the oldest ended alerts, then the oldest open ones, down to `capacity`.
    mutating func bound(to capacity: Int) {
        var excess = alerts.count - max(1, capacity)
        guard excess > 0 else { return }
        for index in alerts.indices.reversed() where excess > 0 && !alerts[index].isOpen {
            alerts.remove(at: index)
            excess -= 1
        }
        if excess > 0 { alerts.removeLast(excess) }
    }
}
