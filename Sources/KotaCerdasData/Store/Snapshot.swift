import KotaCerdasCore

/// Everything the dashboard shows at one moment: the merged document and each source's health.
/// Immutable; the store publishes a new one for every change of the document.
public struct Snapshot: Sendable {
    /// The merged, decoded document.
    public let document: CityDocument
    /// The merged document as JSON, as `serve` publishes it and the cache stores it.
    public let json: JSONValue
    /// One health record per source as the document changed, in source order; a `.cache`
    /// record first while cached data is still shown. Later health changes come through
    /// `SnapshotStore.health()` only.
    public let sources: [SourceStatus]
    /// Counts up with every published snapshot, so with every change of the document.
    public let generation: Int

    public init(document: CityDocument, json: JSONValue, sources: [SourceStatus], generation: Int) {
        self.document = document
        self.json = json
        self.sources = sources
        self.generation = generation
    }
}
