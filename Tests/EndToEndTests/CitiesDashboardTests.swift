import Foundation
import Testing

/// Several cities in a real terminal: the Jawa Timur sample opens on the cities view,
/// Enter opens a city, Esc comes back, `s` sorts.
@Suite(.enabled(if: Tmux.isInstalled, "tmux is not installed; end-to-end tests need it (apt-get install tmux)"), .endToEndSlot)
struct CitiesDashboardTests {
    /// The city names in the table's rows, top to bottom (as far as a narrow column shows them).
    static func cityOrder(_ screen: String) -> [String] {
        let names = ["Kota Surabaya", "Kota Malang", "Kabupaten Banyu", "Kabupaten Sumen"]
        return DashboardTests.rows(screen).compactMap { row in names.first { row.contains($0) } }
    }

    @Test func theProvinceOpensOnTheCitiesViewAndEachCityOpensAndComesBack() async throws {
        let app = try Dashboard(["--source", "jawa-timur"])
        defer { app.stop() }
        let tmux = app.tmux
        var screen = try await tmux.waitFor("the cities view with four cities") {
            Self.cityOrder($0).count == 4 && DashboardTests.statusBar($0).contains("s sort")
        }
        DashboardTests.expectClean(screen, width: 120, height: 40)
        #expect(DashboardTests.rows(screen).first?.contains("4 cities compared › Jawa Timur") == true)
        #expect(Self.cityOrder(screen) == ["Kota Surabaya", "Kota Malang", "Kabupaten Banyu", "Kabupaten Sumen"])
        #expect(screen.contains("Illustrative values"))

        try await tmux.sendKeys("Down", "Enter")
        screen = try await tmux.waitFor("Malang's own home") {
            DashboardTests.rows($0).first?.contains("Kota Malang") == true && $0.contains("─ Smart Governance ")
        }
        try await tmux.sendKeys("Enter")
        try await tmux.waitFor("a dimension of Malang, the city in the breadcrumbs") {
            DashboardTests.breadcrumbs($0) == "4 cities compared › Kota Malang › Smart Governance"
        }
        try await tmux.sendKeys("Escape", "Escape")
        screen = try await tmux.waitFor("the cities view again") {
            Self.cityOrder($0).count == 4 && DashboardTests.rows($0).first?.contains("cities compared") == true
        }

        try await tmux.sendKeys("s")
        screen = try await tmux.waitFor("the cities sorted by name") { $0.contains("City ▼") }
        #expect(Self.cityOrder(screen) == ["Kabupaten Banyu", "Kabupaten Sumen", "Kota Malang", "Kota Surabaya"])
        try await tmux.type("q")
        #expect(try await app.waitForExit() == 0)
    }

    @Test func theNationalRankingShowsIndexScoresAndACityWithoutDimensions() async throws {
        let app = try Dashboard(["--source", "ikci-2018", "--lang", "id"])
        defer { app.stop() }
        let tmux = app.tmux
        let screen = try await tmux.waitFor("the IKCI ranking") { $0.contains("Perbandingan 12 kota") && $0.contains("Kota Solok") }
        DashboardTests.expectClean(screen, width: 120, height: 40)
        #expect(screen.contains("67,0"))
        try await tmux.sendKeys("Enter")
        try await tmux.waitFor("Surabaya's index score") { $0.contains("67,03 / 100") && $0.contains("tanpa indikator per dimensi") }
    }
}
