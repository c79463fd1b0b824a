/// One source with everything needed to read it.
public struct SourceConfiguration: Equatable, Sendable {
    public var spec: SourceSpec
    public var headers: [HeaderSetting]
    /// Seconds a whole HTTP request may take.
    public var timeout: Double
    public var maxBodyBytes: Int
    /// Reserved for source adapters (NGSI, CKAN, CSV); nil reads the kotacerdas format.
    public var adapter: String?

    public init(
        spec: SourceSpec, headers: [HeaderSetting] = [], timeout: Double = HTTPOptions.defaultTimeout,
        maxBodyBytes: Int = HTTPOptions.defaultMaxBodyBytes, adapter: String? = nil
    ) {
        self.spec = spec
        self.headers = headers
        self.timeout = timeout
        self.maxBodyBytes = maxBodyBytes
        self.adapter = adapter
    }
}
