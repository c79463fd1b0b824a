import Foundation
import Testing
import KotaCerdasCore
@testable import KotaCerdasData

/// The alert command runs without a shell, with the alert in its environment; its
/// failures are reported in words, and a hung one is ended. Serialized: a script written
/// while another test spawns is briefly busy (ETXTBSY), which is not what these test.
@Suite(.serialized) struct AlertCommandTests {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("kotacerdas-alertcommand-\(UUID().uuidString)").path

    static let change = AlertChange(.raised, Alert(
        id: 7, subject: AlertSubject(kind: .indicator, key: "indicator:governance/spbe",
                                     name: LocalizedText(byLanguage: ["id": "Indeks $(touch pwned)", "en": "Index `x`; rm"]),
                                     dimensionID: "governance"),
        from: .indicator(.watch), to: .indicator(.offTarget), started: Date(timeIntervalSince1970: 1_800_000_000),
        value: 2.25, target: 3.5, unit: LocalizedText("indeks"), detail: nil))

    /// Reports collected from the runner's queue.
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String?] = []
        func add(_ item: String?) { lock.withLock { items.append(item) } }
        var all: [String?] { lock.withLock { items } }

        func waitFor(_ count: Int, within seconds: Double = 20) async throws -> [String?] {
            let deadline = Date() + seconds
            while all.count < count, Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
            return all
        }
    }

    func script(_ body: String) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/notify.sh"
        try Data(("#!/bin/sh\n" + body + "\n").utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o755)
        return path
    }

    @Test func theAlertIsInTheEnvironmentAndTheArgumentsAreAsGiven() async throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let out = directory + "/out.txt"
        let program = try script("""
            printf '%s\\n' "$@" > '\(out)'
            env | grep '^KOTACERDAS_ALERT_' | sort >> '\(out)'
            """)
        let reports = Reports()
        let command = AlertCommand(arguments: [program, "--channel", "ops; echo injected"], report: reports.add)
        command.run(with: AlertEnvironment.variables(for: Self.change, language: .indonesian))
        #expect(try await reports.waitFor(1) == [nil])
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(2)) == ["--channel", "ops; echo injected"])
        #expect(lines.contains("KOTACERDAS_ALERT_NAME=Indeks $(touch pwned)"))
        #expect(lines.contains("KOTACERDAS_ALERT_KIND=indicator"))
        #expect(lines.contains("KOTACERDAS_ALERT_FROM=watch"))
        #expect(lines.contains("KOTACERDAS_ALERT_TO=off-target"))
        #expect(lines.contains("KOTACERDAS_ALERT_VALUE=2.25"))
        #expect(lines.contains("KOTACERDAS_ALERT_TARGET=3.5"))
        #expect(lines.contains("KOTACERDAS_ALERT_EVENT=raised"))
        #expect(lines.contains("KOTACERDAS_ALERT_SEVERITY=critical"))
        #expect(lines.contains("KOTACERDAS_ALERT_STARTED=2027-01-15T08:00:00Z"))
        #expect(!FileManager.default.fileExists(atPath: "pwned"))
    }

    @Test func failuresAreReportedInWords() async throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let reports = Reports()
        let failing = AlertCommand(arguments: [try script("exit 3")], report: reports.add)
        failing.run(with: [:])
        let missing = AlertCommand(arguments: ["/nonexistent/notify"], report: reports.add)
        missing.run(with: [:])
        let results = Set(try await reports.waitFor(2).map { $0 ?? "ok" })
        #expect(results == ["exit status 3", "/nonexistent/notify: not found"])
    }

    @Test func aHungCommandIsEndedAtItsTimeout() async throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let reports = Reports()
        let command = AlertCommand(arguments: [try script("trap '' TERM\nsleep 30")], timeout: 0.2, report: reports.add)
        command.run(with: [:])
        #expect(try await reports.waitFor(1) == ["timed out after 200ms"])
    }

    @Test func runsBeyondTheLimitWaitTheirTurn() async throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let out = directory + "/count.txt"
        let program = try script("echo \"$KOTACERDAS_ALERT_ID\" >> '\(out)'")
        let reports = Reports()
        let command = AlertCommand(arguments: [program], maxRunning: 2, report: reports.add)
        for id in 1...6 { command.run(with: ["KOTACERDAS_ALERT_ID": "\(id)"]) }
        #expect(try await reports.waitFor(6).count == 6)
        let ids = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").sorted()
        #expect(ids == ["1", "2", "3", "4", "5", "6"])
    }
}
