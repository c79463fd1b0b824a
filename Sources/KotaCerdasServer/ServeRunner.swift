import KotaCerdasData

/// Runs `kotacerdas serve` until its task is cancelled (the executable cancels it on
/// SIGINT/SIGTERM).
public enum ServeRunner {
    /// Builds the providers, starts the store and the server, reports where it listens
    /// through `report`, and serves until cancelled.
    public static func run(_ options: ServeOptions, report: @Sendable (String) -> Void) async throws {
        var providers = try ProviderFactory.makeProviders(for: options.sources)
        if options.demo {
            providers.insert(try DemoProvider.bundled(), at: 0)
        } else if providers.isEmpty {
            providers = [try ProviderFactory.bundledSample()]
        }
        let cache = options.cacheDirectory.flatMap { SnapshotCache.forProviders(providers, directory: $0) }
        let store = SnapshotStore(providers: providers, cache: cache)
        await store.start()
        let server = Server(host: options.bind, port: options.port, store: store)
        let port = try await server.start()
        report("serving http://\(options.bind):\(port)/v1/snapshot and /healthz")
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(3600))
        }
        await server.stop()
        await store.stop()
    }
}
