/// The whole-city document laid under sources that bring only indicators (brokers, portals,
/// spreadsheets), so one of them alone is enough to start: the city's name and a
/// framework's dimensions, with no indicators of their own.
public struct DocumentSkeleton: Sendable {
    public static let defaultCityID = "kota"
    public static let defaultCityName = "Kota"

    public let json: JSONValue

    /// - Parameters:
    ///   - framework: The dimension set; Kemendagri's six when nil or unknown.
    public init(
        cityID: String? = nil, cityName: String? = nil, province: String? = nil, timezone: String? = nil,
        framework: String? = nil
    ) {
        typealias Member = DocumentShape.Member
        let chosen = framework.flatMap(FrameworkCatalog.framework(id:)) ?? FrameworkCatalog.kemendagri
        var city = JSONObject([
            (Member.id, .string(cityID ?? Self.defaultCityID)), (Member.name, .string(cityName ?? Self.defaultCityName)),
        ])
        if let province { city["province"] = .string(province) }
        if let timezone { city["timezone"] = .string(timezone) }
        let dimensions = chosen.dimensions.map { dimension in
            JSONValue.object(JSONObject([(Member.id, .string(dimension.id)), (Member.name, dimension.name.json)]))
        }
        json = .object(JSONObject([
            (Member.format, .string(CityDocument.formatIdentifier)),
            (Member.city, .object(city)),
            (Member.framework, .object(JSONObject([(Member.id, .string(chosen.id)), (Member.name, chosen.name.json)]))),
            (Member.dimensions, .array(dimensions)),
        ]))
    }

    /// `document` with a name for every dimension that has none: one that only adapters
    /// filled, whose id the whole document did not define. Known ids get their framework
    /// name, others "Other (id)". Returns the ids it named, for the sources screen.
    public static func nameUnnamedDimensions(in document: JSONValue) -> (document: JSONValue, named: [String]) {
        typealias Member = DocumentShape.Member
        guard var root = document.objectValue, case .array(var dimensions)? = root[Member.dimensions] else {
            return (document, [])
        }
        var named: [String] = []
        for index in dimensions.indices {
            guard var dimension = dimensions[index].objectValue, dimension[Member.name] == nil,
                  let id = DocumentMerge.identity(of: dimensions[index]) else { continue }
            dimension[Member.name] = (FrameworkCatalog.dimensionName(id: id) ?? FrameworkCatalog.fallbackName(id: id)).json
            dimensions[index] = .object(dimension)
            named.append(id)
        }
        guard !named.isEmpty else { return (document, []) }
        root[Member.dimensions] = .array(dimensions)
        return (.object(root), named)
    }
}
