import Foundation
import Testing

/// The wall display under an endpoint that sends an endless answer: the last good data
/// stays on screen marked failing, memory stays near where it was, and the display
/// recovers by itself once the endpoint is good again.
@Suite(.enabled(if: Tmux.isInstalled, "tmux is not installed; end-to-end tests need it (apt-get install tmux)"), .endToEndSlot)
struct EndlessAnswerTests {
    @Test func anEndlessAnswerKeepsTheLastDataAndBoundsMemory() async throws {
        let endpoint = try await HostileEndpoint.start(good: try LiveDataTests.sample(spbe: "4.44"), mode: "good")
        defer { endpoint.stop() }
        let app = try Dashboard(["--source", "\(endpoint.url.absoluteString)@200ms", "--max-size", "2MiB"])
        defer { app.stop() }
        try await DashboardTests.waitForHome(app)
        try await app.tmux.type("1")
        try await app.tmux.waitFor("the SPBE row from the endpoint") { LiveDataTests.spbeRow($0).contains("4.44 index") }
        let pid = try await app.waitForAppPid()
        let before = try Self.residentBytes(pid)

        try endpoint.set("endless")
        let failing = try await app.tmux.waitFor("the source marked failing", timeout: .seconds(5)) {
            !LiveDataTests.statusBar($0).contains("all ok")
        }
        #expect(LiveDataTests.spbeRow(failing).contains("4.44 index"), "the last good value must stay:\n\(failing)")
        // Several endless answers in a row, each cut at the cap. URLSession, which buffers
        // ahead of its reader, took half a gigabyte in five seconds here.
        var peak = before
        for _ in 0..<12 {
            try await Task.sleep(for: .milliseconds(250))
            peak = max(peak, try Self.residentBytes(pid))
        }
        #expect(peak - before < 64 << 20, "resident memory grew from \(before >> 20) MiB to \(peak >> 20) MiB")
        try await app.tmux.type("i")
        try await app.tmux.waitFor(text: "answer larger than the 2 MiB limit")

        try endpoint.set("good")
        // The backoff after a few failures at 200 ms is at most a few seconds.
        try await app.tmux.waitFor("the source to recover", timeout: .seconds(15)) {
            LiveDataTests.statusBar($0).contains("all ok")
        }
        #expect(app.exitStatus == nil)
    }

    /// VmRSS of `pid`, in bytes.
    static func residentBytes(_ pid: pid_t) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return kilobytes * 1024
    }
}
