import Foundation
import KotaCerdasCore
import KotaCerdasData
import Testing
@testable import KotaCerdasServer

/// Pushing documents to a real server on 127.0.0.1 with real HTTP clients.
@Suite struct PushTests {
    let served: TemporaryDocument
    var directory: URL { served.directory }
    var file: URL { served.file }

    init() throws {
        served = try TemporaryDocument(ServerTests.document, prefix: "kotacerdas-push-")
    }

    static func update(_ value: Double) -> String {
        """
        {"format":"kotacerdas/v1","partial":true,
         "dimensions":[{"id":"governance","indicators":[{"id":"gov-spbe","value":\(value)}]}]}
        """
    }

    /// A server over the file source, with push on (unless `push` is nil) and the given archive.
    func withServer(
        push: PushSettings? = PushSettings(token: PushClient.token, maxBodyBytes: 64 * 1024),
        archive: PushArchive? = nil, _ body: (PushClient, SnapshotStore) async throws -> Void
    ) async throws {
        let store = SnapshotStore(providers: [FileProvider(path: file.path)])
        if let archive { await store.restorePushed(from: archive, limit: 64, maxBytes: 64 * 1024) }
        await store.start()
        let server = Server(host: "127.0.0.1", port: 0, store: store, push: push)
        let client = PushClient(port: try await server.start())
        for _ in 0..<200 where try await client.served("gov-spbe").value == nil {
            try await Task.sleep(for: .milliseconds(20))
        }
        try await body(client, store)
        await server.stop()
        await store.stop()
    }

    @Test func successIs204AndTheNextPollSeesANewETag() async throws {
        try await withServer { (client, _) async throws in
            let before = try await client.served("gov-spbe")
            #expect(before.value == 3.1)
            let answer = try await client.push("air-quality", Self.update(1.5))
            #expect(answer.status == 204)
            let after = try await client.served("gov-spbe")
            #expect(after.value == 1.5)
            #expect(after.tag != nil && after.tag != before.tag)
            let unchanged = try await client.send("GET", "/v1/snapshot", token: nil, headers: ["If-None-Match": after.tag!])
            #expect(unchanged.status == 304)
        }
    }

    @Test func aPushedSourceIsOnTheHealthReport() async throws {
        try await withServer { (client, _) async throws in
            _ = try await client.push("air-quality", Self.update(1.5))
            let health = try JSONParser.parse(try await client.send("GET", "/healthz", token: nil).body)
            guard case .array(let sources)? = health["sources"] else { Issue.record("no sources"); return }
            #expect(sources.count == 2)
            #expect(sources.last?["kind"] == .string("push"))
            #expect(sources.last?["location"] == .string("/v1/documents/air-quality"))
            #expect(sources.last?["state"] == .string("ok"))
        }
    }

    @Test func pushIsOffWithoutAToken() async throws {
        try await withServer(push: nil) { (client, _) async throws in
            let answer = try await client.push("air-quality", Self.update(1.5))
            #expect(answer.status == 404)
            #expect(try await client.served("gov-spbe").value == 3.1)
        }
    }

    @Test func aMissingOrWrongTokenIs401() async throws {
        try await withServer { (client, _) async throws in
            for token in [nil, "wrong", PushClient.token + "x", String(PushClient.token.dropLast())] {
                let answer = try await client.push("air-quality", Self.update(1.5), token: token)
                #expect(answer.status == 401)
                #expect(answer.header("WWW-Authenticate")?.hasPrefix("Bearer") == true)
            }
            let basic = try await client.send(
                "POST", "/v1/documents/air-quality", body: Self.update(1.5), token: nil,
                headers: ["Authorization": "Basic " + Data("a:\(PushClient.token)".utf8).base64EncodedString()])
            #expect(basic.status == 401)
            #expect(try await client.served("gov-spbe").value == 3.1)
        }
    }

    @Test func unsafeNamesAre400() async throws {
        try await withServer { (client, _) async throws in
            for name in [".hidden", String(repeating: "a", count: 65), "a%20b", "caf%C3%A9"] {
                #expect(try await client.push(name, Self.update(1.5)).status == 400, "\(name)")
            }
            #expect(try await client.push("a/b", Self.update(1.5)).status == 404)
        }
    }

    @Test func aBodyOverTheCapIs413() async throws {
        try await withServer { (client, _) async throws in
            let large = #"{"format":"kotacerdas/v1","partial":true,"padding":""#
                + String(repeating: "x", count: 100 * 1024) + #""}"#
            let answer = try await client.push("big", large)
            #expect(answer.status == 413)
            #expect(answer.body.contains("64 KiB"))
            #expect(try await client.push("small", Self.update(2.5)).status == 204)
        }
    }

    @Test(.enabled(if: PushClient.curl != nil)) func curlPushesAndIsCappedWhileStreaming() async throws {
        try await withServer { (client, _) async throws in
            let url = "http://127.0.0.1:\(client.port)/v1/documents/from-curl"
            let auth = ["-H", "Authorization: Bearer " + PushClient.token, url]
            let large = Data((#"{"format":"kotacerdas/v1","padding":""# + String(repeating: "x", count: 2_000_000) + #""}"#).utf8)
            #expect(try client.curl(["-H", "Transfer-Encoding: chunked"] + auth, body: large) == 413)
            #expect(try client.curl(auth, body: large) == 413)
            #expect(try client.curl(["-H", "Expect:"] + auth, body: large) == 413)
            #expect(try client.curl(["-H", "Transfer-Encoding: chunked"] + auth, body: Data(Self.update(0.5).utf8)) == 204)
            #expect(try await client.served("gov-spbe").value == 0.5)
            #expect(try client.curl(["-H", "Authorization: Bearer nope", url], body: Data(Self.update(9).utf8)) == 401)
        }
    }

    @Test func anInvalidDocumentIs422WithValidatesLines() async throws {
        try await withServer { (client, _) async throws in
            let broken = #"{"format":"kotacerdas/v1","partial":true,"dimensions":[{"id":"governance","indicators":[{"id":"gov-spbe","value":"high"}]}]}"#
            let answer = try await client.push("sensors", broken)
            #expect(answer.status == 422)
            #expect(answer.header("Content-Type")?.hasPrefix("text/plain") == true)
            #expect(answer.body == """
                sensors: dimensions[0].indicators[0].value: expected a number, found "high"
                sensors: invalid (1 error, 0 warnings)

                """)
            let notJSON = try await client.push("sensors", "temperature=31")
            #expect(notJSON.status == 422)
            #expect(notJSON.body.hasPrefix("sensors: line 1, column "))
            #expect(try await client.served("gov-spbe").value == 3.1)
            let health = try await client.send("GET", "/healthz", token: nil).body
            #expect(!health.contains("sensors"), "a refused first push leaves no source behind")
        }
    }

    @Test func aRefusedPushKeepsTheLastGoodOneAndMarksTheSourceFailing() async throws {
        try await withServer { (client, _) async throws in
            #expect(try await client.push("sensors", Self.update(2.0)).status == 204)
            #expect(try await client.push("sensors", "{").status == 422)
            #expect(try await client.served("gov-spbe").value == 2.0)
            let health = try JSONParser.parse(try await client.send("GET", "/healthz", token: nil).body)
            guard case .array(let sources)? = health["sources"] else { Issue.record("no sources"); return }
            #expect(sources.last?["state"] == .string("failing"))
        }
    }

    @Test func concurrentPushesToSameAndDifferentNamesAllLand() async throws {
        try await withServer { (client, store) async throws in
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        let name = index < 10 ? "shared" : "source-\(index)"
                        return try await client.push(name, Self.update(Double(index))).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 204, count: 20))
            let names = await store.pushedSources.map(\.text)
            #expect(names == ["shared"] + (10..<20).map { "source-\($0)" }.sorted())
            // Pushed sources merge in name order, so the last name's value is shown.
            #expect(try await client.served("gov-spbe").value == 19)
        }
    }

    @Test func aPushDuringAPollIsSeenByTheNextPoll() async throws {
        try await withServer { (client, _) async throws in
            let tag = try #require(try await client.served("gov-spbe").tag)
            async let polls: [Int] = (0..<20).asyncMap { _ in
                try await client.send("GET", "/v1/snapshot", token: nil, headers: ["If-None-Match": tag]).status
            }
            async let pushed = client.push("during-poll", Self.update(4.5))
            let (statuses, push) = try await (polls, pushed)
            #expect(push.status == 204)
            #expect(statuses.allSatisfy { $0 == 304 || $0 == 200 })
            let next = try await client.send("GET", "/v1/snapshot", token: nil, headers: ["If-None-Match": tag])
            #expect(next.status == 200)
            #expect(try await client.served("gov-spbe").value == 4.5)
        }
    }

    @Test func deleteRemovesAPushedSource() async throws {
        try await withServer { (client, _) async throws in
            #expect(try await client.push("sensors", Self.update(2.0)).status == 204)
            #expect(try await client.send("DELETE", "/v1/documents/sensors").status == 204)
            #expect(try await client.served("gov-spbe").value == 3.1)
            #expect(try await client.send("DELETE", "/v1/documents/sensors").status == 404)
            #expect(try await client.send("DELETE", "/v1/documents/sensors", token: "wrong").status == 401)
        }
    }

    @Test func putReplacesLikePost() async throws {
        try await withServer { (client, _) async throws in
            #expect(try await client.send("PUT", "/v1/documents/sensors", body: Self.update(2.0)).status == 204)
            #expect(try await client.send("PUT", "/v1/documents/sensors", body: Self.update(2.2)).status == 204)
            #expect(try await client.served("gov-spbe").value == 2.2)
        }
    }

    @Test func newNamesBeyondTheLimitAre507() async throws {
        let push = PushSettings(token: PushClient.token, maxBodyBytes: 64 * 1024, maxSources: 2)
        try await withServer(push: push) { (client, _) async throws in
            #expect(try await client.push("one", Self.update(1)).status == 204)
            #expect(try await client.push("two", Self.update(2)).status == 204)
            #expect(try await client.push("three", Self.update(3)).status == 507)
            #expect(try await client.push("two", Self.update(2.5)).status == 204)
        }
    }

    @Test func pushedDocumentsSurviveARestart() async throws {
        let archive = PushArchive(cacheDirectory: directory.appendingPathComponent("cache").path)
        try await withServer(archive: archive) { (client, _) async throws in
            #expect(try await client.push("kept", Self.update(1.25)).status == 204)
            #expect(try await client.push("dropped", Self.update(7)).status == 204)
            #expect(try await client.send("DELETE", "/v1/documents/dropped").status == 204)
        }
        try await withServer(archive: archive) { (client, store) async throws in
            #expect(await store.pushedSources.map(\.text) == ["kept"])
            #expect(try await client.served("gov-spbe").value == 1.25)
        }
    }
}

extension Range<Int> {
    /// Runs `transform` for each element one after the other.
    func asyncMap<T>(_ transform: (Int) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
