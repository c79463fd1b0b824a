import Foundation
import Glibc
import Testing

/// Live data on screen: files saved under the running dashboard, an HTTP endpoint that
/// changes and dies, merged sources and an endpoint that was never there.
@Suite(.enabled(if: Tmux.isInstalled, "tmux is not installed; end-to-end tests need it (apt-get install tmux)"), .endToEndSlot)
struct LiveDataTests {
    static let spbeName = "E-government (SPBE) index"

    /// The governance table's row for the SPBE index, or "" when it is not on screen.
    static func spbeRow(_ screen: String) -> String {
        screen.split(separator: "\n").first { $0.contains(spbeName) }.map(String.init) ?? ""
    }

    static func statusBar(_ screen: String) -> String {
        DashboardTests.rows(screen).last.map(String.init) ?? ""
    }

    /// The sample with the SPBE index set to `value` (it is 3.12 in the sample).
    static func sample(spbe value: String) throws -> String {
        let text = try String(contentsOfFile: App.sumenep, encoding: .utf8)
        let original = "\"value\": 3.12,"
        precondition(text.components(separatedBy: original).count == 2, "the sample changed; update the test")
        return text.replacingOccurrences(of: original, with: "\"value\": \(value),")
    }

    @Test func aSavedFileShowsAndABrokenSaveKeepsTheOldValue() async throws {
        let sandbox = try Sandbox()
        let path = try sandbox.copySample()
        let app = try Dashboard(["--source", path, "--view", "governance"], sandbox: sandbox)
        defer { app.stop(); sandbox.remove() }
        try await app.tmux.waitFor("the SPBE row with 3.12") { Self.spbeRow($0).contains("3.12 index") }

        try sandbox.save(try Self.sample(spbe: "4.44"), to: path)
        try await app.tmux.waitFor("the saved value 4.44 on screen", timeout: .seconds(2)) {
            Self.spbeRow($0).contains("4.44 index")
        }

        // Line 3, column 11 is the '}' where a value should be.
        try sandbox.save("{\n  \"format\": \"kotacerdas/v1\",\n  \"city\": }\n", to: path)
        let failing = try await app.tmux.waitFor("the source to be marked failing", timeout: .seconds(3)) {
            !Self.statusBar($0).contains("all ok")
        }
        #expect(Self.spbeRow(failing).contains("4.44 index"), "the last good value must stay:\n\(failing)")
        #expect(failing.contains("EKPPD local-government performance score"))
        try await app.tmux.type("i")
        let sources = try await app.tmux.waitFor("the sources screen with the error", timeout: .seconds(3)) {
            $0.contains("sumenep.json") && $0.contains("line 3") && $0.contains("column 11")
        }
        #expect(sources.lowercased().contains("failing"))
        DashboardTests.expectClean(sources, width: 120, height: 40)
    }

    /// Starts `kotacerdas serve --port 0` on `source` (with any further `arguments`) and
    /// returns its pid and port.
    static func startServer(
        _ sandbox: Sandbox, source: String, port: Int = 0, arguments: [String] = []
    ) async throws -> (pid: pid_t, port: Int) {
        let output = sandbox.path("serve.out")
        let pid = try ChildProcess.spawn(
            sandbox.command(["serve", "--port", "\(port)", "--source", source, "--no-cache"] + arguments),
            stdout: output, stderr: nil)
        let deadline = ContinuousClock.now + .seconds(8)
        while ContinuousClock.now < deadline {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"serving http://127\.0\.0\.1:(\d+)/v1/snapshot"#, options: .regularExpression) {
                let port = text[range].split(separator: ":").last!.split(separator: "/").first!
                return (pid, Int(port)!)
            }
            if let status = ChildProcess.exitStatusIfEnded(pid) {
                throw Tmux.Failure.timedOut(waitingFor: "serve (exited \(status))", screen: text)
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        Glibc.kill(pid, SIGKILL)
        _ = ChildProcess.wait(pid)
        throw Tmux.Failure.timedOut(
            waitingFor: "serve to print its address",
            screen: (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }

    /// A dashboard polling `serve` on `port`, on the governance screen with the sample's SPBE row.
    static func dashboard(following port: Int, sandbox: Sandbox) async throws -> Dashboard {
        let app = try Dashboard(["--source", "http://127.0.0.1:\(port)/v1/snapshot@200ms"], sandbox: sandbox)
        do {
            // Not --view: a view given at start is lost when the data comes late (see below).
            try await DashboardTests.waitForHome(app)
            try await app.tmux.type("1")
            try await app.tmux.waitFor("the SPBE row from the endpoint") { Self.spbeRow($0).contains("3.12 index") }
            return app
        } catch {
            app.stop()
            throw error
        }
    }

    @Test func anEndpointUpdatesAndAFailingOneKeepsTheData() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let path = try sandbox.copySample()
        let server = try await Self.startServer(sandbox, source: path, port: try Self.closedPort())
        var serverRunning = true
        defer {
            if serverRunning {
                Glibc.kill(server.pid, SIGKILL)
                _ = ChildProcess.wait(server.pid)
            }
        }
        let app = try await Self.dashboard(following: server.port, sandbox: sandbox)
        defer { app.stop() }

        try sandbox.save(try Self.sample(spbe: "4.44"), to: path)
        try await app.tmux.waitFor("the new value through the endpoint", timeout: .seconds(3)) {
            Self.spbeRow($0).contains("4.44 index")
        }

        Glibc.kill(server.pid, SIGTERM)
        _ = ChildProcess.wait(server.pid)
        serverRunning = false
        let failing = try await app.tmux.waitFor("the source to be marked failing", timeout: .seconds(4)) {
            !Self.statusBar($0).contains("all ok")
        }
        #expect(Self.spbeRow(failing).contains("4.44 index"), "the data must stay:\n\(failing)")
        #expect(failing.contains("EKPPD local-government performance score"))
        try await app.tmux.type("i")
        let sources = try await app.tmux.waitFor("the sources screen", timeout: .seconds(3)) {
            $0.contains("127.0.0.1:\(server.port)") && $0.lowercased().contains("failing")
        }
        #expect(sources.contains("cannot connect"), "the error should say why:\n\(sources)")
        #expect(app.exitStatus == nil)
    }

    @Test func aViewGivenAtStartSurvivesDataThatComesLate() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let path = try sandbox.copySample()
        let port = try Self.closedPort()
        let app = try Dashboard(
            ["--source", "http://127.0.0.1:\(port)/v1/snapshot@200ms", "--view", "governance"], sandbox: sandbox)
        defer { app.stop() }
        let waiting = try await app.tmux.waitFor(text: "cannot connect")
        #expect(waiting.contains("every 200 ms"), "\(waiting)")
        // The endpoint comes up after the dashboard: the wall display should open on governance.
        let server = try await Self.startServer(sandbox, source: path, port: port)
        defer {
            Glibc.kill(server.pid, SIGKILL)
            _ = ChildProcess.wait(server.pid)
        }
        let screen = try await app.tmux.waitFor("the data", timeout: .seconds(5)) { $0.contains("Smart Governance") }
        try await Task.sleep(for: .milliseconds(300))
        let later = try await app.tmux.capturePane()
        #expect(DashboardTests.breadcrumbs(later) == "Kabupaten Sumenep › Smart Governance", "\(screen)")
    }

    @Test func aPartialSourceWinsOverTheBase() async throws {
        let sandbox = try Sandbox()
        let base = try sandbox.copySample()
        let partial = sandbox.path("data/spbe.json")
        try """
        { "format": "kotacerdas/v1", "partial": true,
          "dimensions": [ { "id": "governance",
            "indicators": [ { "id": "gov-spbe-index", "value": 4.75 } ] } ] }
        """.write(toFile: partial, atomically: false, encoding: .utf8)
        let app = try Dashboard(["--source", base, "--source", partial, "--view", "governance"], sandbox: sandbox)
        defer { app.stop(); sandbox.remove() }
        // A frame is written in one go, but tmux may be caught between its rows: wait for the whole frame.
        let screen = try await app.tmux.waitFor("the partial value and both sources") {
            Self.spbeRow($0).contains("4.75 index") && Self.statusBar($0).contains("2 sources")
        }
        #expect(!screen.contains("3.12 index"))
        #expect(screen.contains("EKPPD local-government performance score"), "the base document's other rows stay")
        #expect(Self.statusBar(screen).contains("2 sources"))
    }

    /// A port nobody listens on, below the kernel's ephemeral range (32768–60999), so no
    /// other test's `bind(0)` server or client socket takes it: a test that frees a port
    /// and expects it to stay closed must not find one of our servers there.
    static func closedPort() throws -> Int {
        for _ in 0..<50 {
            let port = Int.random(in: 20000..<30000)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(descriptor) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = UInt16(port).bigEndian
            let bound = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
                }
            }
            if bound { return port }
        }
        throw POSIXError(.EADDRINUSE)
    }

    @Test func aDeadEndpointWithoutCacheWaitsAndQuits() async throws {
        let port = try Self.closedPort()
        let app = try Dashboard(["--source", "http://127.0.0.1:\(port)/x.json@200ms"])
        defer { app.stop() }
        let screen = try await app.tmux.waitFor("the waiting screen with the error", timeout: .seconds(5)) {
            $0.contains("cannot connect")
        }
        DashboardTests.expectClean(screen, width: 120, height: 40)
        #expect(screen.contains("127.0.0.1:\(port)"))
        try await Task.sleep(for: .seconds(1)) // a few failed polls, still alive
        #expect(app.exitStatus == nil)
        #expect(try await app.tmux.capturePane().contains("cannot connect"))
        try await app.tmux.type("q")
        #expect(try await app.waitForExit() == 0)
        try await DashboardTests.expectTerminalRestored(app)
    }
}
