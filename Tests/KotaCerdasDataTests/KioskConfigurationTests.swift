import Testing
@testable import KotaCerdasData

/// The `[kiosk]` table's wall settings: read strictly, with messages naming the key.
@Suite struct KioskConfigurationTests {
    private func kiosk(_ body: String) throws -> KioskConfiguration {
        try ConfigurationParser.parse("[kiosk]\n" + body, file: "config.toml").kiosk
    }

    private func error(_ body: String) -> String? {
        do {
            _ = try kiosk(body)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test func readsTheShiftAndTheWallSize() throws {
        let configuration = try kiosk("shift = \"3m\"\nwall-size = \"200x60\"")
        #expect(configuration.shift == 180)
        #expect(configuration.wallSize == ScreenSize(width: 200, height: 60))
        #expect(try kiosk("shift = 45").shift == 45)
    }

    @Test func offOrZeroTurnsTheShiftOff() throws {
        #expect(try kiosk("shift = \"off\"").shift == 0)
        #expect(try kiosk("shift = \"0\"").shift == 0)
        #expect(try kiosk("shift = 0").shift == 0)
        #expect(try kiosk("rotate = \"20s\"").shift == nil, "unset: the default applies")
    }

    @Test func badValuesAreRefusedWithTheKey() {
        #expect(error("shift = \"often\"")?.contains("kiosk.shift") == true)
        #expect(error("shift = \"500ms\"")?.contains("kiosk.shift") == true, "under a second")
        #expect(error("shift = true")?.contains("kiosk.shift") == true)
        for size in ["160", "160x", "x45", "160x45x2", "160 x 45", "-160x45", "10x10", "5000x45", "160×45"] {
            #expect(error("wall-size = \"\(size)\"")?.contains("kiosk.wall-size") == true, "\(size)")
        }
        #expect(error("wall-size = 160")?.contains("kiosk.wall-size") == true)
        #expect(error("wall = \"160x45\"")?.contains("unknown key") == true)
    }
}
