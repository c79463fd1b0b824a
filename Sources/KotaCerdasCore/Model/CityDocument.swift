/// A whole city's data in format `kotacerdas/v1`: who the city is, which framework its
/// dimensions follow, and the dimensions themselves in the order they are shown.
public struct CityDocument: Equatable, Sendable {
    /// The only format this version reads.
    public static let formatIdentifier = "kotacerdas/v1"

    public var city: City
    public var framework: Framework?
    /// When the figures were compiled; data ages fall back to it.
    public var asOf: DataDate?
    /// True for a demonstration feed with moving values (`kotacerdas serve --demo`);
    /// the dashboard marks it DEMO so nobody takes it for real figures.
    public var isDemo: Bool
    public var dimensions: [Dimension]
    /// A published score of the whole city (a ranking such as IKCI), if the document has one.
    public var index: CityIndex?
    /// A word about the data as a whole, e.g. that its values are illustrative.
    public var note: LocalizedText?

    public init(
        city: City, framework: Framework? = nil, asOf: DataDate? = nil, isDemo: Bool = false, dimensions: [Dimension],
        index: CityIndex? = nil, note: LocalizedText? = nil
    ) {
        self.city = city
        self.framework = framework
        self.asOf = asOf
        self.isDemo = isDemo
        self.dimensions = dimensions
        self.index = index
        self.note = note
    }

    public func dimension(id: String) -> Dimension? { dimensions.first { $0.id == id } }
}

/// The city or regency the data describes.
public struct City: Equatable, Sendable {
    public var id: String
    public var name: String
    public var province: String?
    /// IANA zone name, e.g. `Asia/Jakarta`.
    public var timezone: String?

    public init(id: String, name: String, province: String? = nil, timezone: String? = nil) {
        self.id = id
        self.name = name
        self.province = province
        self.timezone = timezone
    }
}

/// The smart-city framework the dimensions follow (e.g. Kemendagri, Kominfo).
public struct Framework: Equatable, Sendable {
    public var id: String
    public var name: LocalizedText?

    public init(id: String, name: LocalizedText?) {
        self.id = id
        self.name = name
    }
}
