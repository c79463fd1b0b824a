import Foundation
import KotaCerdasCore
import Testing
@testable import KotaCerdasData

@Suite struct DemoProviderTests {
    @Test func walkStaysWithinFifteenPercentAndInsidePercentBounds() {
        var generator = SystemRandomNumberGenerator()
        var index = RandomWalk(original: 3.12, isPercentage: false)
        var percent = RandomWalk(original: 96, isPercentage: true)
        for _ in 0..<5000 {
            let value = index.step(using: &generator)
            #expect(value >= 3.12 * 0.85 - 0.005 && value <= 3.12 * 1.15 + 0.005)
            let share = percent.step(using: &generator)
            #expect(share >= 96 * 0.85 - 0.005 && share <= 100)
        }
    }

    @Test func publishesTheMarkedDocumentThenMovingValuesThatGrowHistory() async throws {
        let provider = DemoProvider(document: try Fixture.json(Fixture.document()), name: "fixture", step: 0.02)
        let store = SnapshotStore(providers: [provider])
        await store.start()
        let moved = try await snapshot(of: store) { snapshot in
            (snapshot.document.dimension(id: "governance")?.indicator(id: "gov-online")?.history.count ?? 0) >= 3
        }
        #expect(moved.document.isDemo)
        #expect(moved.json["demo"] == .bool(true))
        let online = try #require(moved.document.dimension(id: "governance")?.indicator(id: "gov-online"))
        #expect(online.history.allSatisfy { ($0.value ?? 0) <= 100 && ($0.value ?? 0) >= 96 * 0.85 })
        await store.stop()
    }

    @Test func percentagesAreRecognisedInEveryLanguageForm() throws {
        #expect(DemoProvider.isPercentage(.string("%")))
        #expect(DemoProvider.isPercentage(.string("% of villages")))
        #expect(DemoProvider.isPercentage(try JSONParser.parse(#"{"id": "% desa", "en": "% of villages"}"#)))
        #expect(!DemoProvider.isPercentage(.string("index 1–5")))
        #expect(!DemoProvider.isPercentage(nil))
    }
}
