import Foundation
import Glibc
import Testing

/// The live dashboard in a real terminal (tmux), driven by keys as a person would.
@Suite(.enabled(if: Tmux.isInstalled, "tmux is not installed; end-to-end tests need it (apt-get install tmux)"), .endToEndSlot)
struct DashboardTests {
    static let indonesian = [
        "Tata Pamong Pemerintahan Cerdas", "Kehidupan Cerdas", "Lingkungan Hidup Cerdas",
        "Masyarakat Cerdas", "Ekonomi Cerdas", "Mobilitas Cerdas",
    ]

    /// The screen's rows, without the newline tmux ends the capture with.
    static func rows(_ screen: String) -> [Substring] {
        var rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        if rows.last == "" { rows.removeLast() }
        return rows
    }

    /// Checks a full-screen frame: the right number of rows, none wider than the pane, and
    /// nothing that is not text (stray escape sequences, replacement characters).
    static func expectClean(_ screen: String, width: Int, height: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = rows(screen)
        #expect(rows.count == height, "expected \(height) rows:\n\(screen)", sourceLocation: sourceLocation)
        for row in rows {
            #expect(displayWidth(row) <= width, "row wider than \(width): \(row)", sourceLocation: sourceLocation)
        }
        #expect(!screen.contains("\u{FFFD}"), "replacement character on screen:\n\(screen)", sourceLocation: sourceLocation)
        #expect(!screen.contains("\u{1B}") && !screen.contains("^["), "escape sequence on screen:\n\(screen)", sourceLocation: sourceLocation)
    }

    /// The status bar (the last row) of a dashboard screen.
    static func statusBar(_ screen: String) -> String {
        rows(screen).last.map(String.init) ?? ""
    }

    /// The breadcrumb row (the second row) of a dashboard screen.
    static func breadcrumbs(_ screen: String) -> String {
        let rows = rows(screen)
        return rows.count > 1 ? String(rows[1]).trimmingCharacters(in: .whitespaces) : ""
    }

    /// Waits for the home screen with its six panels.
    @discardableResult
    static func waitForHome(_ app: Dashboard) async throws -> String {
        try await app.tmux.waitFor("the home screen") { screen in
            App.dimensionsEnglish.allSatisfy { screen.contains("─ \($0) ") } && screen.contains("q quit")
        }
    }

    @Test func kioskRotatesTheViewsAndAKeyPausesIt() async throws {
        let app = try Dashboard(["--kiosk", "--rotate", "1s"])
        defer { app.stop() }
        let moved = try await app.tmux.waitFor("the rotation to open a dimension", timeout: .seconds(5)) {
            Self.breadcrumbs($0).hasPrefix("Kabupaten Sumenep › Smart")
        }
        #expect(moved.contains("⟳"))
        try await app.tmux.type("x")
        let paused = try await app.tmux.waitFor("the paused marker") { $0.contains("⟳ paused") }
        let view = Self.breadcrumbs(paused)
        try await Task.sleep(for: .milliseconds(2_500))
        #expect(Self.breadcrumbs(try await app.tmux.capturePane()) == view, "a paused rotation stays on its view")
    }

    @Test func homeShowsEveryDimensionAndTheStatusBar() async throws {
        let app = try Dashboard()
        defer { app.stop() }
        let screen = try await Self.waitForHome(app)
        Self.expectClean(screen, width: 120, height: 40)
        let rows = Self.rows(screen)
        #expect(rows.first?.contains("Kabupaten Sumenep") == true)
        #expect(rows.first?.contains("data as of 31 Oct 2026") == true)
        let statusBar = String(rows.last ?? "")
        #expect(statusBar.contains("Enter open") && statusBar.contains("? help") && statusBar.contains("q quit"))
        #expect(statusBar.contains("1 source · all ok"))
        // Panels are boxes that close: every top-left corner has its top-right corner.
        #expect(rows[1].filter { $0 == "╭" }.count == rows[1].filter { $0 == "╮" }.count)
        #expect(app.exitStatus == nil)
    }

    @Test func homeInIndonesian() async throws {
        let app = try Dashboard(["--lang", "id"])
        defer { app.stop() }
        let screen = try await app.tmux.waitFor("the Indonesian home screen, status bar included") { screen in
            Self.indonesian.allSatisfy(screen.contains) && Self.statusBar(screen).contains("sumber")
        }
        Self.expectClean(screen, width: 120, height: 40)
        #expect(!screen.contains("Smart Governance"))
        let statusBar = String(Self.rows(screen).last ?? "")
        #expect(statusBar.contains("q keluar") && statusBar.contains("1 sumber"))
    }

    @Test func drillsDownAndBack() async throws {
        let app = try Dashboard()
        defer { app.stop() }
        let tmux = app.tmux
        try await Self.waitForHome(app)

        try await tmux.sendKeys("Enter")
        var screen = try await tmux.waitFor("the governance dimension, both tables drawn") {
            Self.breadcrumbs($0) == "Kabupaten Sumenep › Smart Governance" && $0.contains("Programmes")
                && Self.statusBar($0).contains("Tab table")
        }
        #expect(screen.contains("Indicators") && screen.contains("Programmes"))
        #expect(screen.contains("E-government (SPBE) index"))

        try await tmux.sendKeys("Down", "Enter")
        screen = try await tmux.waitFor("the SPBE indicator, fully drawn") {
            Self.breadcrumbs($0) == "Kabupaten Sumenep › Smart Governance › E-government (SPBE) index"
                && $0.contains("Linked programmes") && Self.statusBar($0).contains("Esc back")
        }
        #expect(screen.contains("3.12 index 1–5") && screen.contains("Target") && screen.contains("History"))
        Self.expectClean(screen, width: 120, height: 40)

        try await tmux.sendKeys("Escape")
        try await tmux.waitFor("back to the dimension") {
            Self.breadcrumbs($0) == "Kabupaten Sumenep › Smart Governance"
        }
        try await tmux.sendKeys("Escape")
        try await Self.waitForHome(app)

        try await tmux.sendKeys("Enter")
        try await tmux.waitFor("the governance dimension again") {
            Self.breadcrumbs($0) == "Kabupaten Sumenep › Smart Governance"
        }
        try await tmux.sendKeys("Tab", "Enter")
        screen = try await tmux.waitFor("a programme, fully drawn") {
            Self.breadcrumbs($0).hasPrefix("Kabupaten Sumenep › Smart Governance › ") && $0.contains("Milestones")
                && $0.contains("Linked indicators") && Self.statusBar($0).contains("Esc back")
        }
        #expect(screen.contains("Progress") && screen.contains("Budget") && screen.contains("Owner"))
        #expect(!screen.contains("E-government (SPBE) index  ")) // not an indicator page

        try await tmux.sendKeys("Escape")
        try await tmux.waitFor("back to the dimension from the programme") {
            Self.breadcrumbs($0) == "Kabupaten Sumenep › Smart Governance"
        }
        try await tmux.sendKeys("Escape")
        try await Self.waitForHome(app)
        try await tmux.type("2")
        try await tmux.waitFor("dimension 2") {
            Self.breadcrumbs($0) == "Kabupaten Sumenep › Smart Living"
        }
    }

    @Test func helpListsTheKeysAndEscapeClosesIt() async throws {
        let app = try Dashboard()
        defer { app.stop() }
        try await Self.waitForHome(app)
        try await app.tmux.type("?")
        let screen = try await app.tmux.waitFor("the help, fully drawn") {
            $0.contains("Esc closes the help") && $0.contains("wheel: scroll")
        }
        for line in ["Enter", "Tab  Shift-Tab", "1 … 9", "filter", "next theme", "switch the language", "quit"] {
            #expect(screen.contains(line), "help lacks \(line)")
        }
        Self.expectClean(screen, width: 120, height: 40)
        try await app.tmux.sendKeys("Escape")
        let home = try await app.tmux.waitFor("the help to close") { !$0.contains("Esc closes the help") }
        #expect(App.dimensionsEnglish.allSatisfy(home.contains))
    }

    @Test func filterKeepsMatchingRowsAndEscapeClearsIt() async throws {
        let app = try Dashboard(["--view", "governance"])
        defer { app.stop() }
        try await app.tmux.waitFor(text: "EKPPD local-government performance score")
        try await app.tmux.type("/")
        try await app.tmux.type("spbe")
        let screen = try await app.tmux.waitFor("the filter to apply") {
            $0.contains("filter: spbe") && !$0.contains("EKPPD") && $0.contains("1 of 10")
        }
        #expect(screen.contains("E-government (SPBE) index"))
        #expect(screen.contains("1 of 10"))
        for other in ["Public services available online", "Complaints resolved", "Information-security incidents"] {
            #expect(!screen.contains(other), "\(other) does not match spbe")
        }
        try await app.tmux.sendKeys("Escape")
        let cleared = try await app.tmux.waitFor("the filter to clear") {
            !$0.contains("filter:") && $0.contains("EKPPD")
        }
        #expect(cleared.contains("Information-security incidents") && !cleared.contains("1 of 10"))
    }

    /// Waits for the frame a resize should bring, without any key to force a redraw.
    static func waitAfterResize(
        _ app: Dashboard, _ description: String, until condition: @escaping (String) -> Bool
    ) async throws -> String {
        try await app.tmux.waitFor(description, timeout: .seconds(3), until: condition)
    }

    static func isOneColumnHome(_ screen: String, width: Int, height: Int) -> Bool {
        let rows = rows(screen)
        return rows.count == height && rows.allSatisfy { displayWidth($0) <= width }
            && rows[1].hasPrefix("╭─ Smart Governance") && rows[1].hasSuffix("╮")
            && !screen.contains("╮╭") && rows[height - 1].contains("source")
    }

    @Test func resizeRedrawsWithoutAKey() async throws {
        let app = try Dashboard()
        defer { app.stop() }
        try await Self.waitForHome(app)
        try await app.tmux.resize(width: 60, height: 20)
        try await app.tmux.waitFor("a one-column home at 60×20", timeout: .seconds(3)) {
            Self.isOneColumnHome($0, width: 60, height: 20)
        }
    }

    @Test func resizeKeepsTheViewAndFocus() async throws {
        let app = try Dashboard()
        defer { app.stop() }
        let tmux = app.tmux
        try await Self.waitForHome(app)
        try await tmux.sendKeys("Right") // focus Smart Living
        try await Task.sleep(for: .milliseconds(300))
        let before = Self.rows(try await tmux.capturePane()).dropFirst()

        try await tmux.resize(width: 60, height: 20)
        let narrow = try await Self.waitAfterResize(app, "a one-column home at 60×20") {
            Self.isOneColumnHome($0, width: 60, height: 20)
        }
        Self.expectClean(narrow, width: 60, height: 20)

        try await tmux.resize(width: 30, height: 8)
        let small = try await Self.waitAfterResize(app, "the too-small message") {
            $0.contains("too small") && $0.contains("40×12") && $0.contains("30×8")
        }
        #expect(!small.contains("Smart Governance"))

        try await tmux.resize(width: 120, height: 40)
        let after = try await Self.waitAfterResize(app, "the home screen at 120×40 as before") {
            Self.rows($0).dropFirst() == before
        }
        Self.expectClean(after, width: 120, height: 40)
        try await tmux.sendKeys("Enter")
        try await tmux.waitFor("the focused panel (Smart Living) to open") {
            Self.breadcrumbs($0) == "Kabupaten Sumenep › Smart Living"
        }
    }

    /// Checks what the shell gets back after the app ended.
    static func expectTerminalRestored(_ app: Dashboard, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let screen = try await app.tmux.waitFor(text: Dashboard.exitMarker)
        #expect(try await app.tmux.display("#{alternate_on}") == "0", "still on the alternate screen", sourceLocation: sourceLocation)
        #expect(try await app.tmux.display("#{cursor_flag}") == "1", "cursor left hidden", sourceLocation: sourceLocation)
        #expect(!screen.contains("─ Smart Governance"), "the app's screen is still shown:\n\(screen)", sourceLocation: sourceLocation)
        let flags = sttyFlags(app.sttyAfterExit)
        #expect(flags.contains("echo") && flags.contains("icanon") && flags.contains("icrnl"),
                "terminal modes not restored: \(app.sttyAfterExit)", sourceLocation: sourceLocation)
    }

    @Test func qQuitsWithZeroAndRestoresTheTerminal() async throws {
        let app = try Dashboard()
        defer { app.stop() }
        try await Self.waitForHome(app)
        #expect(try await app.tmux.display("#{alternate_on}") == "1")
        try await app.tmux.type("q")
        #expect(try await app.waitForExit() == 0)
        try await Self.expectTerminalRestored(app)
    }

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130)), (SIGHUP, Int32(129))])
    func aSignalEndsItWith128PlusNAndRestoresTheTerminal(signal: Int32, expected: Int32) async throws {
        let app = try Dashboard()
        defer { app.stop() }
        try await Self.waitForHome(app)
        let pid = try await app.waitForAppPid()
        #expect(Glibc.kill(pid, signal) == 0)
        let status = try await app.waitForExit()
        #expect(status == expected, "kill -\(signal) ended the dashboard with status \(status)")
        try await Self.expectTerminalRestored(app)
    }

    @Test func languageSwitchesOnScreen() async throws {
        let app = try Dashboard()
        defer { app.stop() }
        try await Self.waitForHome(app)
        try await app.tmux.type("L")
        let indonesian = try await app.tmux.waitFor("Indonesian names") { screen in
            Self.indonesian.allSatisfy(screen.contains)
        }
        #expect(!indonesian.contains("Smart Governance"))
        Self.expectClean(indonesian, width: 120, height: 40)
        try await app.tmux.type("L")
        try await Self.waitForHome(app)
    }

    @Test func themeChangesColoursNotText() async throws {
        let app = try Dashboard()
        defer { app.stop() }
        try await Self.waitForHome(app)
        try await Task.sleep(for: .milliseconds(200))
        let text = Self.rows(try await app.tmux.capturePane()).dropFirst()
        let colours = try await app.tmux.capturePaneWithAttributes()
        try await app.tmux.type("t")
        let deadline = ContinuousClock.now + .seconds(3)
        var changed = try await app.tmux.capturePaneWithAttributes()
        while changed == colours && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
            changed = try await app.tmux.capturePaneWithAttributes()
        }
        #expect(changed != colours, "t did not change the theme's colours")
        let screen = try await app.tmux.capturePane()
        #expect(Self.rows(screen).dropFirst() == text, "the theme changed the text:\n\(screen)")
        Self.expectClean(screen, width: 120, height: 40)
    }

    @Test func unknownTermExits4AndNamesIt() async throws {
        let app = try Dashboard(term: "vt999-unknown")
        defer { app.stop() }
        #expect(try await app.waitForExit() == 4)
        let screen = try await app.tmux.waitFor(text: Dashboard.exitMarker)
        #expect(screen.contains("vt999-unknown"))
        try await Self.expectTerminalRestored(app)
    }

    @Test func missingTermExits3() async throws {
        let app = try Dashboard(term: nil)
        defer { app.stop() }
        #expect(try await app.waitForExit() == 3)
        let screen = try await app.tmux.waitFor(text: Dashboard.exitMarker)
        #expect(screen.contains("TERM is not set"))
        try await Self.expectTerminalRestored(app)
    }

    @Test func stdoutNotATerminalExits5() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try await ChildProcess.runPolling(
            sandbox.command(["--no-cache"]), stdout: sandbox.path("out.txt"), stderr: sandbox.path("err.txt"))
        #expect(result.status == 5)
        #expect(result.stderr.contains("standard output is not a terminal"))
        #expect(!result.stdout.contains("\u{1B}"), "wrote escape sequences into the file: \(result.stdout.debugDescription)")

        // The same from an interactive shell: the terminal is left as it was.
        let app = try Dashboard(redirect: "> " + shellQuoted(sandbox.path("pane-out.txt")))
        defer { app.stop() }
        #expect(try await app.waitForExit() == 5)
        let screen = try await app.tmux.waitFor(text: Dashboard.exitMarker)
        #expect(screen.contains("standard output is not a terminal"))
        try await Self.expectTerminalRestored(app)
        let file = (try? String(contentsOfFile: sandbox.path("pane-out.txt"), encoding: .utf8)) ?? ""
        #expect(!file.contains("\u{1B}"), "wrote escape sequences into the file: \(file.debugDescription)")
    }

    @Test func nonUTF8LocaleDrawsWithASCII() async throws {
        try await Self.expectASCIIHome(arguments: [], lang: "C")
    }

    @Test func asciiOptionDrawsWithASCII() async throws {
        try await Self.expectASCIIHome(arguments: ["--ascii"], lang: "C.UTF-8")
    }

    static func expectASCIIHome(arguments: [String], lang: String) async throws {
        let app = try Dashboard(arguments, lang: lang)
        defer { app.stop() }
        let screen = try await app.tmux.waitFor("the ASCII home screen") { screen in
            App.dimensionsEnglish.allSatisfy(screen.contains) && screen.contains("q quit")
        }
        let drawing = screen.unicodeScalars.filter {
            (0x2500...0x259F).contains($0.value) || (0x2800...0x28FF).contains($0.value)
                || ["✓", "✗", "●", "○", "←", "↑", "↓", "→", "›", "·", "…"].contains(Character($0))
        }
        #expect(drawing.isEmpty, "non-ASCII glyphs on screen:\n\(screen)")
        #expect(screen.contains("Kabupaten Sumenep") && screen.contains("Score"))
        #expect(screen.contains("+- Smart Governance"))
        Self.expectClean(screen, width: 120, height: 40)
    }
}
