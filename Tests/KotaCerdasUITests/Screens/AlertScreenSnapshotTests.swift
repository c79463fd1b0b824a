import Foundation
import KotaCerdasCore
import KotaCerdasUI
import Testing

/// Golden frames of the alerts: the view with open and ended alerts of every kind, the
/// view with none, and home with its ticker.
@Suite struct AlertScreenSnapshotTests {
    /// A night on the wall: a programme delayed yesterday and back on track, an indicator
    /// off target (ongoing), a source failing (ongoing), stamped against the fixture's clock.
    static func night(_ state: AppState) -> AlertBook {
        let dimension = state.document.dimensions[0]
        let indicator = dimension.indicators[0]
        let program = dimension.programs[0]
        let source = SourceStatus(id: "https://data.example.go.id/kota.json", kind: .http,
                                  location: "https://data.example.go.id/kota.json")
        return AlertBook(alerts: [
            Alert(id: 1, subject: .program(program, in: dimension), from: .program(.onTrack), to: .program(.delayed),
                  started: state.now - 30 * 3_600, ended: state.now - 28 * 3_600 - 600, value: 41, unit: LocalizedText("%")),
            Alert(id: 2, subject: .indicator(indicator, in: dimension), from: .indicator(.watch), to: .indicator(.offTarget),
                  started: state.now - 3 * 3_600, value: 2.25, target: 3.5, unit: LocalizedText("indeks")),
            Alert(id: 3, subject: .source(source), from: nil, to: .source(.failing), started: state.now - 25 * 60,
                  detail: "HTTP 503 Service Unavailable"),
        ])
    }

    @Test(arguments: [Language.indonesian, .english])
    func alertsView(language: Language) {
        for (width, height) in [(120, 40), (80, 24)] {
            var state = TestState.make(width: width, height: height, language: language, route: .alerts)
            state.alerts = Self.night(state)
            assertSnapshot(Screen.render(state), named: "alerts-\(language.rawValue)-\(width)x\(height)")
        }
    }

    @Test func noAlerts() {
        let state = TestState.make(width: 80, height: 24, language: .english, route: .alerts)
        let buffer = Screen.render(state)
        assertSnapshot(buffer, named: "alerts-none-en-80x24")
        #expect(buffer.plainText.contains("No alerts."))
    }

    @Test(arguments: [GlyphMode.unicode, .ascii])
    func homeWithTicker(glyphs: GlyphMode) {
        var state = TestState.make(width: 120, height: 40, language: .english, glyphMode: glyphs)
        state.alerts = Self.night(state)
        assertSnapshot(Screen.render(state), named: "home-ticker-\(glyphs == .ascii ? "ascii" : "unicode")-en-120x40")
    }
}
