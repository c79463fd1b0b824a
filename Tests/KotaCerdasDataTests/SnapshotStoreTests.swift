import Foundation
import KotaCerdasCore
import Testing
@testable import KotaCerdasData

@Suite struct SnapshotStoreTests {
    let base = ScriptedProvider("base.json")
    let overlay = ScriptedProvider("overlay.json")

    func store(historyLimit: Int = 240, cache: SnapshotCache? = nil) async -> SnapshotStore {
        let store = SnapshotStore(providers: [base, overlay], cache: cache, historyLimit: historyLimit)
        await store.start()
        return store
    }

    @Test func laterSourceOverridesAndPartialUpdatesOneValue() async throws {
        let store = await store()
        try base.send(Fixture.document(value: 3.1))
        try overlay.send(Fixture.partial(value: 3.3, updatedAt: "2026-11-01T08:00:00+07:00"))
        let merged = try await snapshot(of: store) { Fixture.value($0) == 3.3 }
        #expect(Fixture.value(merged, "gov-online") == 96)
        #expect(merged.document.city.name == "Kabupaten Sumenep")
        #expect(merged.json["partial"] == nil)
        // The base changing the same value does not win over the later source.
        try base.send(Fixture.document(value: 2.0))
        let after = try await snapshot(of: store) { $0.sources[0].lastSuccess != merged.sources[0].lastSuccess }
        #expect(Fixture.value(after) == 3.3)
        await store.stop()
    }

    @Test func newIDIsAppended() async throws {
        let store = await store()
        try base.send(Fixture.document())
        try overlay.send("""
            {"format":"kotacerdas/v1","partial":true,"dimensions":[{"id":"governance","indicators":[
              {"id":"gov-wifi","name":"Titik WiFi publik","unit":"count","value":120,"better":"higher"}]}]}
            """)
        let merged = try await snapshot(of: store) { Fixture.value($0, "gov-wifi") == 120 }
        #expect(merged.document.dimensions[0].indicators.map(\.id) == ["gov-spbe", "gov-online", "gov-wifi"])
        await store.stop()
    }

    @Test func partialBeforeItsBaseWaitsWithoutError() async throws {
        let store = await store()
        try overlay.send(Fixture.partial(value: 3.3))
        let waiting = try await health(of: store) { $0[1].lastSuccess != nil }
        #expect(waiting[1].lastError == nil)
        #expect(await store.current == nil)
        try base.send(Fixture.document(value: 3.1))
        let merged = try await snapshot(of: store) { _ in true }
        #expect(Fixture.value(merged) == 3.3)
        #expect(merged.sources.allSatisfy { $0.lastError == nil })
        await store.stop()
    }

    @Test func newValuesWithoutHistoryGrowTheHistory() async throws {
        let store = await store()
        try base.send(Fixture.document(value: 3.1))
        // The two sources are read concurrently: the base must land first for 3.1 to be
        // the first point, as it would be in a running dashboard.
        _ = try await snapshot(of: store) { Fixture.value($0) == 3.1 }
        try overlay.send(Fixture.partial(value: 3.2, updatedAt: "2026-11-01T08:00:00+07:00"))
        try overlay.send(Fixture.partial(value: 3.2, updatedAt: "2026-11-01T08:00:00+07:00"))
        try overlay.send(Fixture.partial(value: 3.4, updatedAt: "2026-11-01T09:00:00+07:00"))
        let merged = try await snapshot(of: store) { Fixture.value($0) == 3.4 }
        let history = try #require(merged.document.dimension(id: "governance")?.indicator(id: "gov-spbe")?.history)
        #expect(history.map(\.value) == [3.1, 3.2, 3.4])
        #expect(history.last?.at == DataDate("2026-11-01T09:00:00+07:00"))
        await store.stop()
    }

    @Test func historyIsBounded() async throws {
        let store = await store(historyLimit: 5)
        try base.send(Fixture.document(value: 0))
        for step in 1...12 {
            try overlay.send(Fixture.partial(value: Double(step), updatedAt: "2026-11-01T\(10 + step):00:00+07:00"))
        }
        let merged = try await snapshot(of: store) { Fixture.value($0) == 12 }
        let history = try #require(merged.document.dimension(id: "governance")?.indicator(id: "gov-spbe")?.history)
        #expect(history.map(\.value) == [8, 9, 10, 11, 12])
        await store.stop()
    }

    @Test func brokenMergeKeepsLastGoodAndBlamesTheSource() async throws {
        let store = await store()
        try base.send(Fixture.document(value: 3.1))
        _ = try await snapshot(of: store) { Fixture.value($0) == 3.1 }
        try overlay.send(#"{"format":"kotacerdas/v1","partial":true,"dimensions":[{"id":"governance","indicators":[{"id":"gov-spbe","value":"tinggi"}]}]}"#)
        let failing = try await health(of: store) { $0[1].lastError != nil }
        #expect(await store.current.map { Fixture.value($0) } == 3.1)
        #expect(failing[1].state(at: Date()) == .failing)
        #expect(failing[1].lastError?.contains("dimensions[0].indicators[0].value") == true)
        await store.stop()
    }

    @Test func failureKeepsDataAndMarksOnlyThatSource() async throws {
        let store = await store()
        try base.send(Fixture.document(value: 3.1))
        overlay.fail("HTTP 500 Internal Server Error")
        _ = try await snapshot(of: store) { Fixture.value($0) == 3.1 }
        let failing = try await health(of: store) { $0[1].lastError != nil }
        #expect(await store.current.map { Fixture.value($0) } == 3.1)
        #expect(failing[0].state(at: Date()) == .ok)
        #expect(failing[1].lastError == "HTTP 500 Internal Server Error")
        await store.stop()
    }

    @Test func failureLinesShowControlCharactersAsEscapes() async throws {
        let store = await store()
        overlay.fail("evil\u{1B}]0;pwned\u{7}.json: no such file")
        let failing = try await health(of: store) { $0[1].lastError != nil }
        #expect(failing[1].lastError == #"evil\u{1B}]0;pwned\u{7}.json: no such file"#)
        await store.stop()
    }

    @Test func unchangedPollsMoveHealthButPublishNoSnapshot() async throws {
        let store = SnapshotStore(providers: [base])
        let snapshots = store.snapshots()
        await store.start()
        try base.send(Fixture.document(value: 3.1))
        let last = Date().addingTimeInterval(10)
        for second in 1...10 { base.unchanged(at: Date().addingTimeInterval(Double(second))) }
        // The same document again, as a file saved without changes would deliver it.
        try base.send(Fixture.document(value: 3.1), at: last.addingTimeInterval(1))
        let settled = try await health(of: store) { $0[0].lastSuccess == last.addingTimeInterval(1) }
        #expect(settled[0].lastError == nil)
        await store.stop()
        var generations: [Int] = []
        for await snapshot in snapshots { generations.append(snapshot.generation) }
        #expect(generations == [1])
    }

    @Test func slowConsumerGetsOnlyTheNewest() async throws {
        let store = await store()
        let stream = store.snapshots()
        try base.send(Fixture.document(value: 0))
        for step in 1...50 { try overlay.send(Fixture.partial(value: Double(step))) }
        _ = try await snapshot(of: store) { Fixture.value($0) == 50 }
        var iterator = stream.makeAsyncIterator()
        let first = await iterator.next()
        #expect(Fixture.value(first) == 50)
        await store.stop()
    }

    @Test func restartShowsCachedDataWithItsAge() async throws {
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = SnapshotCache(directory: directory.path, sourceIDs: ["base.json", "overlay.json"])
        let first = await store(cache: cache)
        try base.send(Fixture.document(value: 3.7))
        _ = try await snapshot(of: first) { Fixture.value($0) == 3.7 }
        await first.stop()

        let restarted = SnapshotStore(providers: [ScriptedProvider("base.json"), ScriptedProvider("overlay.json")], cache: cache)
        await restarted.start()
        let cached = try #require(await restarted.current)
        #expect(Fixture.value(cached) == 3.7)
        #expect(cached.sources.first?.kind == .cache)
        #expect(cached.sources.first?.lastSuccess != nil)
        #expect(cached.sources.dropFirst().allSatisfy { $0.state(at: Date()) == .loading })
        await restarted.stop()
    }

    @Test func aChangingSourceRewritesTheCacheAtMostOncePerIntervalAndStopWritesTheLast() async throws {
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = SnapshotCache(directory: directory.path, sourceIDs: ["base.json"])
        let source = ScriptedProvider("base.json")
        let store = SnapshotStore(providers: [source], cache: cache, cacheInterval: .seconds(30))
        await store.start()
        func cachedValue() throws -> Double? { cache.load().flatMap { Fixture.value(in: $0.json) } }
        try source.send(Fixture.document(value: 3.1))
        _ = try await snapshot(of: store) { Fixture.value($0) == 3.1 }
        #expect(try cachedValue() == 3.1, "the first document is cached at once")
        try source.send(Fixture.document(value: 3.2))
        try source.send(Fixture.document(value: 3.3))
        _ = try await snapshot(of: store) { Fixture.value($0) == 3.3 }
        #expect(try cachedValue() == 3.1, "later changes wait for the interval")
        await store.stop()
        #expect(try cachedValue() == 3.3, "stopping writes the newest")
    }

    @Test func cacheWritesAtomicallyAndFailsQuietly() throws {
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = SnapshotCache(directory: directory.path, sourceIDs: ["a"])
        #expect(cache.save(try Fixture.json(Fixture.document())))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [URL(fileURLWithPath: cache.path).lastPathComponent])
        #expect(cache.load() != nil)
        let unwritable = SnapshotCache(path: "/proc/kotacerdas/cache.json")
        #expect(!unwritable.save(try Fixture.json(Fixture.document())))
        #expect(unwritable.load() == nil)
    }

    @Test func onlyRealSourcesAreCached() throws {
        let demo = DemoProvider(document: try Fixture.json(Fixture.document()), name: "demo")
        let sample = try ProviderFactory.bundledSample()
        #expect(SnapshotCache.forProviders([base, overlay], directory: "/tmp/c") != nil)
        #expect(SnapshotCache.forProviders([sample], directory: "/tmp/c") == nil)
        #expect(SnapshotCache.forProviders([demo, base], directory: "/tmp/c") == nil)
        #expect(SnapshotCache.forProviders([], directory: "/tmp/c") == nil)
    }

    @Test func cacheDirectoryFollowsXDG() {
        #expect(SnapshotCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/var/cache/u"]) == "/var/cache/u/kotacerdas")
        #expect(SnapshotCache.defaultDirectory(environment: ["HOME": "/home/ops"]) == "/home/ops/.cache/kotacerdas")
    }
}

extension SnapshotStoreTests {
    @Test func partialUpdatesAccumulateOnTheirOwnSource() async throws {
        let store = SnapshotStore(providers: [base])
        await store.start()
        try base.send(Fixture.document(value: 3.1))
        try base.send(Fixture.partial(value: 3.2))
        try base.send(Fixture.partial(id: "gov-online", value: 97))
        let merged = try await snapshot(of: store) { Fixture.value($0, "gov-online") == 97 }
        #expect(Fixture.value(merged) == 3.2)
        await store.stop()
    }
}
