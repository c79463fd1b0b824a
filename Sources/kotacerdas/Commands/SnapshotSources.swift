import Foundation
import KotaCerdasCore
import KotaCerdasData

/// Loads the city data for `snapshot` through the live data layer, once: every source
/// is read (files, bundled samples, HTTP endpoints) and merged as the dashboard would.
enum SnapshotSources {
    /// Why the data could not be loaded: one line per failing source.
    struct Failure: Error {
        let lines: [String]
    }

    /// How long a one-shot read may wait for slow endpoints before giving up on them.
    static let patience: Duration = .seconds(15)

    /// The merged document of every city and the health of every source.
    static func load(_ configuration: Configuration) async throws -> ([CityDocument], [SourceStatus]) {
        let store = try DataStack.store(for: configuration, cacheDirectory: nil)
        await store.start()
        let statuses = await store.settle(timeout: patience)
        let snapshot = await store.current
        await store.stop()
        // File errors already name the file (with line and column); HTTP errors need the URL.
        let failures = statuses.compactMap { status in
            status.lastError.map { status.kind == .http ? "\(status.location): \($0)" : $0 }
        }
        guard failures.isEmpty, let snapshot else {
            throw Failure(lines: failures.isEmpty ? ["no source delivered data within \(patience)"] : failures)
        }
        return (snapshot.documents, statuses)
    }
}
