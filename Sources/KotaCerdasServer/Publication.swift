import Foundation
import KotaCerdasCore
import KotaCerdasData
import Synchronization

/// What the server answers with, prepared once per snapshot rather than per request:
/// the JSON body and its entity tag, and the latest health records.
final class Publication: Sendable {
    struct Body: Sendable {
        let data: Data
        /// A strong validator: the quoted hash of the exact body bytes.
        let entityTag: String
        let generation: Int
    }

    private let state = Mutex<(body: Body?, sources: [SourceStatus])>((nil, []))

    var body: Body? { state.withLock { $0.body } }
    var sources: [SourceStatus] { state.withLock { $0.sources } }

    /// Publishes `snapshot` unless a newer one is out already: a push publishes its snapshot
    /// at once, and the store's stream may deliver an older one after it.
    func publish(_ snapshot: Snapshot) {
        if let current = body, current.generation >= snapshot.generation { return }
        let data = Data(JSONWriter.write(snapshot.json).utf8)
        let body = Body(data: data, entityTag: "\"" + StableHash.hex(data) + "\"", generation: snapshot.generation)
        state.withLock { state in
            if let current = state.body, current.generation >= body.generation { return }
            state.body = body
        }
    }

    /// Health comes from the store's health stream alone: snapshots carry the records
    /// of the moment their document changed, which may be older than the stream's.
    func publish(_ sources: [SourceStatus]) {
        state.withLock { $0.sources = sources }
    }
}
