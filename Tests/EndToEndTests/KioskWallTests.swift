import Foundation
import Testing

/// The kiosk on a wall-sized terminal: headline numbers in big digits, and the whole
/// picture moving one cell at a time against burn-in and coming back.
@Suite(.enabled(if: Tmux.isInstalled, "tmux is not installed; end-to-end tests need it (apt-get install tmux)"))
struct KioskWallTests {
    /// A dashboard at 160×45 in kiosk mode that stays on home, with `shift` from the config.
    private func wall(shift: String) throws -> Dashboard {
        let sandbox = try Sandbox()
        let config = sandbox.path("data/config.toml")
        try """
            [kiosk]
            rotate = "1h"
            views = ["home"]
            shift = "\(shift)"
            wall-size = "160x45"
            """.write(toFile: config, atomically: true, encoding: .utf8)
        return try Dashboard(["--kiosk", "--config", config, "--lang", "en"], width: 160, height: 45, sandbox: sandbox)
    }

    private static func rows(_ screen: String) -> [Substring] {
        screen.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Where the title bar is: its first row and how far it is indented past its own space.
    private static func titleOffset(_ screen: String) -> (x: Int, y: Int)? {
        for (y, row) in rows(screen).prefix(2).enumerated() {
            if let range = row.range(of: "Kabupaten Sumenep") {
                return (row.distance(from: row.startIndex, to: range.lowerBound) - 1, y)
            }
        }
        return nil
    }

    @Test func theWallShowsBigDigitsAndMovesAroundAndBack() async throws {
        let app = try wall(shift: "2s")
        defer {
            app.stop()
            app.sandbox.remove()
        }
        let first = try await app.tmux.waitFor("the wall layout") { $0.contains("██████") && $0.contains("target met") }
        #expect(first.contains("Score"))
        var seen: [String] = []
        for (x, y) in [(1, 0), (1, 1), (0, 1), (0, 0)] {
            let screen = try await app.tmux.waitFor("the picture at (\(x), \(y))", timeout: .seconds(5)) { screen in
                Self.titleOffset(screen).map { $0 == (x, y) } ?? false
            }
            seen.append("\(x),\(y)")
            #expect(screen.contains("██████"), "the wall stays whole while it moves")
        }
        #expect(seen == ["1,0", "1,1", "0,1", "0,0"])
        #expect(app.exitStatus == nil)
    }

    @Test func anOffShiftKeepsThePictureStill() async throws {
        let app = try wall(shift: "off")
        defer {
            app.stop()
            app.sandbox.remove()
        }
        let first = try await app.tmux.waitFor("the wall layout") { $0.contains("██████") }
        #expect(Self.titleOffset(first).map { $0 == (0, 0) } == true)
        let rows = Self.rows(first)
        #expect(rows.count >= 45 && rows[44].contains("q quit"), "no margin: the status bar is on the 45th, last row")
    }
}
