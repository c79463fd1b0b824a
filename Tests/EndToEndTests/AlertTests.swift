import Foundation
import Glibc
import Testing

/// Alerts on a running wall: a file source saved worse and then better raises and clears
/// alerts in the ticker, the title, the alerts view and through the alert command, and
/// the kept book outlives the dashboard.
@Suite(.enabled(if: Tmux.isInstalled, "tmux is not installed; end-to-end tests need it (apt-get install tmux)"), .endToEndSlot)
struct AlertEndToEndTests {
    /// A one-dimension city: the SPBE index at `value` (warn 70, critical 50, target 80)
    /// and one programme with `status`.
    static func city(value: Int, status: String) -> String {
        """
        {"format": "kotacerdas/v1", "asOf": "2026-10-31T17:00:00+07:00",
         "city": {"id": "uji", "name": "Kota Uji", "timezone": "Asia/Jakarta"},
         "dimensions": [{"id": "governance", "name": {"id": "Tata Kelola", "en": "Governance"},
           "indicators": [{"id": "spbe", "name": {"id": "Indeks SPBE", "en": "SPBE index"}, "unit": "%",
                           "value": \(value), "target": 80, "better": "higher", "warn": 70, "critical": 50}],
           "programs": [{"id": "satu-data", "name": "Satu Data", "owner": "Diskominfo", "status": "\(status)",
                         "progress": 0.5}]}]}
        """
    }

    /// The city with all well, saved in the sandbox; its path.
    static func calmCity(in sandbox: Sandbox) throws -> String {
        let data = sandbox.path("data/kota.json")
        try sandbox.save(city(value: 85, status: "on-track"), to: data)
        return data
    }

    /// Waits until `directory` holds `count` runs of the alert command (one file each, as
    /// runs overlap), and returns them by name: `raised-1`, `cleared-2`.
    static func runs(in directory: String, count: Int) async throws -> [String: String] {
        let deadline = ContinuousClock.now + .seconds(20)
        var runs: [String: String] = [:]
        while ContinuousClock.now < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            runs = Dictionary(uniqueKeysWithValues: names.filter { $0.hasSuffix(".done") }.map { name in
                (String(name.dropLast(5)), (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? "")
            })
            if runs.count >= count { return runs }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Tmux.Failure.timedOut(waitingFor: "\(count) runs of the alert command", screen: "\(runs.keys.sorted())")
    }

    @Test func aValueSavedWorseThenBetterRaisesAndClearsAlerts() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let data = try Self.calmCity(in: sandbox)
        let runsDirectory = sandbox.path("data/runs")
        try FileManager.default.createDirectory(atPath: runsDirectory, withIntermediateDirectories: true)
        let script = sandbox.path("data/notify.sh")
        // Written whole, then renamed, so a run is counted only once it is complete.
        let run = shellQuoted(runsDirectory) + "/\"$KOTACERDAS_ALERT_EVENT-$KOTACERDAS_ALERT_ID\""
        try sandbox.save("#!/bin/sh\n{ printf 'arg=%s\\n' \"$@\"; env | grep '^KOTACERDAS_ALERT_' | sort; } > \(run).txt\n"
            + "mv \(run).txt \(run).done\n", to: script)
        chmod(script, 0o755)
        let config = sandbox.path("config/alerts.toml")
        try sandbox.save("""
            [alerts]
            hold = "0s"
            bell = true
            on-alert = [\(quoted(script)), "--channel", "ops; touch \(sandbox.path("data/injected"))"]
            """, to: config)
        let arguments = ["--config", config, "--source", data, "--lang", "en"]
        let app = try Dashboard(arguments, width: 100, height: 24, noCache: false, sandbox: sandbox)
        defer { app.stop() }
        let calm = try await app.tmux.waitFor("the city on screen") { $0.contains("SPBE index") }
        #expect(!calm.contains("⚠"), "no alert while all is well:\n\(calm)")

        try sandbox.save(Self.city(value: 40, status: "delayed"), to: data)
        let alarmed = try await app.tmux.waitFor("the ticker with two alerts", timeout: .seconds(5)) {
            $0.contains("⚠ 2 alerts")
        }
        let rows = DashboardTests.rows(alarmed)
        #expect(rows.first?.contains("⚠ 2") == true, "the title counts open alerts:\n\(alarmed)")
        let ticker = rows.first { $0.contains("⚠ 2 alerts") } ?? ""
        #expect(ticker.contains("SPBE index off 40% vs target 80%"), "\(ticker)")
        #expect(ticker.contains("Satu Data late"), "\(ticker)")
        DashboardTests.expectClean(alarmed, width: 100, height: 24)

        let raised = try await Self.runs(in: runsDirectory, count: 2).values.joined()
        #expect(raised.contains("arg=--channel\narg=ops; touch \(sandbox.path("data/injected"))\n"),
                "arguments exactly as configured:\n\(raised)")
        #expect(raised.contains("KOTACERDAS_ALERT_EVENT=raised"))
        #expect(raised.contains("KOTACERDAS_ALERT_NAME=SPBE index"))
        #expect(raised.contains("KOTACERDAS_ALERT_FROM=on-target"))
        #expect(raised.contains("KOTACERDAS_ALERT_TO=off-target"))
        #expect(raised.contains("KOTACERDAS_ALERT_VALUE=40"))
        #expect(raised.contains("KOTACERDAS_ALERT_TARGET=80"))
        #expect(raised.contains("KOTACERDAS_ALERT_TO=delayed"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("data/injected")), "no shell ever ran the words")

        try await app.tmux.type("a")
        // Waits for the last row too: a capture can catch the frame half drawn.
        let view = try await app.tmux.waitFor("the alerts view", timeout: .seconds(3)) {
            $0.contains("2 ongoing · 2 kept") && $0.contains("programme: Satu Data")
        }
        #expect(view.contains("indicator: SPBE index"))
        #expect(view.contains("programme: Satu Data"))
        #expect(view.contains("≈ on track → ✗ off"), "a good status before an alert is at least on track")
        #expect(DashboardTests.rows(view).filter { $0.contains("ongoing") }.count == 3, "two rows and the heading:\n\(view)")

        try sandbox.save(Self.city(value: 85, status: "on-track"), to: data)
        let cleared = try await app.tmux.waitFor("both alerts ended", timeout: .seconds(5)) { $0.contains("0 ongoing · 2 kept") }
        #expect(!DashboardTests.rows(cleared)[0].contains("⚠"), "the title count goes with the last open alert")
        let runs = try await Self.runs(in: runsDirectory, count: 4)
        #expect(Set(runs.keys) == ["raised-1", "raised-2", "cleared-1", "cleared-2"])
        #expect(runs["cleared-1"]?.contains("KOTACERDAS_ALERT_ENDED=20") == true, "a cleared alert says when it ended")

        try await app.tmux.type("i")
        let sources = try await app.tmux.waitFor("the alert command on the sources screen", timeout: .seconds(3)) {
            $0.contains("Alert command: ") && $0.contains("last run ok at")
        }
        DashboardTests.expectClean(sources, width: 100, height: 24)
        try await app.tmux.sendKeys("Escape")
        let home = try await app.tmux.waitFor("home without the ticker", timeout: .seconds(3)) {
            $0.contains("SPBE index") && !$0.contains("Alert command")
        }
        #expect(!home.contains("⚠"), "no ticker once nothing is open:\n\(home)")
        try await app.tmux.type("q")
        #expect(try await app.waitForExit() == 0)

        // The book outlives the dashboard: a snapshot of the same sources shows it.
        let kept = try await CommandTests.run(
            ["snapshot", "--view", "alerts", "--size", "100x12", "--config", config, "--source", data, "--lang", "en"],
            in: sandbox)
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(kept.stdout.contains("0 ongoing · 2 kept"), "\(kept.stdout)")
    }

    @Test func aFailingCommandShowsOnTheSourcesScreen() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let data = try Self.calmCity(in: sandbox)
        let config = sandbox.path("config/alerts.toml")
        try sandbox.save("[alerts]\nhold = \"0s\"\non-alert = [\"/nonexistent/notify\"]\n", to: config)
        let app = try Dashboard(["--config", config, "--source", data, "--lang", "en"], width: 100, height: 24, sandbox: sandbox)
        defer { app.stop() }
        _ = try await app.tmux.waitFor("the city on screen") { $0.contains("SPBE index") }
        try sandbox.save(Self.city(value: 40, status: "on-track"), to: data)
        _ = try await app.tmux.waitFor("the alert", timeout: .seconds(5)) { $0.contains("⚠ 1 alert") }
        try await app.tmux.type("i")
        let sources = try await app.tmux.waitFor("the failure", timeout: .seconds(5)) {
            $0.contains("/nonexistent/notify: not found")
        }
        #expect(sources.contains("✗ failed at"))
    }

    private func quoted(_ text: String) -> String { "\"" + text + "\"" }
}
