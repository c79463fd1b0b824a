import Foundation
import Glibc
import Testing

/// A FIWARE broker as the only source: `snapshot` shows its indicators in their dimensions,
/// `validate --source` prints the mapping and what it skipped, and the dashboard follows a
/// value the broker changes. The broker is `Benchmarks/scripts/ngsi-broker.py`, which
/// pages like Orion, serving entities from a file it reads again when the file changes.
@Suite(.enabled(if: Tmux.isInstalled, "tmux is not installed; end-to-end tests need it (apt-get install tmux)"), .endToEndSlot)
struct NGSIBrokerTests {
    static let script = App.packageRoot.appendingPathComponent("Benchmarks/scripts/ngsi-broker.py").path
    static let fixtures = App.packageRoot.appendingPathComponent("Tests/KotaCerdasDataTests/Fixtures/fiware")

    /// A running broker and the entities file it serves.
    struct Broker {
        let pid: pid_t
        let port: Int
        let entities: String

        /// The broker's entities of the types the dashboard maps, as an NGSI v2 source.
        func source(interval: String = "") -> String {
            "ngsi-v2+http://127.0.0.1:\(port)/v2/entities?type=KeyPerformanceIndicator,AirQualityObserved,OnStreetParking,WasteContainer"
                + interval
        }

        func stop() {
            Glibc.kill(pid, SIGKILL)
            _ = ChildProcess.wait(pid)
        }
    }

    /// Three stations with the given PM2.5 readings, and real examples of a KPI, a
    /// parking zone and two waste containers (one without a filling level).
    static func entities(pm25: [Double]) throws -> String {
        let examples = try [
            "KeyPerformanceIndicator.example-normalized.json", "OnStreetParking.example.json", "WasteContainer.example.json",
            "WasteContainer.example-normalized.jsonld",
        ].map { try String(contentsOf: fixtures.appendingPathComponent($0), encoding: .utf8) }
        let stations = pm25.enumerated().map { index, value in
            #"{"id": "station-\#(index)", "type": "AirQualityObserved", "dateObserved": "2026-11-01T08:00:00+07:00", "pm25": \#(value)}"#
        }
        return "[" + (examples + stations).joined(separator: ",\n") + "]"
    }

    static func startBroker(_ sandbox: Sandbox, pm25: [Double]) async throws -> Broker {
        let entities = sandbox.path("data/entities.json")
        try Self.entities(pm25: pm25).write(toFile: entities, atomically: true, encoding: .utf8)
        let output = sandbox.path("broker.out")
        let pid = try ChildProcess.spawn(["python3", script, "--entities", entities, "--port", "0"], stdout: output, stderr: nil)
        // Generous: the whole suite starts at once and can keep both cores busy for seconds.
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("listening on ") }),
               let port = line.split(separator: ":").last.flatMap({ Int($0) }) {
                return Broker(pid: pid, port: port, entities: entities)
            }
            if let status = ChildProcess.exitStatusIfEnded(pid) {
                throw Tmux.Failure.timedOut(waitingFor: "the broker (exited \(status))", screen: text)
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        Glibc.kill(pid, SIGKILL)
        _ = ChildProcess.wait(pid)
        throw Tmux.Failure.timedOut(waitingFor: "the broker to listen", screen: (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }

    @Test func snapshotShowsEachMappedIndicatorInItsDimension() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let broker = try await Self.startBroker(sandbox, pm25: [20, 30, 40])
        defer { broker.stop() }
        var screens: [String: String] = [:]
        for view in ["governance", "environment", "mobility"] {
            let result = try await CommandTests.run(
                ["snapshot", "--source", broker.source(), "--view", view, "--size", "120x30", "--lang", "en"], in: sandbox)
            #expect(result.status == 0, "\(view): \(result.stderr)")
            screens[view] = result.stdout
        }
        let environment = try #require(screens["environment"])
        let pm25 = environment.split(separator: "\n").first { $0.contains("Mean PM2.5") }.map(String.init) ?? ""
        #expect(pm25.contains("30 µg/m³") && pm25.contains("Watch"), "the mean of 20, 30 and 40 against the WHO target of 15:\n\(environment)")
        #expect(environment.contains("Waste containers more than 80% full"))
        #expect(!environment.contains("Free parking spaces") && !environment.contains("Incidencias"))
        #expect(screens["mobility"]?.contains("Free parking spaces") == true, "\(screens["mobility"] ?? "")")
        #expect(screens["governance"]?.contains("Incidencias-Contenedores-Mensual") == true, "\(screens["governance"] ?? "")")
    }

    @Test func validatePrintsTheMappingAndTheSkips() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let broker = try await Self.startBroker(sandbox, pm25: [20, 30, 40])
        defer { broker.stop() }
        let result = try await CommandTests.run(["validate", "--source", broker.source()], in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix("(NGSI v2): 7 entities · 6 mapped · 1 skipped (no fillingLevel: 1) · "
            + "no AirQualityObserved had a readable pm10, no2 or airQualityIndex") == true, "\(result.stdout)")
        #expect(lines.contains("  environment — Smart Environment: 2 indicator(s)"), "\(result.stdout)")
        #expect(lines.contains("    ngsi-air-pm25  Mean PM2.5 = 30 µg/m³ (at 2026-11-01T08:00:00+07:00)"), "\(result.stdout)")
        #expect(lines.contains("  mobility — Smart Mobility: 1 indicator(s)"))
        #expect(lines.contains("    kpi-2016-Ciudad-containers-faults  Incidencias-Contenedores-Mensual = 20 (at 2016-06-29T15:59:09.224Z)"))
        #expect(lines.last == "  skipped urn:ngsi-ld:wastecontainer:1021:AAWD: no fillingLevel")
    }

    @Test func theDashboardFollowsAValueTheBrokerChanges() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let broker = try await Self.startBroker(sandbox, pm25: [20, 30, 40])
        defer { broker.stop() }
        let app = try Dashboard(["--source", broker.source(interval: "@200ms"), "--lang", "en"], sandbox: sandbox)
        defer { app.stop() }
        try await DashboardTests.waitForHome(app)
        try await app.tmux.type("3")
        let pm25Row = { (screen: String) in screen.split(separator: "\n").first { $0.contains("Mean PM2.5") }.map(String.init) ?? "" }
        try await app.tmux.waitFor("the mean PM2.5 from the broker") { pm25Row($0).contains("30 µg/m³") }
        try sandbox.save(try Self.entities(pm25: [50, 60, 70]), to: broker.entities)
        let changed = try await app.tmux.waitFor("the new mean through the broker", timeout: .seconds(5)) {
            pm25Row($0).contains("60 µg/m³")
        }
        #expect(pm25Row(changed).contains("Off target"), "60 µg/m³ is past the 55 µg/m³ critical level:\n\(changed)")
        #expect(LiveDataTests.statusBar(changed).contains("all ok"), "\(changed)")
    }
}
