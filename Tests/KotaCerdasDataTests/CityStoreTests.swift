import Foundation
import KotaCerdasCore
import Testing
@testable import KotaCerdasData

/// Sources of several cities are kept apart: one merged document per `city.id`, updates
/// without a city go to the home city, and a single city is exactly as before.
@Suite struct CityStoreTests {
    let first = ScriptedProvider("sumenep.json")
    let second = ScriptedProvider("other.json")

    static func city(_ id: String, name: String, value: Double = 3.1) -> String {
        """
        {"format":"kotacerdas/v1","city":{"id":"\(id)","name":"\(name)"},"dimensions":[{"id":"governance","name":"Tata Pamong",
          "indicators":[{"id":"gov-spbe","name":"Indeks SPBE","unit":"index","value":\(value),"better":"higher"}]}]}
        """
    }

    func store(home: String? = nil) async -> SnapshotStore {
        let store = SnapshotStore(providers: [first, second], homeCityID: home)
        await store.start()
        return store
    }

    /// Sumenep and Malang from the first source, as one collection, once the store has them.
    func sendBothCitiesInOneCollection(to store: SnapshotStore) async throws {
        try first.send(#"{"format":"kotacerdas/v1","cities":["# + Self.city("sumenep", name: "Kabupaten Sumenep") + ","
            + Self.city("malang", name: "Kota Malang") + "]}")
        _ = try await snapshot(of: store) { $0.cities.count == 2 }
    }

    @Test func documentsOfDifferentCitiesStaySeparate() async throws {
        let store = await store()
        try first.send(Self.city("sumenep", name: "Kabupaten Sumenep", value: 3.1))
        try second.send(Self.city("malang", name: "Kota Malang", value: 3.5))
        let snapshot = try await snapshot(of: store) { $0.cities.count == 2 }
        #expect(snapshot.documents.map(\.city.id) == ["sumenep", "malang"])
        #expect(Fixture.value(snapshot) == 3.1, "the first city's value is not overridden by the second's")
        #expect(snapshot.cities[1].document.dimensions[0].indicators[0].value == 3.5)
        #expect(CityCollection.isCollection(snapshot.json))
        #expect(CityCollection.documents(in: snapshot.json).count == 2)
        await store.stop()
    }

    @Test func oneCityIsPublishedAsItsOwnDocument() async throws {
        let store = await store()
        try first.send(Self.city("sumenep", name: "Kabupaten Sumenep", value: 3.1))
        try second.send(Self.city("sumenep", name: "Kabupaten Sumenep", value: 3.3))
        let snapshot = try await snapshot(of: store) { Fixture.value($0) == 3.3 }
        #expect(snapshot.cities.count == 1)
        #expect(!CityCollection.isCollection(snapshot.json))
        #expect(snapshot.json["city"]?["id"] == .string("sumenep"))
        await store.stop()
    }

    @Test func anUpdateWithoutACityGoesToTheConfiguredCity() async throws {
        let store = await store(home: "malang")
        try await sendBothCitiesInOneCollection(to: store)
        try second.send(Fixture.partial(value: 3.9))
        let snapshot = try await snapshot(of: store) { $0.cities.count == 2 && $0.cities[1].document.dimensions[0].indicators[0].value == 3.9 }
        #expect(Fixture.value(snapshot) == 3.1, "Sumenep keeps its own value")
        await store.stop()
    }

    @Test func anUpdateWithoutACityGoesToTheFirstCityWhenNoneIsConfigured() async throws {
        let store = await store()
        try await sendBothCitiesInOneCollection(to: store)
        try second.send(Fixture.partial(value: 3.8))
        let snapshot = try await snapshot(of: store) { Fixture.value($0) == 3.8 }
        #expect(snapshot.cities.count == 2)
        #expect(snapshot.cities[1].document.dimensions[0].indicators[0].value == 3.1, "Malang keeps its own value")
        await store.stop()
    }

    @Test func aSourcesOwnUpdateChangesItsOwnCity() async throws {
        let store = await store()
        try first.send(Self.city("sumenep", name: "Kabupaten Sumenep"))
        try second.send(Self.city("malang", name: "Kota Malang"))
        _ = try await snapshot(of: store) { $0.cities.count == 2 }
        try second.send(Fixture.partial(value: 3.8))
        let snapshot = try await snapshot(of: store) { $0.cities.count == 2 && $0.cities[1].document.dimensions[0].indicators[0].value == 3.8 }
        #expect(Fixture.value(snapshot) == 3.1, "Sumenep keeps its own value")
        await store.stop()
    }

    @Test func aBrokenCityIsBlamedOnItsSourceAndTheLastGoodDataStays() async throws {
        let store = await store()
        try first.send(Self.city("sumenep", name: "Kabupaten Sumenep"))
        _ = try await snapshot(of: store) { _ in true }
        try second.send("""
            {"format":"kotacerdas/v1","cities":[\(Self.city("malang", name: "Kota Malang")),{"format":"kotacerdas/v1","city":{"id":"x"}}]}
            """)
        let sources = try await health(of: store) { $0[1].lastError != nil }
        #expect(sources[1].lastError?.contains("city.name") == true, "\(sources[1].lastError ?? "")")
        #expect(await store.current?.cities.count == 1)
        await store.stop()
    }
}
