import Testing
@testable import KotaCerdasData

@Suite struct DurationLimitsTests {
    func configError(_ text: String) -> String? {
        do {
            _ = try ConfigurationParser.parse(text, file: "config.toml")
            return nil
        } catch {
            return error.description
        }
    }

    @Test(arguments: [
        ("[[sources]]\nlocation = \"k.json\"\ninterval = inf", "sources[1].interval", "found \"inf\""),
        ("[[sources]]\nlocation = \"k.json\"\ninterval = 1e300", "sources[1].interval", "from 10ms to 24h"),
        ("[[sources]]\nlocation = \"k.json\"\ninterval = \"1ms\"", "sources[1].interval", "from 10ms to 24h"),
        ("[[sources]]\nlocation = \"https://h/k.json\"\ntimeout = \"11m\"", "sources[1].timeout", "from 10ms to 10m"),
        ("[kiosk]\nrotate = \"500ms\"", "kiosk.rotate", "from 1s to 24h such as 500ms, 30s, 5m or 1h; found \"500ms\""),
        ("[kiosk]\nrotate = true", "kiosk.rotate", "from 1s to 24h"),
    ])
    func configRefusesDurationsOutsideTheirLimits(text: String, key: String, message: String) {
        let error = configError(text)
        #expect(error?.contains("config.toml: \(key): expected a duration") == true, "\(error ?? "accepted")")
        #expect(error?.contains(message) == true, "\(error ?? "accepted")")
    }

    @Test func configAcceptsDurationsWithinLimits() throws {
        let configuration = try ConfigurationParser.parse(
            "[kiosk]\nrotate = 20\n[[sources]]\nlocation = \"k.json\"\ninterval = \"24h\"\ntimeout = \"10m\"",
            file: "config.toml")
        #expect(configuration.kiosk.rotate == 20)
        #expect(configuration.sources.first?.spec.interval == 86_400)
        #expect(configuration.sources.first?.timeout == 600)
    }

    @Test func optionsCheckTheirText() throws {
        #expect(try DurationText.seconds("20s", in: .rotate) == 20)
        #expect(throws: DurationError(text: "99999999999999999999h", limits: .rotate)) {
            try DurationText.seconds("99999999999999999999h", in: .rotate)
        }
        #expect(throws: DurationError(text: "soon", limits: .rotate)) { try DurationText.seconds("soon", in: .rotate) }
    }

    @Test func sleepsSurviveHugeValues() {
        #expect(Duration.clampedSeconds(.infinity) == .seconds(365 * 86_400))
        #expect(Duration.clampedSeconds(1e19) == .seconds(365 * 86_400))
        #expect(Duration.clampedSeconds(-.infinity) == .zero)
        #expect(Duration.clampedSeconds(.nan) == .zero)
        #expect(Duration.clampedSeconds(1.5) == .milliseconds(1500))
    }
}
