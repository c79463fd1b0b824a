import Foundation

/// One alert: a subject's status got worse at `started`, and is `ended` when it is back
/// to fine (or got worse again, which starts a new alert). Nil `ended` means ongoing.
public struct Alert: Hashable, Sendable, Identifiable {
    /// Increasing with each alert raised, across restarts.
    public var id: Int
    public var subject: AlertSubject
    /// The status before; nil when the subject was already bad when first seen.
    public var from: AlertStatus?
    /// The status that raised the alert.
    public var to: AlertStatus
    public var started: Date
    public var ended: Date?
    /// The figure at the time it was raised: an indicator's value, a programme's progress
    /// in percent; nil for a source.
    public var value: Double?
    /// The indicator's target; nil for programmes and sources.
    public var target: Double?
    /// The value's unit, as the data gives it.
    public var unit: LocalizedText?
    /// A source's last error, in words.
    public var detail: String?

    public init(
        id: Int, subject: AlertSubject, from: AlertStatus?, to: AlertStatus, started: Date, ended: Date? = nil,
        value: Double? = nil, target: Double? = nil, unit: LocalizedText? = nil, detail: String? = nil
    ) {
        self.id = id
        self.subject = subject
        self.from = from
        self.to = to
        self.started = started
        self.ended = ended
        self.value = value
        self.target = target
        self.unit = unit
        self.detail = detail
    }

    public var isOpen: Bool { ended == nil }
}

/// A change the edges announce (bell, alert command): an alert raised or cleared.
public struct AlertChange: Hashable, Sendable {
    public enum Event: String, Sendable {
        case raised, cleared
    }

    public var event: Event
    public var alert: Alert

    public init(_ event: Event, _ alert: Alert) {
        self.event = event
        self.alert = alert
    }
}
