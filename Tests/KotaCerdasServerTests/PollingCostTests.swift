import Foundation
import Glibc
import KotaCerdasCore
import KotaCerdasData
import Testing
@testable import KotaCerdasServer

/// The cost of the steady state of a wall display: one client polling an unchanged
/// endpoint. 60 polls at a 10 ms interval stand for 10 minutes at the real 10 s one;
/// docs/sources.md has the method and figures (bytes are counted with tcpdump on `lo`).
@Suite struct PollingCostTests {
    static let polls = 60

    @Test func unchangedEndpointCostsOnly304s() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kotacerdas-cost-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("sumenep.json")
        try Data(ServerTests.document.utf8).write(to: file)
        let published = SnapshotStore(providers: [FileProvider(path: file.path)])
        await published.start()
        let server = Server(host: "127.0.0.1", port: 0, store: published)
        let port = try await server.start()
        _ = try await snapshot(of: published)

        let client = HTTPProvider(url: URL(string: "http://127.0.0.1:\(port)/v1/snapshot")!, interval: 0.01)
        let before = Self.cpuSeconds()
        let started = Date()
        var outcomes: [String] = []
        for await update in client.updates() {
            switch update {
            case .document, .adapted: outcomes.append("200")
            case .unchanged: outcomes.append("304")
            case .failure(let message, _): outcomes.append(message)
            }
            if outcomes.count == Self.polls { break }
        }
        let cpu = Self.cpuSeconds() - before
        let wall = Date().timeIntervalSince(started)
        #expect(outcomes.first == "200")
        #expect(outcomes.dropFirst().allSatisfy { $0 == "304" })
        let perPoll = cpu / Double(Self.polls) * 1000
        print("polling cost: port \(port), \(Self.polls) polls in \(String(format: "%.2f", wall)) s, "
            + "CPU (client + server, user + system) \(String(format: "%.1f", cpu * 1000)) ms, "
            + "\(String(format: "%.2f", perPoll)) ms per poll, "
            + "\(String(format: "%.2f", perPoll * 360 / 1000)) s per hour at one poll every 10 s")
        await server.stop()
        await published.stop()
    }

    private func snapshot(of store: SnapshotStore) async throws -> Snapshot {
        for await snapshot in store.snapshots() { return snapshot }
        throw CancellationError()
    }

    private static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }
}
