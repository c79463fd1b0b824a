import KotaCerdasCore

/// A source of city documents: a file, an HTTP endpoint, a demo walk or a future adapter.
///
/// The store sees only this protocol, so every kind of source is merged, cached and
/// reported on the same way.
public protocol DataProvider: Sendable {
    /// Identity and display of the source: id, kind, masked location and interval.
    /// The store keeps the source's health record starting from this value.
    var descriptor: SourceStatus { get }

    /// Starts reading and reports every outcome. Reading stops when the consumer stops
    /// iterating (the stream's termination cancels the work). Call once.
    func updates() -> AsyncStream<ProviderUpdate>

    /// Asks for a read now, skipping any wait or backoff.
    func refresh()
}
