/// What an alert is about: one indicator, programme or data source.
public struct AlertSubject: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case indicator, program, source
    }

    public var kind: Kind
    /// Unique among subjects of every kind: `indicator:<dimension>/<id>`,
    /// `program:<dimension>/<id>`, `source:<source id>`.
    public var key: String
    /// The name to show, in each language the data gives.
    public var name: LocalizedText
    /// The dimension an indicator or programme belongs to; nil for a source.
    public var dimensionID: String?

    public init(kind: Kind, key: String, name: LocalizedText, dimensionID: String? = nil) {
        self.kind = kind
        self.key = key
        self.name = name
        self.dimensionID = dimensionID
    }

    public static func indicator(_ indicator: Indicator, in dimension: Dimension) -> AlertSubject {
        AlertSubject(kind: .indicator, key: "indicator:\(dimension.id)/\(indicator.id)", name: indicator.name,
                     dimensionID: dimension.id)
    }

    public static func program(_ program: Program, in dimension: Dimension) -> AlertSubject {
        AlertSubject(kind: .program, key: "program:\(dimension.id)/\(program.id)", name: program.name,
                     dimensionID: dimension.id)
    }

    /// This subject as one of several cities': its key and name carry the city's; nil
    /// (a single city) leaves it as it is.
    func placed(in city: City?) -> AlertSubject {
        guard let city else { return self }
        let parts = key.split(separator: ":", maxSplits: 1)
        let placedKey = parts.count == 2 ? "\(parts[0]):\(city.id)/\(parts[1])" : "\(city.id)/\(key)"
        var names: [String: String] = [:]
        for language in Language.allCases {
            names[language.rawValue] = city.name + " · " + name.text(in: language)
        }
        return AlertSubject(kind: kind, key: placedKey, name: LocalizedText(byLanguage: names), dimensionID: dimensionID)
    }

    public static func source(_ source: SourceStatus) -> AlertSubject {
        AlertSubject(kind: .source, key: "source:\(source.id)", name: LocalizedText(source.location))
    }
}
