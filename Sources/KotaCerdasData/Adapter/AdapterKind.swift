/// The formats a source can be read in, and the one place that picks and builds the
/// adapter for each: by the scheme prefix of its location (`ngsi-v2+http://…`), by the
/// `adapter` key of its config entry, or by its file name (`.csv`).
public enum AdapterKind: String, CaseIterable, Sendable {
    /// kotacerdas/v1 documents, read as they are.
    case v1 = "kotacerdas"
    /// FIWARE NGSI v2 context brokers (Orion).
    case ngsiV2 = "ngsi-v2"
    /// FIWARE NGSI-LD context brokers (Orion-LD, Scorpio, Stellio).
    case ngsiLD = "ngsi-ld"
    /// CKAN `datastore_search` (Satu Data portals).
    case ckan
    /// CSV spreadsheets of indicator values.
    case csv

    /// The name shown on the sources screen and by `validate`.
    public var displayName: String {
        switch self {
        case .v1: "kotacerdas/v1"
        case .ngsiV2: "NGSI v2"
        case .ngsiLD: "NGSI-LD"
        case .ckan: "CKAN"
        case .csv: "CSV"
        }
    }

    /// The key of the adapter's own table in a `[[sources]]` entry, e.g. `[sources.ngsi]`;
    /// nil for the v1 reader, which has no settings.
    public var optionsKey: String? {
        switch self {
        case .v1: nil
        case .ngsiV2, .ngsiLD: "ngsi"
        case .ckan: "ckan"
        case .csv: "csv"
        }
    }

    /// Every options key, for the config parser's list of allowed keys.
    public static var optionsKeys: Set<String> { Set(allCases.compactMap(\.optionsKey)) }

    /// The adapter a path implies when nothing else says: CSV for `.csv` files.
    public static func implied(byPath path: String) -> AdapterKind {
        path.lowercased().hasSuffix(".csv") ? .csv : .v1
    }

    /// The adapter, configured from `options` (its table in the config, if any).
    public func makeAdapter(options: AdapterOptions?) throws(ConfigurationError) -> any SourceAdapter {
        switch self {
        case .v1:
            return V1Adapter()
        case .ngsiV2:
            return try NGSIAdapter(dialect: .v2, options: options)
        case .ngsiLD:
            return try NGSIAdapter(dialect: .ld, options: options)
        case .ckan:
            return try CKANAdapter(options: options)
        case .csv:
            return try CSVAdapter(options: options)
        }
    }
}
