import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import KotaCerdasCore
import KotaCerdasData
import Testing
@testable import KotaCerdasServer

/// A real server on a free port, fed by a real file source, asked by a real HTTP client.
@Suite final class ServerTests {
    let served: TemporaryDocument
    var directory: URL { served.directory }
    var file: URL { served.file }

    init() throws {
        served = try TemporaryDocument(Self.document, prefix: "kotacerdas-serve-")
    }

    static let document = """
        {"format":"kotacerdas/v1","city":{"id":"sumenep","name":"Kabupaten Sumenep"},
         "dimensions":[{"id":"governance","name":"Tata Pamong","indicators":[
           {"id":"gov-spbe","name":"Indeks SPBE","unit":"index","value":3.1,"better":"higher"}]}]}
        """

    func withServer(_ providers: [any DataProvider]? = nil, _ body: (UInt16, SnapshotStore) async throws -> Void) async throws {
        let store = SnapshotStore(providers: providers ?? [FileProvider(path: file.path)])
        await store.start()
        let server = Server(host: "127.0.0.1", port: 0, store: store)
        let port = try await server.start()
        #expect(port != 0)
        try await body(port, store)
        await server.stop()
        await store.stop()
    }

    func get(_ port: UInt16, _ path: String, headers: [String: String] = [:]) async throws -> (HTTPURLResponse, Data) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.cachePolicy = .reloadIgnoringLocalCacheData
        headers.forEach { request.setValue($0.value, forHTTPHeaderField: $0.key) }
        let session = TemporaryDocument.uncachedSession()
        defer { session.invalidateAndCancel() }
        let (data, response) = try await session.data(for: request)
        return (try #require(response as? HTTPURLResponse), data)
    }

    /// Polls until the server has data (the store reads the file in the background).
    func waitForData(_ port: UInt16) async throws -> (HTTPURLResponse, Data) {
        for _ in 0..<100 {
            let answer = try await get(port, "/v1/snapshot")
            if answer.0.statusCode == 200 { return answer }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw CancellationError()
    }

    @Test func snapshotHasStrongETagAndAnswers304() async throws {
        try await withServer { port, _ in
            let (response, body) = try await waitForData(port)
            #expect(response.value(forHTTPHeaderField: "Content-Type") == "application/json")
            let tag = try #require(response.value(forHTTPHeaderField: "ETag"))
            #expect(tag.hasPrefix("\"") && !tag.hasPrefix("W/"))
            let json = try JSONParser.parse([UInt8](body))
            #expect(json["city"]?["name"] == .string("Kabupaten Sumenep"))
            let (again, empty) = try await get(port, "/v1/snapshot", headers: ["If-None-Match": tag])
            #expect(again.statusCode == 304)
            #expect(empty.isEmpty)
            let (other, _) = try await get(port, "/v1/snapshot", headers: ["If-None-Match": "\"something-else\""])
            #expect(other.statusCode == 200)
        }
    }

    @Test func changedDataChangesTheETag() async throws {
        try await withServer { port, _ in
            let tag = try await waitForData(port).0.value(forHTTPHeaderField: "ETag")
            try Data(Self.document.replacingOccurrences(of: "3.1", with: "3.4").utf8).write(to: file)
            for _ in 0..<100 {
                let (response, _) = try await get(port, "/v1/snapshot", headers: ["If-None-Match": tag ?? ""])
                if response.statusCode == 200 {
                    #expect(response.value(forHTTPHeaderField: "ETag") != tag)
                    return
                }
                try await Task.sleep(for: .milliseconds(20))
            }
            Issue.record("the ETag never changed")
        }
    }

    @Test func unknownPathsAre404() async throws {
        try await withServer { port, _ in
            let versionTwo = try await get(port, "/v2/snapshot").0
            let root = try await get(port, "/").0
            #expect(versionTwo.statusCode == 404)
            #expect(root.statusCode == 404)
        }
    }

    @Test func healthReportsEverySource() async throws {
        let missing = FileProvider(path: directory.appendingPathComponent("missing.json").path)
        try await withServer([FileProvider(path: file.path), missing]) { port, _ in
            _ = try await waitForData(port)
            var report: JSONValue = .null
            for _ in 0..<100 {
                report = try JSONParser.parse([UInt8](try await get(port, "/healthz").1))
                if case .array(let sources)? = report["sources"], sources.count == 2, sources[1]["state"] == .string("failing") { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(report["ok"] == .bool(true))
            guard case .number(let generation)? = report["generation"] else { Issue.record("no generation"); return }
            #expect(generation >= 1)
            guard case .array(let sources)? = report["sources"] else { Issue.record("no sources"); return }
            #expect(sources.map { $0["state"] } == [.string("ok"), .string("failing")])
            #expect(sources[1]["lastError"] == .string("missing.json: no such file"))
        }
    }

    @Test func noDataYetIs503() async throws {
        let missing = FileProvider(path: directory.appendingPathComponent("missing.json").path)
        try await withServer([missing]) { port, _ in
            let snapshot = try await get(port, "/v1/snapshot").0
            let health = try await get(port, "/healthz").0
            #expect(snapshot.statusCode == 503)
            #expect(health.statusCode == 503)
        }
    }

    @Test func entityTagListsMatchTheWeakWay() {
        #expect(EntityTagList("\"a\", W/\"b\"").matches("\"b\""))
        #expect(EntityTagList("*").matches("\"x\""))
        #expect(!EntityTagList("\"a\"").matches("\"b\""))
    }
}
