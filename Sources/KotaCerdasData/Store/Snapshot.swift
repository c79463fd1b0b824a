import KotaCerdasCore

/// Everything the dashboard shows at one moment: the merged document of every city and
/// each source's health. Immutable; the store publishes a new one for every change of the
/// data.
public struct Snapshot: Sendable {
    /// One city's merged, decoded document and its JSON.
    public struct City: Sendable {
        public let document: CityDocument
        public let json: JSONValue

        public init(document: CityDocument, json: JSONValue) {
            self.document = document
            self.json = json
        }
    }

    /// Every city, in the order the sources first named them; never empty.
    public let cities: [City]
    /// The merged data as JSON, as `serve` publishes it and the cache stores it: the one
    /// city's document, or a `CityCollection` of them all when there are several.
    public let json: JSONValue
    /// One health record per source as the document changed, in source order; a `.cache`
    /// record first while cached data is still shown. Later health changes come through
    /// `SnapshotStore.health()` only.
    public let sources: [SourceStatus]
    /// Counts up with every published snapshot, so with every change of the document.
    public let generation: Int

    /// The first city's document: the only one when the sources describe one city.
    public var document: CityDocument { cities[0].document }

    /// The documents of every city, in order.
    public var documents: [CityDocument] { cities.map(\.document) }

    /// A snapshot of one city.
    public init(document: CityDocument, json: JSONValue, sources: [SourceStatus], generation: Int) {
        self.init(cities: [City(document: document, json: json)], sources: sources, generation: generation)
    }

    /// A snapshot of `cities`, which must not be empty.
    public init(cities: [City], sources: [SourceStatus], generation: Int) {
        precondition(!cities.isEmpty, "a snapshot has at least one city")
        self.cities = cities
        json = cities.count == 1 ? cities[0].json : CityCollection.collection(cities.map(\.json))
        self.sources = sources
        self.generation = generation
    }
}
