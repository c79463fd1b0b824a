import Foundation
import KotaCerdasCore
@testable import KotaCerdasData

/// A provider whose updates the test sends by hand, for store tests that are about
/// merging, not about files or HTTP (those providers have their own tests).
final class ScriptedProvider: DataProvider {
    let descriptor: SourceStatus
    private let stream: AsyncStream<ProviderUpdate>
    private let continuation: AsyncStream<ProviderUpdate>.Continuation

    init(_ name: String) {
        descriptor = SourceStatus(id: name, kind: .file, location: name)
        (stream, continuation) = AsyncStream.makeStream(of: ProviderUpdate.self)
    }

    func updates() -> AsyncStream<ProviderUpdate> { stream }

    func refresh() {}

    func send(_ text: String, at date: Date = Date()) throws {
        continuation.yield(.document(try Fixture.json(text), at: date))
    }

    func send(_ update: ProviderUpdate) {
        continuation.yield(update)
    }

    func unchanged(at date: Date) {
        continuation.yield(.unchanged(at: date))
    }

    func fail(_ message: String) {
        continuation.yield(.failure(message, at: Date()))
    }
}

/// Waits for the store's snapshot stream to reach a condition.
func snapshot(of store: SnapshotStore, where condition: @escaping @Sendable (Snapshot) -> Bool) async throws -> Snapshot {
    try await within(2) {
        for await snapshot in store.snapshots() where condition(snapshot) { return snapshot }
        throw CancellationError()
    }
}

/// Waits for the store's health stream to reach a condition.
func health(of store: SnapshotStore, where condition: @escaping @Sendable ([SourceStatus]) -> Bool) async throws -> [SourceStatus] {
    try await within(2) {
        for await sources in store.health() where condition(sources) { return sources }
        throw CancellationError()
    }
}
