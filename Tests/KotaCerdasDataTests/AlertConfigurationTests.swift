import Foundation
import Testing
import KotaCerdasCore
@testable import KotaCerdasData

/// The `[alerts]` table: every key read, and every wrong one refused by its full name.
@Suite struct AlertConfigurationTests {
    func parse(_ text: String) throws -> Configuration {
        try ConfigurationParser.parse(text, file: "config.toml")
    }

    func error(_ text: String) -> String {
        do {
            _ = try parse(text)
            return "accepted"
        } catch {
            return String(describing: error)
        }
    }

    @Test func readsEveryKey() throws {
        let alerts = try parse("""
            [alerts]
            hold = "30s"
            max = 50
            bell = true
            on-alert = ["/usr/local/bin/notify", "--channel", "ops; rm -rf /"]
            command-timeout = "3s"
            """).alerts
        #expect(alerts.hold == 30)
        #expect(alerts.max == 50)
        #expect(alerts.bell == true)
        #expect(alerts.onAlert == ["/usr/local/bin/notify", "--channel", "ops; rm -rf /"])
        #expect(alerts.commandTimeout == 3)
        #expect(alerts.rules == AlertRules(hold: 30, capacity: 50))
    }

    @Test func defaultsHoldAMinuteAndKeepFiveHundred() throws {
        let alerts = try parse("").alerts
        #expect(alerts == AlertConfiguration())
        #expect(alerts.rules == AlertRules(hold: 60, capacity: 500))
        #expect(try parse("[alerts]\nhold = \"0s\"").alerts.rules.hold == 0, "0 decides at once")
    }

    @Test func wrongKeysAndValuesAreNamedInFull() {
        #expect(error("[alerts]\nholdd = \"1m\"").contains("config.toml: alerts.holdd: unknown key"))
        #expect(error("[alerts]\nhold = \"soon\"").contains("alerts.hold: expected a duration"))
        #expect(error("[alerts]\nhold = \"-1s\"").contains("alerts.hold"))
        #expect(error("[alerts]\nmax = 0").contains("alerts.max: must be a whole number from 1 to 100000"))
        #expect(error("[alerts]\nmax = \"many\"").contains("alerts.max: must be a whole number"))
        #expect(error("[alerts]\nbell = \"yes\"").contains("alerts.bell: must be true or false"))
        #expect(error("[alerts]\non-alert = \"notify --channel ops\"").contains("alerts.on-alert: must be an array of strings"))
        #expect(error("[alerts]\non-alert = []").contains("alerts.on-alert: must name a program first"))
        #expect(error("[alerts]\ncommand-timeout = \"1h\"").contains("alerts.command-timeout"))
        #expect(error("alerts = 3").contains("alerts: must be a table"))
    }
}
