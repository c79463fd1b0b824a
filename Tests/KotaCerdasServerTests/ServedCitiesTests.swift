import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import KotaCerdasCore
import KotaCerdasData
import Testing
@testable import KotaCerdasServer

/// `serve` with several cities: everything at `/v1/snapshot`, one city at `?city=ID`,
/// the list at `/v1/cities`, each with its own entity tag; a dashboard polling the
/// server reads every city back.
extension ServerTests {
    static let malang = """
        {"format":"kotacerdas/v1","city":{"id":"malang","name":"Kota Malang","province":"Jawa Timur"},
         "dimensions":[{"id":"governance","name":"Tata Pamong","indicators":[
           {"id":"gov-spbe","name":"Indeks SPBE","unit":"index","value":3.6,"better":"higher"}]}]}
        """

    /// Sumenep (the suite's file) and a collection holding Malang.
    func withTwoCities(_ body: (UInt16) async throws -> Void) async throws {
        let other = directory.appendingPathComponent("jawa-timur.json")
        try Data(#"{"format":"kotacerdas/v1","cities":[\#(Self.malang)]}"#.utf8).write(to: other)
        try await withServer([FileProvider(path: file.path), FileProvider(path: other.path)]) { port, _ in
            for _ in 0..<100 {
                let (response, data) = try await get(port, "/v1/snapshot")
                if response.statusCode == 200, CityCollection.documents(in: try JSONParser.parse([UInt8](data))).count == 2 {
                    return try await body(port)
                }
                try await Task.sleep(for: .milliseconds(20))
            }
            Issue.record("the server never published both cities")
        }
    }

    @Test func everyCityIsPublishedAndEachOneAlone() async throws {
        try await withTwoCities { port in
            let (all, allBody) = try await get(port, "/v1/snapshot")
            let decoded = CityCollection.decode(try JSONParser.parse([UInt8](allBody)))
            #expect(decoded.documents?.map(\.city.id) == ["sumenep", "malang"])
            let (one, oneBody) = try await get(port, "/v1/snapshot?city=malang")
            #expect(one.statusCode == 200)
            #expect(try JSONParser.parse([UInt8](oneBody))["city"]?["name"] == .string("Kota Malang"))
            let allTag = try #require(all.value(forHTTPHeaderField: "ETag"))
            let oneTag = try #require(one.value(forHTTPHeaderField: "ETag"))
            #expect(allTag != oneTag, "each representation has its own entity tag")
            #expect(try await get(port, "/v1/snapshot?city=malang", headers: ["If-None-Match": oneTag]).0.statusCode == 304)
            #expect(try await get(port, "/v1/snapshot?city=sumenep", headers: ["If-None-Match": oneTag]).0.statusCode == 200)
        }
    }

    @Test func theListOfCitiesLinksEachCity() async throws {
        try await withTwoCities { port in
            let (response, body) = try await get(port, "/v1/cities")
            #expect(response.statusCode == 200)
            let tag = try #require(response.value(forHTTPHeaderField: "ETag"))
            guard case .array(let cities)? = try JSONParser.parse([UInt8](body))["cities"] else {
                Issue.record("no list of cities")
                return
            }
            #expect(cities.map { $0["id"] } == [.string("sumenep"), .string("malang")])
            #expect(cities[1]["href"] == .string("/v1/snapshot?city=malang"))
            #expect(cities[1]["province"] == .string("Jawa Timur"))
            #expect(try await get(port, "/v1/cities", headers: ["If-None-Match": tag]).0.statusCode == 304)
        }
    }

    @Test func anUnknownCityIs404WithTheValidOnes() async throws {
        try await withTwoCities { port in
            let (response, body) = try await get(port, "/v1/snapshot?city=atlantis")
            #expect(response.statusCode == 404)
            let message = String(decoding: body, as: UTF8.self)
            #expect(message.contains("sumenep, malang"))
        }
    }

    @Test func oneCityIsServedAtTheSameURLAsBeforeAndByItsID() async throws {
        try await withServer { port, _ in
            let (all, allBody) = try await waitForData(port)
            #expect(try JSONParser.parse([UInt8](allBody))["city"]?["id"] == .string("sumenep"))
            let (one, oneBody) = try await get(port, "/v1/snapshot?city=sumenep")
            #expect(oneBody == allBody)
            #expect(one.value(forHTTPHeaderField: "ETag") == all.value(forHTTPHeaderField: "ETag"))
        }
    }

    @Test func aDashboardPollingTheServerReadsEveryCityBack() async throws {
        try await withTwoCities { port in
            let wall = SnapshotStore(providers: [HTTPProvider(url: URL(string: "http://127.0.0.1:\(port)/v1/snapshot")!, interval: 0.05)])
            await wall.start()
            for await snapshot in wall.snapshots() {
                #expect(snapshot.documents.map(\.city.id) == ["sumenep", "malang"])
                break
            }
            await wall.stop()
            let following = SnapshotStore(providers: [
                HTTPProvider(url: URL(string: "http://127.0.0.1:\(port)/v1/snapshot?city=malang")!, interval: 0.05),
            ])
            await following.start()
            for await snapshot in following.snapshots() {
                #expect(snapshot.documents.map(\.city.id) == ["malang"])
                break
            }
            await following.stop()
        }
    }
}
