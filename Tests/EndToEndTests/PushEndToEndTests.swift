import Foundation
import Glibc
import Testing

/// A pipeline pushes to `serve` with curl while a dashboard follows `serve`.
@Suite(
    .enabled(if: Tmux.isInstalled, "tmux is not installed; end-to-end tests need it (apt-get install tmux)"),
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/curl"), "curl is not installed"),
    .endToEndSlot)
struct PushEndToEndTests {
    @Test func aPushedWorseValueShowsOnTheDashboard() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let path = try sandbox.copySample()
        let config = sandbox.path("push.toml")
        try sandbox.save("[serve]\npush-token = \"e2e-push-token\"\n", to: config)
        let server = try await LiveDataTests.startServer(sandbox, source: path, arguments: ["--config", config])
        defer {
            Glibc.kill(server.pid, SIGKILL)
            _ = ChildProcess.wait(server.pid)
        }
        let app = try await LiveDataTests.dashboard(following: server.port, sandbox: sandbox)
        defer { app.stop() }

        let document = """
            {"format":"kotacerdas/v1","partial":true,
             "dimensions":[{"id":"governance","indicators":[{"id":"gov-spbe-index","value":1.07}]}]}
            """
        let status = try curl([
            "-X", "POST", "-H", "Authorization: Bearer e2e-push-token", "--data-binary", document,
            "http://127.0.0.1:\(server.port)/v1/documents/spbe-pipeline",
        ])
        #expect(status == "204")
        try await app.tmux.waitFor("the pushed value on screen", timeout: .seconds(3)) {
            LiveDataTests.spbeRow($0).contains("1.07 index")
        }
        let refused = try curl([
            "-X", "POST", "-H", "Authorization: Bearer wrong", "--data-binary", document,
            "http://127.0.0.1:\(server.port)/v1/documents/spbe-pipeline",
        ])
        #expect(refused == "401")
    }

    /// Runs curl and returns the status code it printed.
    private func curl(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "20"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: printed, as: UTF8.self)
    }
}
