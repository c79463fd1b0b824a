/// A published index score of the whole city, such as Indeks Kota Cerdas Indonesia
/// (IKCI): what a city document carries when a ranking scored the city as a whole,
/// with or without the dimension indicators behind it.
public struct CityIndex: Equatable, Sendable {
    /// The index's name, e.g. "IKCI 2018".
    public var name: LocalizedText
    public var score: Double
    /// The best possible score; 100 unless the document says otherwise.
    public var scale: Double
    /// The city's rank as the index published it (often within its category).
    public var rank: Int?
    /// The group the index ranks the city in, e.g. "kota metropolitan (>1 juta jiwa)".
    public var category: LocalizedText?
    /// Where the score was published.
    public var source: String?

    public init(
        name: LocalizedText, score: Double, scale: Double = 100, rank: Int? = nil, category: LocalizedText? = nil,
        source: String? = nil
    ) {
        self.name = name
        self.score = score
        self.scale = scale
        self.rank = rank
        self.category = category
        self.source = source
    }

    /// The score as a share of the scale, 0…1 for a score within it.
    public var attainment: Double { score / scale }
}
