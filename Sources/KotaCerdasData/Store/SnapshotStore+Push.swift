import Foundation
import KotaCerdasCore

/// Pushed sources: documents a pipeline sends to `serve` instead of being polled. Each
/// is a source of its own (kind `.push`), merged over the configured sources in name
/// order, reported on like any other, and kept in the `PushArchive` when there is one.
extension SnapshotStore {
    /// What became of a push.
    public enum PushOutcome: Equatable, Sendable {
        /// Merged, and published when it changed the merged document.
        case accepted
        /// The document breaks the merged document; the problem in words.
        case refused(String)
        /// A new name while `limit` pushed sources exist already.
        case tooManySources(limit: Int)
    }

    /// The names of the pushed sources, in merge order.
    public var pushedSources: [PushedSourceName] { pushedNames }

    /// Takes the documents kept in `archive` as pushed sources and keeps every later push
    /// there. Call before `start()`.
    public func restorePushed(from archive: PushArchive, limit: Int, maxBytes: Int) {
        pushArchive = archive
        for entry in archive.load(limit: limit, maxBytes: maxBytes) {
            let index = insertPushed(entry.name)
            layers[index] = entry.json
            statuses[index].lastSuccess = entry.savedAt
            statuses[index].lastAttempt = entry.savedAt
            statuses[index].summary = Self.pushSummary(entry.json)
        }
    }

    /// Makes `json` (already checked on its own) the whole contribution of the pushed
    /// source `name`, creating it when new; a refused first push leaves no source behind.
    public func push(_ json: JSONValue, as name: PushedSourceName, limit: Int) -> PushOutcome {
        let isNew = !pushedNames.contains(name)
        if isNew, pushedNames.count >= limit { return .tooManySources(limit: limit) }
        let index = isNew ? insertPushed(name) : pushedIndex(of: name)
        guard accept(AdaptedDocument(json: json), from: index, at: now()) else {
            let problem = statuses[index].lastError ?? "unusable document"
            if isNew { removePushed(at: index) }
            publishHealth()
            return .refused(problem)
        }
        statuses[index].summary = Self.pushSummary(json)
        publishHealth()
        pushArchive?.save(json, as: name)
        return .accepted
    }

    /// Notes on an existing pushed source that its latest push was unusable (its last good
    /// document stays), as a polled source's broken read is noted.
    public func notePushFailure(_ message: String, as name: PushedSourceName) {
        guard pushedNames.contains(name) else { return }
        let index = pushedIndex(of: name)
        statuses[index].lastAttempt = now()
        statuses[index].lastError = ControlCharacters.escaped(message)
        publishHealth()
    }

    /// Removes the pushed source `name` and its kept file. Returns false when there is none.
    public func removePushed(_ name: PushedSourceName) -> Bool {
        guard pushedNames.contains(name) else { return false }
        removePushed(at: pushedIndex(of: name))
        pushArchive?.remove(name)
        rebuild(blaming: nil, at: now())
        if cache != nil { scheduleCacheSave() }
        publishHealth()
        return true
    }

    private func pushedIndex(of name: PushedSourceName) -> Int {
        providers.count + (pushedNames.firstIndex(of: name) ?? pushedNames.count)
    }

    /// Adds an empty pushed source at its place in name order and returns its index.
    private func insertPushed(_ name: PushedSourceName) -> Int {
        let position = pushedNames.firstIndex { $0 > name } ?? pushedNames.count
        pushedNames.insert(name, at: position)
        let status = SourceStatus(
            id: "push:" + name.text, kind: .push, location: name.location, adapter: AdapterKind.v1.displayName)
        layers.insert(nil, at: providers.count + position)
        statuses.insert(status, at: providers.count + position)
        return providers.count + position
    }

    private func removePushed(at index: Int) {
        pushedNames.remove(at: index - providers.count)
        layers.remove(at: index)
        statuses.remove(at: index)
    }

    private static func pushSummary(_ json: JSONValue) -> String {
        "\(JSONWriter.write(json).utf8.count) bytes pushed"
    }
}
