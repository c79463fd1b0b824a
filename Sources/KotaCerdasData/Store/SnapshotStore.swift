import Foundation
import KotaCerdasCore

/// Merges every source into one immutable `Snapshot` per change and keeps each source's health.
///
/// Sources are laid over each other in order, so a later source overrides the fields it
/// sets. A source whose document is broken, or breaks the merged document, keeps its last
/// good contribution and gets the error on its health record; the screen never blanks.
public actor SnapshotStore {
    /// Points of history the store adds per indicator, at most.
    public static let defaultHistoryLimit = 240
    /// The disk cache is rewritten at most this often: a wall display polling a changing
    /// endpoint every second would otherwise rewrite the whole document every second.
    public static let defaultCacheInterval: Duration = .seconds(60)

    let providers: [any DataProvider]
    let cache: SnapshotCache?
    private let skeleton: DocumentSkeleton?
    /// The city that layers naming no city join when several cities are present.
    private let homeCityID: String?
    let now: @Sendable () -> Date
    /// One contribution and one health record per provider, then one per pushed source
    /// (`pushedNames`, in name order), so pushed sources lie over the configured ones.
    var layers: [JSONValue?]
    var statuses: [SourceStatus]
    var pushedNames: [PushedSourceName] = []
    /// Where pushed documents are kept between runs; nil keeps them in memory only.
    var pushArchive: PushArchive?
    private var cached: (json: JSONValue, status: SourceStatus)?
    /// What the disk cache holds now, so an unchanged document is not written again.
    private var savedJSON: JSONValue?
    private let cacheInterval: Duration
    /// When the cache was last written, and the write waiting for the interval to pass.
    private var lastCacheSave: ContinuousClock.Instant?
    private var pendingCacheSave: Task<Void, Never>?
    /// History built from polling, per city id ("" for layers not yet placed in a city).
    private var histories: [String: HistoryRecorder] = [:]
    private let historyLimit: Int
    var latest: Snapshot?
    private var generation = 0
    private var readers: [Task<Void, Never>] = []
    private let snapshotBroadcast = Broadcast<Snapshot>()
    private let healthBroadcast = Broadcast<[SourceStatus]>()

    /// - Parameters:
    ///   - providers: The sources, lowest priority first.
    ///   - cache: Where the last good merged document is kept between runs; nil for none.
    ///   - skeleton: The city laid under the sources while none of them brings a whole
    ///     document (a broker, a portal or a spreadsheet alone); nil waits for one.
    ///   - homeCityID: With sources of several cities, the one that sources naming no
    ///     city (partial updates, mapped adapters) add to; nil for the first city named.
    ///   - historyLimit: Points of history kept per indicator built from polled values.
    ///   - cacheInterval: The cache is written at most this often (and once more on `stop`).
    ///   - now: The clock, replaceable in tests.
    public init(
        providers: [any DataProvider], cache: SnapshotCache? = nil, skeleton: DocumentSkeleton? = nil,
        homeCityID: String? = nil, historyLimit: Int = defaultHistoryLimit, cacheInterval: Duration = defaultCacheInterval,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.providers = providers
        self.cache = cache
        self.skeleton = skeleton
        self.homeCityID = homeCityID
        self.cacheInterval = cacheInterval
        self.now = now
        layers = Array(repeating: nil, count: providers.count)
        statuses = providers.map(\.descriptor)
        self.historyLimit = historyLimit
    }

    /// Every new snapshot, starting with the current one: one per change of the merged
    /// document, never for health alone (follow `health()` for that). Newest wins: a
    /// consumer that falls behind gets the latest snapshot, never a queue.
    public nonisolated func snapshots() -> AsyncStream<Snapshot> {
        snapshotBroadcast.subscribe()
    }

    /// Every change of any source's health, starting with the current records; useful
    /// before the first snapshot, when there is no document to show yet.
    public nonisolated func health() -> AsyncStream<[SourceStatus]> {
        healthBroadcast.subscribe()
    }

    /// The newest snapshot, if any source has delivered (or the cache had data).
    public var current: Snapshot? { latest }

    /// Loads the cache, then starts reading every source. Calling it again does nothing.
    public func start() {
        guard readers.isEmpty else { return }
        if let cache, let loaded = cache.load() {
            let status = SourceStatus(
                id: "cache:" + cache.path, kind: .cache, location: cache.path, lastSuccess: loaded.savedAt)
            cached = (loaded.json, status)
            savedJSON = loaded.json
            rebuild(blaming: nil, at: loaded.savedAt)
        }
        healthBroadcast.publish(allStatuses)
        readers = providers.enumerated().map { index, provider in
            Task.detached { [weak self] in
                for await update in provider.updates() {
                    await self?.apply(update, from: index)
                }
            }
        }
    }

    /// Stops every source, writes a cache write that was waiting, and ends the streams.
    public func stop() {
        readers.forEach { $0.cancel() }
        readers = []
        if pendingCacheSave != nil { saveCache() }
        snapshotBroadcast.finish()
        healthBroadcast.finish()
    }

    /// Asks every source to read now.
    public func refresh() {
        providers.forEach { $0.refresh() }
    }

    /// The cache record (while cached data stands in) and every source's record.
    var allStatuses: [SourceStatus] {
        (cached.map { [$0.status] } ?? []) + statuses
    }

    private func apply(_ update: ProviderUpdate, from index: Int) {
        switch update {
        case .failure(let message, let at):
            statuses[index].lastAttempt = at
            // Messages quote file names and server text; `snapshot` prints them on a terminal.
            statuses[index].lastError = ControlCharacters.escaped(message)
            publishHealth()
        case .unchanged(let at):
            markSuccess(index, at: at)
            publishHealth()
        case .document(let json, let at):
            accept(AdaptedDocument(json: json, isUpdate: DocumentShape.isPartial(json)), from: index, at: at)
        case .adapted(let adapted, let at):
            accept(adapted, from: index, at: at)
        }
    }

    private func markSuccess(_ index: Int, at date: Date) {
        statuses[index].lastAttempt = date
        statuses[index].lastSuccess = date
        statuses[index].lastError = nil
    }

    /// Returns false when the merged document would be unusable: the source keeps its last
    /// good contribution and gets the error on its record.
    @discardableResult
    func accept(_ adapted: AdaptedDocument, from index: Int, at date: Date) -> Bool {
        let json = adapted.json
        let previous = (layers, histories, cached, statuses[index].summary)
        recordHistory(of: json)
        // An update changes the source's own contribution; anything else replaces it.
        if adapted.isUpdate, let own = layers[index] {
            let merged = DocumentMerge.merge(own, json)
            layers[index] = DocumentShape.isPartial(own) ? merged : DocumentShape.withoutPartialMarker(merged)
        } else {
            layers[index] = json
        }
        statuses[index].summary = adapted.summary?.description
        // Cached data stands in until every source has delivered once.
        if layers.allSatisfy({ $0 != nil }) { cached = nil }
        let accepted = rebuild(blaming: index, at: date)
        if accepted {
            markSuccess(index, at: date)
        } else {
            (layers, histories, cached, statuses[index].summary) = previous
        }
        publishHealth()
        return accepted
    }

    /// Notes the polled values of every city in `json` against the city's last document.
    private func recordHistory(of json: JSONValue) {
        let home = CityGroups.home(in: latest?.json, preferredHomeID: homeCityID)
        for part in CityCollection.documents(in: json) {
            let key = CityCollection.cityID(of: part) ?? home ?? ""
            let before = latest?.cities.first { $0.document.city.id == key }?.json ?? latest?.json
            histories[key, default: HistoryRecorder(limit: historyLimit)].record(part, comparedWith: before, now: now())
        }
    }

    /// `document` with the history recorded for city `id` (and, for the home city, for
    /// layers recorded before any city was known).
    private func withHistory(_ document: JSONValue, city id: String?, isHome: Bool) -> JSONValue {
        var result = document
        if isHome, let early = histories[""] { result = early.apply(to: result) }
        if let id, let recorder = histories[id] { result = recorder.apply(to: result) }
        return result
    }

    /// Merges each city, decodes and publishes. Returns false, with the first error on the
    /// blamed source, when a merged document is unusable; a city with no full document
    /// yet (partial updates waiting for their base) is not an error, it waits.
    @discardableResult
    func rebuild(blaming index: Int?, at date: Date) -> Bool {
        let grouping = CityGroups((cached.map { [$0.json] } ?? []) + layers.compactMap { $0 }, preferredHomeID: homeCityID)
        var cities: [Snapshot.City] = []
        for group in grouping.groups {
            var parts = group.parts
            let hasBase = parts.contains { !DocumentShape.isPartial($0) }
            if !hasBase, let skeleton, !parts.isEmpty { parts.insert(skeleton.json, at: 0) }
            let merged = withHistory(DocumentShape.merged(parts), city: group.id, isHome: group.id == grouping.homeID)
            let result = DocumentDecoder.decode(merged)
            guard let document = result.document else {
                guard hasBase || skeleton != nil else { continue }
                if let index {
                    statuses[index].lastAttempt = date
                    statuses[index].lastError = DocumentProblem(name: "merged document", problems: result.errors).description
                }
                return false
            }
            cities.append(Snapshot.City(document: document, json: merged))
        }
        guard !cities.isEmpty else { return true }
        if let index { markSuccess(index, at: date) }
        let snapshot = Snapshot(cities: cities, sources: allStatuses, generation: generation + 1)
        // Consumers re-filter tables and re-serialize the body per snapshot: a source
        // re-sending what is already shown is news for its health only.
        if snapshot.json != latest?.json {
            generation += 1
            latest = snapshot
            snapshotBroadcast.publish(snapshot)
        }
        if index != nil, cache != nil { scheduleCacheSave() }
        return true
    }

    /// Writes the cache now if the interval since the last write has passed, else once it
    /// has; a write already waiting will take the newest document.
    func scheduleCacheSave() {
        guard pendingCacheSave == nil else { return }
        let clock = ContinuousClock()
        guard let last = lastCacheSave, clock.now < last + cacheInterval else {
            saveCache()
            return
        }
        pendingCacheSave = Task { [weak self] in
            try? await clock.sleep(until: last + (self?.cacheInterval ?? .zero))
            await self?.saveCache()
        }
    }

    /// Writes the newest document unless the cache holds it already (a restart on unchanged
    /// data finds the cache current: no rewrite).
    private func saveCache() {
        pendingCacheSave?.cancel()
        pendingCacheSave = nil
        guard let cache, let merged = latest?.json, merged != savedJSON else { return }
        lastCacheSave = ContinuousClock().now
        if cache.save(merged) { savedJSON = merged }
    }

    /// Health goes out on its own stream; snapshots are only for a changed document.
    func publishHealth() {
        healthBroadcast.publish(allStatuses)
    }
}
