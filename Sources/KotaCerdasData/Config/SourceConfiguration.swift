/// One source with everything needed to read it.
public struct SourceConfiguration: Equatable, Sendable {
    public var spec: SourceSpec
    public var headers: [HeaderSetting]
    /// Seconds a whole HTTP request may take.
    public var timeout: Double
    /// Larger answers and files are refused (answers are cut off while downloading).
    public var maxBodyBytes: Int
    /// The adapter named by the config's `adapter` key; the location's prefix may name it too.
    public var adapter: AdapterKind?
    /// The adapter's own table from the config (`[sources.ngsi]`, …), if any.
    public var adapterOptions: AdapterOptions?

    public init(
        spec: SourceSpec, headers: [HeaderSetting] = [], timeout: Double = HTTPOptions.defaultTimeout,
        maxBodyBytes: Int = HTTPOptions.defaultMaxBodyBytes, adapter: AdapterKind? = nil,
        adapterOptions: AdapterOptions? = nil
    ) {
        self.spec = spec
        self.headers = headers
        self.timeout = timeout
        self.maxBodyBytes = maxBodyBytes
        self.adapter = adapter
        self.adapterOptions = adapterOptions
    }

    /// The adapter that reads this source: the location's prefix, else the config's
    /// `adapter` key, else what the file name implies (`.csv`), else kotacerdas/v1.
    public var adapterKind: AdapterKind {
        if let named = spec.adapter ?? adapter { return named }
        if case .file(let path) = spec.location { return AdapterKind.implied(byPath: path) }
        if case .http(let url) = spec.location { return AdapterKind.implied(byPath: url.path) }
        return .v1
    }
}
