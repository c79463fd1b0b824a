import Foundation

/// The health of one data source as the dashboard shows it: where it is, when it last
/// delivered, and what went wrong last.
public struct SourceStatus: Equatable, Sendable, Identifiable {
    /// What kind of place the data comes from.
    public enum Kind: String, Sendable {
        case file, http, cache, bundled
        /// A document pushed to `serve` (`POST /v1/documents/NAME`).
        case push
    }

    /// How a source is doing at a given moment.
    public enum State: String, Sendable {
        /// Not yet delivered nor failed.
        case loading
        /// Delivered fresh data recently.
        case ok
        /// No fresh data for more than three intervals.
        case stale
        /// The last attempt failed; `lastError` says why.
        case failing
    }

    /// Stable identity of the source (its location, before masking).
    public var id: String
    public var kind: Kind
    /// The location to display, with secrets masked.
    public var location: String
    /// How often the source is read; nil for sources read on change only.
    public var interval: TimeInterval?
    public var lastSuccess: Date?
    public var lastAttempt: Date?
    /// The last failure in words, kept until the next success.
    public var lastError: String?
    /// What reads the source's format: `kotacerdas/v1`, `NGSI v2`, `CKAN`, `CSV`; nil for
    /// the cache and the demo.
    public var adapter: String?
    /// What the last good read of a mapped source found, in words:
    /// `412 entities · 408 mapped · 4 skipped (pm25 not a number: 3; …)`.
    public var summary: String?

    public init(
        id: String, kind: Kind, location: String, interval: TimeInterval? = nil,
        lastSuccess: Date? = nil, lastAttempt: Date? = nil, lastError: String? = nil, adapter: String? = nil,
        summary: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.location = location
        self.interval = interval
        self.lastSuccess = lastSuccess
        self.lastAttempt = lastAttempt
        self.lastError = lastError
        self.adapter = adapter
        self.summary = summary
    }

    /// A source is stale after three intervals without fresh data; failing while its
    /// last error stands.
    public func state(at now: Date) -> State {
        if lastError != nil { return .failing }
        guard let lastSuccess else { return .loading }
        if let interval, now.timeIntervalSince(lastSuccess) > 3 * interval { return .stale }
        return .ok
    }
}
