import KotaCerdasCore

/// How a table's rows become indicators, as the config's adapter table refines it
/// (`[sources.ckan]`, `[sources.csv]`). Everything is optional: by default the layout and
/// the columns are recognised from the headers.
///
/// ```toml
/// [sources.ckan]
/// dimension = "economy"            # every indicator's dimension (default: one named after the resource)
/// layout = "wide"                  # or "long"; default: from the headers
/// indicator-column = "Daftar Data" # also id-, period-, value-, unit-, dimension-, target-,
///                                  # baseline-, better-, warn-, critical-, source-column
/// period-columns = ["2019", "2020"]  # wide: only these columns are periods
/// decimal = ","                    # where "1.234" could be either: "," makes it 1234
/// better = "higher"                # default direction
/// id-prefix = "kaltim-"            # keeps ids made from names apart from other sources'
/// source = "BPS Kalimantan Timur"  # every indicator's source
/// listed-only = false              # true: rows without an [[….indicator]] entry are skipped
///
/// [[sources.ckan.indicator]]
/// row = "Retribusi Jasa Umum"      # the row's name (or id) in the table
/// id = "eco-retribusi-jasa-umum"
/// name = { id = "Retribusi jasa umum", en = "Public-service levies" }
/// better = "higher"
/// target = 9e9
/// ```
public struct TableMapping: Sendable {
    public enum Layout: String, CaseIterable, Sendable {
        /// One row per indicator, one column per period.
        case wide
        /// One row per indicator and period: indicator, period and value columns.
        case long
    }

    public var layout: Layout?
    /// Columns named in the config, by role.
    public var columns: [ColumnRole: String] = [:]
    /// Wide tables: the period columns, when not every period-named column is one.
    public var periodColumns: [String]?
    /// The dimension of indicators that name none; the adapter's default when nil.
    public var dimension: String?
    public var better: BetterDirection = .higher
    /// Decides numbers such as `1.234`; the adapter's default when nil.
    public var decimal: DecimalSeparator?
    public var idPrefix = ""
    public var source: String?
    public var listedOnly = false
    /// Per-indicator settings, by the row's normalised name or id.
    public var indicators: [String: IndicatorSettings] = [:]

    public init() {}

    /// The keys every tabular adapter's table takes; an adapter adds its own.
    static let keys: Set<String> = Set(ColumnRole.allCases.map(\.configKey)).union([
        "layout", "period-columns", "dimension", "better", "decimal", "id-prefix", "source", "listed-only", "indicator",
    ])

    /// Reads the mapping from `options`, allowing `extraKeys` for the adapter's own settings.
    public init(options: AdapterOptions?, extraKeys: Set<String> = []) throws(ConfigurationError) {
        guard let options else { return }
        try options.allowOnly(Self.keys.union(extraKeys))
        layout = try options.choice("layout", Layout.self)
        for role in ColumnRole.allCases {
            if let column = try options.string(role.configKey) { columns[role] = column }
        }
        periodColumns = try options.strings("period-columns")
        dimension = try options.string("dimension")
        better = try options.choice("better", BetterDirection.self) ?? .higher
        decimal = try options.choice("decimal", DecimalSeparator.self)
        idPrefix = try options.string("id-prefix") ?? ""
        source = try options.string("source")
        listedOnly = try options.bool("listed-only") ?? false
        for table in try options.tables("indicator") {
            let settings = try IndicatorSettings(table)
            let key = IndicatorSettings.key(settings.row)
            guard indicators[key] == nil else { throw table.error("row", "\"\(settings.row)\" is listed twice") }
            indicators[key] = settings
        }
    }

    /// The settings for a row named `name` or with id `id`, if the config has any.
    func settings(name: String?, id: String?) -> IndicatorSettings? {
        guard !indicators.isEmpty else { return nil }
        if let id, let match = indicators[IndicatorSettings.key(id)] { return match }
        if let name, let match = indicators[IndicatorSettings.key(name)] { return match }
        return nil
    }
}

/// One `[[sources.….indicator]]` entry: what the config says about one row's indicator.
public struct IndicatorSettings: Sendable {
    /// The row's name or id as the table writes it.
    public var row: String
    public var id: String?
    public var name: LocalizedText?
    public var dimension: String?
    public var unit: LocalizedText?
    public var better: BetterDirection?
    public var target: Double?
    public var baseline: Double?
    public var warn: Double?
    public var critical: Double?
    public var source: String?

    init(_ options: AdapterOptions) throws(ConfigurationError) {
        try options.allowOnly([
            "row", "id", "name", "dimension", "unit", "better", "target", "baseline", "warn", "critical", "source",
        ])
        guard let row = try options.string("row") else { throw options.error("row", "is required: the row's name or id in the table") }
        self.row = row
        id = try options.string("id")
        name = try options.text("name")
        dimension = try options.string("dimension")
        unit = try options.text("unit")
        better = try options.choice("better", BetterDirection.self)
        target = try options.number("target")
        baseline = try options.number("baseline")
        warn = try options.number("warn")
        critical = try options.number("critical")
        source = try options.string("source")
    }

    /// Rows are matched ignoring case and spacing.
    static func key(_ text: String) -> String {
        HeaderName.normalise(text)
    }
}

extension AdapterOptions {
    /// A text: a plain string, or a table by language (`{ id = "…", en = "…" }`).
    func text(_ key: String) throws(ConfigurationError) -> LocalizedText? {
        guard let value = json[key] else { return nil }
        switch value {
        case .string(let plain):
            return LocalizedText(plain)
        case .object(let object):
            var byLanguage: [String: String] = [:]
            for (language, text) in object.members {
                guard case .string(let string) = text else { throw error(key, "must be a string or a table of strings by language") }
                byLanguage[language] = string
            }
            guard !byLanguage.isEmpty else { throw error(key, "must not be empty") }
            return LocalizedText(byLanguage: byLanguage)
        default:
            throw error(key, "must be a string or a table of strings by language")
        }
    }
}
