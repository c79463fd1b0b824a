import Foundation
import Testing

/// `snapshot` and `validate` with several cities, run as child processes.
@Suite(.endToEndSlot)
struct CityCommandTests {
    @Test func snapshotOpensACityByIDAndRefusesAnUnknownOne() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let malang = try await CommandTests.run(
            ["snapshot", "--source", "jawa-timur", "--city", "malang", "--view", "economy", "--size", "100x30", "--lang", "en"],
            in: sandbox)
        #expect(malang.status == 0, "\(malang.stderr)")
        #expect(malang.stdout.contains("Kota Malang › Smart Economy"))
        let unknown = try await CommandTests.run(["snapshot", "--source", "jawa-timur", "--city", "atlantis"], in: sandbox)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--city") && unknown.stderr.contains("surabaya, malang, banyuwangi"), "\(unknown.stderr)")
    }

    @Test func validateChecksEveryCityOfACollection() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let ranking = URL(fileURLWithPath: App.sumenep).deletingLastPathComponent().appendingPathComponent("ikci-2018.json").path
        let good = try await CommandTests.run(["validate", ranking], in: sandbox)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("valid collection of 12 cities"))
        let broken = sandbox.path("broken.json")
        try Data(#"{"format":"kotacerdas/v1","cities":[{"format":"kotacerdas/v1","city":{"id":"a"},"dimensions":[]}]}"#.utf8)
            .write(to: URL(fileURLWithPath: broken))
        let bad = try await CommandTests.run(["validate", broken], in: sandbox)
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("cities[0].city.name"), "\(bad.stdout)")
    }
}
