import KotaCerdasData

/// What `kotacerdas serve` was asked to do, after the command line and config are merged.
public struct ServeOptions: Sendable {
    /// IPv4 address to bind; loopback unless the operator opens it up.
    public var bind: String
    public var port: UInt16
    /// Sources to merge; none means the bundled sample.
    public var sources: [SourceConfiguration]
    /// Serve a random walk around the bundled sample, marked `"demo": true`.
    public var demo: Bool
    /// Where the last good document is cached; nil for no cache.
    public var cacheDirectory: String?
    /// The city around sources that bring only indicators.
    public var city: CityConfiguration
    /// Who may push documents; nil turns push off.
    public var push: PushSettings?

    public init(
        bind: String = "127.0.0.1", port: UInt16 = 8080, sources: [SourceConfiguration] = [], demo: Bool = false,
        cacheDirectory: String? = SnapshotCache.defaultDirectory(), city: CityConfiguration = CityConfiguration(),
        push: PushSettings? = nil
    ) {
        self.bind = bind
        self.port = port
        self.sources = sources
        self.demo = demo
        self.cacheDirectory = cacheDirectory
        self.city = city
        self.push = push
    }
}
