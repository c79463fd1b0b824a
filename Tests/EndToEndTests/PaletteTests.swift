import Foundation
import Testing

/// The jump palette in a real terminal, and `snapshot --keys` driving it from the command line.
@Suite(.enabled(if: Tmux.isInstalled, "tmux is not installed; end-to-end tests need it (apt-get install tmux)"), .endToEndSlot)
struct PaletteTests {
    @Test func colonTypeEnterOpensTheMatchAndEscComesBack() async throws {
        let app = try Dashboard(["--view", "environment"])
        defer { app.stop() }
        try await app.tmux.waitFor("the environment screen") { DashboardTests.breadcrumbs($0) == "Kabupaten Sumenep › Smart Environment" }
        try await app.tmux.type(":")
        try await app.tmux.waitFor(text: "Type part of a name or id")
        try await app.tmux.type("poverty rate")
        let palette = try await app.tmux.waitFor("the palette to narrow") { $0.contains(": poverty rate") && $0.contains("2 matches") }
        DashboardTests.expectClean(palette, width: 120, height: 40)
        #expect(palette.contains("Poverty rate") && palette.contains("indicator · Smart Economy"))
        try await app.tmux.sendKeys("Enter")
        let opened = try await app.tmux.waitFor("the indicator to open") {
            DashboardTests.breadcrumbs($0) == "Kabupaten Sumenep › Smart Economy › Poverty rate"
        }
        #expect(!opened.contains("matches"), "the palette closed")
        try await app.tmux.sendKeys("Escape")
        try await app.tmux.waitFor("the screen the palette was opened on") {
            DashboardTests.breadcrumbs($0) == "Kabupaten Sumenep › Smart Environment"
        }
    }

    @Test func snapshotTypesKeysIntoThePalette() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let found = try await CommandTests.run(["snapshot", "--lang", "id", "--size", "100x30", "--keys", ":MISKIN"], in: sandbox)
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stdout.contains(": MISKIN") && found.stdout.contains("Persentase penduduk miskin"))
        let opened = try await CommandTests.run(["snapshot", "--lang", "en", "--keys", ":poverty rate<Enter>"], in: sandbox)
        #expect(opened.stdout.split(separator: "\n").dropFirst().first?.contains("Smart Economy › Poverty rate") == true)
        let wrong = try await CommandTests.run(["snapshot", "--keys", ":a<Nope>"], in: sandbox)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("<Nope>") && wrong.stderr.contains("<Enter>"))
        #expect(wrong.stdout.isEmpty)
    }
}
