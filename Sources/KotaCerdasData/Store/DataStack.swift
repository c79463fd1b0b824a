import Foundation
import KotaCerdasCore

/// The one place that builds the data side of every command — providers, cache, skeleton
/// and store — from a configuration, so rules such as "no source given: the bundled
/// sample" and "a broker alone gets the configured city around it" exist once.
public enum DataStack {
    /// The store for `configuration`, not yet started.
    /// - Parameters:
    ///   - cacheDirectory: Where the last good document is cached; nil for no cache.
    ///   - demo: Lay a random walk around the bundled sample under the sources.
    public static func store(
        for configuration: Configuration, cacheDirectory: String?, demo: Bool = false,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigurationError) -> SnapshotStore {
        let providers = try providers(for: configuration, demo: demo, environment: environment)
        let cache = cacheDirectory.flatMap { SnapshotCache.forProviders(providers, directory: $0) }
        return SnapshotStore(
            providers: providers, cache: cache, skeleton: skeleton(for: configuration, demo: demo),
            homeCityID: configuration.city.id)
    }

    /// The city around the sources when none of them can bring a whole document: every
    /// source is mapped by an adapter. With a kotacerdas source in the mix, its document
    /// is the city, and mapped indicators wait for it.
    static func skeleton(for configuration: Configuration, demo: Bool) -> DocumentSkeleton? {
        let sources = configuration.sources
        guard !demo, !sources.isEmpty, sources.allSatisfy({ $0.adapterKind != .v1 }) else { return nil }
        return skeleton(for: configuration.city)
    }

    /// The configured sources' providers; the bundled sample when there are none.
    public static func providers(
        for configuration: Configuration, demo: Bool = false,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigurationError) -> [any DataProvider] {
        var providers = try ProviderFactory.makeProviders(for: configuration.sources, environment: environment)
        if demo {
            providers.insert(try DemoProvider.bundled(), at: 0)
        } else if providers.isEmpty {
            providers = [try ProviderFactory.bundledSample()]
        }
        return providers
    }

    /// The city laid under sources that bring only indicators.
    public static func skeleton(for city: CityConfiguration) -> DocumentSkeleton {
        DocumentSkeleton(
            cityID: city.id, cityName: city.name, province: city.province, timezone: city.timezone,
            framework: city.framework)
    }
}
