import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import KotaCerdasData
import Synchronization
import Testing
@testable import KotaCerdasServer

@Suite struct ServeRunnerTests {
    @Test func servesUntilCancelled() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kotacerdas-run-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("sumenep.json")
        try Data(ServerTests.document.utf8).write(to: file)
        let options = ServeOptions(
            port: 0, sources: [SourceConfiguration(spec: try SourceSpec.parse(file.path))],
            cacheDirectory: directory.appendingPathComponent("cache").path)
        let (run, url) = try await Self.start(options)
        let (_, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        run.cancel()
        try await run.value
        await #expect(throws: (any Error).self) { _ = try await URLSession.shared.data(from: url) }
    }

    @Test func demoIsNotCached() async throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("kotacerdas-demo-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: cache) }
        let (run, _) = try await Self.start(ServeOptions(port: 0, demo: true, cacheDirectory: cache.path))
        run.cancel()
        try await run.value
        #expect(!FileManager.default.fileExists(atPath: cache.path))
    }

    /// Starts `serve` and waits until its snapshot answers 200; returns the task and the snapshot URL.
    static func start(_ options: ServeOptions) async throws -> (Task<Void, any Error>, URL) {
        let reported = Mutex<String?>(nil)
        let run = Task { try await ServeRunner.run(options) { line in reported.withLock { $0 = line } } }
        var line: String?
        for _ in 0..<100 where line == nil {
            try await Task.sleep(for: .milliseconds(20))
            line = reported.withLock { $0 }
        }
        let address = try #require(line?.split(separator: " ").dropFirst().first.map(String.init))
        #expect(address.hasPrefix("http://127.0.0.1:"))
        let url = try #require(URL(string: address))
        var status = 0
        for _ in 0..<100 where status != 200 {
            let (_, response) = try await URLSession.shared.data(from: url)
            status = (response as? HTTPURLResponse)?.statusCode ?? 0
            if status != 200 { try await Task.sleep(for: .milliseconds(20)) }
        }
        #expect(status == 200)
        return (run, url)
    }
}
