import KotaCerdasData

/// Runs `kotacerdas serve` until its task is cancelled (the executable cancels it on
/// SIGINT/SIGTERM).
public enum ServeRunner {
    /// Builds the providers, starts the store and the server, reports where it listens
    /// through `report`, and serves until cancelled.
    public static func run(_ options: ServeOptions, report: @Sendable (String) -> Void) async throws {
        let store = try DataStack.store(
            for: Configuration(sources: options.sources, city: options.city), cacheDirectory: options.cacheDirectory,
            demo: options.demo)
        if let push = options.push, let cacheDirectory = options.cacheDirectory {
            await store.restorePushed(
                from: PushArchive(cacheDirectory: cacheDirectory), limit: push.maxSources, maxBytes: push.maxBodyBytes)
        }
        await store.start()
        let server = Server(host: options.bind, port: options.port, store: store, push: options.push)
        let port = try await server.start()
        report("serving http://\(options.bind):\(port)/v1/snapshot and /healthz"
            + (options.push == nil ? "" : "; accepting pushes at /v1/documents/NAME"))
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(3600))
        }
        await server.stop()
        await store.stop()
    }
}
